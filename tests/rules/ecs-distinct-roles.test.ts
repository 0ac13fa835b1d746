import rule from "../../src/rules/ecs-distinct-roles.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const sameRole = { taskKey: "taskRoleArn", executionKey: "executionRoleArn" };

runRule("ecs-distinct-roles", rule, {
  valid: [
    json`
      {
        "family": "web",
        "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
        "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "containerDefinitions": []
      }
    `,
    yaml`
      family: web
      taskRoleArn: web-task
      executionRoleArn: ecsTaskExecutionRole
      containerDefinitions: []
    `,
    // Only one of the two.
    yaml`
      family: web
      executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
      containerDefinitions: []
    `,
    // Different templated texts, tags and merge keys are not compared.
    json`
      {
        "family": "web",
        "taskRoleArn": "arn:aws:iam::\${ACCOUNT}:role/app",
        "executionRoleArn": "arn:aws:iam::\${ACCOUNT}:role/app-execution",
        "containerDefinitions": []
      }
    `,
    yaml`
      family: web
      taskRoleArn: !GetAtt Role.Arn
      executionRoleArn: !GetAtt Role.Arn
      containerDefinitions: []
    `,
    yaml`
      family: web
      <<: *roles
      executionRoleArn: arn:aws:iam::123456789012:role/app
      containerDefinitions: []
    `,
    // Same role name in two accounts: two roles.
    json`
      {
        "family": "web",
        "taskRoleArn": "arn:aws:iam::111122223333:role/app",
        "executionRoleArn": "arn:aws:iam::444455556666:role/app",
        "containerDefinitions": []
      }
    `,
    // A name and an ARN with a path: ECS completes a name without a path, so they differ.
    yaml`
      family: web
      taskRoleArn: app
      executionRoleArn: arn:aws:iam::123456789012:role/service/app
      containerDefinitions: []
    `,
    // Empty strings are valid-schema's business.
    json`{ "family": "web", "taskRoleArn": "", "executionRoleArn": "", "containerDefinitions": [] }`,
    // A bare container list has no roles.
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true }]`,
    // CloudFormation (AWS::ECS::TaskDefinition): two Ref/GetAtt written alike name one role; other intrinsics, and references to different things, are not compared.
    yaml`
      Resources:
        Different:
          Type: AWS::ECS::TaskDefinition
          Properties:
            TaskRoleArn: !GetAtt TaskRole.Arn
            ExecutionRoleArn: !GetAtt ExecutionRole.Arn
            ContainerDefinitions: []
        NestedStackOutputs:
          Type: AWS::ECS::TaskDefinition
          Properties:
            TaskRoleArn: !GetAtt Roles.Outputs.TaskRoleArn
            ExecutionRoleArn: !GetAtt Roles.Outputs.ExecutionRoleArn
            ContainerDefinitions: []
        Conditional:
          Type: AWS::ECS::TaskDefinition
          Properties:
            TaskRoleArn: !If [HasRole, !GetAtt Role.Arn, !Ref AWS::NoValue]
            ExecutionRoleArn: !If [HasRole, !GetAtt Role.Arn, !Ref AWS::NoValue]
            ContainerDefinitions: []
        Substituted:
          Type: AWS::ECS::TaskDefinition
          Properties:
            TaskRoleArn: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/\${Prefix}-task"
            ExecutionRoleArn: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/\${Prefix}-execution"
            ContainerDefinitions: []
    `,
  ],
  invalid: [
    {
      // The same templated text renders to the same role (RULES.md, Decisions).
      ...json`
        {
          "family": "web",
          "taskRoleArn": "arn:aws:iam::\${ACCOUNT}:role/app",
          "executionRoleArn": "arn:aws:iam::\${ACCOUNT}:role/app",
          "containerDefinitions": []
        }
      `,
      errors: [{ messageId: "sameRole", data: { taskKey: "taskRoleArn", executionKey: "executionRoleArn" }, line: 3, column: 18, endLine: 3, endColumn: 52 }],
    },
    {
      ...yaml`
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              TaskRoleArn: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/\${Prefix}-task"
              ExecutionRoleArn: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/\${Prefix}-task"
              ContainerDefinitions: []
      `,
      errors: [{ messageId: "sameRole", data: { taskKey: "TaskRoleArn", executionKey: "ExecutionRoleArn" }, line: 5, column: 20, endLine: 5, endColumn: 91 }],
    },
    {
      ...json`
        {
          "family": "web",
          "taskRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
          "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
          "containerDefinitions": []
        }
      `,
      errors: [{ messageId: "sameRole", data: sameRole, line: 3, column: 18, endLine: 3, endColumn: 71 }],
    },
    {
      ...yaml`
        family: web
        taskRoleArn: app-role
        executionRoleArn: app-role
        containerDefinitions: []
      `,
      errors: [{ messageId: "sameRole", data: sameRole, line: 2, column: 14, endLine: 2, endColumn: 22 }],
    },
    {
      // A role name and the ARN of the same role (ECS completes the name in the same account).
      ...yaml`
        family: web
        executionRoleArn: arn:aws:iam::123456789012:role/app-role
        taskRoleArn: "app-role"
        containerDefinitions: []
      `,
      errors: [{ messageId: "sameRole", data: sameRole, line: 3, column: 14, endLine: 3, endColumn: 24 }],
    },
    {
      // describe-task-definition output.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "taskRoleArn": "ecsTaskExecutionRole",
            "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
            "containerDefinitions": []
          }
        }
      `,
      errors: [{ messageId: "sameRole", data: sameRole, line: 4, column: 20, endLine: 4, endColumn: 42 }],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): two Ref/GetAtt written alike name one role; other intrinsics, and references to different things, are not compared.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              TaskRoleArn: !GetAtt TaskRole.Arn
              ExecutionRoleArn: !GetAtt TaskRole.Arn
              ContainerDefinitions: []
          ByParameter:
            Type: AWS::ECS::TaskDefinition
            Properties:
              TaskRoleArn: { Ref: RoleArn }
              ExecutionRoleArn: { Ref: "RoleArn" }
              ContainerDefinitions: []
          ByName:
            Type: AWS::ECS::TaskDefinition
            Properties:
              TaskRoleArn: web
              ExecutionRoleArn: arn:aws:iam::123456789012:role/web
              ContainerDefinitions: []
      `,
      errors: [
        { messageId: "sameRole", data: { taskKey: "TaskRoleArn", executionKey: "ExecutionRoleArn" }, line: 5, column: 20, endLine: 5, endColumn: 40 },
        { messageId: "sameRole", data: { taskKey: "TaskRoleArn", executionKey: "ExecutionRoleArn" }, line: 11, column: 20, endLine: 11, endColumn: 36 },
        { messageId: "sameRole", data: { taskKey: "TaskRoleArn", executionKey: "ExecutionRoleArn" }, line: 17, column: 20, endLine: 17, endColumn: 23 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "TaskRoleArn": { "Fn::GetAtt": ["TaskRole", "Arn"] },
                "ExecutionRoleArn": { "Fn::GetAtt": [ "TaskRole", "Arn" ] },
                "ContainerDefinitions": []
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "sameRole", data: { taskKey: "TaskRoleArn", executionKey: "ExecutionRoleArn" }, line: 6, column: 24, endLine: 6, endColumn: 61 },
      ],
    },
  ],
});
