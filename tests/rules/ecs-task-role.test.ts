import rule from "../../src/rules/ecs-task-role.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** How the message tells to block instance metadata, by network mode (the knowledge center article in the rule). */
const bridge = "drop traffic to 169.254.169.254 in the DOCKER-USER iptables chain of the instances (or require IMDSv2 with a hop limit of 1)";
const awsvpc = "set ECS_AWSVPC_BLOCK_IMDS=true in the agent configuration of the instances";
const anyMode =
  "block instance metadata on the instances (ECS_AWSVPC_BLOCK_IMDS=true for awsvpc tasks; for bridge tasks an iptables DOCKER-USER rule dropping 169.254.169.254, or IMDSv2 required with a hop limit of 1)";

runRule("ecs-task-role", rule, {
  valid: [
    json`
      {
        "family": "web",
        "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
        "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
      }
    `,
    yaml`
      family: web
      taskRoleArn: arn:aws:iam::123456789012:role/web-task
      containerDefinitions:
        - name: web
          image: nginx:1.27
    `,
    // Unknown values are not missing.
    json`{ "family": "web", "taskRoleArn": "\${TASK_ROLE_ARN}", "containerDefinitions": [] }`,
    yaml`
      family: web
      taskRoleArn: !Ref TaskRole
      containerDefinitions: []
    `,
    // A YAML merge key may supply it.
    yaml`
      base: &base
        taskRoleArn: arn:aws:iam::123456789012:role/web-task
      task:
        <<: *base
    `,
    yaml`
      taskDefinition:
        <<: *unresolved
        family: web
        containerDefinitions: []
    `,
    // A bare container list has no task level: nothing to say.
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true }]`,
    // Not a task definition.
    json`{ "name": "my-package", "version": "1.0.0" }`,
    // CloudFormation: a role from an intrinsic (a Ref, GetAtt, or an If that may leave it out) is unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            TaskRoleArn: !GetAtt TaskRole.Arn
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
        OptionalRole:
          Type: AWS::ECS::TaskDefinition
          Properties:
            TaskRoleArn: !If [HasRole, !Ref Role, !Ref AWS::NoValue]
            ContainerDefinitions: []
    `,
    json`
      {
        "Resources": {
          "TaskDefinition": {
            "Type": "AWS::ECS::TaskDefinition",
            "Properties": { "TaskRoleArn": { "Fn::Sub": "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/web" }, "ContainerDefinitions": [] }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
        }
      `,
      // EC2 without a network mode: a bridge task, for which the hop limit alone is not the remedy (audit 17, D1).
      errors: [{ messageId: "missingOnEc2", data: { key: "taskRoleArn", block: bridge }, line: 2, column: 3, endLine: 2, endColumn: 11 }],
    },
    {
      ...yaml`
        family: web
        networkMode: awsvpc
        requiresCompatibilities: [EC2]
        containerDefinitions: []
      `,
      errors: [{ messageId: "missingOnEc2", data: { key: "taskRoleArn", block: awsvpc }, line: 1, column: 1, endLine: 1, endColumn: 7 }],
    },
    {
      // A network mode that cannot be read: both remedies.
      ...json`{ "family": "web", "networkMode": "\${MODE}", "containerDefinitions": [] }`,
      errors: [{ messageId: "missingOnEc2", data: { key: "taskRoleArn", block: anyMode }, line: 1, column: 3, endLine: 1, endColumn: 11 }],
    },
    {
      ...json`
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "taskRoleArn": null,
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
        }
      `,
      errors: [{ messageId: "missingOnFargate", line: 2, column: 3, endLine: 2, endColumn: 11 }],
    },
    {
      ...yaml`
        family: web
        requiresCompatibilities: [FARGATE]
        containerDefinitions:
          - name: web
            image: nginx:1.27
      `,
      errors: [{ messageId: "missingOnFargate", line: 1, column: 1, endLine: 1, endColumn: 7 }],
    },
    {
      ...yaml`
        family: web
        requiresCompatibilities: [FARGATE, EC2]
        containerDefinitions: []
      `,
      // Both launch types: the message says what happens on each (RULES.md, Decisions).
      errors: [{ messageId: "missingOnEc2AndFargate", data: { key: "taskRoleArn", block: bridge }, line: 1, column: 1, endLine: 1, endColumn: 7 }],
    },
    {
      ...json`{ "family": "web", "requiresCompatibilities": ["\${LAUNCH}"], "containerDefinitions": [] }`,
      errors: [{ messageId: "missing", line: 1, column: 3, endLine: 1, endColumn: 11 }],
    },
    {
      // describe-task-definition output: reported on the wrapper key.
      ...json`
        {
          "taskDefinition": {
            "containerDefinitions": []
          }
        }
      `,
      errors: [{ messageId: "missingOnEc2", line: 2, column: 3, endLine: 2, endColumn: 19 }],
    },
    {
      // No family and no wrapper: the object's first character.
      ...yaml`
        containerDefinitions: []
      `,
      errors: [{ messageId: "missingOnEc2", line: 1, column: 1, endLine: 1, endColumn: 2 }],
    },
    {
      // CloudFormation: reported at Properties, or at the logical ID of a resource without Properties (EC2 by default).
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Family: web
              RequiresCompatibilities: [FARGATE]
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
          Bare:
            Type: AWS::ECS::TaskDefinition
      `,
      errors: [
        { messageId: "missingOnFargate", data: { key: "TaskRoleArn" }, line: 4, column: 5, endLine: 4, endColumn: 15 },
        { messageId: "missingOnEc2", data: { key: "TaskRoleArn", block: bridge }, line: 10, column: 3, endLine: 10, endColumn: 7 },
      ],
    },
    {
      // CloudFormation on EC2 in awsvpc mode: the agent setting.
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": { "NetworkMode": "awsvpc", "RequiresCompatibilities": ["EC2"], "ContainerDefinitions": [] }
            }
          }
        }
      `,
      errors: [{ messageId: "missingOnEc2", data: { key: "TaskRoleArn", block: awsvpc }, line: 5, column: 7, endLine: 5, endColumn: 19 }],
    },
    {
      // Launch types from a parameter: unknown, so the general message.
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "RequiresCompatibilities": [{ "Ref": "LaunchType" }],
                "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27" }]
              }
            }
          }
        }
      `,
      errors: [{ messageId: "missing", data: { key: "TaskRoleArn" }, line: 5, column: 7, endLine: 5, endColumn: 19 }],
    },
  ],
});
