import rule from "../../src/rules/ecs-fargate-compatibility.js";
import { jsonCase as json, runRule, yamlCase as yaml, type ValidCase } from "../support/rule-tester.js";

/** The case's code with pieces of text replaced (each replaced text occurs once). */
function edited(item: ValidCase, ...replacements: [string, string][]): string {
  let code = item.code;
  for (const [from, to] of replacements) {
    if (code.split(from).length !== 2) throw new Error(`"${from}" is not unique`);
    code = code.replace(from, to);
  }
  return code;
}

const bridgeNoMemory = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "bridge",
    "cpu": "256",
    "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
  }
`;

const nothingSet = yaml`
  family: web
  requiresCompatibilities: [FARGATE]
  containerDefinitions:
    - name: web
      image: nginx:1.27
`;

const taskMembers = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "512",
    "placementConstraints": [{ "type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*" }],
    "ipcMode": "task",
    "pidMode": "host",
    "containerDefinitions": []
  }
`;

const containerMembers = yaml`
  family: web
  requiresCompatibilities: [FARGATE]
  networkMode: awsvpc
  cpu: 256
  memory: 512
  containerDefinitions:
    - name: web
      image: nginx:1.27
      privileged: true
      disableNetworking: true
      links: [db]
      hostname: web.local
      dnsServers: [10.0.0.2]
      dnsSearchDomains: [example.com]
      extraHosts:
        - hostname: db
          ipAddress: 10.0.0.5
      dockerSecurityOptions: [no-new-privileges]
`;

const linuxParameters = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "512",
    "containerDefinitions": [
      {
        "name": "web",
        "image": "nginx:1.27",
        "linuxParameters": {
          "capabilities": { "add": ["SYS_PTRACE", "NET_ADMIN", "cap_sys_admin"], "drop": ["ALL"] },
          "devices": [{ "hostPath": "/dev/fuse" }],
          "sharedMemorySize": 64,
          "maxSwap": 0,
          "swappiness": 10,
          "tmpfs": [{ "containerPath": "/tmp", "size": 64 }],
          "initProcessEnabled": true
        }
      }
    ]
  }
`;

const gpuLogsTimeouts = yaml`
  family: trainer
  requiresCompatibilities: [FARGATE]
  networkMode: awsvpc
  cpu: 1024
  memory: 2048
  containerDefinitions:
    - name: trainer
      image: trainer:1.0
      resourceRequirements:
        - type: GPU
          value: "1"
      logConfiguration:
        logDriver: json-file
      stopTimeout: 300
      startTimeout: 600
`;

const volumes = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "512",
    "containerDefinitions": [],
    "volumes": [
      { "name": "scratch", "host": {} },
      { "name": "logs", "host": { "sourcePath": "/var/log" } },
      { "name": "data", "dockerVolumeConfiguration": { "scope": "shared", "driver": "local" } }
    ]
  }
`;

const describeHostMode = json`
  {
    "taskDefinition": {
      "family": "web",
      "requiresCompatibilities": ["FARGATE"],
      "networkMode": "host",
      "cpu": "256",
      "memory": "512",
      "containerDefinitions": []
    }
  }
`;

const windowsNoNetworkMode = yaml`
  family: iis
  requiresCompatibilities: [FARGATE]
  runtimePlatform:
    operatingSystemFamily: WINDOWS_SERVER_2022_CORE
  cpu: 1024
  memory: 2048
  containerDefinitions: []
`;

const fargateAndEc2 = json`
  {
    "family": "web",
    "requiresCompatibilities": ["EC2", "FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "512",
    "containerDefinitions": [{ "image": "nginx:1.27", "privileged": true }]
  }
`;

