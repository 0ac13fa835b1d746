import rule from "../../src/rules/ecr-kms-encryption.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const useKms = (type: string, output: string) => [{ messageId: "useKms", data: { type }, output }];

runRule("ecr-kms-encryption", rule, {
  valid: [
    json`{ "repositoryName": "web", "encryptionConfiguration": { "encryptionType": "KMS" } }`,
    json`
      {
        "repositoryName": "web",
        "encryptionConfiguration": { "encryptionType": "KMS", "kmsKey": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
      }
    `,
    yaml`
      repositoryName: web
      encryptionConfiguration:
        encryptionType: KMS_DSSE
        kmsKey: alias/ecr
    `,
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            EncryptionConfiguration:
              EncryptionType: KMS
              KmsKey: !Ref RepositoryKey
    `,
    // Unknown values.
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            EncryptionConfiguration:
              EncryptionType: !Ref EncryptionType
        Other:
          Type: AWS::ECR::Repository
          Properties:
            EncryptionConfiguration: !If [IsProd, {EncryptionType: KMS}, !Ref AWS::NoValue]
    `,
    json`{ "repositoryName": "web", "encryptionConfiguration": { "encryptionType": "\${ENCRYPTION}" } }`,
    yaml`
      repositoryName: web
      imageTagMutability: IMMUTABLE
      <<: *defaults
    `,
    // A configuration without its required type, or a misspelled type, is valid-schema's.
    json`{ "repositoryName": "web", "encryptionConfiguration": {} }`,
    json`{ "repositoryName": "web", "encryptionConfiguration": { "encryptionType": "aes256" } }`,
    json`
      {
        "repositories": [
          {
            "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web",
            "repositoryName": "web",
            "encryptionConfiguration": { "encryptionType": "KMS", "kmsKey": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
          }
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
          "encryptionConfiguration": { "encryptionType": "AES256" }
        }
      `,
      errors: [
        {
          messageId: "aes256",
          data: { repository: 'Repository "web"', type: "encryptionConfiguration.encryptionType", kmsKey: "encryptionConfiguration.kmsKey" },
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 58,
          suggestions: useKms(
            "encryptionConfiguration.encryptionType",
            `{
  "repositoryName": "web",
  "encryptionConfiguration": { "encryptionType": "KMS" }
}
`,
          ),
        },
      ],
    },
    {
      // No configuration: AES256 by default.
      ...json`
        {
          "repositoryName": "web",
          "imageTagMutability": "IMMUTABLE"
        }
      `,
      errors: [
        {
          messageId: "missing",
          data: { repository: 'Repository "web"', key: "encryptionConfiguration", type: "encryptionConfiguration.encryptionType", kmsKey: "encryptionConfiguration.kmsKey" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 19,
          suggestions: useKms(
            "encryptionConfiguration.encryptionType",
            `{
  "repositoryName": "web",
  "imageTagMutability": "IMMUTABLE",
  "encryptionConfiguration": {"encryptionType":"KMS"}
}
`,
          ),
        },
      ],
    },
    {
      ...json`{ "repositoryName": "web", "encryptionConfiguration": null }`,
      errors: [
        {
          messageId: "missing",
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 19,
          suggestions: useKms("encryptionConfiguration.encryptionType", `{ "repositoryName": "web", "encryptionConfiguration": {"encryptionType":"KMS"} }\n`),
        },
      ],
    },
    {
      ...yaml`
        repositoryName: web
        encryptionConfiguration:
          encryptionType: AES256
      `,
      errors: [
        {
          messageId: "aes256",
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 25,
          suggestions: useKms("encryptionConfiguration.encryptionType", "repositoryName: web\nencryptionConfiguration:\n  encryptionType: KMS\n"),
        },
      ],
    },
    {
      ...yaml`
        repositoryName: web
        imageTagMutability: IMMUTABLE
      `,
      errors: [
        {
          messageId: "missing",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          suggestions: useKms("encryptionConfiguration.encryptionType", "repositoryName: web\nimageTagMutability: IMMUTABLE\nencryptionConfiguration: {encryptionType: KMS}\n"),
        },
      ],
    },
    {
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              ImageTagMutability: IMMUTABLE
          Named:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: web
              EncryptionConfiguration:
                EncryptionType: AES256
      `,
      errors: [
        {
          messageId: "missing",
          data: { repository: 'Repository "Repo"', key: "EncryptionConfiguration", type: "EncryptionConfiguration.EncryptionType", kmsKey: "EncryptionConfiguration.KmsKey" },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 15,
          suggestions: useKms(
            "EncryptionConfiguration.EncryptionType",
            `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: IMMUTABLE
      EncryptionConfiguration: {EncryptionType: KMS}
  Named:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
      EncryptionConfiguration:
        EncryptionType: AES256
`,
          ),
        },
        {
          messageId: "aes256",
          data: { repository: 'Repository "web"', type: "EncryptionConfiguration.EncryptionType", kmsKey: "EncryptionConfiguration.KmsKey" },
          line: 11,
          column: 25,
          endLine: 11,
          endColumn: 31,
          suggestions: useKms(
            "EncryptionConfiguration.EncryptionType",
            `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: IMMUTABLE
  Named:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
      EncryptionConfiguration:
        EncryptionType: KMS
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
              "Properties": { "ImageTagMutability": "IMMUTABLE" }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "missing",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 19,
          suggestions: useKms(
            "EncryptionConfiguration.EncryptionType",
            `{
  "Resources": {
    "Repo": {
      "Type": "AWS::ECR::Repository",
      "Properties": { "ImageTagMutability": "IMMUTABLE", "EncryptionConfiguration": {"EncryptionType":"KMS"} }
    }
  }
}
`,
          ),
        },
      ],
    },
    {
      // describe-repositories output: reported without a suggestion (encryption cannot change after creation).
      ...json`
        {
          "repositories": [
            {
              "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web",
              "repositoryName": "web",
              "encryptionConfiguration": { "encryptionType": "AES256" }
            },
            {
              "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/api",
              "repositoryName": "api",
              "encryptionConfiguration": { "encryptionType": "KMS" }
            }
          ]
        }
      `,
      errors: [
        { messageId: "describedAes256", data: { repository: 'Repository "web"', type: "encryptionConfiguration.encryptionType" }, line: 6, column: 54, endLine: 6, endColumn: 62 },
      ],
    },
    {
      ...yaml`
        repositories:
          - repositoryArn: arn:aws:ecr:us-east-1:123456789012:repository/web
            repositoryName: web
          - repositoryArn: arn:aws:ecr:us-east-1:123456789012:repository/api
            repositoryName: api
            encryptionConfiguration:
              encryptionType: AES256
      `,
      errors: [
        { messageId: "describedAes256", data: { repository: 'Repository "web"', type: "encryptionConfiguration.encryptionType" }, line: 3, column: 5, endLine: 3, endColumn: 19 },
        { messageId: "describedAes256", data: { repository: 'Repository "api"', type: "encryptionConfiguration.encryptionType" }, line: 7, column: 23, endLine: 7, endColumn: 29 },
      ],
    },
    {
      // A resource without Properties gets every default; reported at its logical ID, with nothing to edit.
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
      `,
      errors: [{ messageId: "missing", data: { repository: 'Repository "Repo"', key: "EncryptionConfiguration", type: "EncryptionConfiguration.EncryptionType", kmsKey: "EncryptionConfiguration.KmsKey" }, line: 2, column: 3, endLine: 2, endColumn: 7 }],
    },
  ],
});
