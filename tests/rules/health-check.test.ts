import rule from "../../src/rules/health-check.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("health-check", rule, {
  valid: [
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] } },
          { "name": "init", "image": "busybox:1.36", "essential": false }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          essential: true
          healthCheck:
            command: [CMD-SHELL, "curl -f http://localhost/ || exit 1"]
            interval: 30
    `,
    // Unknown values: a health check that cannot be read, an essential flag that cannot be read, a merge key.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "healthCheck": "\${HEALTH_CHECK}" },
          { "name": "side", "image": "side:1.0", "essential": "\${ESSENTIAL}" }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          healthCheck: !Ref HealthCheck
        - <<: *defaults
          name: side
          image: side:1.0
    `,
    json`[{ "name": "job", "image": "job:1", "essential": false, "logConfiguration": { "logDriver": "awslogs" } }]`,
    // CloudFormation: "false" is false; an intrinsic health check or essential flag is unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:1.0"
                HealthCheck: !If [HasCheck, { Command: [CMD-SHELL, "curl -f http://localhost/ || exit 1"] }, !Ref AWS::NoValue]
              - Name: init
                Image: busybox:1.36
                Essential: "false"
              - Name: side
                Image: side:1.0
                Essential: !Ref SideEssential
    `,
    json`
      {
        "Resources": {
          "TaskDefinition": {
            "Type": "AWS::ECS::TaskDefinition",
            "Properties": {
              "ContainerDefinitions": [
                { "Name": "web", "Image": "nginx:1.27", "HealthCheck": { "Command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "Interval": "30" } },
                { "Name": "init", "Image": "busybox:1.36", "Essential": { "Fn::If": ["IsProd", true, false] } }
              ]
            }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      // An omitted essential means true; null is absent.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27" },
            { "name": "api", "image": "api:1.0", "essential": true, "healthCheck": null },
            { "name": "init", "image": "busybox:1.36", "essential": false }
          ]
        }
      `,
      errors: [
        { messageId: "missing", data: { container: '"web"', key: "healthCheck" }, line: 4, column: 7, endLine: 4, endColumn: 13 },
        { messageId: "missing", data: { container: '"api"', key: "healthCheck" }, line: 5, column: 7, endLine: 5, endColumn: 13 },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
          - image: sidecar:1.0
            essential: true
      `,
      errors: [
        { messageId: "missing", data: { container: '"web"', key: "healthCheck" }, line: 3, column: 5, endLine: 3, endColumn: 9 },
        { messageId: "missing", data: { container: "#2", key: "healthCheck" }, line: 5, column: 5, endLine: 5, endColumn: 6 },
      ],
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
      errors: [{ messageId: "missing", data: { container: '"web"', key: "healthCheck" }, line: 4, column: 32, endLine: 4, endColumn: 38 }],
    },
    {
      // A bare container list.
      ...yaml`
        - name: web
          image: nginx:1.27
          essential: true
          portMappings:
            - containerPort: 80
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "healthCheck" }, line: 1, column: 3, endLine: 1, endColumn: 7 }],
    },
    {
      // CloudFormation: "true" is true (CloudFormation converts it); messages spell HealthCheck.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: httpd:2.4
                  Essential: "true"
                - Name: !Ref SidecarName
                  Image: sidecar:1.0
      `,
      errors: [
        { messageId: "missing", data: { container: '"web"', key: "HealthCheck" }, line: 6, column: 11, endLine: 6, endColumn: 15 },
        { messageId: "missing", data: { container: "#2", key: "HealthCheck" }, line: 9, column: 11, endLine: 9, endColumn: 15 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "Essential": "true" }]
              }
            }
          }
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "HealthCheck" }, line: 6, column: 36, endLine: 6, endColumn: 42 }],
    },
  ],
});
