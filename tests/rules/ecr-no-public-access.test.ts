import rule from "../../src/rules/ecr-no-public-access.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const WEAK = "publicPrincipalWeakCondition";

runRule("ecr-no-public-access", rule, {
  valid: [
    // Named principals.
    json`
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "CrossAccountPull", "Effect": "Allow", "Principal": { "AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:role/ci"] }, "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"] },
          { "Sid": "LambdaPull", "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "ecr:BatchGetImage" }
        ]
      }
    `,
    // Principal "*" narrowed by a fixed organization, endpoint, network, account or role session.
    json`
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-abc123def4" } } },
          { "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "ecr:BatchGetImage", "Condition": { "StringEquals": { "AWS:SOURCEVPCE": ["vpce-1a2b3c4d", "vpce-5e6f7a8b"] } } },
          { "Effect": "Allow", "Principal": { "AWS": ["*"] }, "Action": "ecr:BatchGetImage", "Condition": { "IpAddress": { "aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"] } } },
          { "Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": { "ForAnyValue:StringEquals": { "aws:PrincipalOrgPaths": ["o-abc123def4/r-ab12/ou-ab12-11111111/"] }, "Bool": { "aws:SecureTransport": "true" } } },
          { "Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": { "StringLike": { "aws:userid": "AROAEXAMPLEROLEID:*" } } },
          { "Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": { "ArnLike": { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/ci" } } }
        ]
      }
    `,
    // Deny statements are how policies shut everyone else out.
    yaml`
      Version: "2012-10-17"
      Statement:
        - Sid: DenyOutsideOrg
          Effect: Deny
          Principal: "*"
          Action: ecr:*
          Condition:
            StringNotEquals:
              aws:PrincipalOrgID: o-abc123def4
    `,
    // Unknown values are not wrong.
    json`
      {
        "Statement": [
          { "Effect": "Allow", "Principal": "\${PRINCIPAL}", "Action": "ecr:BatchGetImage" },
          { "Effect": "\${EFFECT}", "Principal": "*", "Action": "ecr:BatchGetImage" },
          { "Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "\${ORG_ID}" } } }
        ]
      }
    `,
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            RepositoryPolicyText:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Principal: "*"
                  Action: ecr:BatchGetImage
                  Condition:
                    StringEquals:
                      aws:PrincipalOrgID: !Ref OrgId
                - Effect: Allow
                  Principal:
                    AWS: !Sub arn:aws:iam::\${TrustedAccount}:root
                  Action: ecr:BatchGetImage
                - Effect: Allow
                  Principal: "*"
                  Action: ecr:BatchGetImage
                  Condition: !If [Restricted, { StringEquals: { aws:SourceVpce: vpce-1a2b3c4d } }, !Ref AWS::NoValue]
    `,
    yaml`
      Resources:
        Registry:
          Type: AWS::ECR::RegistryPolicy
          Properties:
            PolicyText: !Sub '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "ecr:ReplicateImage", "Resource": "arn:aws:ecr:\${AWS::Region}:\${AWS::AccountId}:repository/*"}]}'
    `,
    // set-repository-policy input, narrowed.
    json`
      {
        "repositoryName": "web",
        "policyText": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"ecr:BatchGetImage\\", \\"Condition\\": {\\"StringEquals\\": {\\"aws:SourceAccount\\": \\"111122223333\\"}}}]}"
      }
    `,
    // Not JSON: valid-schema's.
    json`{ "repositoryName": "web", "policyText": "{\\"Statement\\": " }`,
    // A placeholder principal, as in aws-samples' workshop policy.
    json`
      {
        "Statement": [
          {
            "Sid": "AllowPushPull",
            "Effect": "Allow",
            "Principal": { "AWS": ["REPLACE_ME_CODEBUILD_ROLE_ARN"] },
            "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:PutImage"]
          }
        ]
      }
    `,
    // Not an ECR policy.
    json`{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*" }] }`,
  ],
  invalid: [
    {
      ...json`
        {
          "Version": "2012-10-17",
          "Statement": [
            { "Sid": "PublicPull", "Effect": "Allow", "Principal": "*", "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"] },
            { "Effect": "Allow", "Principal": { "AWS": ["arn:aws:iam::123456789012:root", "*"] }, "Action": "ecr:BatchGetImage", "Condition": { "StringLike": { "aws:PrincipalOrgID": "o-*" } } },
            { "Sid": "", "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "ecr:BatchGetImage", "Condition": { "StringEqualsIfExists": { "aws:SourceVpce": "vpce-1a2b3c4d" } } },
            { "Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": { "StringNotEquals": { "aws:PrincipalOrgID": "o-abc123" }, "Bool": { "aws:SecureTransport": "true" } } },
            { "Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": { "IpAddress": { "aws:SourceIp": ["203.0.113.0/24", "0.0.0.0/0"] } } },
            { "Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-abc123" } } },
            { "Sid": "AllButAdmins", "Effect": "Allow", "NotPrincipal": { "AWS": "arn:aws:iam::123456789012:role/admin" }, "Action": "ecr:*" }
          ]
        }
      `,
      errors: [
        { messageId: "publicPrincipal", data: { statement: '"PublicPull"' }, line: 4, column: 60, endLine: 4, endColumn: 63 },
        { messageId: WEAK, data: { statement: "#2" }, line: 5, column: 83, endLine: 5, endColumn: 86 },
        { messageId: WEAK, data: { statement: "#3" }, line: 6, column: 59, endLine: 6, endColumn: 62 },
        { messageId: WEAK, data: { statement: "#4" }, line: 7, column: 39, endLine: 7, endColumn: 42 },
        { messageId: WEAK, data: { statement: "#5" }, line: 8, column: 39, endLine: 8, endColumn: 42 },
        { messageId: WEAK, data: { statement: "#6" }, line: 9, column: 39, endLine: 9, endColumn: 42 },
        { messageId: "notPrincipal", data: { statement: '"AllButAdmins"' }, line: 10, column: 49, endLine: 10, endColumn: 63 },
      ],
    },
    {
      // Statement as a single object; Action as a list.
      ...yaml`
        Version: "2012-10-17"
        Statement:
          Sid: AnyoneCanPush
          Effect: Allow
          Principal:
            AWS: "*"
          Action:
            - ecr:PutImage
            - ecr:InitiateLayerUpload
      `,
      errors: [{ messageId: "publicPrincipal", data: { statement: '"AnyoneCanPush"' }, line: 6, column: 10, endLine: 6, endColumn: 13 }],
    },
    {
      // set-repository-policy input: the report lands inside the escaped string.
      ...json`
        {
          "repositoryName": "web",
          "policyText": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Sid\\": \\"Pull\\", \\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"AWS\\": \\"*\\"}, \\"Action\\": \\"ecr:BatchGetImage\\"}]}"
        }
      `,
      errors: [{ messageId: "publicPrincipal", data: { statement: '"Pull"' }, line: 3, column: 132, endLine: 3, endColumn: 137 }],
    },
    {
      // A registry policy in a CloudFormation block scalar.
      ...yaml`
        Resources:
          Registry:
            Type: AWS::ECR::RegistryPolicy
            Properties:
              PolicyText: |
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "ReplicateFromAnyone",
                      "Effect": "Allow",
                      "Principal": { "AWS": [ "*" ] },
                      "Action": ["ecr:CreateRepository", "ecr:ReplicateImage"],
                      "Resource": "arn:aws:ecr:us-east-1:123456789012:repository/*"
                    }
                  ]
                }
      `,
      errors: [{ messageId: "publicPrincipal", data: { statement: '"ReplicateFromAnyone"' }, line: 12, column: 39, endLine: 12, endColumn: 42 }],
    },
    {
      // A repository's RepositoryPolicyText written as YAML.
      ...yaml`
        Resources:
          PaymentsRepository:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: payments
              RepositoryPolicyText:
                Version: "2012-10-17"
                Statement:
                  - Sid: PullFromAnywhere
                    Effect: Allow
                    Principal: "*"
                    Action:
                      - ecr:BatchGetImage
                      - ecr:GetDownloadUrlForLayer
      `,
      errors: [{ messageId: "publicPrincipal", data: { statement: '"PullFromAnywhere"' }, line: 11, column: 24, endLine: 11, endColumn: 27 }],
    },
    {
      // A JSON template with the policy as an escaped string.
      ...json`
        {
          "Resources": {
            "Repo": {
              "Type": "AWS::ECR::Repository",
              "Properties": {
                "RepositoryPolicyText": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": [\\"ecr:BatchGetImage\\"], \\"Condition\\": {\\"IpAddress\\": {\\"aws:SourceIp\\": \\"0.0.0.0/1\\"}}}]}"
              }
            }
          }
        }
      `,
      errors: [{ messageId: WEAK, data: { statement: "#1" }, line: 6, column: 90, endLine: 6, endColumn: 95 }],
    },
    {
      // A JSON template with the policy as an object: intrinsics are unknown (a Ref condition value is not
      // judged), but a "*" beside a Fn::Sub principal is public.
      ...json`
        {
          "Resources": {
            "Repo": {
              "Type": "AWS::ECR::Repository",
              "Properties": {
                "RepositoryPolicyText": {
                  "Version": "2012-10-17",
                  "Statement": [
                    { "Sid": "Org", "Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": { "StringEquals": { "aws:PrincipalOrgID": { "Ref": "OrgId" } } } },
                    { "Sid": "Partners", "Effect": "Allow", "Principal": { "AWS": [{ "Fn::Sub": "arn:aws:iam::\${PartnerAccount}:root" }, "*"] }, "Action": "ecr:BatchGetImage" }
                  ]
                }
              }
            }
          }
        }
      `,
      errors: [{ messageId: "publicPrincipal", data: { statement: '"Partners"' }, line: 10, column: 130, endLine: 10, endColumn: 133 }],
    },
  ],
});
