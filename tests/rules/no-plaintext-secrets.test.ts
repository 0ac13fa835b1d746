import rule from "../../src/rules/no-plaintext-secrets.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";
import { spanIn, spanOf } from "../support/span-of.js";

// Fake credentials, assembled at run time so that secret scanners do not match this file.
// AWS's own documented example keys (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html).
const ACCESS_KEY_ID = ["AKIA", "IOSFODNN7", "EXAMPLE"].join("");
const SECRET_ACCESS_KEY = ["wJalrXUtnFEMI", "/K7MDENG/", "bPxRfiCYEXAMPLEKEY"].join("");
const GITHUB_TOKEN = ["ghp", "_", "Fake0".repeat(7), "X"].join("");
const PRIVATE_KEY = ["-----BEGIN ", "PRIVATE KEY-----\\nMIIEvFAKE\\n-----END ", "PRIVATE KEY-----"].join("");

/** Message data for a variable of a container override, from `source`. */
function override(name: string, container: string, source: string, extra: Record<string, string> = {}): Record<string, string> {
  return { name, container, source, ...extra };
}

/** Message data for a variable of a container written in the API's key style. */
function data(name: string, container: string, extra: Record<string, string> = {}): Record<string, string> {
  return { name, container, secrets: "secrets", environment: "environment", ...extra };
}

