import rule from "../../src/rules/apprunner-auto-scaling.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const CONFIG = 'Auto scaling configuration "high"';

runRule("apprunner-auto-scaling", rule, {
  valid: [
    json`{ "AutoScalingConfigurationName": "high", "MaxConcurrency": 100, "MinSize": 1, "MaxSize": 25 }`,
    json`{ "AutoScalingConfigurationName": "high", "MaxConcurrency": 200, "MinSize": 25, "MaxSize": 25 }`,
    // MaxSize has no model maximum (the account's quota applies); absent members are the defaults.
    json`{ "AutoScalingConfigurationName": "big", "MinSize": 3, "MaxSize": 100 }`,
    json`{ "AutoScalingConfigurationName": "big", "MinSize": 20 }`,
    json`{ "AutoScalingConfigurationName": "big", "MaxSize": 1 }`,
    // API input's ranges are valid-schema's.
    json`{ "AutoScalingConfigurationName": "high", "MaxConcurrency": 500, "MinSize": 0, "MaxSize": 0 }`,
    yaml`
      AutoScalingConfigurationName: high
      MinSize: 30
      MaxSize: 10
    `,
    // Strings, fractions and unknown values are not judged.
    json`{ "AutoScalingConfigurationName": "high", "MinSize": "10", "MaxSize": 5 }`,
    json`{ "AutoScalingConfigurationName": "high", "MinSize": 5.5, "MaxSize": 5 }`,
    json`{ "AutoScalingConfigurationName": "high", "MinSize": "\${MIN}", "MaxSize": 5 }`,
    yaml`
      Resources:
        Scaling:
          Type: AWS::AppRunner::AutoScalingConfiguration
          Properties:
            AutoScalingConfigurationName: high
            MaxConcurrency: !Ref Concurrency
            MinSize: !If [Prod, 10, 1]
            MaxSize: 5
        Other:
          Type: AWS::AppRunner::AutoScalingConfiguration
          Properties:
            AutoScalingConfigurationName: other
            MinSize: "2"
            MaxSize: "4"
            MaxConcurrency: 50
    `,
    // Not App Runner: Application Auto Scaling's MinCapacity/MaxCapacity are ecs-autoscaling-target's.
    json`{ "ServiceNamespace": "ecs", "ResourceId": "service/prod/web", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 10, "MaxCapacity": 5 }`,
  ],
  invalid: [
    {
      ...json`{ "AutoScalingConfigurationName": "high", "MinSize": 10, "MaxSize": 5, "MaxConcurrency": 100 }`,
      errors: [
        {
          messageId: "minAboveMax",
          data: { config: CONFIG, minKey: "MinSize", maxKey: "MaxSize", min: 10, max: 5 },
          line: 1, column: 54, endLine: 1, endColumn: 56,
          suggestions: [
            { messageId: "setValue", data: { key: "MinSize", value: "5" }, output: '{ "AutoScalingConfigurationName": "high", "MinSize": 5, "MaxSize": 5, "MaxConcurrency": 100 }\n' },
            { messageId: "setValue", data: { key: "MaxSize", value: "10" }, output: '{ "AutoScalingConfigurationName": "high", "MinSize": 10, "MaxSize": 10, "MaxConcurrency": 100 }\n' },
          ],
        },
      ],
    },
    {
      // API YAML: MaxConcurrency out of range is valid-schema's, the order of the sizes is this rule's.
      ...yaml`
        AutoScalingConfigurationName: high
        MaxConcurrency: 500
        MinSize: 5
        MaxSize: 3
      `,
      errors: [
        {
          messageId: "minAboveMax",
          line: 3, column: 10, endLine: 3, endColumn: 11,
          suggestions: [
            { messageId: "setValue", output: "AutoScalingConfigurationName: high\nMaxConcurrency: 500\nMinSize: 3\nMaxSize: 3\n" },
            { messageId: "setValue", output: "AutoScalingConfigurationName: high\nMaxConcurrency: 500\nMinSize: 5\nMaxSize: 5\n" },
          ],
        },
      ],
    },
    {
      // CloudFormation: ranges (its schema has none); a numeric string stays a string. Sizes out of range leave their order unjudged.
      ...yaml`
        Resources:
          Scaling:
            Type: AWS::AppRunner::AutoScalingConfiguration
            Properties:
              AutoScalingConfigurationName: high
              MaxConcurrency: 500
              MinSize: 0
              MaxSize: "0"
      `,
      errors: [
        {
          messageId: "outOfRange",
          data: { config: CONFIG, key: "MaxConcurrency", value: 500, range: "1 to 200", meaning: "the concurrent requests an instance handles before App Runner scales up" },
          line: 6, column: 23, endLine: 6, endColumn: 26,
          suggestions: [
            {
              messageId: "setValue",
              data: { key: "MaxConcurrency", value: "200" },
              output: 'Resources:\n  Scaling:\n    Type: AWS::AppRunner::AutoScalingConfiguration\n    Properties:\n      AutoScalingConfigurationName: high\n      MaxConcurrency: 200\n      MinSize: 0\n      MaxSize: "0"\n',
            },
          ],
        },
        {
          messageId: "outOfRange",
          data: { config: CONFIG, key: "MinSize", value: 0, range: "1 to 25", meaning: "the instances App Runner keeps provisioned" },
          line: 7, column: 16, endLine: 7, endColumn: 17,
          suggestions: [
            {
              messageId: "setValue",
              data: { key: "MinSize", value: "1" },
              output: 'Resources:\n  Scaling:\n    Type: AWS::AppRunner::AutoScalingConfiguration\n    Properties:\n      AutoScalingConfigurationName: high\n      MaxConcurrency: 500\n      MinSize: 1\n      MaxSize: "0"\n',
            },
          ],
        },
        {
          messageId: "outOfRange",
          data: { config: CONFIG, key: "MaxSize", value: 0, range: "at least 1", meaning: "the most instances App Runner runs" },
          line: 8, column: 16, endLine: 8, endColumn: 19,
          suggestions: [
            {
              messageId: "setValue",
              data: { key: "MaxSize", value: "1" },
              output: 'Resources:\n  Scaling:\n    Type: AWS::AppRunner::AutoScalingConfiguration\n    Properties:\n      AutoScalingConfigurationName: high\n      MaxConcurrency: 500\n      MinSize: 0\n      MaxSize: "1"\n',
            },
          ],
        },
      ],
    },
    {
      // CloudFormation JSON without a name: the logical ID names it.
      ...json`
        {
          "Resources": {
            "Scaling": {
              "Type": "AWS::AppRunner::AutoScalingConfiguration",
              "Properties": { "MinSize": 30, "MaxSize": 40, "MaxConcurrency": 0 }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "outOfRange",
          data: { config: 'Auto scaling configuration "Scaling"', key: "MinSize", value: 30, range: "1 to 25", meaning: "the instances App Runner keeps provisioned" },
          line: 5, column: 34, endLine: 5, endColumn: 36,
          suggestions: [
            {
              messageId: "setValue",
              output: '{\n  "Resources": {\n    "Scaling": {\n      "Type": "AWS::AppRunner::AutoScalingConfiguration",\n      "Properties": { "MinSize": 25, "MaxSize": 40, "MaxConcurrency": 0 }\n    }\n  }\n}\n',
            },
          ],
        },
        {
          messageId: "outOfRange",
          data: { config: 'Auto scaling configuration "Scaling"', key: "MaxConcurrency", value: 0, range: "1 to 200", meaning: "the concurrent requests an instance handles before App Runner scales up" },
          line: 5, column: 71, endLine: 5, endColumn: 72,
          suggestions: [
            {
              messageId: "setValue",
              output: '{\n  "Resources": {\n    "Scaling": {\n      "Type": "AWS::AppRunner::AutoScalingConfiguration",\n      "Properties": { "MinSize": 30, "MaxSize": 40, "MaxConcurrency": 1 }\n    }\n  }\n}\n',
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: the order of the sizes, in numeric strings.
      ...yaml`
        Resources:
          Scaling:
            Type: AWS::AppRunner::AutoScalingConfiguration
            Properties:
              AutoScalingConfigurationName: high
              MinSize: "8"
              MaxSize: "4"
      `,
      errors: [
        {
          messageId: "minAboveMax",
          data: { config: CONFIG, minKey: "MinSize", maxKey: "MaxSize", min: 8, max: 4 },
          line: 6, column: 16, endLine: 6, endColumn: 19,
          suggestions: [
            { messageId: "setValue", data: { key: "MinSize", value: "4" }, output: 'Resources:\n  Scaling:\n    Type: AWS::AppRunner::AutoScalingConfiguration\n    Properties:\n      AutoScalingConfigurationName: high\n      MinSize: "4"\n      MaxSize: "4"\n' },
            { messageId: "setValue", data: { key: "MaxSize", value: "8" }, output: 'Resources:\n  Scaling:\n    Type: AWS::AppRunner::AutoScalingConfiguration\n    Properties:\n      AutoScalingConfigurationName: high\n      MinSize: "8"\n      MaxSize: "8"\n' },
          ],
        },
      ],
    },
  ],
});
