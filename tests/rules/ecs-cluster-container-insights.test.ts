import rule from "../../src/rules/ecs-cluster-container-insights.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-cluster-container-insights", rule, {
  valid: [
    json`{ "clusterName": "prod", "settings": [{ "name": "containerInsights", "value": "enabled" }] }`,
    yaml`
      clusterName: prod
      settings:
        - name: containerInsights
          value: enhanced
    `,
    // describe-clusters lists settings only with --include SETTINGS: absent says nothing.
    json`
      {
        "clusters": [
          { "clusterArn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod", "clusterName": "prod", "status": "ACTIVE" },
          {
            "clusterArn": "arn:aws:ecs:eu-west-1:123456789012:cluster/batch",
            "clusterName": "batch",
            "settings": [{ "name": "containerInsights", "value": "enhanced" }]
          }
        ],
        "failures": []
      }
    `,
    // PutClusterCapacityProviders input has no settings.
    json`{ "cluster": "prod", "capacityProviders": ["FARGATE"], "defaultCapacityProviderStrategy": [{ "capacityProvider": "FARGATE", "weight": 1 }] }`,
    // A value the documentation does not list: not judged.
    json`{ "clusterName": "prod", "settings": [{ "name": "containerInsights", "value": "ENABLED" }] }`,
    // Unknown values.
    json`{ "clusterName": "prod", "settings": [{ "name": "containerInsights", "value": "\${CONTAINER_INSIGHTS}" }] }`,
    yaml`
      clusterName: prod
      settings: !Ref ClusterSettings
    `,
    yaml`
      clusterName: prod
      settings:
        - name: !Ref SettingName
          value: enabled
    `,
    yaml`
      clusterName: prod
      settings:
        - !Ref ClusterSetting
    `,
    yaml`
      clusterName: prod
      <<: *cluster
    `,
    // CloudFormation: unknown settings and values; an association resource is not a cluster definition
    yaml`
      Resources:
        Cluster:
          Type: AWS::ECS::Cluster
          Properties:
            ClusterSettings: !If [Insights, [{ Name: containerInsights, Value: enabled }], !Ref AWS::NoValue]
        Second:
          Type: AWS::ECS::Cluster
          Properties:
            ClusterSettings:
              - Name: containerInsights
                Value: !Ref ContainerInsights
        Third:
          Type: AWS::ECS::Cluster
          Properties:
            ClusterSettings:
              - Name: !Sub "\${Setting}"
                Value: disabled
        Fourth:
          Type: AWS::ECS::Cluster
          Properties:
            ClusterSettings:
              - Name: containerInsights
                Value: enhanced
        Associations:
          Type: AWS::ECS::ClusterCapacityProviderAssociations
          Properties:
            Cluster: !Ref Fourth
            CapacityProviders: [FARGATE]
            DefaultCapacityProviderStrategy: [{ CapacityProvider: FARGATE, Weight: 1 }]
    `,
  ],
  invalid: [
    {
      // The same setting twice through a YAML alias: one place, edited once (the rule threw "Fix objects must not be overlapped in a report"; found by the fuzz test).
      ...yaml`
        clusterName: prod
        settings:
          - &insights {name: containerInsights, value: disabled}
          - *insights
      `,
      errors: [
        {
          messageId: "disabled",
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            { messageId: "turnOn", data: { value: "enabled" }, output: "clusterName: prod\nsettings:\n  - &insights {name: containerInsights, value: enabled}\n  - *insights\n" },
            { messageId: "turnOn", data: { value: "enhanced" }, output: "clusterName: prod\nsettings:\n  - &insights {name: containerInsights, value: enhanced}\n  - *insights\n" },
          ],
        },
      ],
    },
    {
      // A settings list whose only item is empty (`-` alone): the entry is added after it, at the list's dash, and the rule does not throw (found by the fuzz test).
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
            Properties:
              ClusterSettings:
              -
              ClusterName: prod
      `,
      errors: [
        {
          messageId: "notInSettings",
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 8,
          suggestions: [
            { messageId: "turnOn", data: { value: "enabled" }, output: "Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n      -\n      - {Name: containerInsights, Value: enabled}\n      ClusterName: prod\n" },
            { messageId: "turnOn", data: { value: "enhanced" }, output: "Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n      -\n      - {Name: containerInsights, Value: enhanced}\n      ClusterName: prod\n" },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "clusterName": "prod",
          "capacityProviders": ["FARGATE"]
        }
      `,
      errors: [
        {
          messageId: "missing",
          data: { cluster: 'Cluster "prod"', key: "settings" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: "turnOn",
              data: { value: "enabled" },
              output: `{
  "clusterName": "prod",
  "capacityProviders": ["FARGATE"],
  "settings": [{"name":"containerInsights","value":"enabled"}]
}
`,
            },
            {
              messageId: "turnOn",
              data: { value: "enhanced" },
              output: `{
  "clusterName": "prod",
  "capacityProviders": ["FARGATE"],
  "settings": [{"name":"containerInsights","value":"enhanced"}]
}
`,
            },
          ],
        },
      ],
    },
    {
      // No clusterName (the cluster is "default"): reported at the object's start.
      ...yaml`
        capacityProviders: [FARGATE]
        defaultCapacityProviderStrategy:
          - capacityProvider: FARGATE
            weight: 1
        configuration:
          executeCommandConfiguration:
            logging: DEFAULT
      `,
      errors: [
        {
          messageId: "missing",
          data: { cluster: 'Cluster "default"', key: "settings" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          suggestions: [
            {
              messageId: "turnOn",
              output:
                "capacityProviders: [FARGATE]\ndefaultCapacityProviderStrategy:\n  - capacityProvider: FARGATE\n    weight: 1\nconfiguration:\n  executeCommandConfiguration:\n    logging: DEFAULT\nsettings: [{name: containerInsights, value: enabled}]\n",
            },
            {
              messageId: "turnOn",
              output:
                "capacityProviders: [FARGATE]\ndefaultCapacityProviderStrategy:\n  - capacityProvider: FARGATE\n    weight: 1\nconfiguration:\n  executeCommandConfiguration:\n    logging: DEFAULT\nsettings: [{name: containerInsights, value: enhanced}]\n",
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        clusterName: prod
        settings: []
      `,
      errors: [
        {
          messageId: "notInSettings",
          data: { cluster: 'Cluster "prod"', key: "settings" },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 13,
          suggestions: [
            { messageId: "turnOn", data: { value: "enabled" }, output: "clusterName: prod\nsettings: [{name: containerInsights, value: enabled}]\n" },
            { messageId: "turnOn", data: { value: "enhanced" }, output: "clusterName: prod\nsettings: [{name: containerInsights, value: enhanced}]\n" },
          ],
        },
      ],
    },
    {
      ...yaml`
        clusterName: batch
        settings:
          - name: containerInsights
            value: disabled
      `,
      errors: [
        {
          messageId: "disabled",
          data: { cluster: 'Cluster "batch"' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 20,
          suggestions: [
            { messageId: "turnOn", data: { value: "enabled" }, output: "clusterName: batch\nsettings:\n  - name: containerInsights\n    value: enabled\n" },
            { messageId: "turnOn", data: { value: "enhanced" }, output: "clusterName: batch\nsettings:\n  - name: containerInsights\n    value: enhanced\n" },
          ],
        },
      ],
    },
    {
      // describe-clusters --include SETTINGS: reported without suggestions.
      ...json`
        {
          "clusters": [
            {
              "clusterArn": "arn:aws:ecs:eu-west-1:123456789012:cluster/batch",
              "clusterName": "batch",
              "settings": [{ "name": "containerInsights", "value": "disabled" }]
            }
          ]
        }
      `,
      errors: [{ messageId: "disabled", data: { cluster: 'Cluster "batch"' }, line: 6, column: 60, endLine: 6, endColumn: 70, suggestions: null }],
    },
    {
      name: "CloudFormation: a cluster without Properties (no suggestion), one without ClusterSettings, one whose settings lack the entry, one that turns it off",
      ...yaml`
        Resources:
          Bare:
            Type: AWS::ECS::Cluster
          Cluster:
            Type: AWS::ECS::Cluster
            Properties:
              ClusterName: prod
          Other:
            Type: AWS::ECS::Cluster
            Properties:
              ClusterSettings: []
          Off:
            Type: AWS::ECS::Cluster
            Properties:
              ClusterSettings:
                - Name: containerInsights
                  Value: disabled
      `,
      errors: [
        {
          messageId: "missing",
          data: { cluster: 'Cluster "Bare"', key: "ClusterSettings" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 7,
        },
        {
          messageId: "missing",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 15,
          suggestions: [
            { messageId: "turnOn", output: "Resources:\n  Bare:\n    Type: AWS::ECS::Cluster\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: prod\n      ClusterSettings: [{Name: containerInsights, Value: enabled}]\n  Other:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings: []\n  Off:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n        - Name: containerInsights\n          Value: disabled\n" },
            { messageId: "turnOn", output: "Resources:\n  Bare:\n    Type: AWS::ECS::Cluster\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: prod\n      ClusterSettings: [{Name: containerInsights, Value: enhanced}]\n  Other:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings: []\n  Off:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n        - Name: containerInsights\n          Value: disabled\n" },
          ],
        },
        {
          messageId: "notInSettings",
          line: 11,
          column: 24,
          endLine: 11,
          endColumn: 26,
          suggestions: [
            { messageId: "turnOn", output: "Resources:\n  Bare:\n    Type: AWS::ECS::Cluster\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: prod\n  Other:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings: [{Name: containerInsights, Value: enabled}]\n  Off:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n        - Name: containerInsights\n          Value: disabled\n" },
            { messageId: "turnOn", output: "Resources:\n  Bare:\n    Type: AWS::ECS::Cluster\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: prod\n  Other:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings: [{Name: containerInsights, Value: enhanced}]\n  Off:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n        - Name: containerInsights\n          Value: disabled\n" },
          ],
        },
        {
          messageId: "disabled",
          line: 17,
          column: 18,
          endLine: 17,
          endColumn: 26,
          suggestions: [
            { messageId: "turnOn", output: "Resources:\n  Bare:\n    Type: AWS::ECS::Cluster\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: prod\n  Other:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings: []\n  Off:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n        - Name: containerInsights\n          Value: enabled\n" },
            { messageId: "turnOn", output: "Resources:\n  Bare:\n    Type: AWS::ECS::Cluster\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: prod\n  Other:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings: []\n  Off:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n        - Name: containerInsights\n          Value: enhanced\n" },
          ],
        },
      ],
    },

    {
      name: "CloudFormation JSON: the suggestion adds ClusterSettings with Name and Value",
      ...json`
        {
          "Resources": {
            "Cluster": {
              "Type": "AWS::ECS::Cluster",
              "Properties": { "ClusterName": "prod" }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "missing",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            { messageId: "turnOn", output: "{\n  \"Resources\": {\n    \"Cluster\": {\n      \"Type\": \"AWS::ECS::Cluster\",\n      \"Properties\": { \"ClusterName\": \"prod\", \"ClusterSettings\": [{\"Name\":\"containerInsights\",\"Value\":\"enabled\"}] }\n    }\n  }\n}\n" },
            { messageId: "turnOn", output: "{\n  \"Resources\": {\n    \"Cluster\": {\n      \"Type\": \"AWS::ECS::Cluster\",\n      \"Properties\": { \"ClusterName\": \"prod\", \"ClusterSettings\": [{\"Name\":\"containerInsights\",\"Value\":\"enhanced\"}] }\n    }\n  }\n}\n" },
          ],
        },
      ],
    },
  ],
});
