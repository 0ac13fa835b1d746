import rule from "../../src/rules/ecs-exec-logging.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-exec-logging", rule, {
  valid: [
    // Absent: DEFAULT.
    json`{ "clusterName": "prod", "settings": [{ "name": "containerInsights", "value": "enabled" }] }`,
    json`{ "clusterName": "prod", "configuration": { "executeCommandConfiguration": { "logging": "DEFAULT" } } }`,
    yaml`
      clusterName: prod
      configuration:
        executeCommandConfiguration:
          logging: OVERRIDE
          logConfiguration:
            cloudWatchLogGroupName: /ecs/exec
    `,
    // Unknown values.
    json`{ "clusterName": "prod", "configuration": { "executeCommandConfiguration": { "logging": "\${EXEC_LOGGING}" } } }`,
    yaml`
      clusterName: prod
      configuration:
        executeCommandConfiguration:
          logging: !Ref ExecLogging
    `,
    yaml`
      clusterName: prod
      configuration:
        executeCommandConfiguration:
          <<: *exec
    `,
    // CloudFormation: DEFAULT, OVERRIDE and unknown values
    yaml`
      Resources:
        Cluster:
          Type: AWS::ECS::Cluster
          Properties:
            Configuration:
              ExecuteCommandConfiguration:
                Logging: !If [Audit, OVERRIDE, NONE]
        Other:
          Type: AWS::ECS::Cluster
          Properties:
            Configuration:
              ExecuteCommandConfiguration:
                Logging: OVERRIDE
                LogConfiguration:
                  CloudWatchLogGroupName: !Ref ExecLogs
        Third:
          Type: AWS::ECS::Cluster
          Properties:
            Configuration: !Ref AWS::NoValue
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "clusterName": "prod",
          "configuration": { "executeCommandConfiguration": { "logging": "NONE" } }
        }
      `,
      errors: [
        {
          messageId: "noLogging",
          data: { cluster: 'Cluster "prod"', key: "logging" },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 72,
          suggestions: [
            {
              messageId: "useDefault",
              data: { key: "logging" },
              output: `{
  "clusterName": "prod",
  "configuration": { "executeCommandConfiguration": { "logging": "DEFAULT" } }
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
        configuration:
          executeCommandConfiguration:
            logging: NONE
      `,
      errors: [
        {
          messageId: "noLogging",
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 18,
          suggestions: [{ messageId: "useDefault", output: "clusterName: prod\nconfiguration:\n  executeCommandConfiguration:\n    logging: DEFAULT\n" }],
        },
      ],
    },
    {
      // describe-clusters --include CONFIGURATIONS: reported without a suggestion.
      ...json`
        {
          "clusters": [
            {
              "clusterArn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
              "clusterName": "prod",
              "configuration": { "executeCommandConfiguration": { "logging": "NONE" } }
            }
          ]
        }
      `,
      errors: [{ messageId: "noLogging", data: { cluster: 'Cluster "prod"', key: "logging" }, line: 6, column: 70, endLine: 6, endColumn: 76, suggestions: null }],
    },
    {
      name: "CloudFormation: a cluster resource that turns ECS Exec logging off",
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
            Properties:
              ClusterName: prod
              Configuration:
                ExecuteCommandConfiguration:
                  KmsKeyId: !Ref ExecKey
                  Logging: NONE
      `,
      errors: [
        {
          messageId: "noLogging",
          data: { cluster: 'Cluster "prod"', key: "Logging" },
          line: 9,
          column: 20,
          endLine: 9,
          endColumn: 24,
          suggestions: [
            { messageId: "useDefault", output: "Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: prod\n      Configuration:\n        ExecuteCommandConfiguration:\n          KmsKeyId: !Ref ExecKey\n          Logging: DEFAULT\n" },
          ],
        },
      ],
    },

    {
      name: "CloudFormation JSON: a cluster resource that turns ECS Exec logging off",
      ...json`
        {
          "Resources": {
            "Cluster": {
              "Type": "AWS::ECS::Cluster",
              "Properties": {
                "Configuration": { "ExecuteCommandConfiguration": { "Logging": "NONE" } }
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noLogging",
          line: 6,
          column: 72,
          endLine: 6,
          endColumn: 78,
          suggestions: [
            { messageId: "useDefault", output: "{\n  \"Resources\": {\n    \"Cluster\": {\n      \"Type\": \"AWS::ECS::Cluster\",\n      \"Properties\": {\n        \"Configuration\": { \"ExecuteCommandConfiguration\": { \"Logging\": \"DEFAULT\" } }\n      }\n    }\n  }\n}\n" },
          ],
        },
      ],
    },
  ],
});
