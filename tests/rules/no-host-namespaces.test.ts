import rule from "../../src/rules/no-host-namespaces.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("no-host-namespaces", rule, {
  valid: [
    json`
      {
        "family": "web",
        "networkMode": "awsvpc",
        "pidMode": "task",
        "ipcMode": "none",
        "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
      }
    `,
    yaml`
      family: web
      networkMode: bridge
      containerDefinitions:
        - name: web
          image: nginx:1.27
    `,
    // Unknown values are not reported.
    json`{ "family": "web", "networkMode": "\${NETWORK_MODE}", "pidMode": "{{ pid_mode }}", "containerDefinitions": [] }`,
    yaml`
      family: web
      networkMode: !Ref NetworkMode
      ipcMode: !FindInMap [Modes, !Ref Env, Ipc]
      containerDefinitions: []
    `,
    yaml`
      family: web
      <<: *unresolved
      containerDefinitions: []
    `,
    // Values outside the enum are valid-schema's business.
    json`{ "family": "web", "networkMode": "HOST", "containerDefinitions": [] }`,
    // A bare container list has no task level.
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true }]`,
    // Not a task definition.
    json`{ "networkMode": "host" }`,
    // CloudFormation: modes from intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            NetworkMode: !Ref NetworkMode
            PidMode: !If [SharePids, host, !Ref AWS::NoValue]
            IpcMode: !Sub "\${IpcMode}"
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "agent",
          "networkMode": "host",
          "pidMode": "host",
          "ipcMode": "host",
          "containerDefinitions": [{ "name": "agent", "image": "amazon/cloudwatch-agent:1.300" }]
        }
      `,
      errors: [
        {
          messageId: "networkHost",
          data: { key: "networkMode", suggested: "awsvpc" },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: "useValue",
              data: { key: "networkMode", value: "awsvpc" },
              output: `{
  "family": "agent",
  "networkMode": "awsvpc",
  "pidMode": "host",
  "ipcMode": "host",
  "containerDefinitions": [{ "name": "agent", "image": "amazon/cloudwatch-agent:1.300" }]
}
`,
            },
          ],
        },
        {
          messageId: "pidHost",
          data: { key: "pidMode" },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 20,
          suggestions: [
            {
              messageId: "useValue",
              data: { key: "pidMode", value: "task" },
              output: `{
  "family": "agent",
  "networkMode": "host",
  "pidMode": "task",
  "ipcMode": "host",
  "containerDefinitions": [{ "name": "agent", "image": "amazon/cloudwatch-agent:1.300" }]
}
`,
            },
          ],
        },
        {
          messageId: "ipcHost",
          data: { key: "ipcMode" },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: "useValue",
              data: { key: "ipcMode", value: "task" },
              output: `{
  "family": "agent",
  "networkMode": "host",
  "pidMode": "host",
  "ipcMode": "task",
  "containerDefinitions": [{ "name": "agent", "image": "amazon/cloudwatch-agent:1.300" }]
}
`,
            },
          ],
        },
      ],
    },
    {
      // External instances (ECS Anywhere) have no awsvpc: suggest bridge. A quoted YAML string stays quoted.
      ...yaml`
        family: edge
        requiresCompatibilities: [EXTERNAL]
        networkMode: "host"
        containerDefinitions:
          - name: edge
            image: nginx:1.27
      `,
      errors: [
        {
          messageId: "networkHost",
          data: { key: "networkMode", suggested: "bridge" },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: "useValue",
              data: { key: "networkMode", value: "bridge" },
              output: `family: edge
requiresCompatibilities: [EXTERNAL]
networkMode: "bridge"
containerDefinitions:
  - name: edge
    image: nginx:1.27
`,
            },
          ],
        },
      ],
    },
    {
      // Fargate has no ipcMode at all: suggest removing it.
      ...json`
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "networkMode": "awsvpc",
          "ipcMode": "host",
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
        }
      `,
      errors: [
        {
          messageId: "ipcHost",
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: "remove",
              data: { key: "ipcMode" },
              output: `{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
}
`,
            },
          ],
        },
      ],
    },
    {
      // Windows has no pidMode: suggest removing it (its YAML line goes).
      ...yaml`
        family: win
        runtimePlatform:
          operatingSystemFamily: WINDOWS_SERVER_2022_CORE
        pidMode: host
        containerDefinitions:
          - name: iis
            image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
      `,
      errors: [
        {
          messageId: "pidHost",
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 14,
          suggestions: [
            {
              messageId: "remove",
              output: `family: win
runtimePlatform:
  operatingSystemFamily: WINDOWS_SERVER_2022_CORE
containerDefinitions:
  - name: iis
    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
`,
            },
          ],
        },
      ],
    },
    {
      // describe-task-definition output.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "networkMode": "host",
            "containerDefinitions": []
          }
        }
      `,
      errors: [
        {
          messageId: "networkHost",
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: "useValue",
              output: `{
  "taskDefinition": {
    "family": "web",
    "networkMode": "awsvpc",
    "containerDefinitions": []
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: the suggestions write CloudFormation's keys.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              NetworkMode: host
              PidMode: host
              IpcMode: host
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
      `,
      errors: [
        {
          messageId: "networkHost",
          data: { key: "NetworkMode", suggested: "awsvpc" },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 24,
          suggestions: [{ messageId: "useValue", data: { key: "NetworkMode", value: "awsvpc" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      PidMode: host
      IpcMode: host
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
` }],
        },
        {
          messageId: "pidHost",
          data: { key: "PidMode" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 20,
          suggestions: [{ messageId: "useValue", data: { key: "PidMode", value: "task" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: host
      PidMode: task
      IpcMode: host
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
` }],
        },
        {
          messageId: "ipcHost",
          data: { key: "IpcMode" },
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 20,
          suggestions: [{ messageId: "useValue", data: { key: "IpcMode", value: "task" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: host
      PidMode: host
      IpcMode: task
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
` }],
        },
      ],
    },
    {
      // External instances: bridge; Windows has no pidMode: remove it.
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "RequiresCompatibilities": ["EXTERNAL"],
                "NetworkMode": "host",
                "PidMode": "host",
                "RuntimePlatform": { "OperatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
                "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0" }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "networkHost",
          data: { key: "NetworkMode", suggested: "bridge" },
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 30,
          suggestions: [{ messageId: "useValue", data: { key: "NetworkMode", value: "bridge" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "RequiresCompatibilities": ["EXTERNAL"],
        "NetworkMode": "bridge",
        "PidMode": "host",
        "RuntimePlatform": { "OperatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
        "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0" }]
      }
    }
  }
}
` }],
        },
        {
          messageId: "pidHost",
          data: { key: "PidMode" },
          line: 8,
          column: 20,
          endLine: 8,
          endColumn: 26,
          suggestions: [{ messageId: "remove", data: { key: "PidMode" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "RequiresCompatibilities": ["EXTERNAL"],
        "NetworkMode": "host",
        "RuntimePlatform": { "OperatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
        "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0" }]
      }
    }
  }
}
` }],
        },
      ],
    },
  ],
});
