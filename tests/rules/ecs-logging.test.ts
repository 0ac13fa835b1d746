import rule from "../../src/rules/ecs-logging.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

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
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration" }, line: 4, column: 7, endLine: 4, endColumn: 13 }],
    },
    {
      // null is absent.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "logConfiguration": null }]
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration" }, line: 3, column: 30, endLine: 3, endColumn: 36 }],
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
        { messageId: "missing", data: { container: '"web"', key: "logConfiguration" }, line: 3, column: 5, endLine: 3, endColumn: 9 },
        // No name: reported at the object's first character, labelled by position.
        { messageId: "missing", data: { container: "#2", key: "logConfiguration" }, line: 5, column: 5, endLine: 5, endColumn: 6 },
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
      errors: [{ messageId: "missing", data: { container: "#1", key: "logConfiguration" }, line: 3, column: 5, endLine: 3, endColumn: 9 }],
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
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration" }, line: 4, column: 32, endLine: 4, endColumn: 38 }],
    },
    {
      // A bare container list (Terraform container_definitions).
      ...json`
        [
          { "name": "web", "image": "nginx:1.27", "essential": true },
          { "name": "sidecar", "image": "sidecar:1.0", "essential": false, "logConfiguration": { "logDriver": "awslogs" } }
        ]
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "logConfiguration" }, line: 2, column: 5, endLine: 2, endColumn: 11 }],
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
        { messageId: "missing", data: { container: "#1", key: "LogConfiguration" }, line: 6, column: 11, endLine: 6, endColumn: 15 },
      ],
    },
  ],
});
