import rule from "../../src/rules/ecs-cluster-capacity-providers.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-cluster-capacity-providers", rule, {
  valid: [
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
  ],
  invalid: [
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
  ],
});
