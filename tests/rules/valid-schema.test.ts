import rule from "../../src/rules/valid-schema.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const reportDescribeOutput = [{ allowDescribeOutput: false }];

runRule("valid-schema", rule, {
  valid: [
    json`
      {
        "family": "web",
        "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
        "executionRoleArn": "arn:aws:iam::123456789012:role/web-execution",
        "networkMode": "awsvpc",
        "requiresCompatibilities": ["FARGATE", "MANAGED_INSTANCES"],
        "cpu": "1 vCPU",
        "memory": "2 GB",
        "runtimePlatform": { "cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX" },
        "ephemeralStorage": { "sizeInGiB": 21 },
        "volumes": [
          { "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED" } },
          { "name": "ebs", "configuredAtLaunch": true }
        ],
        "tags": [{ "key": "team", "value": "web" }],
        "containerDefinitions": [
          {
            "name": "web",
            "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2",
            "cpu": 0,
            "memoryReservation": 256,
            "essential": true,
            "readonlyRootFilesystem": true,
            "portMappings": [{ "containerPort": 8080, "protocol": "tcp", "name": "web-8080", "appProtocol": "http2" }],
            "environment": [{ "name": "PORT", "value": "8080" }],
            "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/db" }],
            "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"], "interval": 30, "timeout": 60, "retries": 3, "startPeriod": 0 },
            "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-create-group": "true" } },
            "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data", "readOnly": false }],
            "dependsOn": [{ "containerName": "init", "condition": "SUCCESS" }],
            "ulimits": [{ "name": "nofile", "softLimit": 65535, "hardLimit": 65535 }],
            "resourceRequirements": [{ "type": "GPU", "value": "1", "sharingStrategy": { "nvidiaMps": { "memory": 1024 } } }],
            "restartPolicy": { "enabled": true, "ignoredExitCodes": [0], "restartAttemptPeriod": 60 },
            "dockerLabels": { "com.example.team": "web" }
          },
          { "name": "init", "image": "busybox:1.36", "essential": false, "command": ["true"] }
        ]
      }
    `,
    yaml`
      family: web
      networkMode: bridge
      containerDefinitions:
        - name: web
          image: nginx:1.27
          cpu: 0
          memory: 512
          portMappings:
            - containerPort: 80
              hostPort: 0
              protocol: udp
          linuxParameters:
            initProcessEnabled: true
            tmpfs:
              - containerPath: /tmp
                size: 64
          firelensConfiguration:
            type: fluentbit
            options:
              enable-ecs-log-metadata: "true"
    `,
    // Merge keys: merged members are not own keys (not unknown), and a merge may supply any member (never missing).
    yaml`
      family: web
      containerDefinitions:
        - &web
          name: web
          image: nginx:1.27
          logConfiguration: &logs
            logDriver: awslogs
            options:
              awslogs-group: /ecs/web
        - <<: *web
          name: worker
          logConfiguration:
            <<: *logs
            options:
              awslogs-group: /ecs/worker
        - name: sidecar
          image: envoyproxy/envoy:v1.31
          healthCheck:
            <<: *unresolved
            interval: 30
    `,
    // Unknown values: YAML tags, placeholders, partly templated strings.
    yaml`
      family: !Sub "\${AppName}-web"
      cpu: !Ref TaskCpu
      memory: "\${MEMORY}"
      networkMode: \${NETWORK_MODE}
      containerDefinitions:
        - name: web
          image: !Sub "\${Repository}:\${Tag}"
          memory: !Ref Memory
          essential: "{{ essential }}"
          portMappings:
            - containerPort: \${PORT}
              protocol: "t\${PROTO}"
          healthCheck: !GetAtt Health.Config
          volumesFrom: [!Ref Volumes]
    `,
    json`
      {
        "family": "app-\${ENV}",
        "cpu": "\${CPU}",
        "containerDefinitions": [
          { "name": "web", "image": "\${IMAGE}", "cpu": "\${CPU}", "essential": "\${ESSENTIAL}", "portMappings": [{ "containerPort": "\${PORT}", "protocol": "\${PROTO}" }] }
        ]
      }
    `,
    json`{ "family": "web", "cpu": { "Ref": "Cpu" }, "containerDefinitions": [{ "name": "web", "image": { "Fn::Sub": "\${Repo}:1.0" }, "memory": { "Fn::If": ["Big", 1024, 512] } }] }`,
    // describe-task-definition output is accepted by default.
    json`
      {
        "taskDefinition": {
          "taskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3",
          "family": "web",
          "revision": 3,
          "status": "ACTIVE",
          "requiresAttributes": [{ "name": "com.amazonaws.ecs.capability.docker-remote-api.1.18" }],
          "compatibilities": ["EC2", "FARGATE"],
          "registeredAt": "2024-05-01T10:00:00.000Z",
          "registeredBy": "arn:aws:iam::123456789012:root",
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "cpu": 0, "essential": true }]
        },
        "tags": [{ "key": "team", "value": "web" }]
      }
    `,
    yaml`
      family: web
      revision: 7
      deregisteredAt: 2024-05-01T10:00:00Z
      deleteRequestedAt: 2024-06-01T10:00:00Z
      containerDefinitions: []
    `,
    // An EFS volume's file system id is ecs-efs-volume's to report (missing or null).
    json`{ "family": "web", "volumes": [{ "name": "data", "efsVolumeConfiguration": { "rootDirectory": "/" } }, { "name": "d2", "efsVolumeConfiguration": { "fileSystemId": null } }], "containerDefinitions": [] }`,
    // A bare container list (Terraform container_definitions).
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true, "memory": 512, "portMappings": [{ "containerPort": 80 }] }]`,
    // Terraform decodes container_definitions with Go's encoding/json: null is unset, and member names match in any case.
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true, "memory": null, "logConfiguration": null, "portMappings": [{ "containerPort": 80, "hostPort": null }] }]`,
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true, "cpu": 256, "memory": 512, "command": ["serve"], "user": "1000", "portMappings": [{ "ContainerPort": 80, "HostPort": 80 }], "MemoryReservation": 256, "readOnlyRootFilesystem": true }]`,
    yaml`
      - name: web
        image: nginx:1.27
        essential: true
        memory: 512
        memoryreservation: 256
        secrets:
          - Name: DB_PASSWORD
            ValueFrom: arn:aws:ssm:eu-west-1:123456789012:parameter/db
        logConfiguration:
        healthCheck:
          Command: [CMD, "true"]
          timeout: ~
        resourceRequirements:
          - type: GPU
            value: "1"
            sharingStrategy: { NvidiaMps: { Memory: 1024 } }
    `,
    // Not a task definition.
    json`{ "name": "my-package", "version": "1.0.0", "readOnlyRootFilesystem": null }`,
  ],
  invalid: [
    /* ---------------- unknown keys ---------------- */
    {
      // A key in the wrong case: renaming it is certain.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "readOnlyRootFilesystem": true }
          ]
        }
      `,
      errors: [
        {
          messageId: "memberCase",
          data: { shape: "ContainerDefinition", key: "readOnlyRootFilesystem", name: "readonlyRootFilesystem" },
          line: 4,
          column: 45,
          endLine: 4,
          endColumn: 69,
        },
      ],
      output: `{
  "family": "web",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true }
  ]
}
`,
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            readOnlyRootFilesystem: true
      `,
      errors: [{ messageId: "memberCase", line: 5, column: 5, endLine: 5, endColumn: 27 }],
      output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    readonlyRootFilesystem: true
`,
    },
    {
      // A misspelt required member is reported once, as misspelt, not also as missing.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            secrets:
              - name: DB_PASSWORD
                valuefrom: arn:aws:ssm:eu-west-1:123456789012:parameter/db
            healthCheck:
              comand: [CMD, "true"]
      `,
      errors: [
        { messageId: "memberCase", data: { shape: "Secret", key: "valuefrom", name: "valueFrom" }, line: 7, column: 9, endLine: 7, endColumn: 18 },
        {
          messageId: "unknownMemberNear",
          data: { shape: "HealthCheck", key: "comand", name: "command" },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 13,
          suggestions: [
            {
              messageId: "rename",
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    secrets:
      - name: DB_PASSWORD
        valuefrom: arn:aws:ssm:eu-west-1:123456789012:parameter/db
    healthCheck:
      command: [CMD, "true"]
`,
            },
            {
              messageId: "remove",
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    secrets:
      - name: DB_PASSWORD
        valuefrom: arn:aws:ssm:eu-west-1:123456789012:parameter/db
    healthCheck: {}
`,
            },
          ],
        },
      ],
      output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    secrets:
      - name: DB_PASSWORD
        valueFrom: arn:aws:ssm:eu-west-1:123456789012:parameter/db
    healthCheck:
      comand: [CMD, "true"]
`,
    },
    {
      // The right spelling is already there: the message says to remove the other, and only that is offered.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true, "ReadonlyRootFilesystem": false }
          ]
        }
      `,
      errors: [
        {
          messageId: "caseBesideMember",
          data: { shape: "ContainerDefinition", key: "ReadonlyRootFilesystem", name: "readonlyRootFilesystem" },
          line: 4,
          column: 77,
          endLine: 4,
          endColumn: 101,
          suggestions: [
            {
              messageId: "remove",
              data: { key: "ReadonlyRootFilesystem" },
              output: `{
  "family": "web",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // A typo at the task level.
      ...json`
        {
          "family": "web",
          "networkMod": "awsvpc",
          "containerDefinitions": []
        }
      `,
      errors: [
        {
          messageId: "unknownMemberNear",
          data: { shape: "RegisterTaskDefinitionRequest", key: "networkMod", name: "networkMode" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: "rename",
              data: { key: "networkMod", name: "networkMode" },
              output: `{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": []
}
`,
            },
            {
              messageId: "remove",
              output: `{
  "family": "web",
  "containerDefinitions": []
}
`,
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            memoryReservaton: 128
            essential: true
      `,
      errors: [
        {
          messageId: "unknownMemberNear",
          data: { shape: "ContainerDefinition", key: "memoryReservaton", name: "memoryReservation" },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 21,
          suggestions: [
            {
              messageId: "rename",
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    memoryReservation: 128
    essential: true
`,
            },
            {
              messageId: "remove",
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    essential: true
`,
            },
          ],
        },
      ],
    },
    {
      // Nothing close: only removal.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "restart": "always" }]
        }
      `,
      errors: [
        {
          messageId: "unknownMember",
          data: { shape: "ContainerDefinition", key: "restart" },
          line: 3,
          column: 68,
          endLine: 3,
          endColumn: 77,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "family": "web",
  "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
}
`,
            },
          ],
        },
      ],
    },
    {
      // The describe wrapper has its own members.
      ...json`
        {
          "taskDefinition": { "family": "web", "containerDefinitions": [] },
          "tag": []
        }
      `,
      errors: [
        {
          messageId: "unknownMemberNear",
          data: { shape: "DescribeTaskDefinitionResponse", key: "tag", name: "tags" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 8,
          suggestions: [
            {
              messageId: "rename",
              output: `{
  "taskDefinition": { "family": "web", "containerDefinitions": [] },
  "tags": []
}
`,
            },
            {
              messageId: "remove",
              output: `{
  "taskDefinition": { "family": "web", "containerDefinitions": [] }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A top-level anchor holder is itself an unknown key; the merged keys are not. No suggestion
      // removes it: the alias below it would be left without its anchor (the file would not parse).
      ...yaml`
        x-logs: &logs
          logDriver: awslogs
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            logConfiguration:
              <<: *logs
              logDriver: awslogs
      `,
      errors: [
        {
          messageId: "unknownMember",
          data: { shape: "RegisterTaskDefinitionRequest", key: "x-logs" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 7,
          suggestions: []
        },
      ],
    },

    /* ---------------- enums and ranges ---------------- */
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            {
              "name": "web",
              "image": "nginx:1.27",
              "portMappings": [{ "containerPort": 80, "protocol": "http" }],
              "healthCheck": { "command": ["CMD", "true"], "timeout": 90 }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "enumValue",
          data: { subject: "PortMapping member protocol", allowed: '"tcp" or "udp"', value: "http" },
          line: 7,
          column: 59,
          endLine: 7,
          endColumn: 65,
        },
        {
          messageId: "outOfRange",
          data: { subject: "HealthCheck member timeout", range: "between 2 and 60", value: 90 },
          line: 8,
          column: 63,
          endLine: 8,
          endColumn: 65,
        },
      ],
    },
    {
      // Enum values in the wrong case are fixed; other values are listed.
      ...yaml`
        family: web
        requiresCompatibilities: [fargate]
        containerDefinitions:
          - name: web
            image: nginx:1.27
            portMappings:
              - containerPort: 80
                protocol: TCP
              - containerPort: 70000
            healthCheck:
              command: [CMD, "true"]
              interval: 2
            ulimits:
              - name: files
                softLimit: 1024
                hardLimit: 2048
      `,
      errors: [
        {
          messageId: "enumCase",
          data: { subject: "Item 1 of RegisterTaskDefinitionRequest member requiresCompatibilities", fixed: "FARGATE", value: "fargate" },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 34,
        },
        { messageId: "enumCase", data: { subject: "PortMapping member protocol", fixed: "tcp", value: "TCP" }, line: 8, column: 19, endLine: 8, endColumn: 22 },
        { messageId: "outOfRange", data: { subject: "PortMapping member containerPort", range: "between 1 and 65535", value: 70000 }, line: 9, column: 24, endLine: 9, endColumn: 29 },
        { messageId: "outOfRange", data: { subject: "HealthCheck member interval", range: "between 5 and 300", value: 2 }, line: 12, column: 17, endLine: 12, endColumn: 18 },
        {
          messageId: "enumValue",
          data: { subject: "Ulimit member name", allowed: 'one of 15 values such as "core", "cpu", "data"', value: "files" },
          line: 14,
          column: 15,
          endLine: 14,
          endColumn: 20,
        },
      ],
      output: `family: web
requiresCompatibilities: [FARGATE]
containerDefinitions:
  - name: web
    image: nginx:1.27
    portMappings:
      - containerPort: 80
        protocol: tcp
      - containerPort: 70000
    healthCheck:
      command: [CMD, "true"]
      interval: 2
    ulimits:
      - name: files
        softLimit: 1024
        hardLimit: 2048
`,
    },
    {
      // A YAML anchor used twice reports once, where it is defined.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            healthCheck: &health
              command: [CMD, "true"]
              timeout: 90
          - name: worker
            image: nginx:1.27
            healthCheck: *health
      `,
      errors: [{ messageId: "outOfRange", line: 7, column: 16, endLine: 7, endColumn: 18 }],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            portMappings:
              - containerPort: 80
                protocol: &proto TCP
              - containerPort: 81
                protocol: *proto
      `,
      errors: [{ messageId: "enumCase", line: 7, column: 26, endLine: 7, endColumn: 29 }],
      output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    portMappings:
      - containerPort: 80
        protocol: &proto tcp
      - containerPort: 81
        protocol: *proto
`,
    },

    /* ---------------- null ---------------- */
    {
      ...json`
        {
          "family": "web",
          "taskRoleArn": null,
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "healthCheck": { "command": null } }]
        }
      `,
      errors: [
        {
          messageId: "nullMember",
          data: { shape: "RegisterTaskDefinitionRequest", key: "taskRoleArn" },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: "remove",
              data: { key: "taskRoleArn" },
              output: `{
  "family": "web",
  "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "healthCheck": { "command": null } }]
}
`,
            },
          ],
        },
        { messageId: "nullRequired", data: { shape: "HealthCheck", key: "command" }, line: 4, column: 96, endLine: 4, endColumn: 100 },
      ],
    },
    {
      ...yaml`
        family: web
        networkMode: ~
        containerDefinitions:
          - name: web
            image: nginx:1.27
            logConfiguration:
      `,
      errors: [
        {
          messageId: "nullMember",
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: "remove",
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    logConfiguration:
`,
            },
          ],
        },
        {
          messageId: "nullMember",
          data: { shape: "ContainerDefinition", key: "logConfiguration" },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 22,
          suggestions: [
            {
              messageId: "remove",
              output: `family: web
networkMode: ~
containerDefinitions:
  - name: web
    image: nginx:1.27
`,
            },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "family": null,
          "containerDefinitions": []
        }
      `,
      errors: [{ messageId: "nullRequired", data: { shape: "RegisterTaskDefinitionRequest", key: "family" }, line: 2, column: 13, endLine: 2, endColumn: 17 }],
    },

    /* ---------------- types ---------------- */
    {
      // Certain type fixes: task cpu/memory are strings, container memory an integer, essential a boolean, map values strings.
      ...json`
        {
          "family": "web",
          "cpu": 256,
          "memory": 512,
          "containerDefinitions": [
            {
              "name": "web",
              "image": "nginx:1.27",
              "memory": "512",
              "essential": "true",
              "environment": [{ "name": "PORT", "value": 8080 }],
              "logConfiguration": {
                "logDriver": "awslogs",
                "options": { "awslogs-group": "/ecs/web", "awslogs-create-group": true, "max-buffer-size": null }
              }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "wrongType",
          data: { subject: "RegisterTaskDefinitionRequest member cpu", expected: "a string", actual: "a number" },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 13,
        },
        { messageId: "wrongType", line: 4, column: 13, endLine: 4, endColumn: 16 },
        {
          messageId: "wrongType",
          data: { subject: "ContainerDefinition member memory", expected: "an integer", actual: "a string" },
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 22,
        },
        {
          messageId: "wrongType",
          data: { subject: "ContainerDefinition member essential", expected: "true or false", actual: "a string" },
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 26,
        },
        { messageId: "wrongType", data: { subject: "KeyValuePair member value", expected: "a string", actual: "a number" }, line: 11, column: 50, endLine: 11, endColumn: 54 },
        {
          messageId: "wrongType",
          data: { subject: 'Entry "awslogs-create-group" of LogConfiguration member options', expected: "a string", actual: "true" },
          line: 14,
          column: 75,
          endLine: 14,
          endColumn: 79,
        },
        {
          messageId: "wrongType",
          data: { subject: 'Entry "max-buffer-size" of LogConfiguration member options', expected: "a string", actual: "null" },
          line: 14,
          column: 100,
          endLine: 14,
          endColumn: 104,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "family": "web",
  "cpu": 256,
  "memory": 512,
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27",
      "memory": "512",
      "essential": "true",
      "environment": [{ "name": "PORT", "value": 8080 }],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/web", "awslogs-create-group": true }
      }
    }
  ]
}
`,
            },
          ],
        },
      ],
      output: `{
  "family": "web",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27",
      "memory": 512,
      "essential": true,
      "environment": [{ "name": "PORT", "value": "8080" }],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/web", "awslogs-create-group": "true", "max-buffer-size": null }
      }
    }
  ]
}
`,
    },
    {
      ...yaml`
        family: web
        cpu: 1024
        memory: 2048
        containerDefinitions:
          - name: web
            image: nginx:1.27
            cpu: "256"
            memory: 512.0
            essential: "false"
            dockerLabels:
              tier: 1
              public: false
      `,
      errors: [
        { messageId: "wrongType", line: 2, column: 6, endLine: 2, endColumn: 10 },
        { messageId: "wrongType", line: 3, column: 9, endLine: 3, endColumn: 13 },
        { messageId: "wrongType", line: 7, column: 10, endLine: 7, endColumn: 15 },
        { messageId: "notInteger", data: { subject: "ContainerDefinition member memory", value: "512.0" }, line: 8, column: 13, endLine: 8, endColumn: 18 },
        { messageId: "wrongType", line: 9, column: 16, endLine: 9, endColumn: 23 },
        { messageId: "wrongType", data: { subject: 'Entry "tier" of ContainerDefinition member dockerLabels', expected: "a string", actual: "a number" }, line: 11, column: 13, endLine: 11, endColumn: 14 },
        { messageId: "wrongType", line: 12, column: 15, endLine: 12, endColumn: 20 },
      ],
      output: `family: web
