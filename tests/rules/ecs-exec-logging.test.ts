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
  ],
});
