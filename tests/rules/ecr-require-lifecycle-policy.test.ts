import rule from "../../src/rules/ecr-require-lifecycle-policy.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecr-require-lifecycle-policy", rule, {
  valid: [
    json`
      {
        "Resources": {
          "Repo": {
            "Type": "AWS::ECR::Repository",
            "Properties": {
              "LifecyclePolicy": {
                "LifecyclePolicyText": "{\\"rules\\": [{\\"rulePriority\\": 1, \\"selection\\": {\\"tagStatus\\": \\"untagged\\", \\"countType\\": \\"sinceImagePushed\\", \\"countUnit\\": \\"days\\", \\"countNumber\\": 14}, \\"action\\": {\\"type\\": \\"expire\\"}}]}"
              }
            }
          }
        }
      }
    `,
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            RepositoryName: web
            LifecyclePolicy:
              LifecyclePolicyText: |
                {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 50}, "action": {"type": "expire"}}]}
    `,
    // Unknown values.
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            LifecyclePolicy:
              LifecyclePolicyText: !Ref LifecyclePolicyText
        Other:
          Type: AWS::ECR::Repository
          Properties:
            LifecyclePolicy: !If [IsProd, {LifecyclePolicyText: "{}"}, !Ref AWS::NoValue]
        Merged:
          Type: AWS::ECR::Repository
          Properties:
            <<: *repositoryDefaults
    `,
    // CreateRepository input has no lifecycle policy member; describe output does not show one.
    json`{ "repositoryName": "web", "imageTagMutability": "IMMUTABLE" }`,
    json`
      {
        "repositories": [
          { "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web", "repositoryName": "web" }
        ]
      }
    `,
    // Other resource types.
    yaml`
      Resources:
        Cluster:
          Type: AWS::ECS::Cluster
          Properties:
            ClusterName: prod
    `,
  ],
  invalid: [
    {
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: web
              ImageTagMutability: IMMUTABLE
      `,
      errors: [{ messageId: "missing", data: { repository: 'Repository "web"', key: "LifecyclePolicy" }, line: 4, column: 5, endLine: 4, endColumn: 15 }],
    },
    {
      ...json`
        {
          "Resources": {
            "Repo": {
              "Type": "AWS::ECR::Repository",
              "Properties": { "ImageTagMutability": "IMMUTABLE" }
            },
            "Cache": {
              "Type": "AWS::ECR::Repository",
              "Properties": { "LifecyclePolicy": null }
            }
          }
        }
      `,
      errors: [
        { messageId: "missing", data: { repository: 'Repository "Repo"', key: "LifecyclePolicy" }, line: 5, column: 7, endLine: 5, endColumn: 19 },
        { messageId: "missing", data: { repository: 'Repository "Cache"', key: "LifecyclePolicy" }, line: 9, column: 7, endLine: 9, endColumn: 19 },
      ],
    },
    {
      // A LifecyclePolicy without its text sets no rules.
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              LifecyclePolicy:
                RegistryId: "123456789012"
      `,
      errors: [
        {
          messageId: "missingText",
          data: { repository: 'Repository "Repo"', key: "LifecyclePolicy", text: "LifecyclePolicyText" },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 22,
        },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "Repo": {
              "Type": "AWS::ECR::Repository",
              "Properties": { "RepositoryName": "web", "LifecyclePolicy": {} }
            }
          }
        }
      `,
      errors: [{ messageId: "missingText", line: 5, column: 48, endLine: 5, endColumn: 65 }],
    },
    {
      // A resource without Properties gets every default; reported at its logical ID, with nothing to edit.
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
      `,
      errors: [{ messageId: "missing", data: { repository: 'Repository "Repo"', key: "LifecyclePolicy" }, line: 2, column: 3, endLine: 2, endColumn: 7 }],
    },
  ],
});