cpu: "1024"
memory: "2048"
containerDefinitions:
  - name: web
    image: nginx:1.27
    cpu: 256
    memory: 512
    essential: false
    dockerLabels:
      tier: "1"
      public: "false"
`,
    },
    {
      // Only a number written with ".", "e" or "E" can be a float literal; hex integers (0xE0 has an E) are whole numbers.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            cpu: 0x100
            memoryReservation: 0xE0
            memory: 1e3
      `,
      errors: [{ messageId: "notInteger", data: { subject: "ContainerDefinition member memory", value: "1e3" }, line: 7, column: 13, endLine: 7, endColumn: 16 }],
      output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    cpu: 0x100
    memoryReservation: 0xE0
    memory: 1000
`,
    },
    {
      // Wrong types with no certain fix.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            {
              "name": "web",
              "image": "nginx:1.27",
              "cpu": "0.5 vCPU",
              "essential": 1,
              "command": "npm start",
              "entryPoint": ["sh", null],
              "portMappings": { "containerPort": 80 },
              "healthCheck": { "command": ["CMD", "true"], "timeout": 2.5 },
              "dockerLabels": { "team": { "name": "web" } }
            }
          ]
        }
      `,
      errors: [
        { messageId: "wrongType", line: 7, column: 14, endLine: 7, endColumn: 24 },
        { messageId: "wrongType", data: { subject: "ContainerDefinition member essential", expected: "true or false", actual: "a number" }, line: 8, column: 20, endLine: 8, endColumn: 21 },
        {
          messageId: "wrongType",
          data: { subject: "ContainerDefinition member command", expected: "a list of strings", actual: "a string" },
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 29,
        },
        {
          messageId: "wrongType",
          data: { subject: "Item 2 of ContainerDefinition member entryPoint", expected: "a string", actual: "null" },
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 32,
        },
        {
          messageId: "wrongType",
          data: { subject: "ContainerDefinition member portMappings", expected: "a list of PortMapping objects", actual: "an object" },
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 46,
        },
        { messageId: "notInteger", data: { subject: "HealthCheck member timeout", value: "2.5" }, line: 12, column: 63, endLine: 12, endColumn: 66 },
        { messageId: "wrongType", data: { subject: 'Entry "team" of ContainerDefinition member dockerLabels', expected: "a string", actual: "an object" }, line: 13, column: 33, endLine: 13, endColumn: 50 },
      ],
    },

    /* ---------------- required members, unions ---------------- */
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            {
              "name": "web",
              "image": "nginx:1.27",
              "secrets": [{ "name": "DB_PASSWORD" }],
              "healthCheck": { "interval": 30 },
              "logConfiguration": { "options": { "awslogs-group": "/ecs/web" } }
            }
          ]
        }
      `,
      errors: [
        { messageId: "missingMember", data: { shape: "Secret", key: "valueFrom" }, line: 7, column: 21, endLine: 7, endColumn: 27 },
        { messageId: "missingMember", data: { shape: "HealthCheck", key: "command" }, line: 8, column: 7, endLine: 8, endColumn: 20 },
        { messageId: "missingMember", data: { shape: "LogConfiguration", key: "logDriver" }, line: 9, column: 7, endLine: 9, endColumn: 25 },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            dependsOn:
              - containerName: init
            healthCheck:
              interval: 30
      `,
      errors: [
        // A list item without a name: its first character.
        { messageId: "missingMember", data: { shape: "ContainerDependency", key: "condition" }, line: 6, column: 9, endLine: 6, endColumn: 10 },
        { messageId: "missingMember", data: { shape: "HealthCheck", key: "command" }, line: 7, column: 5, endLine: 7, endColumn: 16 },
      ],
    },
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "resourceRequirements": [{ "type": "GPU", "value": "1", "sharingStrategy": {} }] }
          ]
        }
      `,
      errors: [{ messageId: "unionCount", data: { shape: "SharingStrategy", members: "nvidiaMps", count: "none" }, line: 4, column: 101, endLine: 4, endColumn: 118 }],
    },

    /* ---------------- patterns, lengths, list sizes ---------------- */
    {
      ...json`
        {
          "family": "web app",
          "containerDefinitions": [
            {
              "name": "web.app",
              "image": "",
              "credentialSpecs": ["credentialspec:arn:a", "credentialspec:arn:b"],
              "portMappings": [{ "containerPort": 80, "name": "Web" }]
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "patternMismatch",
          data: { subject: "RegisterTaskDefinitionRequest member family", pattern: "up to 255 letters, digits, hyphens and underscores", value: "web app" },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 22,
        },
        { messageId: "patternMismatch", line: 5, column: 15, endLine: 5, endColumn: 24 },
        { messageId: "empty", data: { subject: "ContainerDefinition member image" }, line: 6, column: 16, endLine: 6, endColumn: 18 },
        { messageId: "tooManyItems", data: { subject: "ContainerDefinition member credentialSpecs", count: 2, max: 1 }, line: 7, column: 26, endLine: 7, endColumn: 74 },
        { messageId: "patternMismatch", line: 8, column: 55, endLine: 8, endColumn: 60 },
      ],
    },
    {
      ...yaml`
        family: web
        tags:
          - key: ${"k".repeat(129)}
            value: ""
        containerDefinitions: []
      `,
      errors: [{ messageId: "tooLong", data: { subject: "Tag member key", max: 128, length: 129 }, line: 3, column: 10, endLine: 3, endColumn: 139 }],
    },

    /* ---------------- duplicate keys (JSON) ---------------- */
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "essential": false, "essential": true }
          ]
        }
      `,
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "essential" },
          line: 4,
          column: 45,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "family": "web",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27", "essential": true }
  ]
}
`,
            },
          ],
        },
      ],
    },

    /* ---------------- describe output (option) ---------------- */
    {
      ...json`
        {
          "taskDefinition": {
            "taskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3",
            "family": "web",
            "revision": 3,
            "containerDefinitions": []
          },
          "tags": []
        }
      `,
      options: reportDescribeOutput,
      errors: [
        { messageId: "describeWrapper", data: { key: "taskDefinition" }, line: 2, column: 3, endLine: 2, endColumn: 19 },
        {
          messageId: "describeOnly",
          data: { key: "taskDefinitionArn", output: "describe-task-definition", input: "register-task-definition" },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "taskDefinition": {
    "family": "web",
    "revision": 3,
    "containerDefinitions": []
  },
  "tags": []
}
`,
            },
          ],
        },
        {
          messageId: "describeOnly",
          data: { key: "revision", output: "describe-task-definition", input: "register-task-definition" },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 15,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "taskDefinition": {
    "taskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3",
    "family": "web",
    "containerDefinitions": []
  },
  "tags": []
}
`,
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        family: web
        status: ACTIVE
        containerDefinitions: []
        compatibilities:
          - EC2
      `,
      options: reportDescribeOutput,
      errors: [
        {
          messageId: "describeOnly",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 7,
          suggestions: [
            {
              messageId: "remove",
              output: `family: web
containerDefinitions: []
compatibilities:
  - EC2
`,
            },
          ],
        },
        {
          messageId: "describeOnly",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: "remove",
              output: `family: web
status: ACTIVE
containerDefinitions: []
`,
            },
          ],
        },
      ],
    },

    /* ---------------- bare container lists ---------------- */
    {
      ...json`
        [
          { "name": "web", "image": "nginx:1.27", "essential": "yes", "memory": "512", "cpu": 256, "readOnlyRootFilesystem": true }
        ]
      `,
      // Go's decoder takes "readOnlyRootFilesystem" as readonlyRootFilesystem: no memberCase in a container list.
      errors: [
        { messageId: "wrongType", line: 2, column: 56, endLine: 2, endColumn: 61 },
        { messageId: "wrongType", line: 2, column: 73, endLine: 2, endColumn: 78 },
      ],
      output: `[
  { "name": "web", "image": "nginx:1.27", "essential": "yes", "memory": 512, "cpu": 256, "readOnlyRootFilesystem": true }
]
`,
    },
    {
      // A key in another case is the member it spells: its value is judged as that member's.
      ...json`
        [
          { "name": "web", "image": "nginx:1.27", "essential": true, "cpu": 256, "memory": 512, "command": ["serve"], "user": "1000", "portMappings": [{ "ContainerPort": 70000, "Protocol": "http" }], "ReadonlyRootFilesystem": "true", "stopTimout": 30 }
        ]
      `,
      errors: [
        { messageId: "outOfRange", data: { subject: "PortMapping member ContainerPort", range: "between 1 and 65535", value: 70000 }, line: 2, column: 163, endLine: 2, endColumn: 168 },
        { messageId: "enumValue", data: { subject: "PortMapping member Protocol", allowed: '"tcp" or "udp"', value: "http" }, line: 2, column: 182, endLine: 2, endColumn: 188 },
        {
          messageId: "wrongType",
          data: { subject: "ContainerDefinition member ReadonlyRootFilesystem", expected: "true or false", actual: "a string" },
          line: 2,
          column: 219,
          endLine: 2,
          endColumn: 225,
        },
        {
          messageId: "unknownMemberNear",
          data: { shape: "ContainerDefinition", key: "stopTimout", name: "stopTimeout" },
          line: 2,
          column: 227,
          endLine: 2,
          endColumn: 239,
          suggestions: [
            {
              messageId: "rename",
              data: { key: "stopTimout", name: "stopTimeout" },
              output: `[
  { "name": "web", "image": "nginx:1.27", "essential": true, "cpu": 256, "memory": 512, "command": ["serve"], "user": "1000", "portMappings": [{ "ContainerPort": 70000, "Protocol": "http" }], "ReadonlyRootFilesystem": "true", "stopTimeout": 30 }
]
`,
            },
            {
              messageId: "remove",
              output: `[
  { "name": "web", "image": "nginx:1.27", "essential": true, "cpu": 256, "memory": 512, "command": ["serve"], "user": "1000", "portMappings": [{ "ContainerPort": 70000, "Protocol": "http" }], "ReadonlyRootFilesystem": "true" }
]
`,
            },
          ],
        },
      ],
      output: `[
  { "name": "web", "image": "nginx:1.27", "essential": true, "cpu": 256, "memory": 512, "command": ["serve"], "user": "1000", "portMappings": [{ "ContainerPort": 70000, "Protocol": "http" }], "ReadonlyRootFilesystem": true, "stopTimout": 30 }
]
`,
    },
    {
      // A null required member is still reported; null optional members are not.
      ...yaml`
        - name: web
          image: nginx:1.27
          memory: 512
          healthCheck:
            command: null
            interval: null
      `,
      errors: [{ messageId: "nullRequired", data: { shape: "HealthCheck", key: "command" }, line: 5, column: 14, endLine: 5, endColumn: 18 }],
    },
  ],
});
