import rule from "../../src/rules/apprunner-access-role.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const PRIVATE_IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4";
const PUBLIC_IMAGE = "public.ecr.aws/aws-containers/hello-app-runner:latest";
const ACCESS_ROLE = "arn:aws:iam::123456789012:role/service-role/AppRunnerECRAccessRole";
const INSTANCE_ROLE = "arn:aws:iam::123456789012:role/web-instance";
const SERVICE_ARN = "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa";
const SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf";
const ACCESS = { principal: "build.apprunner.amazonaws.com", policy: "AWSAppRunnerServicePolicyForECRAccess" };

runRule("apprunner-access-role", rule, {
  valid: [
    // Private ECR with its access role; ECR Public needs none.
    json`
      {
        "ServiceName": "web",
        "SourceConfiguration": {
          "ImageRepository": { "ImageIdentifier": "${PRIVATE_IMAGE}", "ImageRepositoryType": "ECR" },
          "AuthenticationConfiguration": { "AccessRoleArn": "${ACCESS_ROLE}" }
        }
      }
    `,
    json`{ "ServiceName": "web", "SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "${PUBLIC_IMAGE}", "ImageRepositoryType": "ECR_PUBLIC" } } }`,
    // Secrets with an instance role.
    yaml`
      ServiceName: web
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: ${PUBLIC_IMAGE}
          ImageRepositoryType: ECR_PUBLIC
          ImageConfiguration:
            RuntimeEnvironmentSecrets:
              DB_PASSWORD: ${SECRET}
      InstanceConfiguration:
        InstanceRoleArn: ${INSTANCE_ROLE}
    `,
    // Empty secrets need no role.
    json`{ "ServiceName": "web", "SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "${PUBLIC_IMAGE}", "ImageRepositoryType": "ECR_PUBLIC", "ImageConfiguration": { "RuntimeEnvironmentSecrets": {} } } } }`,
    // CloudFormation: roles from intrinsics; an image URI from !Sub.
    yaml`
      Resources:
        Service:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              AuthenticationConfiguration:
                AccessRoleArn: !GetAtt AccessRole.Arn
              ImageRepository:
                ImageIdentifier: !Sub \${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:1.4
                ImageRepositoryType: ECR
                ImageConfiguration:
                  RuntimeEnvironmentSecrets:
                    - Name: DB_PASSWORD
                      Value: !Ref DbSecret
            InstanceConfiguration:
              InstanceRoleArn: !GetAtt InstanceRole.Arn
    `,
    // Unknown values: an authentication section, a role, a type, an instance configuration from intrinsics or placeholders.
    yaml`
      Resources:
        A:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              AuthenticationConfiguration: !If [Private, { AccessRoleArn: !GetAtt Role.Arn }, !Ref AWS::NoValue]
              ImageRepository: { ImageIdentifier: ${PRIVATE_IMAGE}, ImageRepositoryType: ECR }
        B:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: ${PRIVATE_IMAGE}, ImageRepositoryType: !Ref RepositoryType }
        C:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository:
                ImageIdentifier: ${PUBLIC_IMAGE}
                ImageRepositoryType: ECR_PUBLIC
                ImageConfiguration:
                  RuntimeEnvironmentSecrets: [{ Name: TOKEN, Value: !Ref Token }]
            InstanceConfiguration: !If [Big, { Cpu: 4 vCPU, Memory: 8 GB, InstanceRoleArn: !GetAtt Role.Arn }, { InstanceRoleArn: !GetAtt Role.Arn }]
        D:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository:
                ImageIdentifier: ${PUBLIC_IMAGE}
                ImageRepositoryType: ECR_PUBLIC
                ImageConfiguration:
                  RuntimeEnvironmentSecrets: [!If [UseToken, { Name: TOKEN, Value: !Ref Token }, !Ref AWS::NoValue]]
    `,
    json`
      {
        "ServiceName": "web",
        "SourceConfiguration": {
          "ImageRepository": { "ImageIdentifier": "${PRIVATE_IMAGE}", "ImageRepositoryType": "ECR" },
          "AuthenticationConfiguration": { "AccessRoleArn": "\${ACCESS_ROLE_ARN}" }
        }
      }
    `,
    // A registry the linter cannot tell: the type is taken as written.
    json`{ "ServiceName": "web", "SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "\${IMAGE}", "ImageRepositoryType": "ECR_PUBLIC" } } }`,
    json`{ "ServiceName": "web", "SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "{{ registry }}/web:1.4", "ImageRepositoryType": "ECR_PUBLIC" } } }`,
    // Secrets of CodeConfigurationValues are ignored with REPOSITORY (App Runner reads apprunner.yaml).
    json`
      {
        "ServiceName": "web",
        "SourceConfiguration": {
          "CodeRepository": {
            "RepositoryUrl": "https://github.com/example/web",
            "SourceCodeVersion": { "Type": "BRANCH", "Value": "main" },
            "CodeConfiguration": {
              "ConfigurationSource": "REPOSITORY",
              "CodeConfigurationValues": { "Runtime": "PYTHON_311", "RuntimeEnvironmentSecrets": { "TOKEN": "${SECRET}" } }
            }
          },
          "AuthenticationConfiguration": { "ConnectionArn": "arn:aws:apprunner:us-east-1:123456789012:connection/github/0123456789abcdef" }
        }
      }
    `,
    // UpdateService keeps the service's roles when it names none.
    json`
      {
        "ServiceArn": "${SERVICE_ARN}",
        "SourceConfiguration": {
          "ImageRepository": {
            "ImageIdentifier": "${PRIVATE_IMAGE}",
            "ImageRepositoryType": "ECR",
            "ImageConfiguration": { "RuntimeEnvironmentSecrets": { "TOKEN": "${SECRET}" } }
          }
        }
      }
    `,
    {
      // apprunner.yaml: the instance role is set on the service, never in the file.
      ...yaml`
        version: 1.0
        runtime: python311
        build:
          commands:
            build: [pip3 install -r requirements.txt]
        run:
          command: python3 app.py
          secrets:
            - name: DB_PASSWORD
              value-from: ${SECRET}
      `,
      filename: "apprunner.yaml",
    },
    // describe-service output with both roles.
    json`
      {
        "Service": {
          "ServiceName": "web",
          "ServiceArn": "${SERVICE_ARN}",
          "Status": "RUNNING",
          "SourceConfiguration": {
            "ImageRepository": { "ImageIdentifier": "${PRIVATE_IMAGE}", "ImageRepositoryType": "ECR", "ImageConfiguration": { "RuntimeEnvironmentSecrets": { "TOKEN": "${SECRET}" } } },
            "AuthenticationConfiguration": { "AccessRoleArn": "${ACCESS_ROLE}" }
          },
          "InstanceConfiguration": { "Cpu": "1024", "Memory": "2048", "InstanceRoleArn": "${INSTANCE_ROLE}" }
        }
      }
    `,
  ],
  invalid: [
    {
      // Private ECR without an access role, and secrets without an instance role.
      ...json`
        {
          "ServiceName": "web",
          "SourceConfiguration": {
            "ImageRepository": {
              "ImageIdentifier": "${PRIVATE_IMAGE}",
              "ImageRepositoryType": "ECR",
              "ImageConfiguration": { "RuntimeEnvironmentSecrets": { "DB_PASSWORD": "${SECRET}" } }
            }
          }
        }
      `,
      errors: [
        { messageId: "noAccessRole", data: { service: 'Service "web"', key: "AuthenticationConfiguration.AccessRoleArn", ...ACCESS }, line: 3, column: 3, endLine: 3, endColumn: 24 },
        {
          messageId: "noInstanceRole",
          data: { service: 'Service "web"', key: "RuntimeEnvironmentSecrets", role: "InstanceConfiguration.InstanceRoleArn", principal: "tasks.apprunner.amazonaws.com" },
          line: 7, column: 31, endLine: 7, endColumn: 58,
        },
      ],
    },
    {
      // An authentication section with only a connection; an instance configuration without a role.
      ...yaml`
        Resources:
          Service:
            Type: AWS::AppRunner::Service
            Properties:
              SourceConfiguration:
                AuthenticationConfiguration:
                  ConnectionArn: !Ref Connection
                ImageRepository:
                  ImageIdentifier: !Sub \${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:1.4
                  ImageRepositoryType: ECR
                  ImageConfiguration:
                    RuntimeEnvironmentSecrets:
                      - Name: DB_PASSWORD
                        Value: !Ref DbSecret
              InstanceConfiguration:
                Cpu: 1 vCPU
      `,
      errors: [
        { messageId: "noAccessRole", data: { service: 'Service "Service"', key: "AuthenticationConfiguration.AccessRoleArn", ...ACCESS }, line: 6, column: 9, endLine: 6, endColumn: 36 },
        { messageId: "noInstanceRole", line: 12, column: 13, endLine: 12, endColumn: 38 },
      ],
    },
    {
      // No ImageRepositoryType (valid-schema reports it) and a private URI; an empty role is no role.
      ...json`{ "ServiceName": "web", "SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "${PRIVATE_IMAGE}" }, "AuthenticationConfiguration": { "AccessRoleArn": "" } } }`,
      errors: [{ messageId: "noAccessRole", line: 1, column: 198, endLine: 1, endColumn: 200 }],
    },
    {
      // A null role, and a null authentication section, are absent.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          ImageRepository:
            ImageIdentifier: ${PRIVATE_IMAGE}
            ImageRepositoryType: ECR
          AuthenticationConfiguration:
            AccessRoleArn: null
      `,
      errors: [{ messageId: "noAccessRole", line: 7, column: 20, endLine: 7, endColumn: 24 }],
    },
    {
      // Type ECR with an image the linter cannot place still needs the role.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          ImageRepository:
            ImageIdentifier: \${IMAGE_URI}
            ImageRepositoryType: ECR
          AuthenticationConfiguration: null
      `,
      errors: [{ messageId: "noAccessRole", line: 2, column: 1, endLine: 2, endColumn: 20 }],
    },
    {
      // An ECR Public image declared as ECR.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          ImageRepository:
            ImageIdentifier: ${PUBLIC_IMAGE}
            ImageRepositoryType: ECR
      `,
      errors: [
        {
          messageId: "publicImageAsEcr",
          data: { service: 'Service "web"', key: "ImageRepositoryType", image: PUBLIC_IMAGE },
          line: 5, column: 26, endLine: 5, endColumn: 29,
          suggestions: [
            { messageId: "setType", data: { key: "ImageRepositoryType", value: "ECR_PUBLIC" }, output: `ServiceName: web\nSourceConfiguration:\n  ImageRepository:\n    ImageIdentifier: ${PUBLIC_IMAGE}\n    ImageRepositoryType: ECR_PUBLIC\n` },
          ],
        },
      ],
    },
    {
      // A private image declared as ECR_PUBLIC (the access role is reported once the type is ECR).
      ...json`
        {
          "Resources": {
            "Service": {
              "Type": "AWS::AppRunner::Service",
              "Properties": {
                "SourceConfiguration": {
                  "ImageRepository": { "ImageIdentifier": "${PRIVATE_IMAGE}", "ImageRepositoryType": "ECR_PUBLIC" }
                }
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "privateImageAsPublic",
          data: { service: 'Service "Service"', key: "ImageRepositoryType", image: PRIVATE_IMAGE },
          line: 7, column: 130, endLine: 7, endColumn: 142,
          suggestions: [
            {
              messageId: "setType",
              data: { key: "ImageRepositoryType", value: "ECR" },
              output: `{\n  "Resources": {\n    "Service": {\n      "Type": "AWS::AppRunner::Service",\n      "Properties": {\n        "SourceConfiguration": {\n          "ImageRepository": { "ImageIdentifier": "${PRIVATE_IMAGE}", "ImageRepositoryType": "ECR" }\n        }\n      }\n    }\n  }\n}\n`,
            },
          ],
        },
      ],
    },
    {
      // UpdateService: the repository type is judged.
      ...json`{ "ServiceArn": "${SERVICE_ARN}", "SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "${PUBLIC_IMAGE}", "ImageRepositoryType": "ECR" } } }`,
      errors: [
        {
          messageId: "publicImageAsEcr",
          line: 1, column: 251, endLine: 1, endColumn: 256,
          suggestions: [{ messageId: "setType", output: `{ "ServiceArn": "${SERVICE_ARN}", "SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "${PUBLIC_IMAGE}", "ImageRepositoryType": "ECR_PUBLIC" } } }\n` }],
        },
      ],
    },
    {
      // A source-code service reading secrets through the API.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          CodeRepository:
            RepositoryUrl: https://github.com/example/web
            SourceCodeVersion: { Type: BRANCH, Value: main }
            CodeConfiguration:
              ConfigurationSource: API
              CodeConfigurationValues:
                Runtime: PYTHON_311
                RuntimeEnvironmentSecrets:
                  API_KEY: ${SECRET}
          AuthenticationConfiguration:
            ConnectionArn: arn:aws:apprunner:us-east-1:123456789012:connection/github/0123456789abcdef
        InstanceConfiguration:
          InstanceRoleArn: ""
      `,
      errors: [{ messageId: "noInstanceRole", data: { service: 'Service "web"', key: "RuntimeEnvironmentSecrets", role: "InstanceConfiguration.InstanceRoleArn", principal: "tasks.apprunner.amazonaws.com" }, line: 10, column: 9, endLine: 10, endColumn: 34 }],
    },
    {
      // describe-service output: reported, never fixed.
      ...json`
        {
          "Service": {
            "ServiceName": "web",
            "ServiceArn": "${SERVICE_ARN}",
            "Status": "RUNNING",
            "SourceConfiguration": {
              "ImageRepository": { "ImageIdentifier": "${PUBLIC_IMAGE}", "ImageRepositoryType": "ECR" }
            },
            "InstanceConfiguration": { "Cpu": "1024", "Memory": "2048" }
          }
        }
      `,
      errors: [{ messageId: "publicImageAsEcr", line: 7, column: 127, endLine: 7, endColumn: 132, suggestions: null }],
    },
  ],
});
