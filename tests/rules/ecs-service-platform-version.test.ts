import rule from "../../src/rules/ecs-service-platform-version.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const project = { "aws-containers": { project: ["tests/fixtures/project-ecs-service-platform-version/*.json"] } };

runRule("ecs-service-platform-version", rule, {
  valid: [
    json`{ "serviceName": "web", "launchType": "FARGATE", "taskDefinition": "web", "desiredCount": 2, "platformVersion": "LATEST" }`,
    json`{ "serviceName": "web", "launchType": "FARGATE", "taskDefinition": "web", "desiredCount": 2, "platformVersion": "1.4.0" }`,
    yaml`
      serviceName: web
      launchType: FARGATE
      taskDefinition: web
      desiredCount: 2
    `,
    // Not on Fargate: the platform version does not apply.
    yaml`
      serviceName: web
      launchType: EC2
      taskDefinition: web
      desiredCount: 2
      platformVersion: 1.3.0
    `,
    // Windows' only platform version is 1.0.0: a Windows task definition in the same file…
    yaml`
      family: report
      requiresCompatibilities: [FARGATE]
      networkMode: awsvpc
      runtimePlatform:
        operatingSystemFamily: WINDOWS_SERVER_2019_CORE
      cpu: "1024"
      memory: "2048"
      containerDefinitions:
        - name: report
          image: mcr.microsoft.com/windows/servercore:ltsc2019
      ---
      serviceName: report
      launchType: FARGATE
      taskDefinition: report
      desiredCount: 1
      platformVersion: 1.0.0
    `,
    // …or in the project index.
    { ...json`{ "serviceName": "report", "launchType": "FARGATE", "taskDefinition": "windows-report:3", "desiredCount": 1, "platformVersion": "1.0.0" }`, settings: project },
    // …and when the task definition is found nowhere, "1.0.0" may be Windows' current version.
    json`{ "serviceName": "report", "launchType": "FARGATE", "taskDefinition": "report", "desiredCount": 1, "platformVersion": "1.0.0" }`,
    // describe-services output names the operating system.
    json`
      {
        "services": [
          {
            "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/prod/report",
            "serviceName": "report",
            "launchType": "FARGATE",
            "platformVersion": "1.0.0",
            "platformFamily": "WINDOWS_SERVER_2019_CORE"
          }
        ]
      }
    `,
    // Not a version number: left to valid-schema and ecs-scheduled-task.
    json`{ "serviceName": "web", "launchType": "FARGATE", "desiredCount": 2, "platformVersion": "1.3" }`,
    // Unknown values.
    json`{ "serviceName": "web", "launchType": "FARGATE", "desiredCount": 2, "platformVersion": "\${PLATFORM_VERSION}" }`,
    yaml`
      serviceName: web
      launchType: FARGATE
      desiredCount: 2
      platformVersion: !Ref PlatformVersion
    `,
    yaml`
      serviceName: web
      launchType: FARGATE
      desiredCount: 2
      <<: *defaults
    `,
    // EventBridge and Scheduler targets: current versions, and EC2 (ecs-scheduled-task's report).
    json`
      [
        {
          "Id": "a",
          "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
          "EcsParameters": { "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4", "LaunchType": "FARGATE", "PlatformVersion": "1.4.0" }
        },
        {
          "Id": "b",
          "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
          "EcsParameters": { "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4", "LaunchType": "EC2", "PlatformVersion": "1.3.0" }
        }
      ]
    `,
    // CloudFormation: unknown versions; a Windows task definition found through !Ref; EC2
    yaml`
      Resources:
        TaskDef:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            RuntimePlatform: { OperatingSystemFamily: WINDOWS_SERVER_2022_CORE }
            Cpu: "1024"
            Memory: "2048"
            ContainerDefinitions: [{ Name: app, Image: mcr.microsoft.com/windows/servercore:ltsc2022 }]
        Service:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: FARGATE
            TaskDefinition: !Ref TaskDef
            PlatformVersion: 1.0.0
        Other:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: FARGATE
            PlatformVersion: !If [Old, 1.3.0, LATEST]
        Ec2:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: EC2
            PlatformVersion: 1.3.0
        Rule:
          Type: AWS::Events::Rule
          Properties:
            ScheduleExpression: rate(1 hour)
            Targets:
              - Id: job
                Arn: !GetAtt Cluster.Arn
                EcsParameters:
                  TaskDefinitionArn: !Ref TaskDef
                  LaunchType: FARGATE
                  PlatformVersion: 1.0.0
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "serviceName": "web",
          "launchType": "FARGATE",
          "taskDefinition": "web",
          "desiredCount": 2,
          "platformVersion": "1.3.0"
        }
      `,
      errors: [
        {
          messageId: "oldVersion",
          data: { subject: 'Service "web"', key: "platformVersion", version: "1.3.0", minimum: "1.4.0" },
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 29,
          suggestions: [
            {
              messageId: "useLatest",
              data: { key: "platformVersion" },
              output: `{
  "serviceName": "web",
  "launchType": "FARGATE",
  "taskDefinition": "web",
  "desiredCount": 2,
  "platformVersion": "LATEST"
}
`,
            },
            {
              messageId: "remove",
              data: { key: "platformVersion" },
              output: `{
  "serviceName": "web",
  "launchType": "FARGATE",
  "taskDefinition": "web",
  "desiredCount": 2
}
`,
            },
          ],
        },
      ],
    },
    {
      // A Linux task definition in the same file: "1.0.0" is the retired Linux version.
      ...yaml`
        family: web
        requiresCompatibilities: [FARGATE]
        networkMode: awsvpc
        cpu: "256"
        memory: "512"
        containerDefinitions:
          - name: web
            image: web:3
        ---
        serviceName: web
        capacityProviderStrategy:
          - capacityProvider: FARGATE_SPOT
            weight: 1
        taskDefinition: web:7
        desiredCount: 2
        platformVersion: 1.0.0
      `,
      errors: [
        {
          messageId: "oldVersion",
          data: { subject: 'Service "web"', key: "platformVersion", version: "1.0.0", minimum: "1.4.0" },
          line: 16,
          column: 18,
          endLine: 16,
          endColumn: 23,
          suggestions: [
            {
              messageId: "useLatest",
              output:
                'family: web\nrequiresCompatibilities: [FARGATE]\nnetworkMode: awsvpc\ncpu: "256"\nmemory: "512"\ncontainerDefinitions:\n  - name: web\n    image: web:3\n---\nserviceName: web\ncapacityProviderStrategy:\n  - capacityProvider: FARGATE_SPOT\n    weight: 1\ntaskDefinition: web:7\ndesiredCount: 2\nplatformVersion: LATEST\n',
            },
            {
              messageId: "remove",
              output:
                'family: web\nrequiresCompatibilities: [FARGATE]\nnetworkMode: awsvpc\ncpu: "256"\nmemory: "512"\ncontainerDefinitions:\n  - name: web\n    image: web:3\n---\nserviceName: web\ncapacityProviderStrategy:\n  - capacityProvider: FARGATE_SPOT\n    weight: 1\ntaskDefinition: web:7\ndesiredCount: 2\n',
            },
          ],
        },
      ],
    },
    {
      // A Linux task definition in the project index.
      ...json`{ "serviceName": "report", "launchType": "FARGATE", "taskDefinition": "linux-report", "desiredCount": 1, "platformVersion": "1.0.0" }`,
      settings: project,
      errors: [
        {
          messageId: "oldVersion",
          line: 1,
          column: 125,
          endLine: 1,
          endColumn: 132,
          suggestions: [
            { messageId: "useLatest", output: '{ "serviceName": "report", "launchType": "FARGATE", "taskDefinition": "linux-report", "desiredCount": 1, "platformVersion": "LATEST" }\n' },
            { messageId: "remove", output: '{ "serviceName": "report", "launchType": "FARGATE", "taskDefinition": "linux-report", "desiredCount": 1 }\n' },
          ],
        },
      ],
    },
    {
      // run-task input; the task definition is nowhere, but 1.2.0 was never a Windows version.
      ...yaml`
        cluster: jobs
        taskDefinition: report:4
        launchType: FARGATE
        platformVersion: "1.2.0"
      `,
      errors: [
        {
          messageId: "oldVersion",
          data: { subject: 'Run-task input for "report:4"', key: "platformVersion", version: "1.2.0", minimum: "1.4.0" },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            { messageId: "useLatest", output: 'cluster: jobs\ntaskDefinition: report:4\nlaunchType: FARGATE\nplatformVersion: "LATEST"\n' },
            { messageId: "remove", output: "cluster: jobs\ntaskDefinition: report:4\nlaunchType: FARGATE\n" },
          ],
        },
      ],
    },
    {
      // describe-services output: no suggestions.
      ...json`
        {
          "services": [
            {
              "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/prod/web",
              "serviceName": "web",
              "launchType": "FARGATE",
              "platformVersion": "1.3.0",
              "platformFamily": "Linux"
            }
          ]
        }
      `,
      errors: [{ messageId: "oldVersion", data: { subject: 'Service "web"', key: "platformVersion", version: "1.3.0", minimum: "1.4.0" }, line: 7, column: 26, endLine: 7, endColumn: 33, suggestions: null }],
    },
    {
      // An EventBridge targets list: PlatformVersion is numeric only there.
      ...json`
        [
          {
            "Id": "report",
            "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
            "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
            "EcsParameters": {
              "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4",
              "LaunchType": "FARGATE",
              "PlatformVersion": "1.3.0"
            }
          }
        ]
      `,
      errors: [
        {
          messageId: "oldTargetVersion",
          data: { subject: 'Target "report"', key: "PlatformVersion", version: "1.3.0", minimum: "1.4.0" },
          line: 9,
          column: 26,
          endLine: 9,
          endColumn: 33,
          suggestions: [
            {
              messageId: "useNumeric",
              data: { key: "PlatformVersion", version: "1.4.0" },
              output: `[
  {
    "Id": "report",
    "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
    "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
    "EcsParameters": {
      "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4",
      "LaunchType": "FARGATE",
      "PlatformVersion": "1.4.0"
    }
  }
]
`,
            },
            {
              messageId: "remove",
              data: { key: "PlatformVersion" },
              output: `[
  {
    "Id": "report",
    "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
    "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
    "EcsParameters": {
      "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4",
      "LaunchType": "FARGATE"
    }
  }
]
`,
            },
          ],
        },
      ],
    },
    {
      // A Scheduler schedule whose task definition is a Linux one in the project index.
      ...yaml`
        Name: nightly-report
        ScheduleExpression: cron(0 3 * * ? *)
        FlexibleTimeWindow: { Mode: "OFF" }
        Target:
          Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/prod
          RoleArn: arn:aws:iam::123456789012:role/scheduler-run-report
          EcsParameters:
            TaskDefinitionArn: arn:aws:ecs:eu-west-1:123456789012:task-definition/linux-report:2
            PlatformVersion: 1.0.0
      `,
      settings: project,
      errors: [
        {
          messageId: "oldTargetVersion",
          data: { subject: "The schedule's target", key: "PlatformVersion", version: "1.0.0", minimum: "1.4.0" },
          line: 9,
          column: 22,
          endLine: 9,
          endColumn: 27,
          suggestions: [
            {
              messageId: "useNumeric",
              output:
                'Name: nightly-report\nScheduleExpression: cron(0 3 * * ? *)\nFlexibleTimeWindow: { Mode: "OFF" }\nTarget:\n  Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/prod\n  RoleArn: arn:aws:iam::123456789012:role/scheduler-run-report\n  EcsParameters:\n    TaskDefinitionArn: arn:aws:ecs:eu-west-1:123456789012:task-definition/linux-report:2\n    PlatformVersion: "1.4.0"\n',
            },
            {
              messageId: "remove",
              output:
                'Name: nightly-report\nScheduleExpression: cron(0 3 * * ? *)\nFlexibleTimeWindow: { Mode: "OFF" }\nTarget:\n  Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/prod\n  RoleArn: arn:aws:iam::123456789012:role/scheduler-run-report\n  EcsParameters:\n    TaskDefinitionArn: arn:aws:ecs:eu-west-1:123456789012:task-definition/linux-report:2\n',
            },
          ],
        },
      ],
    },
    {
      name: "CloudFormation: a service pinned to 1.3.0, and an EventBridge target pinned to 1.0.0 whose task definition (!Ref) is Linux",
      ...yaml`
        Resources:
          TaskDef:
            Type: AWS::ECS::TaskDefinition
            Properties:
              RequiresCompatibilities: [FARGATE]
              NetworkMode: awsvpc
              Cpu: "256"
              Memory: "512"
              ContainerDefinitions: [{ Name: app, Image: nginx:1.27 }]
          Service:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: FARGATE
              PlatformVersion: 1.3.0
          Rule:
            Type: AWS::Events::Rule
            Properties:
              ScheduleExpression: rate(1 hour)
              Targets:
                - Id: job
                  Arn: !GetAtt Cluster.Arn
                  EcsParameters:
                    TaskDefinitionArn: !Ref TaskDef
                    LaunchType: FARGATE
                    PlatformVersion: 1.0.0
      `,
      errors: [
        {
          messageId: "oldVersion",
          data: { subject: 'Service "Service"', key: "PlatformVersion", version: "1.3.0", minimum: "1.4.0" },
          line: 14,
          column: 24,
          endLine: 14,
          endColumn: 29,
          suggestions: [
            { messageId: "useLatest", output: "Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: \"256\"\n      Memory: \"512\"\n      ContainerDefinitions: [{ Name: app, Image: nginx:1.27 }]\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      PlatformVersion: LATEST\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            LaunchType: FARGATE\n            PlatformVersion: 1.0.0\n" },
            { messageId: "remove", output: "Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: \"256\"\n      Memory: \"512\"\n      ContainerDefinitions: [{ Name: app, Image: nginx:1.27 }]\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            LaunchType: FARGATE\n            PlatformVersion: 1.0.0\n" },
          ],
        },
        {
          messageId: "oldTargetVersion",
          data: { subject: 'Target "job"', key: "PlatformVersion", version: "1.0.0", minimum: "1.4.0" },
          line: 25,
          column: 30,
          endLine: 25,
          endColumn: 35,
          suggestions: [
            { messageId: "useNumeric", output: "Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: \"256\"\n      Memory: \"512\"\n      ContainerDefinitions: [{ Name: app, Image: nginx:1.27 }]\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      PlatformVersion: 1.3.0\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            LaunchType: FARGATE\n            PlatformVersion: \"1.4.0\"\n" },
            { messageId: "remove", output: "Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: \"256\"\n      Memory: \"512\"\n      ContainerDefinitions: [{ Name: app, Image: nginx:1.27 }]\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      PlatformVersion: 1.3.0\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            LaunchType: FARGATE\n" },
          ],
        },
      ],
    },

    {
      name: "CloudFormation JSON: a service's PlatformVersion",
      ...json`
        {
          "Resources": {
            "Service": {
              "Type": "AWS::ECS::Service",
              "Properties": { "LaunchType": "FARGATE", "PlatformVersion": "1.2.0", "DesiredCount": "1" }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "oldVersion",
          line: 5,
          column: 67,
          endLine: 5,
          endColumn: 74,
          suggestions: [
            { messageId: "useLatest", output: "{\n  \"Resources\": {\n    \"Service\": {\n      \"Type\": \"AWS::ECS::Service\",\n      \"Properties\": { \"LaunchType\": \"FARGATE\", \"PlatformVersion\": \"LATEST\", \"DesiredCount\": \"1\" }\n    }\n  }\n}\n" },
            { messageId: "remove", output: "{\n  \"Resources\": {\n    \"Service\": {\n      \"Type\": \"AWS::ECS::Service\",\n      \"Properties\": { \"LaunchType\": \"FARGATE\", \"DesiredCount\": \"1\" }\n    }\n  }\n}\n" },
          ],
        },
      ],
    },
  ],
});