runRule("ecs-fargate-compatibility", rule, {
  valid: [
    // Everything Fargate accepts.
    json`
      {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "256",
        "memory": "512",
        "pidMode": "task",
        "placementConstraints": [],
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "privileged": false,
            "disableNetworking": false,
            "links": [],
            "dnsServers": [],
            "hostname": "",
            "extraHosts": null,
            "stopTimeout": 120,
            "startTimeout": 120,
            "systemControls": [{ "namespace": "net.core.somaxconn", "value": "1024" }],
            "linuxParameters": {
              "capabilities": { "add": ["SYS_PTRACE"], "drop": ["ALL"] },
              "tmpfs": [{ "containerPath": "/tmp", "size": 64 }],
              "devices": [],
              "initProcessEnabled": true
            },
            "resourceRequirements": [{ "type": "InferenceAccelerator", "value": "device_1" }],
            "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web" } }
          },
          { "name": "router", "image": "fluent-bit:3", "logConfiguration": { "logDriver": "splunk" }, "firelensConfiguration": { "type": "fluentbit" } },
          { "name": "app", "image": "app:1", "logConfiguration": { "logDriver": "awsfirelens" } }
        ],
        "volumes": [
          { "name": "scratch", "host": {} },
          { "name": "bind" },
          { "name": "efs", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED" } }
        ]
      }
    `,
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      networkMode: awsvpc
      cpu: 1 vCPU
      memory: 2 GB
      containerDefinitions:
        - name: web
          image: nginx:1.27
          linuxParameters:
            capabilities:
              add: [cap_sys_ptrace]
    `,
    // Not a Fargate task definition.
    json`
      {
        "family": "web",
        "networkMode": "bridge",
        "placementConstraints": [{ "type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*" }],
        "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "privileged": true, "links": ["db"] }]
      }
    `,
    json`{ "family": "web", "requiresCompatibilities": ["EC2", "EXTERNAL"], "networkMode": "host", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["\${COMPATIBILITY}"], "networkMode": "bridge", "containerDefinitions": [] }`,
    // Unknown values are not wrong, and not missing.
    json`
      {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "\${NETWORK_MODE}",
        "cpu": "\${CPU}",
        "memory": "{{ memory }}",
        "pidMode": "\${PID_MODE}",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "hostname": "\${HOSTNAME}",
            "stopTimeout": "\${STOP_TIMEOUT}",
            "linuxParameters": { "capabilities": { "add": ["\${CAPABILITY}"] } },
            "logConfiguration": { "logDriver": "\${LOG_DRIVER}" }
          }
        ]
      }
    `,
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      networkMode: !Ref NetworkMode
      cpu: !Ref Cpu
      memory: !Ref Memory
      ipcMode: !Ref IpcMode
      containerDefinitions:
        - name: web
          image: nginx:1.27
          privileged: !Ref Privileged
          links: !Ref Links
          resourceRequirements:
            - type: !Ref ResourceType
              value: "1"
    `,
    yaml`
      task:
        <<: *unresolved
        family: web
        requiresCompatibilities: [FARGATE]
        containerDefinitions:
          - <<: *container
            name: web
    `,
    // Values the API does not know are valid-schema's.
    json`
      {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "vpc",
        "cpu": "256",
        "memory": "512",
        "pidMode": "container",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "privileged": "true",
            "linuxParameters": { "capabilities": { "add": ["SUPERPOWERS"] } },
            "logConfiguration": { "logDriver": "syslog-ng" },
            "stopTimeout": "300"
          }
        ]
      }
    `,
    // describe-task-definition output.
    json`{ "taskDefinition": { "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [] } }`,
    // A bare container list: whether it runs on Fargate is unknown.
    json`[{ "name": "web", "image": "nginx:1.27", "privileged": true, "links": ["db"], "logConfiguration": { "logDriver": "json-file" } }]`,
    // CloudFormation (AWS::ECS::TaskDefinition): "true" and "300" count as CloudFormation converts them; suggestions write its keys; intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            NetworkMode: !Ref NetworkMode
            Cpu: !Ref Cpu
            Memory: !FindInMap [Sizes, !Ref Environment, Memory]
            IpcMode: !If [IsFargate, !Ref AWS::NoValue, host]
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Privileged: "false"
                StopTimeout: "120"
                LogConfiguration:
                  LogDriver: !Ref LogDriver
              - Name: sidecar
                Image: envoy:1
                Privileged: !If [Debug, true, false]
                StartTimeout: !Ref StartTimeout
        NotOnlyKnownFargate:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [!Ref LaunchType]
            NetworkMode: bridge
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Privileged: "true"
        NoProperties:
          Type: AWS::ECS::TaskDefinition
    `,
  ],
  invalid: [
    {
      ...bridgeNoMemory,
      errors: [
        { messageId: "missingSize", data: { key: "memory" }, line: 2, column: 3, endLine: 2, endColumn: 11 },
        {
          messageId: "networkMode",
          data: { key: "networkMode", value: "bridge" },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 26,
          suggestions: [{ messageId: "setAwsvpc", data: { key: "networkMode" }, output: edited(bridgeNoMemory, ['"bridge"', '"awsvpc"']) }],
        },
      ],
    },
    {
      ...nothingSet,
      errors: [
        {
          messageId: "missingNetworkMode",
          data: { key: "networkMode" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 7,
          suggestions: [{ messageId: "setAwsvpc", output: edited(nothingSet, ["    image: nginx:1.27\n", "    image: nginx:1.27\nnetworkMode: awsvpc\n"]) }],
        },
        { messageId: "missingSize", data: { key: "cpu" }, line: 1, column: 1, endLine: 1, endColumn: 7 },
        { messageId: "missingSize", data: { key: "memory" }, line: 1, column: 1, endLine: 1, endColumn: 7 },
      ],
    },
    {
      ...taskMembers,
      errors: [
        {
          messageId: "taskMember",
          data: { key: "placementConstraints" },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 25,
          suggestions: [
            {
              messageId: "remove",
              data: { key: "placementConstraints" },
              output: edited(taskMembers, [',\n  "placementConstraints": [{ "type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*" }]', ""]),
            },
          ],
        },
        {
          messageId: "taskMember",
          data: { key: "ipcMode" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 12,
          suggestions: [{ messageId: "remove", output: edited(taskMembers, [',\n  "ipcMode": "task"', ""]) }],
        },
        {
          messageId: "pidMode",
          data: { key: "pidMode" },
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 20,
          suggestions: [
            { messageId: "setPidModeTask", output: edited(taskMembers, ['"pidMode": "host"', '"pidMode": "task"']) },
            { messageId: "remove", output: edited(taskMembers, [',\n  "pidMode": "host"', ""]) },
          ],
        },
      ],
    },
    {
      ...containerMembers,
      errors: [
        { at: "privileged: true", line: 9, endColumn: 15 },
        { at: "disableNetworking: true", line: 10, endColumn: 22 },
        { at: "links: [db]", line: 11, endColumn: 10 },
        { at: "hostname: web.local", line: 12, endColumn: 13 },
        { at: "dnsServers: [10.0.0.2]", line: 13, endColumn: 15 },
        { at: "dnsSearchDomains: [example.com]", line: 14, endColumn: 21 },
        { at: "extraHosts:\n      - hostname: db\n        ipAddress: 10.0.0.5", line: 15, endColumn: 15 },
        { at: "dockerSecurityOptions: [no-new-privileges]", line: 18, endColumn: 26 },
      ].map(({ at, line, endColumn }) => {
        const key = at.slice(0, at.indexOf(":"));
        return {
          messageId: "containerMember",
          data: { container: '"web"', key },
          line,
          column: 5,
          endLine: line,
          endColumn,
          suggestions: [{ messageId: "remove", data: { key }, output: edited(containerMembers, [`    ${at}\n`, ""]) }],
        };
      }),
    },
    {
      ...linuxParameters,
      errors: [
        { messageId: "capability", data: { container: '"web"', capability: "NET_ADMIN", allowed: '"SYS_PTRACE"' }, line: 12, column: 49, endLine: 12, endColumn: 60 },
        { messageId: "capability", data: { container: '"web"', capability: "cap_sys_admin", allowed: '"SYS_PTRACE"' }, line: 12, column: 62, endLine: 12, endColumn: 77 },
        {
          messageId: "linuxParameter",
          data: { container: '"web"', key: "devices" },
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 18,
          suggestions: [{ messageId: "remove", output: edited(linuxParameters, [',\n        "devices": [{ "hostPath": "/dev/fuse" }]', ""]) }],
        },
        {
          messageId: "linuxParameter",
          data: { container: '"web"', key: "sharedMemorySize" },
          line: 14,
          column: 9,
          endLine: 14,
          endColumn: 27,
          suggestions: [{ messageId: "remove", output: edited(linuxParameters, [',\n        "sharedMemorySize": 64', ""]) }],
        },
        {
          messageId: "linuxParameter",
          data: { container: '"web"', key: "maxSwap" },
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 18,
          suggestions: [{ messageId: "remove", output: edited(linuxParameters, [',\n        "maxSwap": 0', ""]) }],
        },
        {
          messageId: "linuxParameter",
          data: { container: '"web"', key: "swappiness" },
          line: 16,
          column: 9,
          endLine: 16,
          endColumn: 21,
          suggestions: [{ messageId: "remove", output: edited(linuxParameters, [',\n        "swappiness": 10', ""]) }],
        },
      ],
    },
    {
      ...gpuLogsTimeouts,
      errors: [
        { messageId: "gpu", data: { container: '"trainer"' }, line: 10, column: 15, endLine: 10, endColumn: 18 },
        { messageId: "logDriver", data: { container: '"trainer"', driver: "json-file", allowed: '"awslogs", "splunk" or "awsfirelens"' }, line: 13, column: 18, endLine: 13, endColumn: 27 },
        {
          messageId: "timeout",
          data: { container: '"trainer"', key: "stopTimeout", value: 300, max: 120 },
          line: 14,
          column: 18,
          endLine: 14,
          endColumn: 21,
          suggestions: [{ messageId: "setTimeout", data: { key: "stopTimeout", max: 120 }, output: edited(gpuLogsTimeouts, ["stopTimeout: 300", "stopTimeout: 120"]) }],
        },
        {
          messageId: "timeout",
          data: { container: '"trainer"', key: "startTimeout", value: 600, max: 120 },
          line: 15,
          column: 19,
          endLine: 15,
          endColumn: 22,
          suggestions: [{ messageId: "setTimeout", data: { key: "startTimeout", max: 120 }, output: edited(gpuLogsTimeouts, ["startTimeout: 600", "startTimeout: 120"]) }],
        },
      ],
    },
    {
      ...volumes,
      errors: [
        {
          messageId: "sourcePath",
          data: { volume: '"logs"', key: "sourcePath" },
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 45,
          suggestions: [{ messageId: "remove", output: edited(volumes, ['{ "sourcePath": "/var/log" }', "{}"]) }],
        },
        { messageId: "dockerVolume", data: { volume: '"data"', key: "dockerVolumeConfiguration" }, line: 11, column: 23, endLine: 11, endColumn: 50 },
      ],
    },
    {
      ...describeHostMode,
      errors: [
        {
          messageId: "networkMode",
          data: { key: "networkMode", value: "host" },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 26,
          suggestions: [{ messageId: "setAwsvpc", output: edited(describeHostMode, ['"host"', '"awsvpc"']) }],
        },
      ],
    },
    {
      // Windows: the default network mode is not awsvpc either.
      ...windowsNoNetworkMode,
      errors: [
        {
          messageId: "missingNetworkMode",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 7,
          suggestions: [{ messageId: "setAwsvpc", output: edited(windowsNoNetworkMode, ["containerDefinitions: []\n", "containerDefinitions: []\nnetworkMode: awsvpc\n"]) }],
        },
      ],
    },
    {
      // FARGATE with EC2 is validated against Fargate; an unnamed container is named by its position.
      ...fargateAndEc2,
      errors: [
        {
          messageId: "containerMember",
          data: { container: "#1", key: "privileged" },
          line: 7,
          column: 53,
          endLine: 7,
          endColumn: 65,
          suggestions: [{ messageId: "remove", output: edited(fargateAndEc2, [', "privileged": true', ""]) }],
        },
      ],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): "true" and "300" count as CloudFormation converts them; suggestions write its keys; intrinsics are unknown.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              RequiresCompatibilities: [FARGATE]
              NetworkMode: bridge
              Cpu: "256"
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  Privileged: "true"
                  StopTimeout: "300"
                  LogConfiguration:
                    LogDriver: syslog
              Volumes:
                - Name: data
                  Host:
                    SourcePath: /data
      `,
      errors: [
        { messageId: "missingSize", data: { key: "Memory" }, line: 4, column: 5, endLine: 4, endColumn: 15 },
        { messageId: "networkMode", data: { key: "NetworkMode", value: "bridge" }, line: 6, column: 20, endLine: 6, endColumn: 26,
          suggestions: [
            { messageId: "setAwsvpc", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "256"
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          Privileged: "true"
          StopTimeout: "300"
          LogConfiguration:
            LogDriver: syslog
      Volumes:
        - Name: data
          Host:
            SourcePath: /data
` },
          ],
        },
        { messageId: "containerMember", data: { container: '"web"', key: "Privileged" }, line: 11, column: 11, endLine: 11, endColumn: 21,
          suggestions: [
            { messageId: "remove", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: bridge
      Cpu: "256"
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          StopTimeout: "300"
          LogConfiguration:
            LogDriver: syslog
      Volumes:
        - Name: data
          Host:
            SourcePath: /data
` },
          ],
        },
        { messageId: "timeout", data: { container: '"web"', key: "StopTimeout", value: 300, max: 120 }, line: 12, column: 24, endLine: 12, endColumn: 29,
          suggestions: [
            { messageId: "setTimeout", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: bridge
      Cpu: "256"
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          Privileged: "true"
          StopTimeout: 120
          LogConfiguration:
            LogDriver: syslog
      Volumes:
        - Name: data
          Host:
            SourcePath: /data
` },
          ],
        },
        { messageId: "logDriver", data: { container: '"web"', driver: "syslog", allowed: '"awslogs", "splunk" or "awsfirelens"' }, line: 14, column: 24, endLine: 14, endColumn: 30 },
        { messageId: "sourcePath", data: { volume: '"data"', key: "SourcePath" }, line: 18, column: 13, endLine: 18, endColumn: 23,
          suggestions: [
            { messageId: "remove", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: bridge
      Cpu: "256"
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          Privileged: "true"
          StopTimeout: "300"
          LogConfiguration:
            LogDriver: syslog
      Volumes:
        - Name: data
          Host: {}
` },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "RequiresCompatibilities": ["FARGATE"],
                "Cpu": "256",
                "Memory": "512",
                "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "Privileged": "true" }]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "missingNetworkMode", data: { key: "NetworkMode" }, line: 5, column: 7, endLine: 5, endColumn: 19,
          suggestions: [
            { messageId: "setAwsvpc", output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "RequiresCompatibilities": ["FARGATE"],
        "Cpu": "256",
        "Memory": "512",
        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "Privileged": "true" }],
        "NetworkMode": "awsvpc"
      }
    }
  }
}
` },
          ],
        },
        { messageId: "containerMember", data: { container: '"web"', key: "Privileged" }, line: 9, column: 74, endLine: 9, endColumn: 86,
          suggestions: [
            { messageId: "remove", output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "RequiresCompatibilities": ["FARGATE"],
        "Cpu": "256",
        "Memory": "512",
        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27" }]
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
