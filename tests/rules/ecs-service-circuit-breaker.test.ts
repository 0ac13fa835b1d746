import rule from "../../src/rules/ecs-service-circuit-breaker.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-service-circuit-breaker", rule, {
  valid: [
    json`
      {
        "serviceName": "web",
        "taskDefinition": "web",
        "desiredCount": 2,
        "deploymentConfiguration": { "deploymentCircuitBreaker": { "enable": true, "rollback": true } }
      }
    `,
    // Deployments the breaker does not apply to.
    yaml`
      serviceName: web
      desiredCount: 2
      deploymentController:
        type: CODE_DEPLOY
    `,
    yaml`
      serviceName: web
      desiredCount: 2
      deploymentController: { type: EXTERNAL }
    `,
    yaml`
      serviceName: web
      desiredCount: 2
      deploymentConfiguration:
        strategy: BLUE_GREEN
        bakeTimeInMinutes: 10
    `,
    json`{ "serviceName": "web", "desiredCount": 2, "deploymentConfiguration": { "strategy": "CANARY", "canaryConfiguration": { "canaryPercent": 10 } } }`,
    // Daemon services: not reported (no AWS text says whether the breaker covers them).
    yaml`
      serviceName: log-router
      schedulingStrategy: DAEMON
      launchType: EC2
    `,
    // update-service input that does not write a breaker leaves the service's own as it is.
    json`{ "service": "web", "cluster": "prod", "taskDefinition": "web:8" }`,
    yaml`
      service: web
      cluster: prod
      deploymentConfiguration:
        maximumPercent: 200
        minimumHealthyPercent: 100
    `,
    // Unknown values.
    yaml`
      serviceName: web
      desiredCount: 2
      deploymentConfiguration: !Ref DeploymentConfiguration
    `,
    yaml`
      serviceName: web
      desiredCount: 2
      deploymentConfiguration:
        deploymentCircuitBreaker:
          enable: !Ref CircuitBreaker
          rollback: true
    `,
    json`{ "serviceName": "web", "desiredCount": 2, "deploymentConfiguration": { "deploymentCircuitBreaker": "\${CIRCUIT_BREAKER}" } }`,
    json`{ "serviceName": "web", "desiredCount": 2, "deploymentConfiguration": { "strategy": "\${STRATEGY}" } }`,
    yaml`
      serviceName: web
      desiredCount: 2
      deploymentConfiguration:
        maximumPercent: 200
        <<: *deployment
    `,
    yaml`
      serviceName: web
      desiredCount: 2
      <<: *service
    `,
    // describe-services output with the breaker on.
    json`
      {
        "services": [
          {
            "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/prod/web",
            "serviceName": "web",
            "schedulingStrategy": "REPLICA",
            "deploymentController": { "type": "ECS" },
            "deploymentConfiguration": { "deploymentCircuitBreaker": { "enable": true, "rollback": true }, "maximumPercent": 200, "minimumHealthyPercent": 100 }
          }
        ]
      }
    `,
    // CloudFormation: "true" strings; unknown values; a CODE_DEPLOY controller; a daemon service
    yaml`
      Resources:
        Service:
          Type: AWS::ECS::Service
          Properties:
            DeploymentConfiguration:
              DeploymentCircuitBreaker:
                Enable: "true"
                Rollback: "true"
        Other:
          Type: AWS::ECS::Service
          Properties:
            DeploymentConfiguration:
              DeploymentCircuitBreaker:
                Enable: !Ref CircuitBreaker
                Rollback: !If [Rollback, true, false]
        Third:
          Type: AWS::ECS::Service
          Properties:
            DeploymentConfiguration: !If [Prod, { DeploymentCircuitBreaker: { Enable: true, Rollback: true } }, !Ref AWS::NoValue]
        BlueGreen:
          Type: AWS::ECS::Service
          Properties:
            DeploymentController: { Type: CODE_DEPLOY }
        Daemon:
          Type: AWS::ECS::Service
          Properties:
            SchedulingStrategy: DAEMON
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "serviceName": "web",
          "taskDefinition": "web",
          "desiredCount": 2
        }
      `,
      errors: [
        {
          messageId: "missing",
          data: { subject: 'Service "web"', key: "deploymentCircuitBreaker", enable: "enable", rollback: "rollback" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: "addCircuitBreaker",
              data: { key: "deploymentCircuitBreaker", enable: "enable", rollback: "rollback" },
              output: `{
  "serviceName": "web",
  "taskDefinition": "web",
  "desiredCount": 2,
  "deploymentConfiguration": {"deploymentCircuitBreaker":{"enable":true,"rollback":true}}
}
`,
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        serviceName: web
        desiredCount: 2
        deploymentConfiguration:
          maximumPercent: 200
          minimumHealthyPercent: 100
      `,
      errors: [
        {
          messageId: "missing",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: "addCircuitBreaker",
              output:
                "serviceName: web\ndesiredCount: 2\ndeploymentConfiguration:\n  maximumPercent: 200\n  minimumHealthyPercent: 100\n  deploymentCircuitBreaker: {enable: true, rollback: true}\n",
            },
          ],
        },
      ],
    },
    {
      // An explicit ROLLING strategy, and deployment alarms with rollback: still no breaker.
      ...yaml`
        serviceName: web
        desiredCount: 2
        deploymentConfiguration:
          strategy: ROLLING
          alarms:
            alarmNames: [web-5xx]
            enable: true
            rollback: true
      `,
      errors: [
        {
          messageId: "missingWithAlarms",
          data: { subject: 'Service "web"', key: "deploymentCircuitBreaker", enable: "enable", rollback: "rollback" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: "addCircuitBreaker",
              output:
                "serviceName: web\ndesiredCount: 2\ndeploymentConfiguration:\n  strategy: ROLLING\n  alarms:\n    alarmNames: [web-5xx]\n    enable: true\n    rollback: true\n  deploymentCircuitBreaker: {enable: true, rollback: true}\n",
            },
          ],
        },
      ],
    },
    {
      // A breaker written as null is missing: the suggestion replaces it (a second key would be refused by YAML).
      ...yaml`
        serviceName: web
        desiredCount: 2
        deploymentConfiguration:
          deploymentCircuitBreaker: null
          maximumPercent: 200
      `,
      errors: [
        {
          messageId: "missing",
          data: { subject: 'Service "web"', key: "deploymentCircuitBreaker", enable: "enable", rollback: "rollback" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: "addCircuitBreaker",
              output: "serviceName: web\ndesiredCount: 2\ndeploymentConfiguration:\n  deploymentCircuitBreaker: {enable: true, rollback: true}\n  maximumPercent: 200\n",
            },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "serviceName": "web",
          "desiredCount": 2,
          "deploymentConfiguration": {
            "deploymentCircuitBreaker": { "enable": false, "rollback": false }
          }
        }
      `,
      errors: [
        {
          messageId: "disabled",
          data: { subject: 'Service "web"', enable: "enable", rollback: "rollback" },
          line: 5,
          column: 45,
          endLine: 5,
          endColumn: 50,
          suggestions: [
            {
              messageId: "turnOn",
              data: { enable: "enable", rollback: "rollback" },
              output: `{
  "serviceName": "web",
  "desiredCount": 2,
  "deploymentConfiguration": {
    "deploymentCircuitBreaker": { "enable": true, "rollback": true }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        serviceName: web
        desiredCount: 2
        deploymentConfiguration:
          deploymentCircuitBreaker:
            enable: true
            rollback: false
      `,
      errors: [
        {
          messageId: "noRollback",
          data: { subject: 'Service "web"', enable: "enable", rollback: "rollback" },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            {
              messageId: "setRollback",
              output: "serviceName: web\ndesiredCount: 2\ndeploymentConfiguration:\n  deploymentCircuitBreaker:\n    enable: true\n    rollback: true\n",
            },
          ],
        },
      ],
    },
    {
      // update-service input that turns the breaker off.
      ...yaml`
        service: arn:aws:ecs:eu-west-1:123456789012:service/prod/web
        cluster: prod
        deploymentConfiguration:
          deploymentCircuitBreaker: { enable: false, rollback: true }
      `,
      errors: [
        {
          messageId: "disabled",
          data: { subject: 'Service "web"', enable: "enable", rollback: "rollback" },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 44,
          suggestions: [
            {
              messageId: "turnOn",
              output: "service: arn:aws:ecs:eu-west-1:123456789012:service/prod/web\ncluster: prod\ndeploymentConfiguration:\n  deploymentCircuitBreaker: { enable: true, rollback: true }\n",
            },
          ],
        },
      ],
    },
    {
      // describe-services output: one service without the breaker, reported without a suggestion.
      ...json`
        {
          "services": [
            {
              "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/prod/web",
              "serviceName": "web",
              "schedulingStrategy": "REPLICA",
              "deploymentController": { "type": "ECS" },
              "deploymentConfiguration": { "deploymentCircuitBreaker": { "enable": false, "rollback": false }, "maximumPercent": 200, "minimumHealthyPercent": 100 }
            },
            {
              "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/prod/api",
              "serviceName": "api",
              "schedulingStrategy": "REPLICA",
              "deploymentController": { "type": "CODE_DEPLOY" },
              "deploymentConfiguration": { "maximumPercent": 200, "minimumHealthyPercent": 100 }
            }
          ]
        }
      `,
      errors: [{ messageId: "disabled", data: { subject: 'Service "web"', enable: "enable", rollback: "rollback" }, line: 8, column: 76, endLine: 8, endColumn: 81, suggestions: null }],
    },
    {
      name: "CloudFormation: no DeploymentConfiguration, no breaker in it, a breaker turned off (\"false\"), one without rollback",
      ...yaml`
        Resources:
          Service:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref Cluster
              DesiredCount: 2
          Configured:
            Type: AWS::ECS::Service
            Properties:
              DeploymentConfiguration:
                MaximumPercent: "200"
                MinimumHealthyPercent: "50"
          Off:
            Type: AWS::ECS::Service
            Properties:
              DeploymentConfiguration:
                DeploymentCircuitBreaker:
                  Enable: "false"
                  Rollback: "false"
          NoRollback:
            Type: AWS::ECS::Service
            Properties:
              DeploymentConfiguration:
                DeploymentCircuitBreaker:
                  Enable: true
                  Rollback: false
      `,
      errors: [
        {
          messageId: "missing",
          data: { subject: 'Service "Service"', key: "DeploymentCircuitBreaker", enable: "Enable", rollback: "Rollback" },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 15,
          suggestions: [
            { messageId: "addCircuitBreaker", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: !Ref Cluster\n      DesiredCount: 2\n      DeploymentConfiguration: {DeploymentCircuitBreaker: {Enable: true, Rollback: true}}\n  Configured:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        MaximumPercent: \"200\"\n        MinimumHealthyPercent: \"50\"\n  Off:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: \"false\"\n          Rollback: \"false\"\n  NoRollback:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: true\n          Rollback: false\n" },
          ],
        },
        {
          messageId: "missing",
          data: { subject: 'Service "Configured"', key: "DeploymentCircuitBreaker", enable: "Enable", rollback: "Rollback" },
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 30,
          suggestions: [
            { messageId: "addCircuitBreaker", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: !Ref Cluster\n      DesiredCount: 2\n  Configured:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        MaximumPercent: \"200\"\n        MinimumHealthyPercent: \"50\"\n        DeploymentCircuitBreaker: {Enable: true, Rollback: true}\n  Off:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: \"false\"\n          Rollback: \"false\"\n  NoRollback:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: true\n          Rollback: false\n" },
          ],
        },
        {
          messageId: "disabled",
          data: { subject: 'Service "Off"', enable: "Enable", rollback: "Rollback" },
          line: 18,
          column: 19,
          endLine: 18,
          endColumn: 26,
          suggestions: [
            { messageId: "turnOn", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: !Ref Cluster\n      DesiredCount: 2\n  Configured:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        MaximumPercent: \"200\"\n        MinimumHealthyPercent: \"50\"\n  Off:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: true\n          Rollback: true\n  NoRollback:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: true\n          Rollback: false\n" },
          ],
        },
        {
          messageId: "noRollback",
          line: 26,
          column: 21,
          endLine: 26,
          endColumn: 26,
          suggestions: [
            { messageId: "setRollback", output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: !Ref Cluster\n      DesiredCount: 2\n  Configured:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        MaximumPercent: \"200\"\n        MinimumHealthyPercent: \"50\"\n  Off:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: \"false\"\n          Rollback: \"false\"\n  NoRollback:\n    Type: AWS::ECS::Service\n    Properties:\n      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: true\n          Rollback: true\n" },
          ],
        },
      ],
    },

    {
      name: "CloudFormation JSON: the suggestion adds DeploymentCircuitBreaker with Enable and Rollback",
      ...json`
        {
          "Resources": {
            "Service": {
              "Type": "AWS::ECS::Service",
              "Properties": {
                "DeploymentConfiguration": { "MaximumPercent": 200 }
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "missing",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 34,
          suggestions: [
            { messageId: "addCircuitBreaker", output: "{\n  \"Resources\": {\n    \"Service\": {\n      \"Type\": \"AWS::ECS::Service\",\n      \"Properties\": {\n        \"DeploymentConfiguration\": { \"MaximumPercent\": 200, \"DeploymentCircuitBreaker\": {\"Enable\":true,\"Rollback\":true} }\n      }\n    }\n  }\n}\n" },
          ],
        },
      ],
    },
  ],
});
