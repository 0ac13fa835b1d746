import rule from "../../src/rules/ecs-cluster-capacity-providers.js";
import { fixtureCase, jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-cluster-capacity-providers", rule, {
  valid: [
    // CloudFormation: the capacity providers are set by an association resource.
    yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
          Providers:
            Type: AWS::ECS::ClusterCapacityProviderAssociations
            Properties:
              Cluster: !Ref Cluster
              CapacityProviders: [FARGATE]
              DefaultCapacityProviderStrategy:
                - CapacityProvider: FARGATE
                  Weight: 1
    `,
    json`
      {
        "clusterName": "prod",
        "capacityProviders": ["FARGATE", "FARGATE_SPOT"],
        "defaultCapacityProviderStrategy": [{ "capacityProvider": "FARGATE", "weight": 1 }]
      }
    `,
    yaml`
      clusterName: prod
      capacityProviders: [prod-asg]
      defaultCapacityProviderStrategy:
        - capacityProvider: prod-asg
          weight: 1
    `,
    json`{ "cluster": "prod", "capacityProviders": ["prod-asg"], "defaultCapacityProviderStrategy": [{ "capacityProvider": "prod-asg", "weight": 1 }] }`,
    json`
      {
        "clusters": [
          {
            "clusterArn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
            "clusterName": "prod",
            "capacityProviders": ["FARGATE"],
            "defaultCapacityProviderStrategy": [{ "capacityProvider": "FARGATE", "weight": 1, "base": 0 }]
          }
        ],
        "failures": []
      }
    `,
    // Unknown values.
    json`{ "clusterName": "prod", "capacityProviders": "\${PROVIDERS}" }`,
    yaml`
      clusterName: prod
      capacityProviders: !Ref Providers
    `,
    yaml`
      clusterName: prod
      capacityProviders: [prod-asg]
      defaultCapacityProviderStrategy: !Ref Strategy
    `,
    yaml`
      clusterName: prod
      settings: []
      <<: *capacity
    `,
    // Not a cluster.
    json`{ "name": "prod", "version": "1.0.0" }`,
    // CloudFormation: unknown providers and strategies; an association resource whose Cluster cannot be read may set any cluster's providers
    yaml`
      Resources:
        Cluster:
          Type: AWS::ECS::Cluster
          Properties:
            CapacityProviders: !If [UseSpot, [FARGATE, FARGATE_SPOT], [FARGATE]]
        Other:
          Type: AWS::ECS::Cluster
          Properties:
            CapacityProviders: [!Ref AsgProvider]
            DefaultCapacityProviderStrategy: !If [UseSpot, !Ref SpotStrategy, !Ref AWS::NoValue]
        Third:
          Type: AWS::ECS::Cluster
        Associations:
          Type: AWS::ECS::ClusterCapacityProviderAssociations
          Properties:
            Cluster: !Sub "\${Prefix}-cluster"
            CapacityProviders: [FARGATE]
            DefaultCapacityProviderStrategy:
              - CapacityProvider: FARGATE
                Weight: "1"
    `,
  ],
  invalid: [
    {
      name: "CloudFormation: a cluster resource without capacity providers, reported on its Properties; the suggestion writes CloudFormation's keys",
      ...fixtureCase("cloudformation/service-and-cluster.yaml"),
      errors: [
        {
          messageId: "noCapacityProviders",
          data: { cluster: 'Cluster "Cluster"' },
          line: 18,
          column: 5,
          endLine: 18,
          endColumn: 15,
          suggestions: [{ messageId: "useFargate", output: "Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      NetworkMode: awsvpc\n      ContainerDefinitions:\n        - Name: web\n          Image: nginx:1.27\n          Memory: 256\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: !Ref Cluster\n      TaskDefinition: !Ref TaskDef\n      DesiredCount: 2\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n        - Name: containerInsights\n          Value: enabled\n      CapacityProviders: [FARGATE, FARGATE_SPOT]\n      DefaultCapacityProviderStrategy: [{CapacityProvider: FARGATE, Weight: 1}]\n" }],
        },
      ],
    },
    {
      ...json`
        {
          "clusterName": "prod",
          "settings": [{ "name": "containerInsights", "value": "enabled" }]
        }
      `,
      errors: [
        {
          messageId: "noCapacityProviders",
          data: { cluster: 'Cluster "prod"' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: "useFargate",
              output: `{
  "clusterName": "prod",
  "settings": [{ "name": "containerInsights", "value": "enabled" }],
  "capacityProviders": ["FARGATE","FARGATE_SPOT"],
  "defaultCapacityProviderStrategy": [{"capacityProvider":"FARGATE","weight":1}]
}
`,
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        clusterName: prod
        capacityProviders: []
      `,
      errors: [
        {
          messageId: "noCapacityProviders",
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 22,
          suggestions: [
            {
              messageId: "useFargate",
              output: "clusterName: prod\ncapacityProviders: [FARGATE, FARGATE_SPOT]\ndefaultCapacityProviderStrategy: [{capacityProvider: FARGATE, weight: 1}]\n",
            },
          ],
        },
      ],
    },
    {
      // No clusterName: the cluster is "default"; reported at the object's start (missingMemberSite).
      ...yaml`
        settings:
          - name: containerInsights
            value: enhanced
      `,
      errors: [
        {
          messageId: "noCapacityProviders",
          data: { cluster: 'Cluster "default"' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          suggestions: [
            {
              messageId: "useFargate",
              output:
                "settings:\n  - name: containerInsights\n    value: enhanced\ncapacityProviders: [FARGATE, FARGATE_SPOT]\ndefaultCapacityProviderStrategy: [{capacityProvider: FARGATE, weight: 1}]\n",
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        clusterName: prod
        capacityProviders:
          - prod-asg
          - FARGATE
      `,
      errors: [
        {
          messageId: "noDefaultStrategy",
          data: { cluster: 'Cluster "prod"', key: "defaultCapacityProviderStrategy" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 18,
          suggestions: [
            {
              messageId: "addDefaultStrategy",
              data: { provider: '"prod-asg"' },
              output: "clusterName: prod\ncapacityProviders:\n  - prod-asg\n  - FARGATE\ndefaultCapacityProviderStrategy: [{capacityProvider: prod-asg, weight: 1}]\n",
            },
          ],
        },
      ],
    },
    {
      // PutClusterCapacityProviders input that removes every provider.
      ...json`{ "cluster": "prod", "capacityProviders": [], "defaultCapacityProviderStrategy": [] }`,
      errors: [
        {
          messageId: "noCapacityProviders",
          data: { cluster: 'Cluster "prod"' },
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 45,
          suggestions: [
            {
              messageId: "useFargate",
              output: '{ "cluster": "prod", "capacityProviders": ["FARGATE","FARGATE_SPOT"], "defaultCapacityProviderStrategy": [{"capacityProvider":"FARGATE","weight":1}] }\n',
            },
          ],
        },
      ],
    },
    {
      ...json`{ "cluster": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod", "capacityProviders": ["FARGATE"], "defaultCapacityProviderStrategy": [] }`,
      errors: [
        {
          messageId: "noDefaultStrategy",
          data: { cluster: 'Cluster "prod"', key: "defaultCapacityProviderStrategy" },
          line: 1,
          column: 134,
          endLine: 1,
          endColumn: 136,
          suggestions: [
            {
              messageId: "addDefaultStrategy",
              data: { provider: '"FARGATE"' },
              output:
                '{ "cluster": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod", "capacityProviders": ["FARGATE"], "defaultCapacityProviderStrategy": [{"capacityProvider":"FARGATE","weight":1}] }\n',
            },
          ],
        },
      ],
    },
    {
      // describe-clusters output: no suggestions on what AWS answered.
      ...json`
        {
          "clusters": [
            { "clusterName": "a", "capacityProviders": [], "defaultCapacityProviderStrategy": [] },
            { "clusterName": "b", "capacityProviders": ["FARGATE"], "defaultCapacityProviderStrategy": [] }
          ],
          "failures": []
        }
      `,
      errors: [
        { messageId: "noCapacityProviders", data: { cluster: 'Cluster "a"' }, line: 3, column: 48, endLine: 3, endColumn: 50 },
        { messageId: "noDefaultStrategy", data: { cluster: 'Cluster "b"', key: "defaultCapacityProviderStrategy" }, line: 4, column: 96, endLine: 4, endColumn: 98 },
      ],
    },
    {
      name: "CloudFormation: a cluster resource without Properties is reported at its logical ID, without a suggestion (no EC2 capacity in the template: the Fargate wording); a cluster with providers but no default strategy; an association resource with an empty default strategy",
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
          Asg:
            Type: AWS::ECS::Cluster
            Properties:
              ClusterName: asg
              CapacityProviders:
                - !Ref AsgProvider
                - FARGATE
          Fargate:
            Type: AWS::ECS::Cluster
            Properties:
              ClusterName: fargate
          Associations:
            Type: AWS::ECS::ClusterCapacityProviderAssociations
            Properties:
              Cluster: !Ref Fargate
              CapacityProviders: [FARGATE]
              DefaultCapacityProviderStrategy: []
      `,
      errors: [
        {
          messageId: "noCapacityProvidersFargate",
          data: { cluster: 'Cluster "Cluster"' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 10,
        },
        {
          messageId: "noDefaultStrategy",
          data: { cluster: 'Cluster "asg"', key: "DefaultCapacityProviderStrategy" },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 24,
        },
        {
          messageId: "noDefaultStrategy",
          data: { cluster: 'Cluster "Fargate"', key: "DefaultCapacityProviderStrategy" },
          line: 20,
          column: 40,
          endLine: 20,
          endColumn: 42,
          suggestions: [
            { messageId: "addDefaultStrategy", output: "Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n  Asg:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: asg\n      CapacityProviders:\n        - !Ref AsgProvider\n        - FARGATE\n  Fargate:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: fargate\n  Associations:\n    Type: AWS::ECS::ClusterCapacityProviderAssociations\n    Properties:\n      Cluster: !Ref Fargate\n      CapacityProviders: [FARGATE]\n      DefaultCapacityProviderStrategy: [{CapacityProvider: FARGATE, Weight: 1}]\n" },
          ],
        },
      ],
    },

    {
      name: "CloudFormation JSON: a cluster resource without capacity providers, nothing of EC2 in the template",
      ...json`
        {
          "Resources": {
            "Cluster": {
              "Type": "AWS::ECS::Cluster",
              "Properties": {
                "ClusterName": "prod"
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noCapacityProvidersFargate",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            { messageId: "useFargate", output: "{\n  \"Resources\": {\n    \"Cluster\": {\n      \"Type\": \"AWS::ECS::Cluster\",\n      \"Properties\": {\n        \"ClusterName\": \"prod\",\n        \"CapacityProviders\": [\"FARGATE\",\"FARGATE_SPOT\"],\n        \"DefaultCapacityProviderStrategy\": [{\"CapacityProvider\":\"FARGATE\",\"Weight\":1}]\n      }\n    }\n  }\n}\n" },
          ],
        },
      ],
    },
    {
      name: "CloudFormation: a Fargate cluster (its services take FARGATE, no instances in the template) is told what it misses as one (audit 17, D2)",
      ...yaml`
        Resources:
          ECSCluster:
            Type: AWS::ECS::Cluster
          Service:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref ECSCluster
              LaunchType: FARGATE
              TaskDefinition: !Ref TaskDefinition
      `,
      errors: [{ messageId: "noCapacityProvidersFargate", data: { cluster: 'Cluster "ECSCluster"' }, line: 2, column: 3, endLine: 2, endColumn: 13 }],
    },
    {
      name: "CloudFormation: an Auto Scaling group in the template is EC2 capacity",
      ...yaml`
        Resources:
          ECSCluster:
            Type: AWS::ECS::Cluster
          ECSAutoScalingGroup:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: "1"
              MaxSize: "3"
      `,
      errors: [{ messageId: "noCapacityProviders", data: { cluster: 'Cluster "ECSCluster"' }, line: 2, column: 3, endLine: 2, endColumn: 13 }],
    },
    {
      name: "CloudFormation JSON: a service with the EC2 launch type is EC2 capacity",
      ...json`
        {
          "Resources": {
            "ECSCluster": { "Type": "AWS::ECS::Cluster", "Properties": { "ClusterName": "jobs" } },
            "Service": { "Type": "AWS::ECS::Service", "Properties": { "Cluster": { "Ref": "ECSCluster" }, "LaunchType": "EC2", "TaskDefinition": "jobs" } }
          }
        }
      `,
      errors: [
        {
          messageId: "noCapacityProviders",
          data: { cluster: 'Cluster "jobs"' },
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 62,
          suggestions: [
            {
              messageId: "useFargate",
              output: `{
  "Resources": {
    "ECSCluster": { "Type": "AWS::ECS::Cluster", "Properties": { "ClusterName": "jobs", "CapacityProviders": ["FARGATE","FARGATE_SPOT"], "DefaultCapacityProviderStrategy": [{"CapacityProvider":"FARGATE","Weight":1}] } },
    "Service": { "Type": "AWS::ECS::Service", "Properties": { "Cluster": { "Ref": "ECSCluster" }, "LaunchType": "EC2", "TaskDefinition": "jobs" } }
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
});
