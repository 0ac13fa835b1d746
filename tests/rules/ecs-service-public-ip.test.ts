import rule from "../../src/rules/ecs-service-public-ip.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-service-public-ip", rule, {
  valid: [
    json`
      {
        "serviceName": "web",
        "launchType": "FARGATE",
        "taskDefinition": "web",
        "desiredCount": 2,
        "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-1"], "assignPublicIp": "DISABLED" } }
      }
    `,
    // Absent: DISABLED is the default.
    yaml`
      serviceName: web
      launchType: FARGATE
      taskDefinition: web
      desiredCount: 2
      networkConfiguration:
        awsvpcConfiguration:
          subnets: [subnet-1]
    `,
    // EC2 tasks cannot get a public IP at all (ECS rejects the request): not this rule's report.
    json`
      {
        "serviceName": "web",
        "launchType": "EC2",
        "desiredCount": 2,
        "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-1"], "assignPublicIp": "ENABLED" } }
      }
    `,
    yaml`
      serviceName: web
      capacityProviderStrategy:
        - capacityProvider: web-asg
          weight: 1
      desiredCount: 2
      networkConfiguration:
        awsvpcConfiguration:
          subnets: [subnet-1]
          assignPublicIp: ENABLED
    `,
    // Unknown values.
    json`{ "serviceName": "web", "desiredCount": 1, "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-1"], "assignPublicIp": "\${PUBLIC_IP}" } } }`,
    yaml`
      serviceName: web
      desiredCount: 1
      networkConfiguration:
        awsvpcConfiguration:
          subnets: [subnet-1]
          assignPublicIp: !Ref AssignPublicIp
    `,
    yaml`
      serviceName: web
      desiredCount: 1
      networkConfiguration:
        awsvpcConfiguration:
          subnets: [subnet-1]
          <<: *network
    `,
    // EventBridge targets: DISABLED, and EC2 (ecs-scheduled-task reports ENABLED there).
    json`
      [
        {
          "Id": "nightly",
          "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
          "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
          "EcsParameters": {
            "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4",
            "LaunchType": "FARGATE",
            "NetworkConfiguration": { "awsvpcConfiguration": { "Subnets": ["subnet-1"], "AssignPublicIp": "DISABLED" } }
          }
        },
        {
          "Id": "hourly",
          "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
          "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
          "EcsParameters": {
            "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4",
            "LaunchType": "EC2",
            "NetworkConfiguration": { "awsvpcConfiguration": { "Subnets": ["subnet-1"], "AssignPublicIp": "ENABLED" } }
          }
        }
      ]
    `,
    // CloudFormation: unknown values; a service on EC2 (which cannot assign one)
    yaml`
      Resources:
        Service:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: FARGATE
            NetworkConfiguration:
              AwsvpcConfiguration:
                AssignPublicIp: !If [Public, ENABLED, DISABLED]
                Subnets: !Ref Subnets
        Other:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: EC2
            NetworkConfiguration:
              AwsvpcConfiguration:
                AssignPublicIp: ENABLED
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
                  NetworkConfiguration:
                    AwsVpcConfiguration:
                      AssignPublicIp: !Ref AssignPublicIp
                      Subnets: [!Ref Subnet]
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
          "networkConfiguration": {
            "awsvpcConfiguration": { "subnets": ["subnet-1"], "assignPublicIp": "ENABLED" }
          }
        }
      `,
      errors: [
        {
          messageId: "publicIp",
          data: { subject: 'Service "web"', key: "assignPublicIp" },
          line: 7,
          column: 73,
          endLine: 7,
          endColumn: 82,
          suggestions: [
            {
              messageId: "disable",
              data: { key: "assignPublicIp" },
              output: `{
  "serviceName": "web",
  "launchType": "FARGATE",
  "taskDefinition": "web",
  "desiredCount": 2,
  "networkConfiguration": {
    "awsvpcConfiguration": { "subnets": ["subnet-1"], "assignPublicIp": "DISABLED" }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // No launch type: the cluster's default strategy decides, Fargate possibly.
      ...yaml`
        serviceName: web
        taskDefinition: web
        desiredCount: 2
        networkConfiguration:
          awsvpcConfiguration:
            subnets: [subnet-1]
            assignPublicIp: 'ENABLED'
      `,
      errors: [
        {
          messageId: "publicIp",
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 30,
          suggestions: [
            {
              messageId: "disable",
              output: "serviceName: web\ntaskDefinition: web\ndesiredCount: 2\nnetworkConfiguration:\n  awsvpcConfiguration:\n    subnets: [subnet-1]\n    assignPublicIp: 'DISABLED'\n",
            },
          ],
        },
      ],
    },
    {
      // run-task input.
      ...json`
        {
          "cluster": "default",
          "taskDefinition": "report:4",
          "launchType": "FARGATE",
          "networkConfiguration": { "awsvpcConfiguration": { "assignPublicIp": "ENABLED", "subnets": ["subnet-1"] } }
        }
      `,
      errors: [
        {
          messageId: "publicIp",
          data: { subject: 'Run-task input for "report:4"', key: "assignPublicIp" },
          line: 5,
          column: 72,
          endLine: 5,
          endColumn: 81,
          suggestions: [
            {
              messageId: "disable",
              output: `{
  "cluster": "default",
  "taskDefinition": "report:4",
  "launchType": "FARGATE",
  "networkConfiguration": { "awsvpcConfiguration": { "assignPublicIp": "DISABLED", "subnets": ["subnet-1"] } }
}
`,
            },
          ],
        },
      ],
    },
    {
      // update-service input: no launch type, the service's own decides.
      ...yaml`
        service: web
        cluster: prod
        networkConfiguration:
          awsvpcConfiguration:
            subnets: [subnet-1]
            assignPublicIp: ENABLED
      `,
      errors: [
        {
          messageId: "publicIp",
          data: { subject: 'Service "web"', key: "assignPublicIp" },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 28,
          suggestions: [{ messageId: "disable", output: "service: web\ncluster: prod\nnetworkConfiguration:\n  awsvpcConfiguration:\n    subnets: [subnet-1]\n    assignPublicIp: DISABLED\n" }],
        },
      ],
    },
    {
      // describe-services output: reported, no suggestion.
      ...json`
        {
          "services": [
            {
              "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/prod/web",
              "serviceName": "web",
              "launchType": "FARGATE",
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-1"], "assignPublicIp": "ENABLED" } }
            },
            {
              "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/prod/api",
              "serviceName": "api",
              "launchType": "FARGATE",
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-1"], "assignPublicIp": "DISABLED" } }
            }
          ],
          "failures": []
        }
      `,
      errors: [{ messageId: "publicIp", data: { subject: 'Service "web"', key: "assignPublicIp" }, line: 7, column: 101, endLine: 7, endColumn: 110, suggestions: null }],
    },
    {
      // EventBridge PutTargets input: PascalCase members under a lower-case awsvpcConfiguration.
      ...json`
        {
          "Rule": "nightly-report",
          "Targets": [
            {
              "Id": "report",
              "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
              "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
              "EcsParameters": {
                "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4",
                "LaunchType": "FARGATE",
                "NetworkConfiguration": { "awsvpcConfiguration": { "Subnets": ["subnet-1"], "AssignPublicIp": "ENABLED" } }
              }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "publicIp",
          data: { subject: 'Target "report"', key: "AssignPublicIp" },
          line: 11,
          column: 103,
          endLine: 11,
          endColumn: 112,
          suggestions: [
            {
              messageId: "disable",
              data: { key: "AssignPublicIp" },
              output: `{
  "Rule": "nightly-report",
  "Targets": [
    {
      "Id": "report",
      "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
      "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
      "EcsParameters": {
        "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4",
        "LaunchType": "FARGATE",
        "NetworkConfiguration": { "awsvpcConfiguration": { "Subnets": ["subnet-1"], "AssignPublicIp": "DISABLED" } }
      }
    }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // Scheduler CreateSchedule input.
      ...yaml`
        Name: nightly-report
        ScheduleExpression: cron(0 3 * * ? *)
        FlexibleTimeWindow: { Mode: "OFF" }
        Target:
          Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/prod
          RoleArn: arn:aws:iam::123456789012:role/scheduler-run-report
          EcsParameters:
            TaskDefinitionArn: arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4
            LaunchType: FARGATE
            NetworkConfiguration:
              awsvpcConfiguration:
                Subnets: [subnet-1]
                AssignPublicIp: ENABLED
      `,
      errors: [
        {
          messageId: "publicIp",
          data: { subject: "The schedule's target", key: "AssignPublicIp" },
          line: 13,
          column: 25,
          endLine: 13,
          endColumn: 32,
          suggestions: [
            {
              messageId: "disable",
              output:
                'Name: nightly-report\nScheduleExpression: cron(0 3 * * ? *)\nFlexibleTimeWindow: { Mode: "OFF" }\nTarget:\n  Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/prod\n  RoleArn: arn:aws:iam::123456789012:role/scheduler-run-report\n  EcsParameters:\n    TaskDefinitionArn: arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4\n    LaunchType: FARGATE\n    NetworkConfiguration:\n      awsvpcConfiguration:\n        Subnets: [subnet-1]\n        AssignPublicIp: DISABLED\n',
            },
          ],
        },
      ],
    },
    {
      name: "CloudFormation: a service, an EventBridge rule's target (AwsVpcConfiguration) and a schedule's target (AwsvpcConfiguration)",
      ...yaml`
        Resources:
          Service:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: FARGATE
              NetworkConfiguration:
                AwsvpcConfiguration:
                  AssignPublicIp: ENABLED
                  Subnets: [!Ref PublicSubnet]
          Rule:
            Type: AWS::Events::Rule
            Properties:
              ScheduleExpression: rate(1 hour)
              Targets:
                - Id: job
                  Arn: !GetAtt Cluster.Arn
                  RoleArn: !GetAtt Role.Arn
                  EcsParameters:
                    TaskDefinitionArn: !Ref TaskDef
                    LaunchType: FARGATE
                    NetworkConfiguration:
                      AwsVpcConfiguration:
                        AssignPublicIp: ENABLED
                        Subnets: [!Ref PublicSubnet]
          Schedule:
            Type: AWS::Scheduler::Schedule
            Properties:
              ScheduleExpression: rate(1 hour)
              FlexibleTimeWindow: { Mode: "OFF" }
              Target:
                Arn: !GetAtt Cluster.Arn
                RoleArn: !GetAtt Role.Arn
                EcsParameters:
                  TaskDefinitionArn: !Ref TaskDef
                  NetworkConfiguration:
                    AwsvpcConfiguration:
                      AssignPublicIp: ENABLED
                      Subnets: [!Ref PublicSubnet]
      `,
      errors: [
        {
          messageId: "publicIp",
          data: { subject: 'Service "Service"', key: "AssignPublicIp" },
          line: 8,
          column: 27,
          endLine: 8,
          endColumn: 34,
          suggestions: [
            { messageId: "disable", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          AssignPublicIp: DISABLED\n          Subnets: [!Ref PublicSubnet]\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          RoleArn: !GetAtt Role.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            LaunchType: FARGATE\n            NetworkConfiguration:\n              AwsVpcConfiguration:\n                AssignPublicIp: ENABLED\n                Subnets: [!Ref PublicSubnet]\n  Schedule:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      FlexibleTimeWindow: { Mode: \"OFF\" }\n      Target:\n        Arn: !GetAtt Cluster.Arn\n        RoleArn: !GetAtt Role.Arn\n        EcsParameters:\n          TaskDefinitionArn: !Ref TaskDef\n          NetworkConfiguration:\n            AwsvpcConfiguration:\n              AssignPublicIp: ENABLED\n              Subnets: [!Ref PublicSubnet]\n" },
          ],
        },
        {
          messageId: "publicIp",
          data: { subject: 'Target "job"', key: "AssignPublicIp" },
          line: 23,
          column: 33,
          endLine: 23,
          endColumn: 40,
          suggestions: [
            { messageId: "disable", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          AssignPublicIp: ENABLED\n          Subnets: [!Ref PublicSubnet]\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          RoleArn: !GetAtt Role.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            LaunchType: FARGATE\n            NetworkConfiguration:\n              AwsVpcConfiguration:\n                AssignPublicIp: DISABLED\n                Subnets: [!Ref PublicSubnet]\n  Schedule:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      FlexibleTimeWindow: { Mode: \"OFF\" }\n      Target:\n        Arn: !GetAtt Cluster.Arn\n        RoleArn: !GetAtt Role.Arn\n        EcsParameters:\n          TaskDefinitionArn: !Ref TaskDef\n          NetworkConfiguration:\n            AwsvpcConfiguration:\n              AssignPublicIp: ENABLED\n              Subnets: [!Ref PublicSubnet]\n" },
          ],
        },
        {
          messageId: "publicIp",
          line: 37,
          column: 31,
          endLine: 37,
          endColumn: 38,
          suggestions: [
            { messageId: "disable", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          AssignPublicIp: ENABLED\n          Subnets: [!Ref PublicSubnet]\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          RoleArn: !GetAtt Role.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            LaunchType: FARGATE\n            NetworkConfiguration:\n              AwsVpcConfiguration:\n                AssignPublicIp: ENABLED\n                Subnets: [!Ref PublicSubnet]\n  Schedule:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      FlexibleTimeWindow: { Mode: \"OFF\" }\n      Target:\n        Arn: !GetAtt Cluster.Arn\n        RoleArn: !GetAtt Role.Arn\n        EcsParameters:\n          TaskDefinitionArn: !Ref TaskDef\n          NetworkConfiguration:\n            AwsvpcConfiguration:\n              AssignPublicIp: DISABLED\n              Subnets: [!Ref PublicSubnet]\n" },
          ],
        },
      ],
    },

    {
      name: "CloudFormation JSON: a service's AssignPublicIp",
      ...json`
        {
          "Resources": {
            "Service": {
              "Type": "AWS::ECS::Service",
              "Properties": {
                "LaunchType": "FARGATE",
                "NetworkConfiguration": { "AwsvpcConfiguration": { "AssignPublicIp": "ENABLED", "Subnets": [{ "Ref": "Subnet" }] } }
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "publicIp",
          line: 7,
          column: 78,
          endLine: 7,
          endColumn: 87,
          suggestions: [
            { messageId: "disable", output: "{\n  \"Resources\": {\n    \"Service\": {\n      \"Type\": \"AWS::ECS::Service\",\n      \"Properties\": {\n        \"LaunchType\": \"FARGATE\",\n        \"NetworkConfiguration\": { \"AwsvpcConfiguration\": { \"AssignPublicIp\": \"DISABLED\", \"Subnets\": [{ \"Ref\": \"Subnet\" }] } }\n      }\n    }\n  }\n}\n" },
          ],
        },
      ],
    },
  ],
});
