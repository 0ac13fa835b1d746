/**
 * no-plaintext-secrets on App Runner: `RuntimeEnvironmentVariables` of a
 * service (the API's map, CloudFormation's list of `{Name, Value}`), and
 * `run.env` / `build.env` of `apprunner.yaml`, with the suggestion moving a
 * variable to `RuntimeEnvironmentSecrets` / `run.secrets`, read from an SSM
 * parameter. Never a value in a message.
 */
import rule from "../../src/rules/no-plaintext-secrets.js";
import { dedent, jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";
import { spanIn, spanOf } from "../support/span-of.js";

// Fake credentials, assembled at run time so that secret scanners do not match this file.
const ACCESS_KEY_ID = ["AKIA", "IOSFODNN7", "EXAMPLE"].join("");
const GITHUB_TOKEN = ["ghp", "_", "Fake0".repeat(7), "X"].join("");

/** An expected output, written like the cases (dedented). */
const fixed = (strings: TemplateStringsArray, ...values: unknown[]): string => dedent(String.raw({ raw: strings }, ...values));

const SERVICE_WHERE = "the service's configuration (describe-service prints them)";
/** Message data for a variable of a service. */
function service(name: string, label: string, extra: Record<string, string> = {}): Record<string, string> {
  return { name: JSON.stringify(name), service: label, environment: "RuntimeEnvironmentVariables", secrets: "RuntimeEnvironmentSecrets", where: SERVICE_WHERE, ...extra };
}
/** Message data for a variable of `run.env`. */
function config(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return { name: JSON.stringify(name), service: "the configuration file", environment: "run.env", secrets: "run.secrets", where: "the repository", ...extra };
}
function moved(parameter: string, secrets: string, output: string) {
  return { messageId: "useRuntimeSecret", data: { parameter: JSON.stringify(parameter), secrets }, output };
}

const apiService = json`
{
  "ServiceName": "web-app",
  "SourceConfiguration": {
    "ImageRepository": {
      "ImageIdentifier": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4",
      "ImageRepositoryType": "ECR",
      "ImageConfiguration": {
        "RuntimeEnvironmentVariables": {"LOG_LEVEL": "info", "DB_PASSWORD": "hunter2", "AWS_KEY": "${ACCESS_KEY_ID}"}
      }
    }
  }
}
`;

const yamlService = yaml`
ServiceName: api-service
SourceConfiguration:
  CodeRepository:
    RepositoryUrl: https://github.com/example/api
    SourceCodeVersion: {Type: BRANCH, Value: main}
    CodeConfiguration:
      ConfigurationSource: API
      CodeConfigurationValues:
        Runtime: PYTHON_311
        RuntimeEnvironmentSecrets:
          API_KEY: arn:aws:secretsmanager:us-east-1:123456789012:secret:api-AbCdEf
        RuntimeEnvironmentVariables:
          API_TOKEN: \${TOKEN}
`;

const template = yaml`
Resources:
  Service:
    Type: AWS::AppRunner::Service
    Properties:
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4
          ImageRepositoryType: ECR
          ImageConfiguration:
            RuntimeEnvironmentVariables:
              - Name: STAGE
                Value: prod
              - Name: DB_PASSWORD
                Value: hunter2
`;

const configFile = yaml`
version: 1.0
runtime: nodejs22
build:
  commands:
    build: [npm ci]
  env:
    - name: NPM_TOKEN
      value: ${GITHUB_TOKEN}
    - name: REGISTRY_PASSWORD
      value: hunter2
run:
  command: node index.js
  env:
    - name: STAGE
      value: prod
    - name: DB_PASSWORD
      value: hunter2
  secrets:
    - name: API_KEY
      value-from: arn:aws:secretsmanager:us-east-1:123456789012:secret:api-AbCdEf
`;

runRule("no-plaintext-secrets (App Runner)", rule, {
  valid: [
    {
      name: "secrets through RuntimeEnvironmentSecrets; names that are not secrets; references and empty values",
      ...json`
      {
        "ServiceName": "web-app",
        "SourceConfiguration": {
          "ImageRepository": {
            "ImageIdentifier": "public.ecr.aws/aws-containers/hello-app-runner:latest",
            "ImageRepositoryType": "ECR_PUBLIC",
            "ImageConfiguration": {
              "RuntimeEnvironmentVariables": {"STAGE": "prod", "DB_PASSWORD_FILE": "/run/secrets/db", "API_TOKEN": "", "SECRET_ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:api-AbCdEf"},
              "RuntimeEnvironmentSecrets": {"DB_PASSWORD": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"}
            }
          }
        }
      }
      `,
    },
    {
      name: "apprunner.yaml with run.secrets, and the corpus-like settings",
      ...yaml`
      version: 1.0
      runtime: python311
      build:
        commands:
          build: [pip3 install -r requirements.txt]
      run:
        command: python3 app.py
        env:
          - {name: DEBUG, value: "True"}
          - {name: DB_PORT, value: "5432"}
        secrets:
          - name: DB_PASSWORD
            value-from: "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-b2e1ff83:password::"
      `,
    },
    {
      name: "an allowed name",
      options: [{ allowedNames: ["DB_PASSWORD"] }],
      ...yaml`
      ServiceName: web-app
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27
          ImageRepositoryType: ECR_PUBLIC
          ImageConfiguration:
            RuntimeEnvironmentVariables: {DB_PASSWORD: hunter2}
      `,
    },
  ],
  invalid: [
    {
      ...apiService,
      errors: [
        {
          messageId: "appRunnerSecretName",
          data: service("DB_PASSWORD", 'service "web-app"'),
          ...spanOf(apiService, '"DB_PASSWORD"'),
          suggestions: [
            moved(
              "/web-app/DB_PASSWORD",
              "RuntimeEnvironmentSecrets",
              apiService.code.replace(', "DB_PASSWORD": "hunter2"', "").replace(`"AWS_KEY": "${ACCESS_KEY_ID}"}`, `"AWS_KEY": "${ACCESS_KEY_ID}"},\n        "RuntimeEnvironmentSecrets": {"DB_PASSWORD":"/web-app/DB_PASSWORD"}`),
            ),
          ],
        },
        {
          messageId: "appRunnerCredentialValue",
          data: service("AWS_KEY", 'service "web-app"', { credential: "an AWS access key ID" }),
          ...spanOf(apiService, `"${ACCESS_KEY_ID}"`),
          suggestions: [
            moved(
              "/web-app/AWS_KEY",
              "RuntimeEnvironmentSecrets",
              apiService.code.replace(`, "AWS_KEY": "${ACCESS_KEY_ID}"}`, '},\n        "RuntimeEnvironmentSecrets": {"AWS_KEY":"/web-app/AWS_KEY"}'),
            ),
          ],
        },
      ],
    },
    {
      // A templated value still lands in the rendered service; the secret joins the existing map.
      ...yamlService,
      errors: [
        {
          messageId: "appRunnerTemplatedSecretName",
          data: service("API_TOKEN", 'service "api-service"'),
          ...spanIn(yamlService, "API_TOKEN: ${TOKEN}", "API_TOKEN"),
          suggestions: [
            moved(
              "/api-service/API_TOKEN",
              "RuntimeEnvironmentSecrets",
              fixed`
              ServiceName: api-service
              SourceConfiguration:
                CodeRepository:
                  RepositoryUrl: https://github.com/example/api
                  SourceCodeVersion: {Type: BRANCH, Value: main}
                  CodeConfiguration:
                    ConfigurationSource: API
                    CodeConfigurationValues:
                      Runtime: PYTHON_311
                      RuntimeEnvironmentSecrets:
                        API_KEY: arn:aws:secretsmanager:us-east-1:123456789012:secret:api-AbCdEf
                        API_TOKEN: /api-service/API_TOKEN
                      RuntimeEnvironmentVariables: {}
              `,
            ),
          ],
        },
      ],
    },
    {
      // CloudFormation: a list of {Name, Value}; the service is named by its logical ID, the parameter by the variable alone.
      ...template,
      errors: [
        {
          messageId: "appRunnerSecretName",
          data: service("DB_PASSWORD", 'service "Service"'),
          ...spanIn(template, "Name: DB_PASSWORD", "DB_PASSWORD"),
          suggestions: [
            moved(
              "/DB_PASSWORD",
              "RuntimeEnvironmentSecrets",
              fixed`
              Resources:
                Service:
                  Type: AWS::AppRunner::Service
                  Properties:
                    SourceConfiguration:
                      ImageRepository:
                        ImageIdentifier: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4
                        ImageRepositoryType: ECR
                        ImageConfiguration:
                          RuntimeEnvironmentVariables:
                            - Name: STAGE
                              Value: prod
                          RuntimeEnvironmentSecrets: [{Name: DB_PASSWORD, Value: /DB_PASSWORD}]
              `,
            ),
          ],
        },
      ],
    },
    {
      // apprunner.yaml: run.env moves to run.secrets; build.env has no secrets to move to.
      ...configFile,
      errors: [
        { messageId: "appRunnerBuildCredentialValue", data: { ...config("NPM_TOKEN", { environment: "build.env" }), credential: "a GitHub token" }, ...spanOf(configFile, GITHUB_TOKEN) },
        { messageId: "appRunnerBuildSecretName", data: config("REGISTRY_PASSWORD", { environment: "build.env" }), ...spanIn(configFile, "name: REGISTRY_PASSWORD", "REGISTRY_PASSWORD") },
        {
          messageId: "appRunnerSecretName",
          data: config("DB_PASSWORD"),
          ...spanIn(configFile, "name: DB_PASSWORD", "DB_PASSWORD"),
          suggestions: [
            moved(
              "/DB_PASSWORD",
              "run.secrets",
              configFile.code.replace("    - name: DB_PASSWORD\n      value: hunter2\n", "").replace("secret:api-AbCdEf\n", "secret:api-AbCdEf\n    - {name: DB_PASSWORD, value-from: /DB_PASSWORD}\n"),
            ),
          ],
        },
      ],
    },
    {
      name: "apprunner.yaml whose run.secrets is an alias of run.env: reported, and no suggestion (moving an item within one list is no move; found by the fuzz test)",
      ...yaml`
        version: 1.0
        runtime: python311
        build:
          commands:
            build: [pip3 install -r requirements.txt]
        run:
          command: python3 app.py
          env: &vars
            - name: DB_PASSWORD
              value: hunter2
          secrets: *vars
      `,
      filename: "apprunner.yaml",
      errors: [{ messageId: "appRunnerSecretName", data: config("DB_PASSWORD"), line: 9, column: 13, endLine: 9, endColumn: 24, suggestions: [] }],
    },
    {
      name: "describe-service output is reported, without suggestions",
      ...json`
      {"Service": {"ServiceName": "web-app", "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web-app/1", "SourceConfiguration": {"ImageRepository": {"ImageIdentifier": "public.ecr.aws/nginx/nginx:1.27", "ImageRepositoryType": "ECR_PUBLIC", "ImageConfiguration": {"RuntimeEnvironmentVariables": {"DB_PASSWORD": "hunter2"}}}}}}
      `,
      errors: [{ messageId: "appRunnerSecretName", data: service("DB_PASSWORD", 'service "web-app"'), line: 1, column: 306, endLine: 1, endColumn: 319 }],
    },
  ],
});
