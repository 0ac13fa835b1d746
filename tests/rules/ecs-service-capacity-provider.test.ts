import rule from "../../src/rules/ecs-service-capacity-provider.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-service-capacity-provider", rule, {
  valid: [
    // A capacity provider strategy, or Fargate.
    json`
      {
        "serviceName": "web",
        "cluster": "prod",
        "desiredCount": 2,
        "capacityProviderStrategy": [{ "capacityProvider": "asg-prod", "weight": 1 }]
      }
    `,
    yaml`
      serviceName: web
      launchType: FARGATE
      desiredCount: 2
    `,
    json`{ "cluster": "batch", "taskDefinition": "job:3", "launchType": "EXTERNAL" }`,
    // launchType beside a strategy is ecs-capacity-provider-strategy's error.
    json`{ "serviceName": "web", "launchType": "EC2", "capacityProviderStrategy": [{ "capacityProvider": "asg", "weight": 1 }] }`,
    // Daemon services cannot use a strategy; an unknown scheduling strategy may be DAEMON.
    yaml`
      serviceName: log-agent
      launchType: EC2
      schedulingStrategy: DAEMON
    `,
    json`{ "serviceName": "web", "launchType": "EC2", "schedulingStrategy": "\${STRATEGY}" }`,
    // Unknown launch types and strategies.
    json`{ "serviceName": "web", "launchType": "\${LAUNCH_TYPE}", "desiredCount": 1 }`,
    yaml`
      serviceName: web
      launchType: !Ref LaunchType
      desiredCount: 1
    `,
    yaml`
      serviceName: web
      desiredCount: 1
      <<: *placement
    `,
    yaml`
      serviceName: web
      launchType: EC2
      capacityProviderStrategy: !Ref Strategy
    `,
    // Neither given: the cluster decides; silent when the cluster is not found or has a default strategy.
    json`{ "serviceName": "web", "cluster": "prod", "desiredCount": 2 }`,
    yaml`
      clusterName: prod
      capacityProviders: [asg-prod]
      defaultCapacityProviderStrategy:
        - capacityProvider: asg-prod
          weight: 1
      ---
      serviceName: web
      cluster: prod
      desiredCount: 2
    `,
    // The task definition cannot run on EC2: not a missing strategy.
    yaml`
      clusterName: prod
      ---
      family: web
      requiresCompatibilities: [FARGATE]
      networkMode: awsvpc
      cpu: "256"
      memory: "512"
      containerDefinitions: []
      ---
      serviceName: web
      cluster: prod
      taskDefinition: web
      desiredCount: 2
    `,
    // update-service input without a launch type keeps the service's placement; it has no launchType member.
    yaml`
      clusterName: prod
      ---
      service: web
      cluster: prod
      desiredCount: 3
    `,
    json`{ "service": "web", "cluster": "prod", "desiredCount": 3, "launchType": "EC2" }`,
    // A bare --overrides file has no placement.
    json`{ "containerOverrides": [{ "name": "app", "command": ["run"] }] }`,
    // CloudFormation: unknown launch types and clusters, a strategy, a cluster whose association resource sets a default strategy.
    yaml`
      Resources:
        Service:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Cluster
            LaunchType: !If [UseEc2, EC2, FARGATE]
            DesiredCount: "2"
    `,
    json`
      {
        "Resources": {
          "Service": {
            "Type": "AWS::ECS::Service",
            "Properties": { "LaunchType": { "Fn::If": ["UseEc2", "EC2", "FARGATE"] }, "DesiredCount": "2" }
          }
        }
      }
    `,
    yaml`
      Resources:
        Cluster:
          Type: AWS::ECS::Cluster
        Service:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Sub "\${Cluster}"
            TaskDefinition: !Ref TaskDef
    `,
    yaml`
      Resources:
        Service:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Cluster
            CapacityProviderStrategy:
              - CapacityProvider: !Ref AsgProvider
                Weight: "1"
    `,
    yaml`
      Resources:
        Cluster:
          Type: AWS::ECS::Cluster
        Associations:
          Type: AWS::ECS::ClusterCapacityProviderAssociations
          Properties:
            Cluster: !Ref Cluster
            CapacityProviders: [!Ref AsgProvider]
            DefaultCapacityProviderStrategy:
              - CapacityProvider: !Ref AsgProvider
                Weight: 1
        Service:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Cluster
            DesiredCount: 2
    `,
  ],
  invalid: [
    {
      // create-service input, cluster unknown: the suggestion names a placeholder.
      ...json`
        {
          "serviceName": "web",
          "cluster": "prod",
          "launchType": "EC2",
          "desiredCount": 2
        }
      `,
      errors: [
        {
          messageId: "launchTypeEc2",
          data: { subject: 'Service "web"', launchType: "launchType", strategy: "capacityProviderStrategy" },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: "usePlaceholder",
              data: { strategy: "capacityProviderStrategy", placeholder: "<CAPACITY_PROVIDER>" },
              output: `{
  "serviceName": "web",
  "cluster": "prod",
  "capacityProviderStrategy": [{"capacityProvider":"<CAPACITY_PROVIDER>","weight":1}],
  "desiredCount": 2
}
`,
            },
          ],
        },
      ],
    },
    {
      // Multi-document YAML: the cluster's only EC2 capacity provider is suggested.
      ...yaml`
        clusterName: prod
        capacityProviders: [FARGATE, FARGATE_SPOT, asg-prod]
        ---
        serviceName: web
        cluster: arn:aws:ecs:us-east-1:123456789012:cluster/prod
        launchType: "EC2"
        desiredCount: 2
      `,
      errors: [
        {
          messageId: "launchTypeEc2",
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 18,
          suggestions: [
            {
              messageId: "useProvider",
              data: { strategy: "capacityProviderStrategy", provider: "asg-prod" },
              output: `clusterName: prod
capacityProviders: [FARGATE, FARGATE_SPOT, asg-prod]
---
serviceName: web
cluster: arn:aws:ecs:us-east-1:123456789012:cluster/prod
capacityProviderStrategy: [{capacityProvider: asg-prod, weight: 1}]
desiredCount: 2
`,
            },
          ],
        },
      ],
    },
    {
      // Two EC2 capacity providers, one a Managed Instances provider: the Auto Scaling group one is suggested.
      ...yaml`
        clusterName: prod
        capacityProviders: [asg-prod, mi-prod]
        ---
        name: mi-prod
        cluster: prod
        managedInstancesProvider:
          infrastructureRoleArn: arn:aws:iam::123456789012:role/ecs-infrastructure
        ---
        cluster: prod
        taskDefinition: job:3
        launchType: EC2
      `,
      errors: [
        {
          messageId: "launchTypeEc2",
          data: { subject: 'Run-task input for "job:3"', launchType: "launchType", strategy: "capacityProviderStrategy" },
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 16,
          suggestions: [
            {
              messageId: "useProvider",
              data: { strategy: "capacityProviderStrategy", provider: "asg-prod" },
              output: `clusterName: prod
capacityProviders: [asg-prod, mi-prod]
---
name: mi-prod
cluster: prod
managedInstancesProvider:
  infrastructureRoleArn: arn:aws:iam::123456789012:role/ecs-infrastructure
---
cluster: prod
taskDefinition: job:3
capacityProviderStrategy: [{capacityProvider: asg-prod, weight: 1}]
`,
            },
          ],
        },
      ],
    },
    {
      // Two Auto Scaling group providers: which one is the user's choice.
      ...yaml`
        clusterName: default
        capacityProviders: [asg-a, asg-b]
        ---
        serviceName: web
        launchType: EC2
      `,
      errors: [
        {
          messageId: "launchTypeEc2",
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            {
              messageId: "usePlaceholder",
              output: `clusterName: default
capacityProviders: [asg-a, asg-b]
---
serviceName: web
capacityProviderStrategy: [{capacityProvider: "<CAPACITY_PROVIDER>", weight: 1}]
`,
            },
          ],
        },
      ],
    },
    {
      // Neither a launch type nor a strategy, on a cluster without a default strategy.
      ...yaml`
        clusterName: prod
        capacityProviders: [FARGATE, asg-prod]
        ---
        serviceName: web
        cluster: prod
        taskDefinition: web:4
        desiredCount: 2
      `,
      errors: [
        {
          messageId: "noDefaultStrategy",
          data: { subject: 'Service "web"', launchType: "launchType", strategy: "capacityProviderStrategy", cluster: "prod" },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 8,
          suggestions: [
            {
              messageId: "useProvider",
              output: `clusterName: prod
capacityProviders: [FARGATE, asg-prod]
---
serviceName: web
cluster: prod
taskDefinition: web:4
desiredCount: 2
capacityProviderStrategy: [{capacityProvider: asg-prod, weight: 1}]
`,
            },
          ],
        },
      ],
    },
    {
      // run-task input on the default cluster (no cluster key): reported at its task definition.
      ...yaml`
        clusterName: default
        ---
        taskDefinition: job:3
        count: 1
      `,
      errors: [
        {
          messageId: "noDefaultStrategy",
          data: { subject: 'Run-task input for "job:3"', launchType: "launchType", strategy: "capacityProviderStrategy", cluster: "default" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: "usePlaceholder",
              output: `clusterName: default
---
taskDefinition: job:3
count: 1
capacityProviderStrategy: [{capacityProvider: "<CAPACITY_PROVIDER>", weight: 1}]
`,
            },
          ],
        },
      ],
    },
    {
      // describe-services output with two services: only the EC2 one reports, with no suggestion (AWS's own output).
      ...json`
        {
          "services": [
            { "serviceName": "api", "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "launchType": "FARGATE" },
            { "serviceName": "worker", "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "launchType": "EC2", "capacityProviderStrategy": [] }
          ]
        }
      `,
      errors: [
        {
          messageId: "launchTypeEc2",
          line: 4,
          column: 111,
          endLine: 4,
          endColumn: 116,
          suggestions: [],
        },
      ],
    },
    {
      name: "CloudFormation: LaunchType EC2; the suggestion writes CloudFormation's keys, on the template cluster's only provider",
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
            Properties:
              CapacityProviders: [prod-asg]
          Service:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref Cluster
              LaunchType: EC2
              TaskDefinition: !Ref TaskDef
              DesiredCount: "2"
      `,
      errors: [
        {
          messageId: "launchTypeEc2",
          data: { subject: 'Service "Service"', launchType: "LaunchType", strategy: "CapacityProviderStrategy" },
          line: 10,
          column: 19,
          endLine: 10,
          endColumn: 22,
          suggestions: [
            {
              messageId: "useProvider",
              data: { strategy: "CapacityProviderStrategy", provider: "prod-asg" },
              output:
                "Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      CapacityProviders: [prod-asg]\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: !Ref Cluster\n      CapacityProviderStrategy: [{CapacityProvider: prod-asg, Weight: 1}]\n      TaskDefinition: !Ref TaskDef\n      DesiredCount: \"2\"\n",
            },
          ],
        },
      ],
    },
    {
      name: "CloudFormation JSON: LaunchType EC2",
      ...json`
        {
          "Resources": {
            "Service": {
              "Type": "AWS::ECS::Service",
              "Properties": {
                "Cluster": { "Ref": "Cluster" },
                "LaunchType": "EC2",
                "TaskDefinition": { "Ref": "TaskDef" }
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "launchTypeEc2",
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 28,
          suggestions: [
            {
              messageId: "usePlaceholder",
              output:
                '{\n  "Resources": {\n    "Service": {\n      "Type": "AWS::ECS::Service",\n      "Properties": {\n        "Cluster": { "Ref": "Cluster" },\n        "CapacityProviderStrategy": [{"CapacityProvider":"<CAPACITY_PROVIDER>","Weight":1}],\n        "TaskDefinition": { "Ref": "TaskDef" }\n      }\n    }\n  }\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "CloudFormation: neither given, and the template's cluster (found through !GetAtt) has no default strategy",
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
          Service:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !GetAtt Cluster.Arn
              TaskDefinition: !Ref TaskDef
              DesiredCount: 2
      `,
      errors: [
        {
          messageId: "noDefaultStrategy",
          data: { subject: 'Service "Service"', launchType: "LaunchType", strategy: "CapacityProviderStrategy", cluster: "Cluster" },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 14,
          suggestions: [
            {
              messageId: "usePlaceholder",
              output:
                'Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: !GetAtt Cluster.Arn\n      TaskDefinition: !Ref TaskDef\n      DesiredCount: 2\n      CapacityProviderStrategy: [{CapacityProvider: "<CAPACITY_PROVIDER>", Weight: 1}]\n',
            },
          ],
        },
      ],
    },
  ],
});
