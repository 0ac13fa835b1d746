/**
 * valid-schema on App Runner documents: `apprunner.yaml` against the file
 * format (keys, hyphenated spellings, version 1.0, runtimes, `build.commands`,
 * env and secrets lists), and CreateService, UpdateService,
 * CreateAutoScalingConfiguration and CreateVpcConnector input against the API
 * (src/facts/apprunner-schema.ts). describe-service output and CloudFormation
 * resources are not judged; placeholders and unknown values are silent.
 */
import rule from "../../src/rules/valid-schema.js";
import { dedent, jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** An expected output, written like the cases (dedented). */
const fixed = (strings: TemplateStringsArray): string => dedent(String.raw({ raw: strings }));

runRule("valid-schema", rule, {
  valid: [
    {
      name: "the Python example of the App Runner documentation",
      ...yaml`
      version: 1.0
      runtime: python311
      build:
        commands:
          build:
            - pip3 install -r requirements.txt
        env:
          - name: DJANGO_SETTINGS_MODULE
            value: "django_apprunner.settings"
      run:
        runtime-version: 3.11
        pre-run:
          - python3 manage.py migrate
        command: gunicorn django_apprunner.wsgi --log-file -
        network:
          port: 8000
          env: MY_APP_PORT
        env:
          - name: MY_VAR_EXAMPLE
            value: "example"
        secrets:
          - name: my-secret
            value-from: "arn:aws:secretsmanager:us-east-1:123456789012:secret:testingstackAppRunnerConstr-kJFXde2ULKbT-S7t8xR:username::"
      `,
    },
    {
      name: "version as a string, numbers and booleans where text goes, empty keys, placeholders",
      ...yaml`
      version: "1.0"
      runtime: \${RUNTIME}
      build:
        commands:
          pre-build:
          build: [npm ci]
        env:
      run:
        command: node index.js
        network: {port: "3000"}
        env:
          - {name: DB_PORT, value: 5432}
          - {name: DEBUG, value: true}
      `,
    },
    {
      name: "a source-code config in JSON",
      ...json`
      {"version": 1.0, "runtime": "nodejs22", "build": {"commands": {"build": ["npm ci"]}}, "run": {"command": "node app.js"}}
      `,
    },
    {
      name: "create-service input with an image",
      ...json`
      {
        "ServiceName": "web-app",
        "SourceConfiguration": {
          "ImageRepository": {
            "ImageIdentifier": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4",
            "ImageRepositoryType": "ECR",
            "ImageConfiguration": {"Port": "8000", "RuntimeEnvironmentVariables": {"LOG_LEVEL": "info"}, "RuntimeEnvironmentSecrets": {"API_KEY": "arn:aws:secretsmanager:us-east-1:123456789012:secret:api"}}
          },
          "AutoDeploymentsEnabled": true,
          "AuthenticationConfiguration": {"AccessRoleArn": "arn:aws:iam::123456789012:role/AppRunnerECRAccess"}
        },
        "InstanceConfiguration": {"Cpu": "1 vCPU", "Memory": "2 GB", "InstanceRoleArn": "arn:aws:iam::123456789012:role/web"},
        "HealthCheckConfiguration": {"Protocol": "HTTP", "Path": "/health", "Interval": 10, "Timeout": 5, "HealthyThreshold": 1, "UnhealthyThreshold": 5},
        "NetworkConfiguration": {"EgressConfiguration": {"EgressType": "VPC", "VpcConnectorArn": "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db/1/abc"}, "IngressConfiguration": {"IsPubliclyAccessible": true}, "IpAddressType": "DUAL_STACK"},
        "ObservabilityConfiguration": {"ObservabilityEnabled": false},
        "Tags": [{"Key": "team", "Value": "web"}]
      }
      `,
    },
    {
      name: "create-service input with source code, in YAML",
      ...yaml`
      ServiceName: api-service
      SourceConfiguration:
        CodeRepository:
          RepositoryUrl: https://github.com/example/api
          SourceCodeVersion: {Type: BRANCH, Value: main}
          CodeConfiguration:
            ConfigurationSource: API
            CodeConfigurationValues: {Runtime: PYTHON_311, BuildCommand: pip install -r requirements.txt, StartCommand: python app.py, Port: "8080"}
        AuthenticationConfiguration:
          ConnectionArn: arn:aws:apprunner:us-east-1:123456789012:connection/gh/abc
      InstanceConfiguration: {Cpu: "1024", Memory: "3072"}
      `,
    },
    {
      name: "update-service, auto scaling configuration and VPC connector input",
      ...json`
      {"ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/1", "AutoScalingConfigurationArn": "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high/1/abc"}
      `,
    },
    { name: "auto scaling configuration", ...json`{"AutoScalingConfigurationName": "high", "MaxConcurrency": 200, "MinSize": 25, "MaxSize": 100}` },
    { name: "VPC connector", ...yaml`VpcConnectorName: db-connector\nSubnets: [subnet-1]\nSecurityGroups: [sg-1]\n` },
    {
      name: "describe-service output is not judged",
      ...json`
      {"Service": {"ServiceName": "web-app", "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/1", "Status": "RUNNING", "InstanceConfiguration": {"Cpu": "3 vCPU"}, "Whatever": 1}}
      `,
    },
    {
      name: "CloudFormation resources are cfn-lint's",
      ...yaml`
      Resources:
        Service:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository:
                ImageIdentifier: public.ecr.aws/aws-containers/hello-app-runner:latest
                ImageRepositoryType: ECR_PUBLIC
                ImageConfiguration:
                  RuntimeEnvironmentVariables:
                    - {Name: STAGE, Value: prod}
            InstanceConfiguration: {Cpu: 1024, Memory: 2 GB}
            Colour: red
      `,
    },
  ],
  invalid: [
    {
      name: "apprunner.yaml: version 1.10, an unknown runtime, a camelCase key and typos (a misspelt key is not also missing)",
      ...yaml`
      version: 1.10
      runtime: python312
      build:
        comands:
          build: [make]
      run:
        preRun: [./migrate]
        command: ./start
        netwrok: {port: 80}
      `,
      output: fixed`
      version: 1.10
      runtime: python312
      build:
        comands:
          build: [make]
      run:
        pre-run: [./migrate]
        command: ./start
        netwrok: {port: 80}
      `,
      errors: [
        {
          messageId: "appRunnerVersion",
          data: { value: "1.10" },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 14,
          suggestions: [{ messageId: "convert", data: { value: "1.0" }, output: fixed`
          version: 1.0
          runtime: python312
          build:
            comands:
              build: [make]
          run:
            preRun: [./migrate]
            command: ./start
            netwrok: {port: 80}
          ` }],
        },
        { messageId: "enumValue", data: { subject: "The configuration file key runtime", allowed: 'one of 13 values such as "python311", "nodejs22", "corretto8"', value: "python312" }, line: 2, column: 10, endLine: 2, endColumn: 19 },
        {
          messageId: "unknownAppRunnerKeyNear",
          data: { shape: "Section build", key: "comands", name: "commands" },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 10,
          suggestions: [
            { messageId: "rename", output: fixed`
            version: 1.10
            runtime: python312
            build:
              commands:
                build: [make]
            run:
              preRun: [./migrate]
              command: ./start
              netwrok: {port: 80}
            ` },
            { messageId: "remove", output: fixed`
            version: 1.10
            runtime: python312
            build: {}
            run:
              preRun: [./migrate]
              command: ./start
              netwrok: {port: 80}
            ` },
          ],
        },
        { messageId: "appRunnerKeySpelling", data: { shape: "Section run", key: "preRun", name: "pre-run" }, line: 7, column: 3, endLine: 7, endColumn: 9 },
        {
          messageId: "unknownAppRunnerKeyNear",
          data: { shape: "Section run", key: "netwrok", name: "network" },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 10,
          suggestions: [
            { messageId: "rename", output: fixed`
            version: 1.10
            runtime: python312
            build:
              comands:
                build: [make]
            run:
              preRun: [./migrate]
              command: ./start
              network: {port: 80}
            ` },
            { messageId: "remove", output: fixed`
            version: 1.10
            runtime: python312
            build:
              comands:
                build: [make]
            run:
              preRun: [./migrate]
              command: ./start
            ` },
          ],
        },
      ],
    },
    {
      name: "apprunner.yaml: build.commands as a plain list (RULES.md Decisions)",
      ...yaml`
      version: 1.0
      runtime: nodejs22
      build:
        commands:
          - npm ci
          - npm run build
      run:
        command: node index.js
      `,
      errors: [
        {
          messageId: "appRunnerCommandsList",
          data: { subject: "Section build key commands" },
          line: 5,
          column: 5,
          endLine: 6,
          endColumn: 20,
          suggestions: [{ messageId: "moveCommands", output: fixed`
          version: 1.0
          runtime: nodejs22
          build:
            commands: {build: ["npm ci", "npm run build"]}
          run:
            command: node index.js
          ` }],
        },
      ],
    },
    {
      name: "apprunner.yaml in JSON: a string version, env and secrets items",
      ...json`
      {"version": "2.0", "runtime": "nodejs22", "build": {"commands": {"build": ["npm ci"], "post_build": []}},
       "run": {"command": "node app.js", "env": [{"name": "A", "valu": "1"}, "B=2"], "secrets": [{"name": "C", "valueFrom": "arn"}]}}
      `,
      output: fixed`
      {"version": "2.0", "runtime": "nodejs22", "build": {"commands": {"build": ["npm ci"], "post-build": []}},
       "run": {"command": "node app.js", "env": [{"name": "A", "valu": "1"}, "B=2"], "secrets": [{"name": "C", "value-from": "arn"}]}}
      `,
      errors: [
        {
          messageId: "appRunnerVersion",
          data: { value: '"2.0"' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 18,
          suggestions: [{ messageId: "convert", output: fixed`
          {"version": "1.0", "runtime": "nodejs22", "build": {"commands": {"build": ["npm ci"], "post_build": []}},
           "run": {"command": "node app.js", "env": [{"name": "A", "valu": "1"}, "B=2"], "secrets": [{"name": "C", "valueFrom": "arn"}]}}
          ` }],
        },
        { messageId: "appRunnerKeySpelling", data: { shape: "Section build.commands", key: "post_build", name: "post-build" }, line: 1, column: 87, endLine: 1, endColumn: 99 },
        {
          messageId: "unknownAppRunnerKeyNear",
          data: { shape: "An env item", key: "valu", name: "value" },
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            { messageId: "rename", output: fixed`
            {"version": "2.0", "runtime": "nodejs22", "build": {"commands": {"build": ["npm ci"], "post_build": []}},
             "run": {"command": "node app.js", "env": [{"name": "A", "value": "1"}, "B=2"], "secrets": [{"name": "C", "valueFrom": "arn"}]}}
            ` },
            { messageId: "remove", output: fixed`
            {"version": "2.0", "runtime": "nodejs22", "build": {"commands": {"build": ["npm ci"], "post_build": []}},
             "run": {"command": "node app.js", "env": [{"name": "A"}, "B=2"], "secrets": [{"name": "C", "valueFrom": "arn"}]}}
            ` },
          ],
        },
        { messageId: "wrongType", data: { subject: "Item 2 of section run key env", expected: "a mapping with name and value", actual: "a string" }, line: 2, column: 72, endLine: 2, endColumn: 77 },
        { messageId: "appRunnerKeySpelling", data: { shape: "A secrets item", key: "valueFrom", name: "value-from" }, line: 2, column: 106, endLine: 2, endColumn: 117 },
      ],
    },
    {
      name: "create-service: an unknown member, a pair of repositories, Cpu and health check values, Port as a number, null",
      ...json`
      {
        "ServiceName": "web-app",
        "SourceConfiguration": {
          "ImageRepository": {"ImageIdentifier": "public.ecr.aws/nginx/nginx:1.27", "ImageRepositoryType": "PUBLIC", "ImageConfiguration": {"Port": 8080}},
          "CodeRepository": {"RepositoryUrl": "https://github.com/example/web", "SourceCodeVersion": {"Type": "BRANCH", "Value": "main"}}
        },
        "InstanceConfiguration": {"Cpu": "1vCPU", "Memory": "2 GB"},
        "HealthCheckConfiguration": {"Protocol": "http", "Interval": 30},
        "NetworkConfiguration": null,
        "AutoScalingConfiguration": "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high/1/abc"
      }
      `,
      output: fixed`
      {
        "ServiceName": "web-app",
        "SourceConfiguration": {
          "ImageRepository": {"ImageIdentifier": "public.ecr.aws/nginx/nginx:1.27", "ImageRepositoryType": "PUBLIC", "ImageConfiguration": {"Port": "8080"}},
          "CodeRepository": {"RepositoryUrl": "https://github.com/example/web", "SourceCodeVersion": {"Type": "BRANCH", "Value": "main"}}
        },
        "InstanceConfiguration": {"Cpu": "1vCPU", "Memory": "2 GB"},
        "HealthCheckConfiguration": {"Protocol": "HTTP", "Interval": 30},
        "NetworkConfiguration": null,
        "AutoScalingConfiguration": "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high/1/abc"
      }
      `,
      errors: [
        { messageId: "oneOfMany", data: { shape: "SourceConfiguration", members: "CodeRepository and ImageRepository" }, line: 3, column: 3, endLine: 3, endColumn: 24 },
        { messageId: "enumValue", data: { subject: "ImageRepository member ImageRepositoryType", allowed: '"ECR" or "ECR_PUBLIC"', value: "PUBLIC" }, line: 4, column: 102, endLine: 4, endColumn: 110 },
        { messageId: "wrongType", data: { subject: "ImageConfiguration member Port", expected: "a string", actual: "a number" }, line: 4, column: 143, endLine: 4, endColumn: 147 },
        { messageId: "patternMismatch", line: 7, column: 36, endLine: 7, endColumn: 43 },
        { messageId: "enumCase", line: 8, column: 44, endLine: 8, endColumn: 50 },
        { messageId: "outOfRange", data: { subject: "HealthCheckConfiguration member Interval", range: "between 1 and 20", value: 30 }, line: 8, column: 64, endLine: 8, endColumn: 66 },
        {
          messageId: "nullMember",
          line: 9,
          column: 27,
          endLine: 9,
          endColumn: 31,
          suggestions: [{ messageId: "remove", output: fixed`
          {
            "ServiceName": "web-app",
            "SourceConfiguration": {
              "ImageRepository": {"ImageIdentifier": "public.ecr.aws/nginx/nginx:1.27", "ImageRepositoryType": "PUBLIC", "ImageConfiguration": {"Port": 8080}},
              "CodeRepository": {"RepositoryUrl": "https://github.com/example/web", "SourceCodeVersion": {"Type": "BRANCH", "Value": "main"}}
            },
            "InstanceConfiguration": {"Cpu": "1vCPU", "Memory": "2 GB"},
            "HealthCheckConfiguration": {"Protocol": "http", "Interval": 30},
            "AutoScalingConfiguration": "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high/1/abc"
          }
          ` }],
        },
        {
          messageId: "unknownMemberNear",
          data: { shape: "CreateServiceRequest", key: "AutoScalingConfiguration", name: "AutoScalingConfigurationArn" },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 29,
          suggestions: [
            { messageId: "rename", output: fixed`
            {
              "ServiceName": "web-app",
              "SourceConfiguration": {
                "ImageRepository": {"ImageIdentifier": "public.ecr.aws/nginx/nginx:1.27", "ImageRepositoryType": "PUBLIC", "ImageConfiguration": {"Port": 8080}},
                "CodeRepository": {"RepositoryUrl": "https://github.com/example/web", "SourceCodeVersion": {"Type": "BRANCH", "Value": "main"}}
              },
              "InstanceConfiguration": {"Cpu": "1vCPU", "Memory": "2 GB"},
              "HealthCheckConfiguration": {"Protocol": "http", "Interval": 30},
              "NetworkConfiguration": null,
              "AutoScalingConfigurationArn": "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high/1/abc"
            }
            ` },
            { messageId: "remove", output: fixed`
            {
              "ServiceName": "web-app",
              "SourceConfiguration": {
                "ImageRepository": {"ImageIdentifier": "public.ecr.aws/nginx/nginx:1.27", "ImageRepositoryType": "PUBLIC", "ImageConfiguration": {"Port": 8080}},
                "CodeRepository": {"RepositoryUrl": "https://github.com/example/web", "SourceCodeVersion": {"Type": "BRANCH", "Value": "main"}}
              },
              "InstanceConfiguration": {"Cpu": "1vCPU", "Memory": "2 GB"},
              "HealthCheckConfiguration": {"Protocol": "http", "Interval": 30},
              "NetworkConfiguration": null
            }
            ` },
          ],
        },
      ],
    },
    {
      name: "create-service in YAML: neither repository, a memory App Runner does not have",
      ...yaml`
      ServiceName: web-app
      SourceConfiguration:
        AutoDeploymentsEnabled: true
      InstanceConfiguration:
        Memory: 16 GB
      `,
      errors: [
        { messageId: "unionCount", line: 2, column: 1, endLine: 2, endColumn: 20 },
        { messageId: "patternMismatch", line: 5, column: 11, endLine: 5, endColumn: 16 },
      ],
    },
    {
      name: "update-service: a member only create-service takes",
      ...yaml`
      ServiceArn: arn:aws:apprunner:us-east-1:123456789012:service/web/1
      InstanceConfiguration: {Cpu: 2 vCPU, Memory: 4 GB}
      HealthCheckConfiguration: {Protocol: TCP}
      NetworkConfiguration: {EgressConfiguration: {EgressType: DEFAULT}}
      EncryptionConfiguration: {KmsKey: arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555}
      `,
      errors: [
        {
          messageId: "unknownMember",
          data: { shape: "UpdateServiceRequest", key: "EncryptionConfiguration" },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 24,
          suggestions: [{ messageId: "remove", output: fixed`
          ServiceArn: arn:aws:apprunner:us-east-1:123456789012:service/web/1
          InstanceConfiguration: {Cpu: 2 vCPU, Memory: 4 GB}
          HealthCheckConfiguration: {Protocol: TCP}
          NetworkConfiguration: {EgressConfiguration: {EgressType: DEFAULT}}
          ` }],
        },
      ],
    },
    {
      name: "auto scaling configuration out of range",
      ...json`
      {"AutoScalingConfigurationName": "hi", "MaxConcurrency": 500, "MinSize": 0, "MaxSize": 30}
      `,
      errors: [
        { messageId: "tooShort", line: 1, column: 34, endLine: 1, endColumn: 38 },
        { messageId: "outOfRange", data: { subject: "CreateAutoScalingConfigurationRequest member MaxConcurrency", range: "between 1 and 200", value: 500 }, line: 1, column: 58, endLine: 1, endColumn: 61 },
        { messageId: "outOfRange", data: { subject: "CreateAutoScalingConfigurationRequest member MinSize", range: "between 1 and 25", value: 0 }, line: 1, column: 74, endLine: 1, endColumn: 75 },
      ],
    },
    {
      name: "VPC connector: subnets as a string",
      ...yaml`
      VpcConnectorName: db-connector
      Subnets: subnet-1
      `,
      errors: [{ messageId: "wrongType", line: 2, column: 10, endLine: 2, endColumn: 18 }],
    },
  ],
});
