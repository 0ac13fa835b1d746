import rule from "../../src/rules/ecs-capacity-provider-strategy.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** A JSON strategy of `count` distinct Auto Scaling group providers, one per line. */
function providers(count: number, indent: string): string {
  return Array.from({ length: count }, (_, index) => `${indent}{ "capacityProvider": "asg-${index + 1}", "weight": 1 }`).join(",\n");
}

runRule("ecs-capacity-provider-strategy", rule, {
  valid: [
    // Fargate and Fargate Spot, one base.
    json`
      {
        "serviceName": "web",
        "capacityProviderStrategy": [
          { "capacityProvider": "FARGATE", "weight": 1, "base": 2 },
          { "capacityProvider": "FARGATE_SPOT", "weight": 4 }
        ]
      }
    `,
    yaml`
      cluster: batch
      taskDefinition: job:7
      capacityProviderStrategy:
        - capacityProvider: asg-spot
          weight: 1
    `,
    // A weight of 0 beside a positive one is fine; base 0 everywhere is the default, not a definition.
    json`
      {
        "services": [
          {
            "serviceName": "a",
            "capacityProviderStrategy": [
              { "capacityProvider": "FARGATE", "weight": 1, "base": 0 },
              { "capacityProvider": "FARGATE_SPOT", "weight": 0, "base": 0 }
            ]
          },
          { "serviceName": "b", "launchType": "EC2", "capacityProviderStrategy": [] }
        ]
      }
    `,
    // An empty strategy beside a launch type (UpdateService's "back to the launch type" too).
    yaml`
      serviceName: web
      launchType: FARGATE
      capacityProviderStrategy: []
    `,
    json`{ "service": "web", "cluster": "prod", "capacityProviderStrategy": [] }`,
    // Unknown values are not judged.
    json`
      {
        "serviceName": "web",
        "launchType": "\${LAUNCH_TYPE}",
        "capacityProviderStrategy": [{ "capacityProvider": "\${PROVIDER}", "weight": "\${WEIGHT}" }]
      }
    `,
    yaml`
      serviceName: web
      capacityProviderStrategy:
        - capacityProvider: !Ref Provider
          base: 1
        - capacityProvider: FARGATE
          weight: 1
          base: !Ref Base
    `,
    yaml`
      serviceName: web
      capacityProviderStrategy:
        - <<: *spot
          capacityProvider: FARGATE_SPOT
    `,
    json`{ "serviceName": "web", "capacityProviderStrategy": "\${STRATEGY}" }`,
    // A cluster's describe output is what AWS holds: not judged here.
    json`
      {
        "clusters": [
          { "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "clusterName": "prod", "defaultCapacityProviderStrategy": [{ "capacityProvider": "FARGATE", "weight": 0, "base": 0 }] }
        ]
      }
    `,
    // EventBridge and Scheduler targets with a valid strategy.
    json`
      {
        "Rule": "nightly",
        "Targets": [
          {
            "Id": "job",
            "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
            "EcsParameters": {
              "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/job:3",
              "CapacityProviderStrategy": [{ "capacityProvider": "FARGATE_SPOT", "weight": 1 }]
            }
          }
        ]
      }
    `,
    // Not an ECS document.
    json`{ "capacityProviderStrategy": [{ "capacityProvider": "FARGATE" }, { "capacityProvider": "asg" }] }`,
    // CloudFormation: unknown launch types, strategies, providers and weights; numeric strings count as numbers.
    yaml`
      Resources:
        Service:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: !If [UseSpot, !Ref AWS::NoValue, FARGATE]
            CapacityProviderStrategy: !If [UseSpot, [{ CapacityProvider: FARGATE_SPOT, Weight: 1 }], !Ref AWS::NoValue]
        Task:
          Type: AWS::ECS::Service
          Properties:
            CapacityProviderStrategy:
              - CapacityProvider: FARGATE
                Base: "1"
                Weight: "1"
              - CapacityProvider: !Ref AsgProvider
                Base: "0"
                Weight: !Ref SpotWeight
        Associations:
          Type: AWS::ECS::ClusterCapacityProviderAssociations
          Properties:
            Cluster: !Ref Cluster
            CapacityProviders: [!Ref AsgProvider]
            DefaultCapacityProviderStrategy:
              - CapacityProvider: !Ref AsgProvider
                Weight: "1"
    `,
    // CloudFormation JSON: Fn::If launch type beside a strategy
    json`
      {
        "Resources": {
          "Service": {
            "Type": "AWS::ECS::Service",
            "Properties": {
              "LaunchType": { "Fn::If": ["UseStrategy", { "Ref": "AWS::NoValue" }, "FARGATE"] },
              "CapacityProviderStrategy": [{ "CapacityProvider": "FARGATE", "Weight": "2" }]
            }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      name: "YAML flow list: the duplicate item goes with its anchor, and the next item keeps its own (found by the fuzz test)",
      ...yaml`
        clusterName: prod
        defaultCapacityProviderStrategy: [{capacityProvider: FARGATE, weight: 2}, &a {capacityProvider: FARGATE, weight: 1}, &b {capacityProvider: FARGATE_SPOT}]
        settings: [*b]
      `,
      errors: [
        {
          messageId: "duplicate",
          line: 2,
          column: 97,
          endLine: 2,
          endColumn: 104,
          suggestions: [{ messageId: "removeItem", output: "clusterName: prod\ndefaultCapacityProviderStrategy: [{capacityProvider: FARGATE, weight: 2}, &b {capacityProvider: FARGATE_SPOT}]\nsettings: [*b]\n" }],
        },
      ],
    },
    {
      name: "YAML block list: an item whose anchor has a dash in its name is removed whole",
      ...yaml`
        clusterName: prod
        defaultCapacityProviderStrategy:
          - capacityProvider: FARGATE
          - &fargate-again
            capacityProvider: FARGATE
            weight: 1
          - capacityProvider: FARGATE_SPOT
      `,
      errors: [
        {
          messageId: "duplicate",
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 30,
          suggestions: [{ messageId: "removeItem", output: "clusterName: prod\ndefaultCapacityProviderStrategy:\n  - capacityProvider: FARGATE\n  - capacityProvider: FARGATE_SPOT\n" }],
        },
      ],
    },
    {
      name: "YAML: no suggestion to remove an item whose anchor a later alias refers to (the file would not parse)",
      ...yaml`
        clusterName: prod
        defaultCapacityProviderStrategy:
          - capacityProvider: FARGATE
            weight: 2
          - &second
            capacityProvider: FARGATE
            weight: 1
        tags: [*second]
      `,
      errors: [{ messageId: "duplicate", line: 6, column: 23, endLine: 6, endColumn: 30, suggestions: [] }],
    },
    {
      // create-service: launchType beside a strategy.
      ...json`
        {
          "serviceName": "web",
          "launchType": "FARGATE",
          "capacityProviderStrategy": [{ "capacityProvider": "FARGATE_SPOT", "weight": 1 }]
        }
      `,
      errors: [
        {
          messageId: "launchTypeWithStrategy",
          data: { launchType: "launchType", strategy: "capacityProviderStrategy" },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: "removeLaunchType",
              data: { launchType: "launchType" },
              output: `{
  "serviceName": "web",
  "capacityProviderStrategy": [{ "capacityProvider": "FARGATE_SPOT", "weight": 1 }]
}
`,
            },
            {
              messageId: "removeStrategy",
              data: { strategy: "capacityProviderStrategy" },
              output: `{
  "serviceName": "web",
  "launchType": "FARGATE"
}
`,
            },
          ],
        },
      ],
    },
    {
      // run-task input in YAML.
      ...yaml`
        cluster: batch
        taskDefinition: job:7
        launchType: EC2
        capacityProviderStrategy:
          - capacityProvider: asg
            weight: 1
      `,
      errors: [
        {
          messageId: "launchTypeWithStrategy",
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: "removeLaunchType",
              output: `cluster: batch
taskDefinition: job:7
capacityProviderStrategy:
  - capacityProvider: asg
    weight: 1
`,
            },
            {
              messageId: "removeStrategy",
              output: `cluster: batch
taskDefinition: job:7
launchType: EC2
`,
            },
          ],
        },
      ],
    },
    {
      // Two bases above 0 (a base of 0 does not count).
      ...json`
        {
          "serviceName": "web",
          "capacityProviderStrategy": [
            { "capacityProvider": "asg-a", "weight": 1, "base": 2 },
            { "capacityProvider": "asg-b", "weight": 3, "base": 0 },
            { "capacityProvider": "asg-c", "weight": 3, "base": 1 }
          ]
        }
      `,
      errors: [
        {
          messageId: "baseTwice",
          data: { provider: '"asg-c"', base: "base", value: 1, first: '"asg-a"' },
          line: 6,
          column: 57,
          endLine: 6,
          endColumn: 58,
          suggestions: [
            {
              messageId: "removeBase",
              data: { provider: '"asg-c"' },
              output: `{
  "serviceName": "web",
  "capacityProviderStrategy": [
    { "capacityProvider": "asg-a", "weight": 1, "base": 2 },
    { "capacityProvider": "asg-b", "weight": 3, "base": 0 },
    { "capacityProvider": "asg-c", "weight": 3 }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // Every weight zero (absent means 0).
      ...json`
        {
          "serviceName": "web",
          "capacityProviderStrategy": [
            { "capacityProvider": "FARGATE", "base": 1 },
            { "capacityProvider": "FARGATE_SPOT", "weight": 0 }
          ]
        }
      `,
      errors: [
        {
          messageId: "weightsZero",
          data: { strategy: "capacityProviderStrategy", weight: "weight" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: "setWeight",
              data: { provider: '"FARGATE"', weight: 1 },
              output: `{
  "serviceName": "web",
  "capacityProviderStrategy": [
    { "capacityProvider": "FARGATE", "base": 1, "weight": 1 },
    { "capacityProvider": "FARGATE_SPOT", "weight": 0 }
  ]
}
`,
            },
            {
              messageId: "setWeight",
              data: { provider: '"FARGATE_SPOT"', weight: 1 },
              output: `{
  "serviceName": "web",
  "capacityProviderStrategy": [
    { "capacityProvider": "FARGATE", "base": 1 },
    { "capacityProvider": "FARGATE_SPOT", "weight": 1 }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // A templated provider still weighs 0 without a weight; it is named by its position.
      ...yaml`
        serviceName: web
        capacityProviderStrategy:
          - capacityProvider: \${PROVIDER}
      `,
      errors: [
        {
          messageId: "weightZero",
          data: { provider: "#1", strategy: "capacityProviderStrategy", weight: "weight" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 25,
          suggestions: [
            {
              messageId: "setWeight",
              data: { provider: "#1", weight: 1 },
              output: `serviceName: web
capacityProviderStrategy:
  - capacityProvider: \${PROVIDER}
    weight: 1
`,
            },
          ],
        },
      ],
    },
    {
      // A cluster's default strategy with one provider and no weight.
      ...yaml`
        clusterName: prod
        capacityProviders: [FARGATE]
        defaultCapacityProviderStrategy:
          - capacityProvider: FARGATE
      `,
      errors: [
        {
          messageId: "weightZero",
          data: { provider: '"FARGATE"', strategy: "defaultCapacityProviderStrategy", weight: "weight" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 32,
          suggestions: [
            {
              messageId: "setWeight",
              output: `clusterName: prod
capacityProviders: [FARGATE]
defaultCapacityProviderStrategy:
  - capacityProvider: FARGATE
    weight: 1
`,
            },
          ],
        },
      ],
    },
    {
      // PutClusterCapacityProviders input.
      ...json`
        {
          "cluster": "prod",
          "capacityProviders": ["asg"],
          "defaultCapacityProviderStrategy": [{ "capacityProvider": "asg", "weight": 0 }]
        }
      `,
      errors: [
        {
          messageId: "weightZero",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 36,
          suggestions: [
            {
              messageId: "setWeight",
              output: `{
  "cluster": "prod",
  "capacityProviders": ["asg"],
  "defaultCapacityProviderStrategy": [{ "capacityProvider": "asg", "weight": 1 }]
}
`,
            },
          ],
        },
      ],
    },
    {
      // Fargate mixed with an Auto Scaling group provider.
      ...yaml`
        serviceName: web
        capacityProviderStrategy:
          - capacityProvider: asg-ondemand
            weight: 1
          - capacityProvider: "FARGATE_SPOT"
            weight: 1
      `,
      errors: [{ messageId: "mixed", data: { provider: '"FARGATE_SPOT"', other: '"asg-ondemand"' }, line: 5, column: 23, endLine: 5, endColumn: 37 }],
    },
    {
      // The same provider twice.
      ...yaml`
        serviceName: web
        capacityProviderStrategy:
          - capacityProvider: FARGATE
            weight: 1
          - capacityProvider: FARGATE
            weight: 2
      `,
      errors: [
        {
          messageId: "duplicate",
          data: { provider: '"FARGATE"', strategy: "capacityProviderStrategy" },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: "removeItem",
              data: { provider: '"FARGATE"' },
              output: `serviceName: web
capacityProviderStrategy:
  - capacityProvider: FARGATE
    weight: 1
`,
            },
          ],
        },
      ],
    },
    {
      // More than 20 items.
      ...json`
        {
          "serviceName": "web",
          "capacityProviderStrategy": [
${providers(21, "            ")}
          ]
        }
      `,
      errors: [{ messageId: "tooMany", data: { strategy: "capacityProviderStrategy", count: 21, max: 20 }, line: 3, column: 3, endLine: 3, endColumn: 29 }],
    },
    {
      // describe-services output with two services: only the second is wrong (reported, no suggestion: it is AWS's own output).
      ...json`
        {
          "services": [
            {
              "serviceName": "a",
              "capacityProviderStrategy": [{ "capacityProvider": "FARGATE", "weight": 1, "base": 0 }]
            },
            {
              "serviceName": "b",
              "capacityProviderStrategy": [
                { "capacityProvider": "FARGATE", "weight": 1, "base": 1 },
                { "capacityProvider": "FARGATE_SPOT", "weight": 1, "base": 1 }
              ]
            }
          ],
          "failures": []
        }
      `,
      errors: [
        {
          messageId: "baseTwice",
          line: 11,
          column: 68,
          endLine: 11,
          endColumn: 69,
          suggestions: [],
        },
      ],
    },
    {
      // update-service input: no launch type there, the strategy is still checked.
      ...json`
        {
          "service": "web",
          "cluster": "prod",
          "desiredCount": 2,
          "capacityProviderStrategy": [{ "capacityProvider": "asg", "weight": 1 }, { "capacityProvider": "asg", "weight": 1 }]
        }
      `,
      errors: [
        {
          messageId: "duplicate",
          line: 5,
          column: 98,
          endLine: 5,
          endColumn: 103,
          suggestions: [
            {
              messageId: "removeItem",
              output: `{
  "service": "web",
  "cluster": "prod",
  "desiredCount": 2,
  "capacityProviderStrategy": [{ "capacityProvider": "asg", "weight": 1 }]
}
`,
            },
          ],
        },
      ],
    },
    {
      // EventBridge PutTargets: LaunchType beside CapacityProviderStrategy, and more than 6 items.
      ...json`
        {
          "Rule": "nightly",
          "Targets": [
            {
              "Id": "job",
              "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
              "EcsParameters": {
                "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/job:3",
                "LaunchType": "EC2",
                "CapacityProviderStrategy": [
${providers(7, "                  ")}
                ]
              }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "launchTypeWithStrategy",
          data: { launchType: "LaunchType", strategy: "CapacityProviderStrategy" },
          line: 9,
          column: 23,
          endLine: 9,
          endColumn: 28,
          suggestions: [
            {
              messageId: "removeLaunchType",
              output: `{
  "Rule": "nightly",
  "Targets": [
    {
      "Id": "job",
      "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
      "EcsParameters": {
        "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/job:3",
        "CapacityProviderStrategy": [
${providers(7, "          ")}
        ]
      }
    }
  ]
}
`,
            },
            {
              messageId: "removeStrategy",
              output: `{
  "Rule": "nightly",
  "Targets": [
    {
      "Id": "job",
      "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
      "EcsParameters": {
        "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/job:3",
        "LaunchType": "EC2"
      }
    }
  ]
}
`,
            },
          ],
        },
        { messageId: "tooMany", data: { strategy: "CapacityProviderStrategy", count: 7, max: 6 }, line: 10, column: 9, endLine: 10, endColumn: 35 },
      ],
    },
    {
      // A bare targets list (put-targets --targets file://targets.json).
      ...json`
        [
          {
            "Id": "job",
            "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
            "EcsParameters": {
              "TaskDefinitionArn": "job:3",
              "CapacityProviderStrategy": [{ "capacityProvider": "FARGATE" }, { "capacityProvider": "FARGATE_SPOT" }]
            }
          }
        ]
      `,
      errors: [{ messageId: "weightsZero", line: 7, column: 7, endLine: 7, endColumn: 33, suggestions: [
        {
          messageId: "setWeight",
          output: `[
  {
    "Id": "job",
    "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
    "EcsParameters": {
      "TaskDefinitionArn": "job:3",
      "CapacityProviderStrategy": [{ "capacityProvider": "FARGATE", "weight": 1 }, { "capacityProvider": "FARGATE_SPOT" }]
    }
  }
]
`,
        },
        {
          messageId: "setWeight",
          output: `[
  {
    "Id": "job",
    "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
    "EcsParameters": {
      "TaskDefinitionArn": "job:3",
      "CapacityProviderStrategy": [{ "capacityProvider": "FARGATE" }, { "capacityProvider": "FARGATE_SPOT", "weight": 1 }]
    }
  }
]
`,
        },
      ] }],
    },
    {
      // EventBridge Scheduler schedule in YAML.
      ...yaml`
        Name: nightly
        ScheduleExpression: cron(0 3 * * ? *)
        FlexibleTimeWindow:
          Mode: "OFF"
        Target:
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/batch
          RoleArn: arn:aws:iam::123456789012:role/scheduler
          EcsParameters:
            TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/job:3
            CapacityProviderStrategy:
              - capacityProvider: FARGATE
                weight: 1
              - capacityProvider: asg
                weight: 1
      `,
      errors: [{ messageId: "mixed", data: { provider: '"asg"', other: '"FARGATE"' }, line: 13, column: 27, endLine: 13, endColumn: 30 }],
    },
    {
      name: "CloudFormation: a service with LaunchType beside its strategy, weights \"0\" and two bases; the suggestions write CloudFormation's keys",
      ...yaml`
        Resources:
          Service:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: FARGATE
              CapacityProviderStrategy:
                - CapacityProvider: FARGATE
                  Base: "1"
                  Weight: "0"
                - CapacityProvider: FARGATE_SPOT
                  Base: 2
      `,
      errors: [
        {
          messageId: "launchTypeWithStrategy",
          data: { launchType: "LaunchType", strategy: "CapacityProviderStrategy" },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            { messageId: "removeLaunchType", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: \"1\"\n          Weight: \"0\"\n        - CapacityProvider: FARGATE_SPOT\n          Base: 2\n" },
            { messageId: "removeStrategy", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n" },
          ],
        },
        {
          messageId: "weightsZero",
          data: { strategy: "CapacityProviderStrategy", weight: "Weight" },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 31,
          suggestions: [
            { messageId: "setWeight", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: \"1\"\n          Weight: 1\n        - CapacityProvider: FARGATE_SPOT\n          Base: 2\n" },
            { messageId: "setWeight", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: \"1\"\n          Weight: \"0\"\n        - CapacityProvider: FARGATE_SPOT\n          Base: 2\n          Weight: 1\n" },
          ],
        },
        {
          messageId: "baseTwice",
          line: 11,
          column: 17,
          endLine: 11,
          endColumn: 18,
          suggestions: [
            { messageId: "removeBase", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: \"1\"\n          Weight: \"0\"\n        - CapacityProvider: FARGATE_SPOT\n" },
          ],
        },
      ],
    },
    {
      name: "CloudFormation: an association resource's default strategy mixes Fargate and an Auto Scaling group provider; an EventBridge rule's target lists a provider twice; a schedule's target has LaunchType beside a weight-0 strategy",
      ...yaml`
        Resources:
          Associations:
            Type: AWS::ECS::ClusterCapacityProviderAssociations
            Properties:
              Cluster: !Ref Cluster
              CapacityProviders: [FARGATE, prod-asg]
              DefaultCapacityProviderStrategy:
                - CapacityProvider: FARGATE
                  Weight: 1
                - CapacityProvider: prod-asg
                  Weight: 1
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
                    CapacityProviderStrategy:
                      - CapacityProvider: FARGATE_SPOT
                        Weight: 1
                      - CapacityProvider: FARGATE_SPOT
                        Weight: 2
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
                  LaunchType: FARGATE
                  CapacityProviderStrategy:
                    - CapacityProvider: FARGATE
                      Weight: 0
      `,
      errors: [
        {
          messageId: "mixed",
          line: 10,
          column: 29,
          endLine: 10,
          endColumn: 37,
        },
        {
          messageId: "duplicate",
          line: 25,
          column: 35,
          endLine: 25,
          endColumn: 47,
          suggestions: [
            { messageId: "removeItem", output: "Resources:\n  Associations:\n    Type: AWS::ECS::ClusterCapacityProviderAssociations\n    Properties:\n      Cluster: !Ref Cluster\n      CapacityProviders: [FARGATE, prod-asg]\n      DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Weight: 1\n        - CapacityProvider: prod-asg\n          Weight: 1\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          RoleArn: !GetAtt Role.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            CapacityProviderStrategy:\n              - CapacityProvider: FARGATE_SPOT\n                Weight: 1\n  Schedule:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      FlexibleTimeWindow: { Mode: \"OFF\" }\n      Target:\n        Arn: !GetAtt Cluster.Arn\n        RoleArn: !GetAtt Role.Arn\n        EcsParameters:\n          TaskDefinitionArn: !Ref TaskDef\n          LaunchType: FARGATE\n          CapacityProviderStrategy:\n            - CapacityProvider: FARGATE\n              Weight: 0\n" },
          ],
        },
        {
          messageId: "launchTypeWithStrategy",
          line: 37,
          column: 23,
          endLine: 37,
          endColumn: 30,
          suggestions: [
            { messageId: "removeLaunchType", output: "Resources:\n  Associations:\n    Type: AWS::ECS::ClusterCapacityProviderAssociations\n    Properties:\n      Cluster: !Ref Cluster\n      CapacityProviders: [FARGATE, prod-asg]\n      DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Weight: 1\n        - CapacityProvider: prod-asg\n          Weight: 1\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          RoleArn: !GetAtt Role.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            CapacityProviderStrategy:\n              - CapacityProvider: FARGATE_SPOT\n                Weight: 1\n              - CapacityProvider: FARGATE_SPOT\n                Weight: 2\n  Schedule:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      FlexibleTimeWindow: { Mode: \"OFF\" }\n      Target:\n        Arn: !GetAtt Cluster.Arn\n        RoleArn: !GetAtt Role.Arn\n        EcsParameters:\n          TaskDefinitionArn: !Ref TaskDef\n          CapacityProviderStrategy:\n            - CapacityProvider: FARGATE\n              Weight: 0\n" },
            { messageId: "removeStrategy", output: "Resources:\n  Associations:\n    Type: AWS::ECS::ClusterCapacityProviderAssociations\n    Properties:\n      Cluster: !Ref Cluster\n      CapacityProviders: [FARGATE, prod-asg]\n      DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Weight: 1\n        - CapacityProvider: prod-asg\n          Weight: 1\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          RoleArn: !GetAtt Role.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            CapacityProviderStrategy:\n              - CapacityProvider: FARGATE_SPOT\n                Weight: 1\n              - CapacityProvider: FARGATE_SPOT\n                Weight: 2\n  Schedule:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      FlexibleTimeWindow: { Mode: \"OFF\" }\n      Target:\n        Arn: !GetAtt Cluster.Arn\n        RoleArn: !GetAtt Role.Arn\n        EcsParameters:\n          TaskDefinitionArn: !Ref TaskDef\n          LaunchType: FARGATE\n" },
          ],
        },
        {
          messageId: "weightZero",
          line: 38,
          column: 11,
          endLine: 38,
          endColumn: 35,
          suggestions: [
            { messageId: "setWeight", output: "Resources:\n  Associations:\n    Type: AWS::ECS::ClusterCapacityProviderAssociations\n    Properties:\n      Cluster: !Ref Cluster\n      CapacityProviders: [FARGATE, prod-asg]\n      DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Weight: 1\n        - CapacityProvider: prod-asg\n          Weight: 1\n  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets:\n        - Id: job\n          Arn: !GetAtt Cluster.Arn\n          RoleArn: !GetAtt Role.Arn\n          EcsParameters:\n            TaskDefinitionArn: !Ref TaskDef\n            CapacityProviderStrategy:\n              - CapacityProvider: FARGATE_SPOT\n                Weight: 1\n              - CapacityProvider: FARGATE_SPOT\n                Weight: 2\n  Schedule:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      FlexibleTimeWindow: { Mode: \"OFF\" }\n      Target:\n        Arn: !GetAtt Cluster.Arn\n        RoleArn: !GetAtt Role.Arn\n        EcsParameters:\n          TaskDefinitionArn: !Ref TaskDef\n          LaunchType: FARGATE\n          CapacityProviderStrategy:\n            - CapacityProvider: FARGATE\n              Weight: 1\n" },
          ],
        },
      ],
    },

    {
      name: "CloudFormation JSON: the only provider of a service's strategy has weight \"0\"",
      ...json`
        {
          "Resources": {
            "Service": {
              "Type": "AWS::ECS::Service",
              "Properties": {
                "CapacityProviderStrategy": [{ "CapacityProvider": "FARGATE", "Weight": "0" }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "weightZero",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            { messageId: "setWeight", output: "{\n  \"Resources\": {\n    \"Service\": {\n      \"Type\": \"AWS::ECS::Service\",\n      \"Properties\": {\n        \"CapacityProviderStrategy\": [{ \"CapacityProvider\": \"FARGATE\", \"Weight\": 1 }]\n      }\n    }\n  }\n}\n" },
          ],
        },
      ],
    },
  ],
});