runRule("no-plaintext-secrets", rule, {
  valid: [
    // Harmless names and values.
    json`
      {
        "family": "web",
        "containerDefinitions": [{
          "name": "web",
          "image": "nginx:1.27",
          "environment": [
            { "name": "LOG_LEVEL", "value": "debug" },
            { "name": "DATABASE_HOST", "value": "db.internal" },
            { "name": "TOKEN_TYPE", "value": "Bearer" },
            { "name": "PASSWORD_MIN_LENGTH", "value": "8" },
            { "name": "SECRET_NAME", "value": "prod/db" },
            { "name": "DB_PASSWORD_SECRET_ARN", "value": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf" },
            { "name": "PRIVATE_KEY_PATH", "value": "/etc/ssl/private/key.pem" },
            { "name": "MAX_TOKENS", "value": "4096" },
            { "name": "TOKENIZERS_PARALLELISM", "value": "false" },
            { "name": "PWD", "value": "/app" },
            { "name": "GIT_COMMIT", "value": "9fceb02d0ae598e95dc970b74767f19372d61af8" }
          ],
          "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/password" }]
        }]
      }
    `,
    // Values that are not secrets under secret-looking names: empty, booleans, ARNs, paths, SSM parameter names.
    json`
      {
        "family": "web",
        "containerDefinitions": [{
          "name": "web",
          "image": "nginx:1.27",
          "environment": [
            { "name": "DB_PASSWORD", "value": "" },
            { "name": "USE_TOKEN_AUTH", "value": "true" },
            { "name": "ENABLE_API_KEY", "value": "0" },
            { "name": "APP_SECRET", "value": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app-AbCdEf" },
            { "name": "DB_PASSWORD_FILE", "value": "/run/secrets/db_password" },
            { "name": "GOOGLE_APPLICATION_CREDENTIALS", "value": "/secrets/gcp.json" },
            { "name": "DB_PASSWORD", "value": "/prod/db/password" },
            { "name": "TLS_PRIVATE_KEY", "value": "\${CERT_DIR}/tls.key" }
          ]
        }]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          environment:
            - name: SESSION_TOKEN_TTL
              value: "3600"
            - name: API_KEY_HEADER
              value: X-Api-Key
            - name: CSRF_TOKEN_NAME
              value: csrftoken
            - name: DB_PASSWORD
              value: "false"
    `,
    // allowedNames: exact and case-sensitive.
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [{
            "name": "web",
            "image": "localstack/localstack",
            "environment": [{ "name": "AWS_SECRET_ACCESS_KEY", "value": "test" }]
          }]
        }
      `,
      options: [{ allowedNames: ["AWS_SECRET_ACCESS_KEY"] }],
    },
    // Unknown values: intrinsics, tags, aliases, merge keys are not judged.
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          environment:
            - name: DB_PASSWORD
              value: !Ref DbPassword
            - name: API_TOKEN
              value: *token
            - <<: *secretVariable
    `,
    json`
      {
        "family": "web",
        "containerDefinitions": [{
          "name": "web",
          "image": "nginx:1.27",
          "environment": [{ "name": "DB_PASSWORD", "value": { "Ref": "DbPassword" } }, { "name": "API_TOKEN", "value": { "Fn::GetAtt": ["Token", "Value"] } }]
        }]
      }
    `,
    // A templated name is not judged.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx", "environment": [{ "name": "\${PREFIX}_PASSWORD", "value": "x" }] }] }`,
    // Other keys are not environment variables (secretOptions, dockerLabels).
    json`
      {
        "family": "web",
        "containerDefinitions": [{
          "name": "web",
          "image": "nginx",
          "dockerLabels": { "API_TOKEN": "abc" },
          "logConfiguration": { "logDriver": "awsfirelens", "secretOptions": [{ "name": "apikey", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/dd" }] }
        }]
      }
    `,
    // Not a task definition.
    json`{ "environment": [{ "name": "DB_PASSWORD", "value": "hunter2" }] }`,
    // Container overrides (run-task input, an --overrides file): the same judgement.
    json`
      {
        "cluster": "prod",
        "taskDefinition": "migrate:3",
        "overrides": {
          "taskRoleArn": "arn:aws:iam::123456789012:role/migrate",
          "containerOverrides": [{
            "name": "app",
            "command": ["./migrate", "--password-file", "/run/secrets/db"],
            "environment": [
              { "name": "LOG_LEVEL", "value": "debug" },
              { "name": "DB_PASSWORD_FILE", "value": "/run/secrets/db" },
              { "name": "DB_PASSWORD", "value": "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/password" },
              { "name": "MAX_TOKENS", "value": "4096" }
            ]
          }]
        }
      }
    `,
    yaml`
      containerOverrides:
        - name: app
          environment:
            - name: DB_PASSWORD
              value: !Ref DbPassword
            - <<: *secretVariable
            - name: \${PREFIX}_TOKEN
              value: abc
    `,
    {
      ...yaml`
        cluster: prod
        taskDefinition: migrate
        overrides:
          containerOverrides:
            - name: app
              environment:
                - name: AWS_SECRET_ACCESS_KEY
                  value: test
      `,
      options: [{ allowedNames: ["AWS_SECRET_ACCESS_KEY"] }],
    },
    // EventBridge and Scheduler: Input is judged only for ECS targets, and only when it is JSON text.
    json`
      {
        "Rule": "nightly",
        "Targets": [
          {
            "Id": "lambda",
            "Arn": "arn:aws:lambda:us-east-1:123456789012:function:report",
            "Input": "{\\"containerOverrides\\": [{\\"name\\": \\"x\\", \\"environment\\": [{\\"name\\": \\"DB_PASSWORD\\", \\"value\\": \\"hunter2\\"}]}]}"
          },
          {
            "Id": "templated",
            "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
            "EcsParameters": { "TaskDefinitionArn": "report" },
            "Input": "\${INPUT}"
          },
          {
            "Id": "not-json",
            "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
            "EcsParameters": { "TaskDefinitionArn": "report" },
            "Input": "DB_PASSWORD=hunter2"
          },
          {
            "Id": "harmless",
            "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
            "EcsParameters": { "TaskDefinitionArn": "report" },
            "Input": "{\\"containerOverrides\\": [{\\"name\\": \\"report\\", \\"environment\\": [{\\"name\\": \\"REPORT_DAY\\", \\"value\\": \\"monday\\"}]}]}"
          }
        ]
      }
    `,
    yaml`
      Name: nightly
      ScheduleExpression: rate(1 day)
      FlexibleTimeWindow: { Mode: "OFF" }
      Target:
        Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
        RoleArn: arn:aws:iam::123456789012:role/scheduler
        EcsParameters: { TaskDefinitionArn: report }
        Input: '{"containerOverrides": [{"name": "report", "environment": [{"name": "TOKEN_TTL", "value": "3600"}]}]}'
    `,
    // CloudFormation: a Ref or GetAtt may be a secret's ARN (unknown); a Sub ARN with a templated partition is a reference;
    // "true" and 1 are switches.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: web:1.0
                Environment:
                  - Name: AUTH_TOKEN
                    Value: !Ref AuthToken
                  - Name: DB_SECRET
                    Value: !GetAtt DbSecret.Id
                  - Name: ADMIN_PASSWORD
                    Value: !Sub "arn:\${AWS::Partition}:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:admin"
                  - Name: USE_TOKEN
                    Value: "true"
                  - Name: TOKEN_AUTH
                    Value: 1
                  - Name: !Ref VariableName
                    Value: !If [IsProd, !Ref Password, ""]
                Secrets:
                  - Name: DB_PASSWORD
                    ValueFrom: !Ref DbPasswordParameter
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [{
            "name": "web",
            "image": "nginx:1.27",
            "environment": [
              { "name": "DB_PASSWORD", "value": "hunter2" },
              { "name": "apiKey", "value": "abc123" },
              { "name": "AWS_ACCESS_KEY_ID", "value": "placeholder-id" },
              { "name": "ECS_ENGINE_AUTH_DATA", "value": "{}" }
            ]
          }]
        }
      `,
      errors: [
        {
          messageId: "secretName",
          data: data('"DB_PASSWORD"', '"web"'),
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 30,
        },
        { messageId: "secretName", data: data('"apiKey"', '"web"'), line: 8, column: 17, endLine: 8, endColumn: 25 },
        { messageId: "secretName", data: data('"AWS_ACCESS_KEY_ID"', '"web"'), line: 9, column: 17, endLine: 9, endColumn: 36 },
        { messageId: "secretName", data: data('"ECS_ENGINE_AUTH_DATA"', '"web"'), line: 10, column: 17, endLine: 10, endColumn: 39 },
      ],
    },
    {
      name: "an AWS access key ID under a harmless name (JSON)",
      ...json`
        {
          "family": "web",
          "containerDefinitions": [{
            "name": "worker",
            "image": "worker:1",
            "environment": [{ "name": "S3_USER", "value": "${ACCESS_KEY_ID}" }]
          }]
        }
      `,
      errors: [
        {
          messageId: "credentialValue",
          data: data('"S3_USER"', '"worker"', { credential: "an AWS access key ID" }),
          line: 6,
          column: 51,
          endLine: 6,
          endColumn: 73,
        },
      ],
    },
    {
      name: "an AWS secret access key, a GitHub token and a private key (YAML)",
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            environment:
              - name: S3_SK
                value: ${SECRET_ACCESS_KEY}
              - name: BUILD_AUTH
                value: "Bearer ${GITHUB_TOKEN}"
              - name: SIGNING_MATERIAL
                value: "${PRIVATE_KEY}"
      `,
      errors: [
        { messageId: "credentialValue", data: data('"S3_SK"', '"web"', { credential: "what looks like an AWS secret access key" }), line: 7, column: 16, endLine: 7, endColumn: 56 },
        { messageId: "credentialValue", data: data('"BUILD_AUTH"', '"web"', { credential: "a GitHub token" }), line: 9, column: 16, endLine: 9, endColumn: 65 },
        { messageId: "credentialValue", data: data('"SIGNING_MATERIAL"', '"web"', { credential: "a private key" }), line: 11, column: 16, endLine: 11, endColumn: 83 },
      ],
    },
    {
      // Passwords in URLs and connection strings, literal or templated.
      ...json`
        {
          "family": "api",
          "containerDefinitions": [{
            "name": "api",
            "image": "api:1",
            "environment": [
              { "name": "DATABASE_URL", "value": "postgres://app:hunter2@db.internal:5432/app" },
              { "name": "REDIS_URL", "value": "redis://:\${REDIS_PASSWORD}@cache:6379/0" },
              { "name": "SQL_CONNECTION", "value": "Server=db;Database=app;User Id=app;Password=hunter2;" },
              { "name": "MASKED_URL", "value": "postgres://app:****@db/app" },
              { "name": "PUBLIC_URL", "value": "https://user@example.com/path" }
            ]
          }]
        }
      `,
      errors: [
        { messageId: "credentialValue", data: data('"DATABASE_URL"', '"api"', { credential: "a password in a URL" }), line: 7, column: 42, endLine: 7, endColumn: 87 },
        { messageId: "credentialValue", data: data('"REDIS_URL"', '"api"', { credential: "a password in a URL" }), line: 8, column: 39, endLine: 8, endColumn: 80 },
        { messageId: "credentialValue", data: data('"SQL_CONNECTION"', '"api"', { credential: "a password in a connection string" }), line: 9, column: 44, endLine: 9, endColumn: 98 },
      ],
    },
    {
      // Words split on _, -, ., camelCase; pairs such as API_KEY; words ending in PASSWORD; ACCESS_KEY_ID is the credential itself.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            environment:
              - {name: x-api-key, value: abc}
              - {name: sshPrivateKey, value: abc}
              - {name: SECRET_KEY_BASE, value: abc}
              - {name: AWS_SESSION_TOKEN, value: abc}
              - {name: MINIO_ACCESS_KEY_ID, value: abc}
              - {name: db.passwd, value: abc}
              - {name: SECRET_ID, value: abc}
              - {name: OAUTH_TOKEN_URL, value: https://auth.example.com/token}
              - {name: PGPASSWORD, value: abc}
      `,
      errors: [
        { messageId: "secretName", data: data('"x-api-key"', '"web"'), line: 6, column: 16, endLine: 6, endColumn: 25 },
        { messageId: "secretName", data: data('"sshPrivateKey"', '"web"'), line: 7, column: 16, endLine: 7, endColumn: 29 },
        { messageId: "secretName", data: data('"SECRET_KEY_BASE"', '"web"'), line: 8, column: 16, endLine: 8, endColumn: 31 },
        { messageId: "secretName", data: data('"AWS_SESSION_TOKEN"', '"web"'), line: 9, column: 16, endLine: 9, endColumn: 33 },
        { messageId: "secretName", data: data('"MINIO_ACCESS_KEY_ID"', '"web"'), line: 10, column: 16, endLine: 10, endColumn: 35 },
        { messageId: "secretName", data: data('"db.passwd"', '"web"'), line: 11, column: 16, endLine: 11, endColumn: 25 },
        { messageId: "secretName", data: data('"PGPASSWORD"', '"web"'), line: 14, column: 16, endLine: 14, endColumn: 26 },
      ],
    },
    {
      // A templated value still lands in plaintext: placeholders, Fn::Sub, angle tokens.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [{
            "name": "web",
            "image": "nginx:1.27",
            "environment": [
              { "name": "DB_PASSWORD", "value": "\${DB_PASSWORD}" },
              { "name": "AWS_SECRET_ACCESS_KEY", "value": "<SECRET_KEY>" },
              { "name": "GITHUB_TOKEN", "value": { "Fn::Sub": "\${GithubToken}" } },
              { "name": "JWT_SECRET", "value": "prefix-{{ .Secret }}" }
            ]
          }]
        }
      `,
      errors: [
        { messageId: "templatedSecretName", data: data('"DB_PASSWORD"', '"web"'), line: 7, column: 17, endLine: 7, endColumn: 30 },
        { messageId: "templatedSecretName", data: data('"AWS_SECRET_ACCESS_KEY"', '"web"'), line: 8, column: 17, endLine: 8, endColumn: 40 },
        { messageId: "templatedSecretName", data: data('"GITHUB_TOKEN"', '"web"'), line: 9, column: 17, endLine: 9, endColumn: 31 },
        { messageId: "templatedSecretName", data: data('"JWT_SECRET"', '"web"'), line: 10, column: 17, endLine: 10, endColumn: 29 },
      ],
    },
    {
      // describe-task-definition output; a container without a name; allowedNames do not cover credential values.
      name: "describe output with a credential under an allowed name",
      ...json`
        {
          "taskDefinition": {
            "containerDefinitions": [{
              "image": "app:1",
              "environment": [
                { "name": "AWS_ACCESS_KEY_ID", "value": "${ACCESS_KEY_ID}" },
                { "name": "AWS_SECRET_ACCESS_KEY", "value": "test" }
              ]
            }]
          }
        }
      `,
      options: [{ allowedNames: ["AWS_ACCESS_KEY_ID", "aws_secret_access_key"] }],
      errors: [
        { messageId: "credentialValue", data: data('"AWS_ACCESS_KEY_ID"', "#1", { credential: "an AWS access key ID" }), line: 6, column: 49, endLine: 6, endColumn: 71 },
        { messageId: "secretName", data: data('"AWS_SECRET_ACCESS_KEY"', "#1"), line: 7, column: 19, endLine: 7, endColumn: 42 },
      ],
    },
    {
      // A bare container list (Terraform container_definitions).
      ...json`
        [
          {
            "name": "app",
            "image": "app:1",
            "essential": true,
            "environment": [{ "name": "STRIPE_API_KEY", "value": "\${stripe_key}" }]
          }
        ]
      `,
      errors: [{ messageId: "templatedSecretName", data: data('"STRIPE_API_KEY"', '"app"'), line: 6, column: 31, endLine: 6, endColumn: 47 }],
    },
    {
      // run-task input: the override's environment, where the secret cannot be passed through secrets.
      ...json`
        {
          "cluster": "prod",
          "taskDefinition": "migrate:3",
          "launchType": "FARGATE",
          "overrides": {
            "containerOverrides": [
              {
                "name": "app",
                "command": ["./migrate"],
                "environment": [
                  { "name": "LOG_LEVEL", "value": "debug" },
                  { "name": "DB_PASSWORD", "value": "hunter2-prod" },
                  { "name": "KEY", "value": "${ACCESS_KEY_ID}" }
                ]
              }
            ]
          }
        }
      `,
      errors: [
        { messageId: "overrideSecretName", data: override('"DB_PASSWORD"', '"app"', "run-task input"), line: 12, column: 21, endLine: 12, endColumn: 34 },
        {
          messageId: "overrideCredentialValue",
          data: override('"KEY"', '"app"', "run-task input", { credential: "an AWS access key ID" }),
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 59,
        },
      ],
    },
    {
      ...yaml`
        cluster: prod
        taskDefinition: migrate
        overrides:
          containerOverrides:
            - name: app
              environment:
                - name: API_TOKEN
                  value: \${API_TOKEN}
                - name: DB_PASSWORD_FILE
                  value: /run/secrets/db
      `,
      errors: [{ messageId: "overrideTemplatedSecretName", data: override('"API_TOKEN"', '"app"', "run-task input"), line: 7, column: 17, endLine: 7, endColumn: 26 }],
    },
    {
      // A bare --overrides file.
      ...json`
        {
          "containerOverrides": [
            { "name": "nginx", "environment": [{ "name": "ADMIN_PASSWORD", "value": "s3cr3t!" }] }
          ]
        }
      `,
      errors: [{ messageId: "overrideSecretName", data: override('"ADMIN_PASSWORD"', '"nginx"', "run-task input"), line: 3, column: 50, endLine: 3, endColumn: 66 }],
    },
    {
      // EventBridge: the ECS target's Input is the task override as JSON text; reported inside the string.
      ...json`
        {
          "Rule": "nightly-report",
          "Targets": [
            {
              "Id": "report",
              "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
              "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
              "EcsParameters": { "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:7", "LaunchType": "EC2" },
              "Input": "{\\"containerOverrides\\": [{\\"name\\": \\"report\\", \\"environment\\": [{\\"name\\": \\"SMTP_PASSWORD\\", \\"value\\": \\"hunter2\\"}]}]}"
            }
          ]
        }
      `,
      errors: [{ messageId: "overrideSecretName", data: override('"SMTP_PASSWORD"', '"report"', "EventBridge target"), line: 9, column: 95, endLine: 9, endColumn: 112 }],
    },
    {
      // A bare list of targets (put-targets --targets file://…), Input as a YAML block.
      ...yaml`
        - Id: report
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
          RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
          EcsParameters:
            TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/report
          Input: |
            {
              "containerOverrides": [
                {
                  "name": "report",
                  "environment": [
                    { "name": "SLACK_TOKEN", "value": "not-a-real-token" }
                  ]
                }
              ]
            }
      `,
      errors: [{ messageId: "overrideSecretName", data: override('"SLACK_TOKEN"', '"report"', "EventBridge target"), line: 12, column: 23, endLine: 12, endColumn: 36 }],
    },
    {
      // Scheduler: the same for a schedule's ECS target.
      ...json`
        {
          "Name": "nightly-report",
          "ScheduleExpression": "cron(0 3 * * ? *)",
          "FlexibleTimeWindow": { "Mode": "OFF" },
          "Target": {
            "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
            "RoleArn": "arn:aws:iam::123456789012:role/scheduler-ecs",
            "EcsParameters": { "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:7" },
            "Input": "{\\"containerOverrides\\":[{\\"name\\":\\"report\\",\\"environment\\":[{\\"name\\":\\"DB_PASSWORD\\",\\"value\\":\\"hunter2\\"}]}]}"
          }
        }
      `,
      errors: [{ messageId: "overrideSecretName", data: override('"DB_PASSWORD"', '"report"', "Scheduler schedule"), line: 9, column: 88, endLine: 9, endColumn: 103 }],
    },
    {
      ...yaml`
        Name: nightly-report
        ScheduleExpression: rate(1 day)
        FlexibleTimeWindow: { Mode: "OFF" }
        Target:
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
          RoleArn: arn:aws:iam::123456789012:role/scheduler-ecs
          EcsParameters: { TaskDefinitionArn: report }
          Input: '{"containerOverrides": [{"name": "report", "environment": [{"name": "GITHUB", "value": "${GITHUB_TOKEN}"}]}]}'
      `,
      errors: [
        {
          messageId: "overrideCredentialValue",
          data: override('"GITHUB"', '"report"', "Scheduler schedule", { credential: "a GitHub token" }),
          line: 8,
          column: 98,
          endLine: 8,
          endColumn: 140,
        },
      ],
    },
    {
      // YAML merge keys: the variable reached through an alias reports once, at the anchor.
      ...yaml`
        x-env: &env
          - name: ADMIN_PASSWORD
            value: admin
        family: web
        containerDefinitions:
          - name: a
            image: app:1
            environment: *env
          - name: b
            image: app:1
            environment: *env
      `,
      errors: [
        { messageId: "secretName", data: data('"ADMIN_PASSWORD"', '"a"'), line: 2, column: 11, endLine: 2, endColumn: 25 },
        { messageId: "secretName", data: data('"ADMIN_PASSWORD"', '"b"'), line: 2, column: 11, endLine: 2, endColumn: 25 },
      ],
    },
    {
      // CloudFormation: a literal (CloudFormation writes a number as a string), a dynamic reference (resolved into
      // plaintext), and an EventBridge rule's ECS target Input.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: web:1.0
                  Environment:
                    - Name: DB_PASSWORD
                      Value: hunter2hunter2
                    - Name: API_TOKEN
                      Value: !Sub "{{resolve:secretsmanager:\${ApiSecret}:SecretString:token}}"
                    - Name: PIN_SECRET
                      Value: 123456
          Rule:
            Type: AWS::Events::Rule
            Properties:
              ScheduleExpression: rate(1 hour)
              Targets:
                - Id: task
                  Arn: !GetAtt Cluster.Arn
                  RoleArn: !GetAtt Role.Arn
                  EcsParameters:
                    TaskDefinitionArn: !Ref TaskDefinition
                  Input: '{"containerOverrides": [{"name": "web", "environment": [{"name": "DB_PASSWORD", "value": "hunter2hunter2"}]}]}'
      `,
      errors: [
        { messageId: "secretName", data: { name: '"DB_PASSWORD"', container: '"web"', secrets: "Secrets", environment: "Environment" }, line: 9, column: 21, endLine: 9, endColumn: 32 },
        { messageId: "templatedSecretName", data: { name: '"API_TOKEN"', container: '"web"', secrets: "Secrets" }, line: 11, column: 21, endLine: 11, endColumn: 30 },
        { messageId: "secretName", data: { name: '"PIN_SECRET"', container: '"web"', secrets: "Secrets", environment: "Environment" }, line: 13, column: 21, endLine: 13, endColumn: 31 },
        { messageId: "overrideSecretName", data: override('"DB_PASSWORD"', '"web"', "EventBridge target"), line: 25, column: 84, endLine: 25, endColumn: 97 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [
                  {
                    "Name": "web",
                    "Image": "web:1.0",
                    "Environment": [
                      { "Name": "AWS_ACCESS_KEY_ID", "Value": "${ACCESS_KEY_ID}" },
                      { "Name": "SMTP_PASSWORD", "Value": { "Fn::Sub": "\${SmtpPassword}" } }
                    ]
                  }
                ]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "credentialValue", data: { name: '"AWS_ACCESS_KEY_ID"', container: '"web"', credential: "an AWS access key ID", secrets: "Secrets" }, line: 11, column: 55, endLine: 11, endColumn: 77 },
        { messageId: "templatedSecretName", data: { name: '"SMTP_PASSWORD"', container: '"web"', secrets: "Secrets" }, line: 12, column: 25, endLine: 12, endColumn: 40 },
      ],
    },
  ],
});

/** Message data for a variable of a Kubernetes container. */
function pod(name: string, container: string, workload: string, extra: Record<string, string> = {}): Record<string, string> {
  return { name: JSON.stringify(name), container: JSON.stringify(container), workload, ...extra };
}
/** The suggestion to read a variable from a Secret, and the code it gives. */
function secretRef(key: string, secret: string, output: string) {
  return { messageId: "useSecretKeyRef", data: { key: JSON.stringify(key), secret: JSON.stringify(secret) }, output };
}

const k8sDeployment = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: carts
  spec:
    selector: { matchLabels: { app: carts } }
    template:
      metadata: { labels: { app: carts } }
      spec:
        initContainers:
          - name: migrate
            image: carts-migrate:1.0
            env:
              - name: AWS_ACCESS_KEY_ID
                value: ${ACCESS_KEY_ID}
        containers:
          - name: carts
            image: carts:1.0
            env:
              - name: DB_USER
                value: carts
              - name: DB_PASSWORD
                value: hunter2
`;
const k8sPod = json`
  {
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": { "name": "web" },
    "spec": {
      "containers": [
        {
          "name": "web",
          "image": "web:1.0",
          "env": [
            { "name": "DATABASE_URL", "value": "postgres://web:s3cret@db:5432/web" },
            { "name": "API_TOKEN", "value": "abc123" }
          ]
        }
      ]
    }
  }
`;
const k8sMultiDocument = yaml`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: settings
  data:
    LOG_LEVEL: info
  ---
  apiVersion: batch/v1
  kind: CronJob
  metadata:
    name: backup
  spec:
    schedule: "@daily"
    jobTemplate:
      spec:
        template:
          spec:
            restartPolicy: OnFailure
            containers:
              - name: backup
                image: backup:1.0
                env:
                  - name: PGPASSWORD
                    value: "\${PGPASSWORD}"
                  - name: SLACK_TOKEN
                    value: "{{ slack_token }}"
`;
const k8sList = yaml`
  apiVersion: v1
  kind: List
  items:
    - apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        selector: { matchLabels: { app: agent } }
        template:
          metadata: { labels: { app: agent } }
          spec:
            containers:
              - name: agent
                image: agent:1.0
                env: [{ name: AWS_SECRET_ACCESS_KEY, value: "${SECRET_ACCESS_KEY}" }]
`;
const k8sConfigMap = yaml`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: app-config
  data:
    region: us-east-1
    credentials: |
      [default]
      aws_access_key_id = ${ACCESS_KEY_ID}
    signing.pem: "${PRIVATE_KEY}"
`;
const k8sPatch = {
  ...yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: \${APP_NAME}
    spec:
      template:
        spec:
          containers:
            - name: app
              env:
                - name: ADMIN_PASSWORD
                  value: changeme
  `,
  filename: "overlays/dev/env-patch.yaml",
};

runRule("no-plaintext-secrets (Kubernetes)", rule, {
  valid: [
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: carts
      spec:
        selector: { matchLabels: { app: carts } }
        template:
          metadata: { labels: { app: carts } }
          spec:
            containers:
              - name: carts
                image: carts:1.0
                env:
                  - name: DB_PASSWORD
                    valueFrom:
                      secretKeyRef: { name: carts-db, key: password }
                  - name: DATABASE_URL
                    value: postgres://carts:$(DB_PASSWORD)@db:5432/carts
                  - name: PGPASSWORD
                    value: $(DB_PASSWORD)
                  - name: DB_PASSWORD_FILE
                    value: /run/secrets/db-password
                  - name: ENABLE_TOKEN_AUTH
                    value: "true"
                  - name: API_KEY
                    value: ""
                  - name: SECRET_ARN
                    value: arn:aws:secretsmanager:us-east-1:123456789012:secret:carts-AbCdEf
    `,
    json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "web" },
        "spec": { "containers": [{ "name": "web", "image": "web:1.0", "env": [{ "name": "TOKEN", "valueFrom": { "secretKeyRef": { "name": "web", "key": "token" } } }] }] }
      }
    `,
    // Secrets hold secrets; ConfigMap data is judged on credential values only, and a templated password is the application's.
    yaml`
      apiVersion: v1
      kind: Secret
      metadata:
        name: aws
      stringData:
        AWS_ACCESS_KEY_ID: ${ACCESS_KEY_ID}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
      data:
        DB_PASSWORD_KEY: password
        application.yaml: |
          datasource:
            url: jdbc:postgresql://carts:\${DB_PASSWORD}@db:5432/carts
    `,
    // A custom resource is not read; allowed names are not reported.
    yaml`
      apiVersion: example.com/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
              - name: web
                image: web:1.0
                env: [{ name: DB_PASSWORD, value: hunter2 }]
    `,
    {
      ...yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          containers:
            - name: web
              image: web:1.0
              env: [{ name: CSRF_SECRET, value: not-a-real-secret }]
      `,
      options: [{ allowedNames: ["CSRF_SECRET"] }],
    },
  ],
  invalid: [
    {
      ...k8sDeployment,
      errors: [
        {
          messageId: "podCredentialValue",
          data: pod("AWS_ACCESS_KEY_ID", "migrate", 'Deployment "carts"', { credential: "an AWS access key ID" }),
          ...spanOf(k8sDeployment, ACCESS_KEY_ID),
          suggestions: [
            secretRef("AWS_ACCESS_KEY_ID", "carts", k8sDeployment.code.replace(`value: ${ACCESS_KEY_ID}`, "valueFrom: {secretKeyRef: {name: carts, key: AWS_ACCESS_KEY_ID}}")),
          ],
        },
        {
          messageId: "podSecretName",
          data: pod("DB_PASSWORD", "carts", 'Deployment "carts"'),
          ...spanIn(k8sDeployment, "name: DB_PASSWORD", "DB_PASSWORD"),
          suggestions: [secretRef("DB_PASSWORD", "carts", k8sDeployment.code.replace("value: hunter2", "valueFrom: {secretKeyRef: {name: carts, key: DB_PASSWORD}}"))],
        },
      ],
    },
    {
      ...k8sPod,
      errors: [
        {
          messageId: "podCredentialValue",
          data: pod("DATABASE_URL", "web", 'Pod "web"', { credential: "a password in a URL" }),
          ...spanOf(k8sPod, '"postgres://web:s3cret@db:5432/web"'),
          suggestions: [
            secretRef("DATABASE_URL", "web", k8sPod.code.replace('"value": "postgres://web:s3cret@db:5432/web"', '"valueFrom": {"secretKeyRef":{"name":"web","key":"DATABASE_URL"}}')),
          ],
        },
        {
          messageId: "podSecretName",
          data: pod("API_TOKEN", "web", 'Pod "web"'),
          ...spanOf(k8sPod, '"API_TOKEN"'),
          suggestions: [secretRef("API_TOKEN", "web", k8sPod.code.replace('"value": "abc123"', '"valueFrom": {"secretKeyRef":{"name":"web","key":"API_TOKEN"}}'))],
        },
      ],
    },
    {
      // The second document; templated values still land in plaintext once rendered.
      ...k8sMultiDocument,
      errors: [
        {
          messageId: "podTemplatedSecretName",
          data: pod("PGPASSWORD", "backup", 'CronJob "backup"'),
          ...spanIn(k8sMultiDocument, "name: PGPASSWORD", "PGPASSWORD"),
          suggestions: [secretRef("PGPASSWORD", "backup", k8sMultiDocument.code.replace('value: "${PGPASSWORD}"', "valueFrom: {secretKeyRef: {name: backup, key: PGPASSWORD}}"))],
        },
        {
          messageId: "podTemplatedSecretName",
          data: pod("SLACK_TOKEN", "backup", 'CronJob "backup"'),
          ...spanIn(k8sMultiDocument, "name: SLACK_TOKEN", "SLACK_TOKEN"),
          suggestions: [secretRef("SLACK_TOKEN", "backup", k8sMultiDocument.code.replace('value: "{{ slack_token }}"', "valueFrom: {secretKeyRef: {name: backup, key: SLACK_TOKEN}}"))],
        },
      ],
    },
    {
      ...k8sList,
      errors: [
        {
          messageId: "podCredentialValue",
          data: pod("AWS_SECRET_ACCESS_KEY", "agent", 'DaemonSet "agent"', { credential: "what looks like an AWS secret access key" }),
          ...spanOf(k8sList, `"${SECRET_ACCESS_KEY}"`),
          suggestions: [
            secretRef("AWS_SECRET_ACCESS_KEY", "agent", k8sList.code.replace(`value: "${SECRET_ACCESS_KEY}"`, "valueFrom: {secretKeyRef: {name: agent, key: AWS_SECRET_ACCESS_KEY}}")),
          ],
        },
      ],
    },
    {
      // Credential values in a ConfigMap, never its keys' names.
      ...k8sConfigMap,
      errors: [
        {
          messageId: "configMapCredential",
          data: { key: '"credentials"', configMap: 'ConfigMap "app-config"', credential: "an AWS access key ID" },
          ...spanOf(k8sConfigMap, `|\n    [default]\n    aws_access_key_id = ${ACCESS_KEY_ID}`),
        },
        { messageId: "configMapCredential", data: { key: '"signing.pem"', configMap: 'ConfigMap "app-config"', credential: "a private key" }, ...spanOf(k8sConfigMap, `"${PRIVATE_KEY}"`) },
      ],
    },
    {
      // A patch's present value is judged; its workload's name is a placeholder, so no Secret name is suggested.
      ...k8sPatch,
      errors: [{ messageId: "podSecretName", data: pod("ADMIN_PASSWORD", "app", "Deployment"), ...spanIn(k8sPatch, "name: ADMIN_PASSWORD", "ADMIN_PASSWORD") }],
    },
  ],
});
