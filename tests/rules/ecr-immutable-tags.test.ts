import rule from "../../src/rules/ecr-immutable-tags.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const setImmutable = (key: string, output: string) => [{ messageId: "setImmutable", data: { key, value: "IMMUTABLE" }, output }];

runRule("ecr-immutable-tags", rule, {
  valid: [
    json`{ "repositoryName": "web", "imageTagMutability": "IMMUTABLE" }`,
    // The exclusion modes are deliberate choices.
    json`
      {
        "repositoryName": "web",
        "imageTagMutability": "IMMUTABLE_WITH_EXCLUSION",
        "imageTagMutabilityExclusionFilters": [{ "filterType": "WILDCARD", "filter": "latest" }]
      }
    `,
    yaml`
      repositoryName: web
      imageTagMutability: MUTABLE_WITH_EXCLUSION
      imageTagMutabilityExclusionFilters:
        - filterType: WILDCARD
          filter: "v*"
    `,
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            ImageTagMutability: IMMUTABLE
    `,
    // Unknown values.
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            ImageTagMutability: !Ref TagMutability
        Other:
          Type: AWS::ECR::Repository
          Properties:
            ImageTagMutability: !If [IsProd, IMMUTABLE, MUTABLE]
    `,
    json`{ "repositoryName": "web", "imageTagMutability": "\${TAG_MUTABILITY}" }`,
    yaml`
      repositoryName: web
      imageScanningConfiguration: {scanOnPush: true}
      <<: *defaults
    `,
    // Misspellings are valid-schema's.
    json`{ "repositoryName": "web", "imageTagMutability": "mutable" }`,
    json`
      {
        "repositories": [
          { "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web", "repositoryName": "web", "imageTagMutability": "IMMUTABLE" }
        ]
      }
    `,
    json`{ "repositoryName": "web" }`,
  ],
  invalid: [
    {
      ...json`
        {
          "repositoryName": "web",
          "imageTagMutability": "MUTABLE"
        }
      `,
      errors: [
        {
          messageId: "mutable",
          data: { repository: 'Repository "web"', key: "imageTagMutability", value: "MUTABLE" },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 34,
          suggestions: setImmutable(
            "imageTagMutability",
            `{
  "repositoryName": "web",
  "imageTagMutability": "IMMUTABLE"
}
`,
          ),
        },
      ],
    },
    {
      ...json`
        {
          "repositoryName": "web",
          "imageScanningConfiguration": { "scanOnPush": true }
        }
      `,
      errors: [
        {
          messageId: "missing",
          data: { repository: 'Repository "web"', key: "imageTagMutability", default: "MUTABLE" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 19,
          suggestions: setImmutable(
            "imageTagMutability",
            `{
  "repositoryName": "web",
  "imageScanningConfiguration": { "scanOnPush": true },
  "imageTagMutability": "IMMUTABLE"
}
`,
          ),
        },
      ],
    },
    {
      ...json`{ "repositoryName": "web", "imageTagMutability": null, "tags": [] }`,
      errors: [
        {
          messageId: "missing",
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 19,
          suggestions: setImmutable("imageTagMutability", `{ "repositoryName": "web", "imageTagMutability": "IMMUTABLE", "tags": [] }\n`),
        },
      ],
    },
    {
      ...yaml`
        repositoryName: web
        imageTagMutability: MUTABLE
      `,
      errors: [
        {
          messageId: "mutable",
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 28,
          suggestions: setImmutable("imageTagMutability", "repositoryName: web\nimageTagMutability: IMMUTABLE\n"),
        },
      ],
    },
    {
      // A quoted YAML string keeps its quotes.
      ...yaml`
        repositoryName: web
        imageTagMutability: "MUTABLE"
      `,
      errors: [
        {
          messageId: "mutable",
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 30,
          suggestions: setImmutable("imageTagMutability", 'repositoryName: web\nimageTagMutability: "IMMUTABLE"\n'),
        },
      ],
    },
    {
      ...yaml`
        repositoryName: web
        imageScanningConfiguration:
          scanOnPush: true
      `,
      errors: [
        {
          messageId: "missing",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          suggestions: setImmutable("imageTagMutability", "repositoryName: web\nimageScanningConfiguration:\n  scanOnPush: true\nimageTagMutability: IMMUTABLE\n"),
        },
      ],
    },
    {
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              ImageScanningConfiguration:
                ScanOnPush: true
          Named:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: web
              ImageTagMutability: MUTABLE
      `,
      errors: [
        {
          messageId: "missing",
          data: { repository: 'Repository "Repo"', key: "ImageTagMutability", default: "MUTABLE" },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 15,
          suggestions: setImmutable(
            "ImageTagMutability",
            `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      ImageScanningConfiguration:
        ScanOnPush: true
      ImageTagMutability: IMMUTABLE
  Named:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
      ImageTagMutability: MUTABLE
`,
          ),
        },
        {
          messageId: "mutable",
          data: { repository: 'Repository "web"', key: "ImageTagMutability", value: "MUTABLE" },
          line: 11,
          column: 27,
          endLine: 11,
          endColumn: 34,
          suggestions: setImmutable(
            "ImageTagMutability",
            `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      ImageScanningConfiguration:
        ScanOnPush: true
  Named:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
      ImageTagMutability: IMMUTABLE
`,
          ),
        },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "Repo": {
              "Type": "AWS::ECR::Repository",
              "Properties": { "ImageTagMutability": "MUTABLE" }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "mutable",
          data: { repository: 'Repository "Repo"', key: "ImageTagMutability", value: "MUTABLE" },
          line: 5,
          column: 45,
          endLine: 5,
          endColumn: 54,
          suggestions: setImmutable(
            "ImageTagMutability",
            `{
  "Resources": {
    "Repo": {
      "Type": "AWS::ECR::Repository",
      "Properties": { "ImageTagMutability": "IMMUTABLE" }
    }
  }
}
`,
          ),
        },
      ],
    },
    {
      // describe-repositories output: reported without a suggestion.
      ...json`
        {
          "repositories": [
            {
              "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web",
              "repositoryName": "web",
              "imageTagMutability": "MUTABLE"
            },
            {
              "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/api",
              "repositoryName": "api",
              "imageTagMutability": "IMMUTABLE_WITH_EXCLUSION"
            },
            {
              "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/old",
              "repositoryName": "old"
            }
          ]
        }
      `,
      errors: [
        { messageId: "describedMutable", data: { repository: 'Repository "web"', key: "imageTagMutability", value: "MUTABLE" }, line: 6, column: 29, endLine: 6, endColumn: 38 },
        { messageId: "describedMutable", data: { repository: 'Repository "old"', key: "imageTagMutability", value: "MUTABLE" }, line: 15, column: 7, endLine: 15, endColumn: 23 },
      ],
    },
    {
      ...yaml`
        repositories:
          - repositoryArn: arn:aws:ecr:us-east-1:123456789012:repository/web
            repositoryName: web
            imageTagMutability: MUTABLE
          - repositoryArn: arn:aws:ecr:us-east-1:123456789012:repository/api
            repositoryName: api
            imageTagMutability: IMMUTABLE
      `,
      errors: [{ messageId: "describedMutable", line: 4, column: 25, endLine: 4, endColumn: 32 }],
    },
    {
      // A resource without Properties gets every default; reported at its logical ID, with nothing to edit.
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
      `,
      errors: [{ messageId: "missing", data: { repository: 'Repository "Repo"', key: "ImageTagMutability", default: "MUTABLE" }, line: 2, column: 3, endLine: 2, endColumn: 7 }],
    },
  ],
});
