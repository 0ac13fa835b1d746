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
          data: { subject: 'Service "web"', key: "deploymentCircuitBreaker" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: "addCircuitBreaker",
              data: { key: "deploymentCircuitBreaker" },
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
          data: { subject: 'Service "web"', key: "deploymentCircuitBreaker" },
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
  ],
});
