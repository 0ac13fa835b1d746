import rule from "../../src/rules/ecs-scheduled-task.js";
import { fixtureCase, jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-scheduled-task", rule, {
  valid: [
    json`
      {
        "Rule": "nightly-report",
        "Targets": [
          {
            "Id": "report",
            "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
            "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
            "EcsParameters": {
              "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:4",
              "TaskCount": 1,
              "LaunchType": "FARGATE",
              "PlatformVersion": "1.4.0",
              "NetworkConfiguration": {
                "awsvpcConfiguration": {
                  "Subnets": ["subnet-0a1b2c3d4e5f60718"],
                  "SecurityGroups": ["sg-0a1b2c3d4e5f60718"],
                  "AssignPublicIp": "ENABLED"
                }
              }
            }
          }
        ]
      }
    `,
    // A bare targets list (--targets file://targets.json): an EC2 task and a non-ECS target without a role.
    yaml`
      - Id: cleanup
        Arn: arn:aws:ecs:us-east-1:123456789012:cluster/batch
        RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
        EcsParameters:
          TaskDefinitionArn: cleanup
          LaunchType: EC2
          TaskCount: 2
      - Id: notify
        Arn: arn:aws:lambda:us-east-1:123456789012:function:notify
    `,
    // A Fargate capacity provider strategy without a launch type, with networking; LATEST is accepted.
    json`
      {
        "Name": "nightly-report",
        "ScheduleExpression": "cron(0 3 * * ? *)",
        "FlexibleTimeWindow": { "Mode": "OFF" },
        "Target": {
          "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
          "RoleArn": "arn:aws:iam::123456789012:role/scheduler-run-report",
          "EcsParameters": {
            "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4",
            "CapacityProviderStrategy": [{ "capacityProvider": "FARGATE_SPOT", "weight": 1 }],
            "PlatformVersion": "LATEST",
            "NetworkConfiguration": { "awsvpcConfiguration": { "Subnets": ["subnet-0a1b2c3d4e5f60718"] } }
          }
        }
      }
    `,
    // An empty strategy is no strategy.
    yaml`
      Name: nightly-report
      ScheduleExpression: rate(1 day)
      FlexibleTimeWindow: { Mode: "OFF" }
      Target:
        Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/batch
        RoleArn: arn:aws:iam::123456789012:role/scheduler-run-report
        EcsParameters:
          TaskDefinitionArn: report
          LaunchType: EC2
          CapacityProviderStrategy: []
    `,
    // Unknown values: a templated launch type, a tagged network configuration, a merge key, a placeholder role.
    json`
      [
        {
          "Id": "report",
          "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
          "RoleArn": "\${EVENTS_ROLE_ARN}",
          "EcsParameters": { "TaskDefinitionArn": "report", "LaunchType": "\${LAUNCH_TYPE}", "PlatformVersion": "1.3.0" }
        }
      ]
    `,
    yaml`
      Rule: nightly
      Targets:
        - Id: report
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
          RoleArn: !GetAtt EventsRole.Arn
          EcsParameters:
            TaskDefinitionArn: report
            LaunchType: FARGATE
            NetworkConfiguration: !Ref Network
        - Id: report-2
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
          <<: *unresolved
          EcsParameters:
            TaskDefinitionArn: report
            LaunchType: FARGATE
            NetworkConfiguration:
              <<: *unresolved
    `,
    // A misspelled awsvpcConfiguration key is valid-schema's.
    json`
      {
        "Rule": "nightly",
        "Targets": [
          {
            "Id": "report",
            "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
            "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
            "EcsParameters": {
              "TaskDefinitionArn": "report",
              "LaunchType": "FARGATE",
              "NetworkConfiguration": { "AwsvpcConfiguration": { "Subnets": ["subnet-0a1b2c3d4e5f60718"] } }
            }
          }
        ]
      }
    `,
    // get-schedule output.
    yaml`
      Arn: arn:aws:scheduler:eu-west-1:123456789012:schedule/default/nightly-report
      Name: nightly-report
      GroupName: default
      ScheduleExpression: cron(0 3 * * ? *)
      FlexibleTimeWindow:
        Mode: "OFF"
      State: ENABLED
      Target:
        Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/prod
        RoleArn: arn:aws:iam::123456789012:role/scheduler-run-report
        EcsParameters:
          TaskDefinitionArn: arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4
          LaunchType: FARGATE
          NetworkConfiguration:
            awsvpcConfiguration:
              Subnets: [subnet-0a1b2c3d4e5f60718]
              AssignPublicIp: DISABLED
    `,
    // CloudFormation: intrinsics are unknown (a launch type or a network configuration chosen with Fn::If, a
    // platform version from a parameter); the Fargate capacity providers put a target on Fargate, and its
    // AwsVpcConfiguration (AWS::Events::Rule) or AwsvpcConfiguration (AWS::Scheduler::Schedule) is read.
    yaml`
      Resources:
        Nightly:
          Type: AWS::Events::Rule
          Properties:
            ScheduleExpression: cron(0 3 * * ? *)
            Targets:
              - Id: report
                Arn: !GetAtt Cluster.Arn
                RoleArn: !GetAtt EventsRole.Arn
                EcsParameters:
                  TaskDefinitionArn: !Ref TaskDefinition
                  TaskCount: "2"
                  LaunchType: !If [OnFargate, FARGATE, EC2]
                  PlatformVersion: !Ref PlatformVersion
                  NetworkConfiguration: !If [OnFargate, {AwsVpcConfiguration: {Subnets: [!Ref Subnet]}}, !Ref AWS::NoValue]
              - Id: spot
                Arn: !GetAtt Cluster.Arn
                RoleArn: !GetAtt EventsRole.Arn
                EcsParameters:
                  TaskDefinitionArn: !Ref TaskDefinition
                  CapacityProviderStrategy:
                    - CapacityProvider: FARGATE_SPOT
                      Weight: "1"
                  NetworkConfiguration:
                    AwsVpcConfiguration:
                      Subnets: !Ref Subnets
                      AssignPublicIp: ENABLED
        Weekly:
          Type: AWS::Scheduler::Schedule
          Properties:
            ScheduleExpression: rate(7 days)
            FlexibleTimeWindow:
              Mode: "OFF"
            Target:
              Arn: !GetAtt Cluster.Arn
              RoleArn: !GetAtt SchedulerRole.Arn
              EcsParameters:
                TaskDefinitionArn: !Ref TaskDefinition
                LaunchType: FARGATE
                PlatformVersion: 1.4.0
                NetworkConfiguration:
                  AwsvpcConfiguration:
                    Subnets: [!Ref SubnetA, !Ref SubnetB]
    `,
  ],
  invalid: [
    {
      name: "CloudFormation: an AWS::Events::Rule target on Fargate without networking",
      ...fixtureCase("cloudformation/scaling-and-schedules.yaml"),
      errors: [{ messageId: "fargateWithoutNetwork", line: 33, column: 11, endLine: 33, endColumn: 24 }],
    },
    {
      // No role for EventBridge to run the task with.
      ...json`
        {
          "Rule": "nightly-report",
          "Targets": [
            {
              "Id": "report",
              "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
              "EcsParameters": { "TaskDefinitionArn": "report", "LaunchType": "EC2" }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "missingRole",
          data: { subject: 'Target "report"', key: "RoleArn", permissions: "ecs:RunTask and iam:PassRole" },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 11,
        },
      ],
    },
    {
      // Fargate without a network configuration, in a bare targets list.
      ...yaml`
        - Id: report
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
          RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
          EcsParameters:
            TaskDefinitionArn: report
            LaunchType: FARGATE
      `,
      errors: [{ messageId: "fargateWithoutNetwork", data: { subject: 'Target "report"', key: "NetworkConfiguration" }, line: 4, column: 3, endLine: 4, endColumn: 16 }],
    },
    {
      // Fargate through its capacity providers, with a network configuration but no awsvpcConfiguration.
      ...json`
        {
          "Rule": "nightly-report",
          "Targets": [
            {
              "Id": "report",
              "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
              "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
              "EcsParameters": {
                "TaskDefinitionArn": "report",
                "CapacityProviderStrategy": [{ "capacityProvider": "FARGATE" }, { "capacityProvider": "FARGATE_SPOT", "weight": 3 }],
                "NetworkConfiguration": {}
              }
            }
          ]
        }
      `,
      errors: [{ messageId: "fargateWithoutNetwork", data: { subject: 'Target "report"', key: "awsvpcConfiguration" }, line: 11, column: 9, endLine: 11, endColumn: 31 }],
    },
    {
      // An empty subnet list; a public IP and a platform version off Fargate.
      ...yaml`
        Rule: nightly-report
        Targets:
          - Id: report
            Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
            RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
            EcsParameters:
              TaskDefinitionArn: report
              LaunchType: FARGATE
              NetworkConfiguration:
                awsvpcConfiguration:
                  Subnets: []
          - Id: cleanup
            Arn: arn:aws:ecs:us-east-1:123456789012:cluster/batch
            RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
            EcsParameters:
              TaskDefinitionArn: cleanup
              LaunchType: EC2
              PlatformVersion: 1.4.0
              NetworkConfiguration:
                awsvpcConfiguration:
                  Subnets: [subnet-0a1b2c3d4e5f60718]
                  AssignPublicIp: ENABLED
      `,
      errors: [
        { messageId: "fargateWithoutSubnets", data: { subject: 'Target "report"', key: "Subnets" }, line: 11, column: 20, endLine: 11, endColumn: 22 },
        { messageId: "platformVersionOffFargate", data: { key: "PlatformVersion", launchTypeKey: "LaunchType", launchType: "EC2" }, line: 18, column: 7, endLine: 18, endColumn: 22 },
        { messageId: "publicIpOffFargate", data: { key: "AssignPublicIp", launchTypeKey: "LaunchType", launchType: "EC2" }, line: 22, column: 27, endLine: 22, endColumn: 34 },
      ],
    },
    {
      // A launch type with a strategy; a platform version that is not a version number.
      ...json`
        {
          "Name": "nightly-report",
          "ScheduleExpression": "cron(0 3 * * ? *)",
          "FlexibleTimeWindow": { "Mode": "OFF" },
          "Target": {
            "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
            "RoleArn": "arn:aws:iam::123456789012:role/scheduler-run-report",
            "EcsParameters": {
              "TaskDefinitionArn": "report",
              "LaunchType": "FARGATE",
              "CapacityProviderStrategy": [{ "capacityProvider": "FARGATE_SPOT" }],
              "PlatformVersion": "v1.4.0",
              "NetworkConfiguration": { "awsvpcConfiguration": { "Subnets": ["subnet-0a1b2c3d4e5f60718"] } }
            }
          }
        }
      `,
      errors: [
        { messageId: "malformedPlatformVersion", data: { key: "PlatformVersion", value: "v1.4.0" }, line: 12, column: 26, endLine: 12, endColumn: 34 },
      ],
    },
    {
      // A Scheduler schedule on Fargate without networking.
      ...yaml`
        Name: nightly-report
        ScheduleExpression: cron(0 3 * * ? *)
        FlexibleTimeWindow:
          Mode: "OFF"
        Target:
          Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/prod
          RoleArn: arn:aws:iam::123456789012:role/scheduler-run-report
          EcsParameters:
            TaskDefinitionArn: arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4
            LaunchType: FARGATE
            PlatformVersion: "1.4"
      `,
      errors: [
        { messageId: "fargateWithoutNetwork", data: { subject: "The schedule's target", key: "NetworkConfiguration" }, line: 8, column: 3, endLine: 8, endColumn: 16 },
        { messageId: "malformedPlatformVersion", data: { key: "PlatformVersion", value: "1.4" }, line: 11, column: 22, endLine: 11, endColumn: 27 },
      ],
    },
    {
      // list-targets-by-rule output.
      ...json`
        {
          "Targets": [
            {
              "Id": "report",
              "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
              "EcsParameters": {
                "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:4",
                "TaskCount": 1,
                "LaunchType": "EXTERNAL",
                "PlatformVersion": "1.4.0"
              }
            }
          ]
        }
      `,
      errors: [
        { messageId: "missingRole", line: 4, column: 7, endLine: 4, endColumn: 11 },
        { messageId: "platformVersionOffFargate", data: { key: "PlatformVersion", launchTypeKey: "LaunchType", launchType: "EXTERNAL" }, line: 10, column: 9, endLine: 10, endColumn: 26 },
      ],
    },
    {
      // CloudFormation: AWS::Events::Rule spells the member AwsVpcConfiguration, AWS::Scheduler::Schedule
      // AwsvpcConfiguration.
      ...yaml`
        Resources:
          Nightly:
            Type: AWS::Events::Rule
            Properties:
              ScheduleExpression: cron(0 3 * * ? *)
              Targets:
                - Id: report
                  Arn: !GetAtt Cluster.Arn
                  EcsParameters:
                    TaskDefinitionArn: !Ref TaskDefinition
                    LaunchType: FARGATE
                    NetworkConfiguration: {}
                - Id: cleanup
                  Arn: !GetAtt Cluster.Arn
                  RoleArn: !GetAtt EventsRole.Arn
                  EcsParameters:
                    TaskDefinitionArn: !Ref TaskDefinition
                    LaunchType: EC2
                    PlatformVersion: LATEST
                    NetworkConfiguration:
                      AwsVpcConfiguration:
                        Subnets: [!Ref Subnet]
                        AssignPublicIp: ENABLED
          Weekly:
            Type: AWS::Scheduler::Schedule
            Properties:
              ScheduleExpression: rate(7 days)
              FlexibleTimeWindow:
                Mode: "OFF"
              Target:
                Arn: !GetAtt Cluster.Arn
                RoleArn: !GetAtt SchedulerRole.Arn
                EcsParameters:
                  TaskDefinitionArn: !Ref TaskDefinition
                  CapacityProviderStrategy:
                    - CapacityProvider: FARGATE_SPOT
                      Weight: 1
                  PlatformVersion: v1.4
                  NetworkConfiguration:
                    AwsvpcConfiguration:
                      Subnets: []
      `,
      errors: [
        { messageId: "missingRole", data: { subject: 'Target "report"', key: "RoleArn", permissions: "ecs:RunTask and iam:PassRole" }, line: 7, column: 11, endLine: 7, endColumn: 13 },
        { messageId: "fargateWithoutNetwork", data: { subject: 'Target "report"', key: "AwsVpcConfiguration" }, line: 12, column: 13, endLine: 12, endColumn: 33 },
        { messageId: "platformVersionOffFargate", data: { key: "PlatformVersion", launchTypeKey: "LaunchType", launchType: "EC2" }, line: 19, column: 13, endLine: 19, endColumn: 28 },
        { messageId: "publicIpOffFargate", data: { key: "AssignPublicIp", launchTypeKey: "LaunchType", launchType: "EC2" }, line: 23, column: 33, endLine: 23, endColumn: 40 },
        { messageId: "malformedPlatformVersion", data: { key: "PlatformVersion", value: "v1.4" }, line: 38, column: 28, endLine: 38, endColumn: 32 },
        { messageId: "fargateWithoutSubnets", data: { subject: "The schedule's target", key: "Subnets" }, line: 41, column: 24, endLine: 41, endColumn: 26 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "Nightly": {
              "Type": "AWS::Events::Rule",
              "Properties": {
                "ScheduleExpression": "rate(1 day)",
                "Targets": [
                  {
                    "Id": "report",
                    "Arn": { "Fn::GetAtt": ["Cluster", "Arn"] },
                    "RoleArn": { "Fn::GetAtt": ["EventsRole", "Arn"] },
                    "EcsParameters": { "TaskDefinitionArn": { "Ref": "TaskDefinition" }, "LaunchType": "FARGATE", "NetworkConfiguration": {} }
                  }
                ]
              }
            },
            "Weekly": {
              "Type": "AWS::Scheduler::Schedule",
              "Properties": {
                "ScheduleExpression": "rate(7 days)",
                "FlexibleTimeWindow": { "Mode": "OFF" },
                "Target": {
                  "Arn": { "Fn::GetAtt": ["Cluster", "Arn"] },
                  "RoleArn": { "Fn::GetAtt": ["SchedulerRole", "Arn"] },
                  "EcsParameters": { "TaskDefinitionArn": { "Ref": "TaskDefinition" }, "LaunchType": "FARGATE", "NetworkConfiguration": {} }
                }
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "fargateWithoutNetwork", data: { subject: 'Target "report"', key: "AwsVpcConfiguration" }, line: 12, column: 107, endLine: 12, endColumn: 129 },
        { messageId: "fargateWithoutNetwork", data: { subject: "The schedule's target", key: "AwsvpcConfiguration" }, line: 25, column: 105, endLine: 25, endColumn: 127 },
      ],
    },
  ],
});
