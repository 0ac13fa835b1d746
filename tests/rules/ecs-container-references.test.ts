import rule from "../../src/rules/ecs-container-references.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-container-references", rule, {
  valid: [
    json`
      {
        "family": "web",
        "networkMode": "bridge",
        "proxyConfiguration": { "type": "APPMESH", "containerName": "envoy" },
        "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-1" } }, { "name": "scratch" }],
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "links": ["db:database", "envoy"],
            "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }],
            "volumesFrom": [{ "sourceContainer": "db" }],
            "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "cloudwatch" } },
            "dependsOn": [
              { "containerName": "envoy", "condition": "HEALTHY" },
              { "containerName": "init", "condition": "SUCCESS" },
              { "containerName": "db", "condition": "START" }
            ]
          },
          {
            "name": "envoy",
            "image": "envoy:1.0",
            "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost:9901/ready"] },
            "mountPoints": [{ "sourceVolume": "scratch", "containerPath": "/tmp" }]
          },
          { "name": "init", "image": "busybox:1.36", "essential": false, "dependsOn": [{ "containerName": "db", "condition": "COMPLETE" }] },
          { "name": "db", "image": "postgres:16", "essential": false },
          { "name": "log_router", "image": "amazon/aws-for-fluent-bit:stable", "firelensConfiguration": { "type": "fluentbit" } }
        ]
      }
    `,
    yaml`
      family: web
      volumes:
        - name: data
      containerDefinitions:
        - name: web
          image: nginx:1.27
          mountPoints:
            - sourceVolume: data
              containerPath: /data
          dependsOn:
            - containerName: sidecar
              condition: START
        - name: sidecar
          image: sidecar:1.0
    `,
    // A bare container list has no task volumes: source volumes are not judged; container names still are.
    json`
      [
        { "name": "web", "image": "nginx:1.27", "essential": true, "mountPoints": [{ "sourceVolume": "anything", "containerPath": "/data" }], "dependsOn": [{ "containerName": "init", "condition": "SUCCESS" }] },
        { "name": "init", "image": "busybox:1.36", "essential": false }
      ]
    `,
    // Unknown names, volumes, conditions and targets are not judged.
    json`
      {
        "family": "web",
        "volumes": [{ "name": "\${VOLUME}" }],
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "mountPoints": [{ "sourceVolume": "other", "containerPath": "/data" }, { "sourceVolume": "\${SOURCE}", "containerPath": "/x" }],
            "dependsOn": [{ "containerName": "\${DEP}", "condition": "START" }, { "containerName": "side", "condition": "\${CONDITION}" }],
            "links": ["\${LINK}:alias"]
          },
          { "name": "side", "image": "side:1.0", "essential": "\${ESSENTIAL}" },
          { "name": "\${OTHER}", "image": "other:1.0" }
        ]
      }
    `,
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "dependsOn": [{ "containerName": "ghost", "condition": "START" }], "volumesFrom": [{ "sourceContainer": "ghost" }] },
          { "name": "\${OTHER}", "image": "other:1.0" }
        ]
      }
    `,
    yaml`
      family: web
      volumes: !Ref Volumes
      containerDefinitions:
        - name: web
          image: nginx:1.27
          mountPoints:
            - sourceVolume: data
              containerPath: /data
          logConfiguration:
            logDriver: awsfirelens
          dependsOn:
            - containerName: side
              condition: HEALTHY
            - containerName: side
              condition: COMPLETE
        - <<: *side-defaults
          name: side
          image: side:1.0
        - *router
    `,
    // CloudFormation (AWS::ECS::TaskDefinition): its key spelling; names read through intrinsics and Fn::If items are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: !Ref ServiceName
                Image: nginx:1.27
                Links: [app]
                DependsOn:
                  - ContainerName: app
                    Condition: START
                MountPoints:
                  - SourceVolume: !Sub "\${AWS::StackName}-data"
                    ContainerPath: /data
              - !If [WithSidecar, { Name: sidecar, Image: "busybox:1" }, !Ref AWS::NoValue]
            Volumes:
              - Name: !Sub "\${AWS::StackName}-data"
        Other:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                DependsOn:
                  - ContainerName: init
                    Condition: SUCCESS
              - Name: init
                Image: busybox:1
                Essential: "false"
    `,
  ],
  invalid: [
    {
      // Misspelt names: each with a suggestion when a name is close.
      ...json`
        {
          "family": "web",
          "networkMode": "bridge",
          "volumes": [{ "name": "data" }],
          "containerDefinitions": [
            {
              "name": "web",
              "image": "nginx:1.27",
              "mountPoints": [{ "sourceVolume": "dta", "containerPath": "/data" }],
              "dependsOn": [{ "containerName": "Db", "condition": "START" }],
              "links": ["dbb:database"],
              "volumesFrom": [{ "sourceContainer": "nothing-like-it" }]
            },
            { "name": "db", "image": "postgres:16" }
          ]
        }
      `,
      errors: [
        {
          messageId: "unknownSourceVolume",
          data: { container: '"web"', name: '"dta"', key: "volumes" },
          line: 9,
          column: 41,
          endLine: 9,
          endColumn: 46,
          suggestions: [
            {
              messageId: "useName",
              data: { suggestion: '"data"' },
              output: `{
  "family": "web",
  "networkMode": "bridge",
  "volumes": [{ "name": "data" }],
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27",
      "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }],
      "dependsOn": [{ "containerName": "Db", "condition": "START" }],
      "links": ["dbb:database"],
      "volumesFrom": [{ "sourceContainer": "nothing-like-it" }]
    },
    { "name": "db", "image": "postgres:16" }
  ]
}
`,
            },
          ],
        },
        {
          messageId: "unknownDependency",
          data: { container: '"web"', name: '"Db"' },
          line: 10,
          column: 40,
          endLine: 10,
          endColumn: 44,
          suggestions: [
            {
              messageId: "useName",
              data: { suggestion: '"db"' },
              output: `{
  "family": "web",
  "networkMode": "bridge",
  "volumes": [{ "name": "data" }],
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27",
      "mountPoints": [{ "sourceVolume": "dta", "containerPath": "/data" }],
      "dependsOn": [{ "containerName": "db", "condition": "START" }],
      "links": ["dbb:database"],
      "volumesFrom": [{ "sourceContainer": "nothing-like-it" }]
    },
    { "name": "db", "image": "postgres:16" }
  ]
}
`,
            },
          ],
        },
        {
          messageId: "unknownLink",
          data: { container: '"web"', name: '"dbb"' },
          line: 11,
          column: 17,
          endLine: 11,
          endColumn: 31,
          suggestions: [
            {
              messageId: "useName",
              data: { suggestion: '"db"' },
              output: `{
  "family": "web",
  "networkMode": "bridge",
  "volumes": [{ "name": "data" }],
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27",
      "mountPoints": [{ "sourceVolume": "dta", "containerPath": "/data" }],
      "dependsOn": [{ "containerName": "Db", "condition": "START" }],
      "links": ["db:database"],
      "volumesFrom": [{ "sourceContainer": "nothing-like-it" }]
    },
    { "name": "db", "image": "postgres:16" }
  ]
}
`,
            },
          ],
        },
        { messageId: "unknownVolumesFrom", data: { container: '"web"', name: '"nothing-like-it"' }, line: 12, column: 44, endLine: 12, endColumn: 61 },
      ],
    },
    {
      // Conditions ECS cannot honour.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            dependsOn:
              - containerName: api
                condition: HEALTHY
              - containerName: migrate
                condition: COMPLETE
              - containerName: api
                condition: SUCCESS
          - name: api
            image: api:1.0
            essential: true
          - name: migrate
            image: migrate:1.0
      `,
      errors: [
        { messageId: "healthyWithoutHealthCheck", data: { container: '"web"', name: '"api"', key: "healthCheck" }, line: 7, column: 20, endLine: 7, endColumn: 27 },
        { messageId: "exitConditionOnEssential", data: { container: '"web"', name: '"migrate"', condition: '"COMPLETE"' }, line: 9, column: 20, endLine: 9, endColumn: 28 },
        { messageId: "exitConditionOnEssential", data: { container: '"web"', name: '"api"', condition: '"SUCCESS"' }, line: 11, column: 20, endLine: 11, endColumn: 27 },
      ],
    },
    {
      // Cycles: one report per cycle, on the dependency that closes it.
      ...yaml`
        family: web
        containerDefinitions:
          - name: a
            image: a:1
            dependsOn: [{containerName: b, condition: START}]
          - name: b
            image: b:1
            dependsOn: [{containerName: a, condition: START}]
          - name: c
            image: c:1
            dependsOn: [{containerName: c, condition: START}]
      `,
      errors: [
        { messageId: "dependencyCycle", data: { cycle: '"a" → "b" → "a"' }, line: 8, column: 33, endLine: 8, endColumn: 34 },
        { messageId: "dependencyCycle", data: { cycle: '"c" → "c"' }, line: 11, column: 33, endLine: 11, endColumn: 34 },
      ],
    },
    {
      // awsfirelens without a log router; an unknown proxy container; describe output without volumes.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "proxyConfiguration": { "type": "APPMESH", "containerName": "envoyy" },
            "containerDefinitions": [
              {
                "name": "envoy",
                "image": "envoy:1.0",
                "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "cloudwatch" } },
                "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }]
              }
            ]
          }
        }
      `,
      errors: [
        {
          messageId: "unknownProxyContainer",
          data: { name: '"envoyy"' },
          line: 4,
          column: 65,
          endLine: 4,
          endColumn: 73,
          suggestions: [
            {
              messageId: "useName",
              data: { suggestion: '"envoy"' },
              output: `{
  "taskDefinition": {
    "family": "web",
    "proxyConfiguration": { "type": "APPMESH", "containerName": "envoy" },
    "containerDefinitions": [
      {
        "name": "envoy",
        "image": "envoy:1.0",
        "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "cloudwatch" } },
        "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }]
      }
    ]
  }
}
`,
            },
          ],
        },
        { messageId: "firelensWithoutRouter", data: { container: '"envoy"', key: "firelensConfiguration" }, line: 9, column: 44, endLine: 9, endColumn: 57 },
        { messageId: "unknownSourceVolume", data: { container: '"envoy"', name: '"data"', key: "volumes" }, line: 10, column: 43, endLine: 10, endColumn: 49 },
      ],
    },
    {
      // A bare container list: container names are still checked.
      ...yaml`
        - name: web
          image: nginx:1.27
          essential: true
          dependsOn:
            - containerName: side-car
              condition: START
        - name: sidecar
          image: sidecar:1.0
          essential: false
      `,
      errors: [
        {
          messageId: "unknownDependency",
          data: { container: '"web"', name: '"side-car"' },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: "useName",
              data: { suggestion: '"sidecar"' },
              output: `- name: web
  image: nginx:1.27
  essential: true
  dependsOn:
    - containerName: sidecar
      condition: START
- name: sidecar
  image: sidecar:1.0
  essential: false
`,
            },
          ],
        },
      ],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): its key spelling; names read through intrinsics and Fn::If items are unknown.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  MountPoints:
                    - SourceVolume: date
                      ContainerPath: /data
                  DependsOn:
                    - ContainerName: migrate
                      Condition: COMPLETE
                    - ContainerName: envoy
                      Condition: HEALTHY
                - Name: migrate
                  Image: migrate:1
                - Name: envoy
                  Image: envoy:1
                  Essential: "true"
              Volumes:
                - Name: data
      `,
      errors: [
        { messageId: "unknownSourceVolume", data: { container: '"web"', key: "Volumes", name: '"date"' }, line: 9, column: 29, endLine: 9, endColumn: 33,
          suggestions: [
            { messageId: "useName", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          MountPoints:
            - SourceVolume: data
              ContainerPath: /data
          DependsOn:
            - ContainerName: migrate
              Condition: COMPLETE
            - ContainerName: envoy
              Condition: HEALTHY
        - Name: migrate
          Image: migrate:1
        - Name: envoy
          Image: envoy:1
          Essential: "true"
      Volumes:
        - Name: data
` },
          ],
        },
        { messageId: "exitConditionOnEssential", data: { container: '"web"', name: '"migrate"', condition: '"COMPLETE"' }, line: 13, column: 26, endLine: 13, endColumn: 34 },
        { messageId: "healthyWithoutHealthCheck", data: { container: '"web"', name: '"envoy"', key: "HealthCheck" }, line: 15, column: 26, endLine: 15, endColumn: 33 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [
                  { "Name": "web", "Image": "nginx:1.27", "VolumesFrom": [{ "SourceContainer": "sidecr" }] },
                  { "Name": "sidecar", "Image": "busybox:1", "Essential": "false" }
                ]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "unknownVolumesFrom", data: { container: '"web"', name: '"sidecr"' }, line: 7, column: 88, endLine: 7, endColumn: 96,
          suggestions: [
            { messageId: "useName", output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [
          { "Name": "web", "Image": "nginx:1.27", "VolumesFrom": [{ "SourceContainer": "sidecar" }] },
          { "Name": "sidecar", "Image": "busybox:1", "Essential": "false" }
        ]
      }
    }
  }
}
` },
          ],
        },
      ],
    },
  ],
});
