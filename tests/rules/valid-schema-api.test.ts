/**
 * valid-schema on the API documents beyond task definitions: services, run-task
 * input, clusters, capacity providers, Application Auto Scaling, Scheduler,
 * EventBridge targets, ECR repositories and lifecycle policies — including a
 * lifecycle policy held in a JSON string, reported inside the string.
 */
import rule from "../../src/rules/valid-schema.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const reportDescribeOutput = [{ allowDescribeOutput: false }];

runRule("valid-schema", rule, {
  valid: [
    // "Up to 36 characters" includes none: the API accepts an empty client token (issue 17).
    json`{ "serviceName": "web", "taskDefinition": "web:3", "clientToken": "" }`,
    yaml`
      cluster: prod
      taskDefinition: report:4
      clientToken: ""
    `,
    // An ecspresso service definition: no serviceName (the tool supplies it), describe-output members kept.
    json`
      {
        "schedulingStrategy": "DAEMON",
        "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/prod/web",
        "runningCount": 2
      }
    `,
    yaml`
      service: web
      cluster: prod
      desiredCount: 3
      forceNewDeployment: true
    `,
    // Describe outputs are AWS's own: not judged.
    json`{ "services": [{ "serviceName": "web", "madeUpByAws": true }] }`,
    yaml`
      PolicyName: cpu
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: TargetTrackingScaling
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 72.5
        PredefinedMetricSpecification:
          PredefinedMetricType: ECSServiceAverageCPUUtilization
    `,
    json`{ "containerOverrides": [{ "name": "app", "command": ["run"] }], "cpu": "512" }`,
    // CloudFormation resources are cfn-lint's: only their lifecycle policy JSON is judged.
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            RepositoryName: Web
            ImageTagMutability: immutable
    `,
    // CloudFormation's ECS resources too (CloudFormation takes "2" for 2; cfn-lint checks its shapes).
    yaml`
      Resources:
        Service:
          Type: AWS::ECS::Service
          Properties:
            DesiredCount: "2"
            LaunchType: FARGATE
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - { Name: web, Image: "nginx:1.27", PortMappings: [{ ContainerPort: "80" }] }
    `,
    // Unknown values stay silent.
    json`{ "serviceName": "web", "launchType": "\${LAUNCH_TYPE}", "desiredCount": "{{ .count }}" }`,
    json`{ "repositoryName": "web", "lifecyclePolicyText": "\${POLICY}" }`,
  ],
  invalid: [
    {
      // An empty value that a pattern refuses is called empty, not "up to 128 … not \"\"".
      ...yaml`
        cluster: prod
        taskDefinition: report:4
        startedBy: ""
      `,
      errors: [{ messageId: "empty", data: { subject: "RunTaskRequest member startedBy" }, line: 3, column: 12, endLine: 3, endColumn: 14 }],
    },
    {
      ...json`
        {
          "serviceName": "web",
          "launchType": "fargate",
          "desiredcount": 2,
          "networkConfiguration": { "awsvpcConfiguration": { "subnets": [], "assignPublicIp": "YES" } }
        }
      `,
      errors: [
        { messageId: "enumCase", line: 3, column: 17, endLine: 3, endColumn: 26 },
        { messageId: "memberCase", line: 4, column: 3, endLine: 4, endColumn: 17 },
        { messageId: "enumValue", line: 5, column: 87, endLine: 5, endColumn: 92 },
      ],
      output: `{
  "serviceName": "web",
  "launchType": "FARGATE",
  "desiredCount": 2,
  "networkConfiguration": { "awsvpcConfiguration": { "subnets": [], "assignPublicIp": "YES" } }
}
`,
    },
    {
      ...json`
        {
          "schedulingStrategy": "DAEMON",
          "runningCount": 2
        }
      `,
      options: reportDescribeOutput,
      errors: [
        {
          messageId: "describeOnly",
          data: { key: "runningCount", output: "describe-services", input: "create-service" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 17,
          suggestions: [{ messageId: "remove", output: `{\n  "schedulingStrategy": "DAEMON"\n}\n` }],
        },
      ],
    },
    {
      ...yaml`
        cluster: default
        taskDefinition: job:4
        count: 11
      `,
      errors: [{ messageId: "outOfRange", data: { subject: "RunTaskRequest member count", range: "between 1 and 10", value: 11 }, line: 3, column: 8, endLine: 3, endColumn: 10 }],
    },
    {
      ...yaml`
        name: asg
        autoScalingGroupProvider:
          autoScalingGroupArn: my-asg
          managedScaling:
            status: ENABLED
            targetCapacity: 0
      `,
      errors: [{ messageId: "outOfRange", line: 6, column: 21, endLine: 6, endColumn: 22 }],
    },
    {
      ...json`
        {
          "ServiceNamespace": "ecs",
          "ResourceId": "service/prod/web",
          "ScalableDimension": "ecs:service:DesiredCount",
          "MinCapacity": "1",
          "MaxCapacity": 4
        }
      `,
      errors: [{ messageId: "wrongType", line: 5, column: 18, endLine: 5, endColumn: 21 }],
      output: `{
  "ServiceNamespace": "ecs",
  "ResourceId": "service/prod/web",
  "ScalableDimension": "ecs:service:DesiredCount",
  "MinCapacity": 1,
  "MaxCapacity": 4
}
`,
    },
    {
      ...yaml`
        Name: nightly
        ScheduleExpression: cron(0 3 * * ? *)
        Target:
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
          RoleArn: arn:aws:iam::123456789012:role/run
          EcsParameters:
            TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/report:4
            TaskCount: 11
      `,
      errors: [
        { messageId: "missingMember", data: { shape: "CreateScheduleInput", key: "FlexibleTimeWindow" }, line: 1, column: 1, endLine: 1, endColumn: 5 },
        { messageId: "outOfRange", line: 8, column: 16, endLine: 8, endColumn: 18 },
      ],
    },
    {
      ...json`
        [
          { "Id": "report", "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "EcsParameters": { "TaskDefinitionArn": "x", "Launchtype": "FARGATE" } }
        ]
      `,
      errors: [{ messageId: "memberCase", line: 2, column: 124, endLine: 2, endColumn: 136 }],
      output: `[
  { "Id": "report", "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "EcsParameters": { "TaskDefinitionArn": "x", "LaunchType": "FARGATE" } }
]
`,
    },
    {
      ...json`
        {
          "repositoryName": "Web",
          "imageTagMutability": "immutable",
          "imageScanningConfiguration": { "scanOnPush": "true" }
        }
      `,
      errors: [
        { messageId: "patternMismatch", line: 2, column: 21, endLine: 2, endColumn: 26 },
        { messageId: "enumCase", line: 3, column: 25, endLine: 3, endColumn: 36 },
        { messageId: "wrongType", line: 4, column: 49, endLine: 4, endColumn: 55 },
      ],
      output: `{
  "repositoryName": "Web",
  "imageTagMutability": "IMMUTABLE",
  "imageScanningConfiguration": { "scanOnPush": true }
}
`,
    },
    {
      name: "a lifecycle policy held in a JSON string is reported inside the string, without a fix",
      ...json`
        {
          "repositoryName": "web",
          "lifecyclePolicyText": "{\\"rules\\": [{\\"rulePriority\\": 1, \\"selection\\": {\\"tagStatus\\": \\"untagged\\", \\"countType\\": \\"sinceImagePushd\\", \\"countUnit\\": \\"days\\", \\"countNumber\\": 14}, \\"action\\": {\\"type\\": \\"expire\\"}}]}"
        }
      `,
      errors: [{ messageId: "enumValue", data: { subject: "LifecyclePolicySelection member countType", allowed: 'one of "imageCountMoreThan", "sinceImagePulled", "sinceImagePushed", "sinceImageTransitioned"', value: "sinceImagePushd" }, line: 3, column: 122, endLine: 3, endColumn: 141 }],
    },
    {
      name: "an unknown key inside a lifecycle policy string gets no rename or removal (the text would need escaping)",
      ...json`
        {
          "repositoryName": "web",
          "lifecyclePolicyText": "{\\"rules\\": [{\\"rulePriority\\": 1, \\"selecton\\": {\\"tagStatus\\": \\"untagged\\", \\"countType\\": \\"sinceImagePushed\\", \\"countUnit\\": \\"days\\", \\"countNumber\\": 14}, \\"action\\": {\\"type\\": \\"expire\\"}}]}"
        }
      `,
      errors: [{ messageId: "unknownMemberNear", data: { shape: "LifecyclePolicyRule", key: "selecton", name: "selection" }, line: 3, column: 62, endLine: 3, endColumn: 74, suggestions: null }],
    },
    {
      name: "a lifecycle policy string that is not JSON",
      ...json`
        {
          "repositoryName": "web",
          "lifecyclePolicyText": "{\\"rules\\": [{\\"rulePriority\\": 1, \\"selection\\": {\\"tagStatus\\": \\"untagged\\" \\"countType\\": \\"imageCountMoreThan\\", \\"countNumber\\": 14}, \\"action\\": {\\"type\\": \\"expire\\"}}]}"
        }
      `,
      errors: [{ messageId: "invalidJson", line: 3, column: 106, endLine: 3, endColumn: 108 }],
    },
    {
      name: "a lifecycle policy shorter than the API's 100 characters",
      ...json`
        { "repositoryName": "web", "lifecyclePolicyText": "{\\"rules\\": []}" }
      `,
      errors: [{ messageId: "tooShort", data: { subject: "PutLifecyclePolicyRequest member lifecyclePolicyText", min: 100, length: 13 }, line: 1, column: 51, endLine: 1, endColumn: 68 }],
    },
    {
      name: "a CloudFormation lifecycle policy in a YAML block scalar",
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              LifecyclePolicy:
                LifecyclePolicyText: |
                  {
                    "rules": [
                      {
                        "rulePriority": 1,
                        "selection": { "tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "day", "countNumber": 14 },
                        "action": { "type": "expire" }
                      }
                    ]
                  }
      `,
      errors: [{ messageId: "enumValue", line: 11, column: 103, endLine: 11, endColumn: 108 }],
    },
  ],
});
