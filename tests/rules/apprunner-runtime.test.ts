import rule from "../../src/rules/apprunner-runtime.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const FILENAME = "apprunner.yaml";
const REVISED = "python311, nodejs18 or nodejs22";

/** A source-code service whose CodeConfigurationValues name a runtime (API input). */
function codeService(runtime: string, source = "API"): string {
  return `{
  "ServiceName": "web",
  "SourceConfiguration": {
    "CodeRepository": {
      "RepositoryUrl": "https://github.com/example/web",
      "SourceCodeVersion": { "Type": "BRANCH", "Value": "main" },
      "CodeConfiguration": {
        "ConfigurationSource": "${source}",
        "CodeConfigurationValues": { "Runtime": ${runtime}, "BuildCommand": "npm ci", "StartCommand": "node index.js" }
      }
    },
    "AuthenticationConfiguration": { "ConnectionArn": "arn:aws:apprunner:us-east-1:123456789012:connection/github/0123456789abcdef" }
  }
}
`;
}

runRule("apprunner-runtime", rule, {
  valid: [
    {
      // The Python 3.11 example of the App Runner guide (config-file-examples.html): revised build, pre-run allowed.
      ...yaml`
        version: 1.0
        runtime: python311
        build:
          commands:
            build:
              - pip3 install -r requirements.txt
        run:
          runtime-version: 3.11
          pre-run:
            - python3 manage.py migrate
          command: gunicorn django_apprunner.wsgi --log-file -
          network:
            port: 8000
            env: MY_APP_PORT
      `,
      filename: FILENAME,
    },
    { ...yaml`
        version: 1.0
        runtime: nodejs22
        build:
          commands:
            build: [npm ci]
        run:
          pre-run: [npm run migrate]
          command: node index.js
      `, filename: FILENAME },
    // Corretto has no end of support; an original-build runtime without pre-run (or with a null one) is fine.
    { ...yaml`
        version: 1.0
        runtime: corretto11
        build:
          commands:
            build: [mvn clean package]
        run:
          pre-run: null
          command: java -jar target/app.jar
      `, filename: FILENAME },
    json`{ "version": "1.0", "runtime": "corretto8", "run": { "command": "java -jar app.jar" } }`,
    // Unknown runtimes, and runtimes App Runner does not have (valid-schema's).
    { ...yaml`
        version: 1.0
        runtime: \${RUNTIME}
        build:
          commands:
            build: [make]
        run:
          pre-run: [make migrate]
          command: ./start
      `, filename: FILENAME },
    { ...yaml`
        version: 1.0
        runtime: python312
        build:
          commands:
            build: [make]
        run:
          pre-run: [make migrate]
          command: ./start
      `, filename: FILENAME },
    // Services: a supported runtime; REPOSITORY ignores CodeConfigurationValues (App Runner reads apprunner.yaml).
    { syntax: "json", code: codeService('"PYTHON_311"') },
    { syntax: "json", code: codeService('"NODEJS_22"') },
    { syntax: "json", code: codeService('"NODEJS_12"', "REPOSITORY") },
    { syntax: "json", code: codeService('"${RUNTIME}"') },
    { syntax: "json", code: codeService('"<RUNTIME>"') },
    yaml`
      Resources:
        Service:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              CodeRepository:
                RepositoryUrl: https://github.com/example/web
                SourceCodeVersion: { Type: BRANCH, Value: main }
                CodeConfiguration:
                  ConfigurationSource: API
                  CodeConfigurationValues:
                    Runtime: !Ref Runtime
        Second:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              CodeRepository:
                CodeConfiguration:
                  ConfigurationSource: API
                  CodeConfigurationValues: !If [Old, { Runtime: PYTHON_3 }, { Runtime: PYTHON_311 }]
        Image:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
    `,
    // Not App Runner: Lambda's runtime names are other files' business.
    yaml`
      Resources:
        Function:
          Type: AWS::Lambda::Function
          Properties:
            Runtime: nodejs16.x
            Handler: index.handler
    `,
  ],
  invalid: [
    {
      // python3 with a runtime version and pre-run: both reported; moving to python311 drops the old version.
      ...yaml`
        version: 1.0
        runtime: python3
        build:
          commands:
            build:
              - pip install -r requirements.txt
        run:
          runtime-version: 3.8.16
          pre-run:
            - python manage.py migrate
          command: gunicorn app.wsgi
      `,
      filename: FILENAME,
      errors: [
        {
          messageId: "endOfSupport",
          data: { key: "runtime", runtime: "python3", label: "Python 3.7/3.8", date: "2025-12-01", successor: "python311", successorLabel: "Python 3.11" },
          line: 2, column: 10, endLine: 2, endColumn: 17,
          suggestions: [
            {
              messageId: "useRuntimeDropVersion",
              data: { key: "runtime", value: "python311", versionKey: "run.runtime-version", label: "Python 3.7/3.8" },
              output: "version: 1.0\nruntime: python311\nbuild:\n  commands:\n    build:\n      - pip install -r requirements.txt\nrun:\n  pre-run:\n    - python manage.py migrate\n  command: gunicorn app.wsgi\n",
            },
          ],
        },
        {
          messageId: "preRunOriginalBuild",
          data: { key: "pre-run", revised: REVISED, runtime: "python3" },
          line: 9, column: 3, endLine: 9, endColumn: 10,
          suggestions: [
            {
              messageId: "useRuntimeDropVersion",
              output: "version: 1.0\nruntime: python311\nbuild:\n  commands:\n    build:\n      - pip install -r requirements.txt\nrun:\n  pre-run:\n    - python manage.py migrate\n  command: gunicorn app.wsgi\n",
            },
            {
              messageId: "removePreRun",
              data: { key: "pre-run" },
              output: "version: 1.0\nruntime: python3\nbuild:\n  commands:\n    build:\n      - pip install -r requirements.txt\nrun:\n  runtime-version: 3.8.16\n  command: gunicorn app.wsgi\n",
            },
          ],
        },
      ],
    },
    {
      // The aws-samples short-clip demo's apprunner.yaml (corpus): nodejs12.
      ...yaml`
        version: 1.0
        runtime: nodejs12
        build:
          commands:
            build:
              - npm install
        run:
          network:
            port: 3000
            env: APP_PORT
          command: node index.js
      `,
      filename: FILENAME,
      errors: [
        {
          messageId: "endOfSupport",
          data: { key: "runtime", runtime: "nodejs12", label: "Node.js 12", date: "2025-12-01", successor: "nodejs22", successorLabel: "Node.js 22" },
          line: 2, column: 10, endLine: 2, endColumn: 18,
          suggestions: [
            {
              messageId: "useRuntime",
              data: { key: "runtime", value: "nodejs22" },
              output: "version: 1.0\nruntime: nodejs22\nbuild:\n  commands:\n    build:\n      - npm install\nrun:\n  network:\n    port: 3000\n    env: APP_PORT\n  command: node index.js\n",
            },
          ],
        },
      ],
    },
    {
      // nodejs14 with pre-run: nodejs22 runs it, so changing the runtime is offered for the pre-run report too.
      ...yaml`
        version: 1.0
        runtime: nodejs14
        build:
          commands:
            build: [npm ci]
        run:
          pre-run: [npm run migrate]
          command: node index.js
      `,
      filename: FILENAME,
      errors: [
        {
          messageId: "endOfSupport",
          line: 2, column: 10, endLine: 2, endColumn: 18,
          suggestions: [{ messageId: "useRuntime", output: "version: 1.0\nruntime: nodejs22\nbuild:\n  commands:\n    build: [npm ci]\nrun:\n  pre-run: [npm run migrate]\n  command: node index.js\n" }],
        },
        {
          messageId: "preRunOriginalBuild",
          data: { key: "pre-run", revised: REVISED, runtime: "nodejs14" },
          line: 7, column: 3, endLine: 7, endColumn: 10,
          suggestions: [
            { messageId: "useRuntime", data: { key: "runtime", value: "nodejs22" }, output: "version: 1.0\nruntime: nodejs22\nbuild:\n  commands:\n    build: [npm ci]\nrun:\n  pre-run: [npm run migrate]\n  command: node index.js\n" },
            { messageId: "removePreRun", output: "version: 1.0\nruntime: nodejs14\nbuild:\n  commands:\n    build: [npm ci]\nrun:\n  command: node index.js\n" },
          ],
        },
      ],
    },
    {
      // go1: no newer Go runtime; pre-run on the original build can only be removed.
      ...yaml`
        version: 1.0
        runtime: go1
        build:
          commands:
            build: [go build -o app .]
        run:
          command: ./app
          pre-run: [./migrate]
      `,
      filename: FILENAME,
      errors: [
        {
          messageId: "endOfSupportNoSuccessor",
          data: { key: "runtime", runtime: "go1", label: "Go 1", date: "2025-12-01", language: "Go" },
          line: 2, column: 10, endLine: 2, endColumn: 13, suggestions: null,
        },
        {
          messageId: "preRunOriginalBuild",
          line: 8, column: 3, endLine: 8, endColumn: 10,
          suggestions: [{ messageId: "removePreRun", output: "version: 1.0\nruntime: go1\nbuild:\n  commands:\n    build: [go build -o app .]\nrun:\n  command: ./app\n" }],
        },
      ],
    },
    {
      // Corretto is supported, but its build is the original one.
      ...yaml`
        version: 1.0
        runtime: corretto11
        build:
          commands:
            build: [mvn clean package]
        run:
          pre-run: []
          command: java -jar target/app.jar
      `,
      filename: FILENAME,
      errors: [
        {
          messageId: "preRunOriginalBuild",
          data: { key: "pre-run", revised: REVISED, runtime: "corretto11" },
          line: 7, column: 3, endLine: 7, endColumn: 10,
          suggestions: [{ messageId: "removePreRun", output: "version: 1.0\nruntime: corretto11\nbuild:\n  commands:\n    build: [mvn clean package]\nrun:\n  command: java -jar target/app.jar\n" }],
        },
      ],
    },
    {
      // JSON, whatever the file is called; PHP 8.1 ended on 2025-12-31.
      ...json`{ "version": "1.0", "runtime": "php81", "run": { "command": "php -S 0.0.0.0:8080" } }`,
      errors: [
        {
          messageId: "endOfSupportNoSuccessor",
          data: { key: "runtime", runtime: "php81", label: "PHP 8.1", date: "2025-12-31", language: "PHP" },
          line: 1, column: 32, endLine: 1, endColumn: 39, suggestions: null,
        },
      ],
    },
    {
      // CreateService input: the API's enum names.
      syntax: "json",
      code: codeService('"NODEJS_16"'),
      errors: [
        {
          messageId: "endOfSupport",
          data: { key: "Runtime", runtime: "NODEJS_16", label: "Node.js 16", date: "2025-12-01", successor: "NODEJS_22", successorLabel: "Node.js 22" },
          line: 9, column: 49, endLine: 9, endColumn: 60,
          suggestions: [{ messageId: "useRuntime", data: { key: "Runtime", value: "NODEJS_22" }, output: codeService('"NODEJS_22"') }],
        },
      ],
    },
    {
      // --cli-input-yaml; .NET has no newer runtime on App Runner.
      ...yaml`
        ServiceName: api
        SourceConfiguration:
          CodeRepository:
            RepositoryUrl: https://github.com/example/api
            SourceCodeVersion: { Type: BRANCH, Value: main }
            CodeConfiguration:
              ConfigurationSource: API
              CodeConfigurationValues:
                Runtime: DOTNET_6
                BuildCommand: dotnet publish -c Release -o out
                StartCommand: dotnet out/api.dll
      `,
      errors: [
        {
          messageId: "endOfSupportNoSuccessor",
          data: { key: "Runtime", runtime: "DOTNET_6", label: ".NET 6", date: "2025-12-01", language: ".NET" },
          line: 9, column: 18, endLine: 9, endColumn: 26, suggestions: null,
        },
      ],
    },
    {
      // CloudFormation YAML and JSON.
      ...yaml`
        Resources:
          Service:
            Type: AWS::AppRunner::Service
            Properties:
              SourceConfiguration:
                CodeRepository:
                  RepositoryUrl: https://github.com/example/web
                  SourceCodeVersion: { Type: BRANCH, Value: main }
                  CodeConfiguration:
                    ConfigurationSource: API
                    CodeConfigurationValues: { Runtime: PYTHON_3, StartCommand: python app.py }
      `,
      errors: [
        {
          messageId: "endOfSupport",
          data: { key: "Runtime", runtime: "PYTHON_3", label: "Python 3.7/3.8", date: "2025-12-01", successor: "PYTHON_311", successorLabel: "Python 3.11" },
          line: 11, column: 49, endLine: 11, endColumn: 57,
          suggestions: [
            {
              messageId: "useRuntime",
              output: "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        CodeRepository:\n          RepositoryUrl: https://github.com/example/web\n          SourceCodeVersion: { Type: BRANCH, Value: main }\n          CodeConfiguration:\n            ConfigurationSource: API\n            CodeConfigurationValues: { Runtime: PYTHON_311, StartCommand: python app.py }\n",
            },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "Service": {
              "Type": "AWS::AppRunner::Service",
              "Properties": {
                "SourceConfiguration": {
                  "CodeRepository": {
                    "CodeConfiguration": { "ConfigurationSource": "API", "CodeConfigurationValues": { "Runtime": "RUBY_31" } }
                  }
                }
              }
            }
          }
        }
      `,
      errors: [{ messageId: "endOfSupportNoSuccessor", data: { key: "Runtime", runtime: "RUBY_31", label: "Ruby 3.1", date: "2025-12-01", language: "Ruby" }, line: 8, column: 106, endLine: 8, endColumn: 115 }],
    },
    {
      // UpdateService input counts as a service.
      ...json`
        {
          "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa",
          "SourceConfiguration": {
            "CodeRepository": {
              "RepositoryUrl": "https://github.com/example/web",
              "SourceCodeVersion": { "Type": "BRANCH", "Value": "main" },
              "CodeConfiguration": { "ConfigurationSource": "API", "CodeConfigurationValues": { "Runtime": "NODEJS_14" } }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "endOfSupport",
          line: 7, column: 100, endLine: 7, endColumn: 111,
          suggestions: [
            {
              messageId: "useRuntime",
              output: '{\n  "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa",\n  "SourceConfiguration": {\n    "CodeRepository": {\n      "RepositoryUrl": "https://github.com/example/web",\n      "SourceCodeVersion": { "Type": "BRANCH", "Value": "main" },\n      "CodeConfiguration": { "ConfigurationSource": "API", "CodeConfigurationValues": { "Runtime": "NODEJS_22" } }\n    }\n  }\n}\n',
            },
          ],
        },
      ],
    },
    {
      // describe-service output: the live service is reported, never fixed.
      ...json`
        {
          "Service": {
            "ServiceName": "web",
            "ServiceId": "8fe1e10304f84fd2b0df550fe98a71fa",
            "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa",
            "Status": "RUNNING",
            "SourceConfiguration": {
              "CodeRepository": {
                "RepositoryUrl": "https://github.com/example/web",
                "SourceCodeVersion": { "Type": "BRANCH", "Value": "main" },
                "CodeConfiguration": { "ConfigurationSource": "API", "CodeConfigurationValues": { "Runtime": "NODEJS_18" } }
              }
            }
          }
        }
      `,
      errors: [{ messageId: "endOfSupport", line: 11, column: 102, endLine: 11, endColumn: 113, suggestions: null }],
    },
  ],
});
