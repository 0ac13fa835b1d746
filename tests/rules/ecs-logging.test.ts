import rule from "../../src/rules/ecs-logging.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** Where the output goes, by launch type (the message says which it knows). */
const EC2 = "stays on the container instance";
const FARGATE = "is not collected at all";
const EITHER = "stays on the container instance (EC2) or is not collected at all (Fargate)";

runRule("ecs-logging", rule, {
  valid: [
    json`
      {
        "family": "web",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1" } }
          },
          { "name": "app", "image": "app:1.0", "logConfiguration": { "logDriver": "awsfirelens" } }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          logConfiguration:
            logDriver: awslogs
            options:
              awslogs-group: /ecs/web
              awslogs-region: eu-west-1
    `,
    // Unknown values are not missing.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "logConfiguration": "\${LOGGING}" }] }`,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          logConfiguration: !Ref Logging
    `,
    // A YAML merge key may supply it.
    yaml`
      family: web
      containerDefinitions:
        - <<: *defaults
          name: web
          image: nginx:1.27
    `,
    yaml`
      x-logging: &logging
        logConfiguration:
          logDriver: awslogs
      family: web
      containerDefinitions:
        - <<: *logging
          name: web
          image: nginx:1.27
    `,
    // A merge key counts as "may supply any key", even when its mapping resolves without it.
    yaml`
      x-base: &base
        image: nginx:1.27
      family: web
      containerDefinitions:
        - <<: *base
          name: web
    `,
    // Not a task definition.
    json`{ "name": "web", "logConfiguration": null }`,
    // CloudFormation (AWS::ECS::TaskDefinition): LogConfiguration in its spelling; one behind Fn::If counts as set.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: !Ref ServiceName
                Image: nginx:1.27
                LogConfiguration: !If [Logs, { LogDriver: awslogs }, !Ref AWS::NoValue]
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27" },
            { "name": "app", "image": "app:1.0", "logConfiguration": { "logDriver": "awslogs" } }
          ]
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration", where: EC2 }, line: 4, column: 7, endLine: 4, endColumn: 13 }],
    },
    {
      // null is absent.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "logConfiguration": null }]
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration", where: EC2 }, line: 3, column: 30, endLine: 3, endColumn: 36 }],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
          - image: sidecar:1.0
            logConfiguration: ~
      `,
      errors: [
        { messageId: "missing", data: { container: '"web"', key: "logConfiguration", where: EC2 }, line: 3, column: 5, endLine: 3, endColumn: 9 },
        // No name: reported at the object's first character, labelled by position.
        { messageId: "missing", data: { container: "#2", key: "logConfiguration", where: EC2 }, line: 5, column: 5, endLine: 5, endColumn: 6 },
      ],
    },
    {
      // A templated name is labelled by position.
      ...yaml`
        family: web
        containerDefinitions:
          - name: \${NAME}-web
            image: nginx:1.27
      `,
      errors: [{ messageId: "missing", data: { container: "#1", key: "logConfiguration", where: EC2 }, line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
    {
      // describe-task-definition output.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
          }
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration", where: EC2 }, line: 4, column: 32, endLine: 4, endColumn: 38 }],
    },
    {
      // A bare container list (Terraform container_definitions).
      ...json`
        [
          { "name": "web", "image": "nginx:1.27", "essential": true },
          { "name": "sidecar", "image": "sidecar:1.0", "essential": false, "logConfiguration": { "logDriver": "awslogs" } }
        ]
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration", where: EITHER }, line: 2, column: 5, endLine: 2, endColumn: 11 }],
    },
    {
      // Fargate only: the message says the output is lost, not that it stays on an instance.
      ...json`
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration", where: FARGATE }, line: 4, column: 30, endLine: 4, endColumn: 36 }],
    },
    {
      ...yaml`
        family: web
        requiresCompatibilities: [EC2, FARGATE]
        containerDefinitions:
          - name: web
            image: nginx:1.27
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration", where: EITHER }, line: 4, column: 5, endLine: 4, endColumn: 9 }],
    },
    {
      // A FireLens log router is not offered to itself (audit 17, D5): its own errors need awslogs.
      ...json`
        {
          "family": "firelens-example-newrelic",
          "requiresCompatibilities": ["FARGATE"],
          "containerDefinitions": [
            {
              "name": "log_router",
              "image": "amazon/aws-for-fluent-bit:2.32.0",
              "essential": true,
              "firelensConfiguration": { "type": "fluentbit", "options": { "enable-ecs-log-metadata": "true" } }
            },
            { "name": "app", "image": "httpd:2.4", "logConfiguration": { "logDriver": "awsfirelens" } }
          ]
        }
      `,
      errors: [
        {
          messageId: "missingLogRouter",
          data: { container: '"log_router"', key: "logConfiguration", where: "are not collected at all" },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 13,
        },
      ],
    },
    {
      ...yaml`
        family: firelens-example
        containerDefinitions:
          - name: log_router
            image: amazon/aws-for-fluent-bit:2.32.0
            firelensConfiguration:
              type: fluentbit
          - name: app
            image: httpd:2.4
            logConfiguration:
              logDriver: awsfirelens
      `,
      errors: [{ messageId: "missingLogRouter", data: { container: '"log_router"', key: "logConfiguration", where: "stay on the container instance" }, line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: log-router
                  Image: amazon/aws-for-fluent-bit:stable
                  FirelensConfiguration:
                    Type: fluentbit
      `,
      errors: [{ messageId: "missingLogRouter", data: { container: '"log-router"', key: "LogConfiguration", where: "stay on the container instance" }, line: 6, column: 11, endLine: 6, endColumn: 15 }],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): LogConfiguration in its spelling; one behind Fn::If counts as set.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: !Ref ServiceName
                  Image: nginx:1.27
                - Name: sidecar
                  Image: envoy:1
                  LogConfiguration: !If [Logs, { LogDriver: awslogs }, !Ref AWS::NoValue]
      `,
      errors: [
        { messageId: "missing", data: { container: "#1", key: "LogConfiguration", where: EC2 }, line: 6, column: 11, endLine: 6, endColumn: 15 },
      ],
    },
  ],
});
