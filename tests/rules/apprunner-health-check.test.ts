import rule from "../../src/rules/apprunner-health-check.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const IMAGE = `"SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "public.ecr.aws/nginx/nginx:1.27", "ImageRepositoryType": "ECR_PUBLIC" } }`;
const SERVICE_ARN = "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa";
const MESSAGE_DATA = { service: 'Service "web"' };

runRule("apprunner-health-check", rule, {
  valid: [
    json`{ "ServiceName": "web", ${IMAGE}, "HealthCheckConfiguration": { "Protocol": "HTTP", "Path": "/healthz", "Interval": 10 } }`,
    // Path defaults to "/".
    json`{ "ServiceName": "web", ${IMAGE}, "HealthCheckConfiguration": { "Protocol": "HTTP" } }`,
    yaml`
      ServiceName: web
      SourceConfiguration:
        ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
      HealthCheckConfiguration:
        Protocol: HTTP
        Path: /health
    `,
    // UpdateService keeps the current check when it names none, or names no protocol.
    json`{ "ServiceArn": "${SERVICE_ARN}", "InstanceConfiguration": { "Cpu": "1 vCPU", "Memory": "2 GB" } }`,
    json`{ "ServiceArn": "${SERVICE_ARN}", "HealthCheckConfiguration": { "Interval": 10 } }`,
    json`{ "ServiceArn": "${SERVICE_ARN}", "HealthCheckConfiguration": null }`,
    // Unknown values: placeholders, intrinsics, merge keys. Other spellings of the protocol are valid-schema's.
    json`{ "ServiceName": "web", ${IMAGE}, "HealthCheckConfiguration": { "Protocol": "\${HEALTH_CHECK_PROTOCOL}" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "HealthCheckConfiguration": "{{ health_check }}" }`,
    json`{ "ServiceName": "web", ${IMAGE}, "HealthCheckConfiguration": { "Protocol": "http" } }`,
    yaml`
      Resources:
        Service:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
            HealthCheckConfiguration: !If [Http, { Protocol: HTTP, Path: / }, !Ref AWS::NoValue]
        Second:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
            HealthCheckConfiguration:
              Protocol: !Ref HealthCheckProtocol
        Third:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
            HealthCheckConfiguration:
              Protocol: HTTP
              Path: /ready
    `,
    yaml`
      check: &check
        Protocol: HTTP
      ServiceName: web
      SourceConfiguration:
        ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
      HealthCheckConfiguration:
        <<: *check
        Interval: 10
    `,
    yaml`
      defaults: &defaults
        HealthCheckConfiguration: { Protocol: HTTP }
      <<: *defaults
      ServiceName: web
      SourceConfiguration:
        ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
    `,
    // describe-service output with an HTTP check.
    json`{ "Service": { "ServiceName": "web", "ServiceArn": "${SERVICE_ARN}", "Status": "RUNNING", ${IMAGE}, "HealthCheckConfiguration": { "Protocol": "HTTP", "Path": "/" } } }`,
    // Not App Runner: an ECS service.
    json`{ "serviceName": "web", "cluster": "prod", "taskDefinition": "web:3", "desiredCount": 2 }`,
  ],
  invalid: [
    {
      // No HealthCheckConfiguration: TCP by default (RULES.md Decisions). Reported at ServiceName.
      ...json`
        {
          "ServiceName": "web",
          ${IMAGE}
        }
      `,
      errors: [
        {
          messageId: "noHealthCheck",
          data: { ...MESSAGE_DATA, key: "HealthCheckConfiguration" },
          line: 2, column: 3, endLine: 2, endColumn: 16,
          suggestions: [{ messageId: "useHttp", data: { path: '"/"' }, output: `{\n  "ServiceName": "web",\n  ${IMAGE},\n  "HealthCheckConfiguration": {"Protocol":"HTTP","Path":"/"}\n}\n` }],
        },
      ],
    },
    {
      // The option names the path to suggest.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
      `,
      options: [{ path: "/health" }],
      errors: [
        {
          messageId: "noHealthCheck",
          line: 1, column: 1, endLine: 1, endColumn: 12,
          suggestions: [
            {
              messageId: "useHttp",
              data: { path: '"/health"' },
              output: "ServiceName: web\nSourceConfiguration:\n  ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }\nHealthCheckConfiguration: {Protocol: HTTP, Path: /health}\n",
            },
          ],
        },
      ],
    },
    {
      // A null HealthCheckConfiguration is absent: reported at its key, and replaced.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
        HealthCheckConfiguration: null
      `,
      errors: [
        {
          messageId: "noHealthCheck",
          line: 4, column: 1, endLine: 4, endColumn: 25,
          suggestions: [{ messageId: "useHttp", output: "ServiceName: web\nSourceConfiguration:\n  ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }\nHealthCheckConfiguration: {Protocol: HTTP, Path: /}\n" }],
        },
      ],
    },
    {
      // Protocol TCP: HTTP with the default path.
      ...json`
        {
          "ServiceName": "web",
          ${IMAGE},
          "HealthCheckConfiguration": { "Protocol": "TCP", "Interval": 10 }
        }
      `,
      errors: [
        {
          messageId: "tcpHealthCheck",
          data: { ...MESSAGE_DATA, key: "Protocol" },
          line: 4, column: 45, endLine: 4, endColumn: 50,
          suggestions: [
            { messageId: "useHttp", data: { path: '"/"' }, output: `{\n  "ServiceName": "web",\n  ${IMAGE},\n  "HealthCheckConfiguration": { "Protocol": "HTTP", "Interval": 10, "Path": "/" }\n}\n` },
          ],
        },
      ],
    },
    {
      // A path written beside TCP (where App Runner ignores it) is kept.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
        HealthCheckConfiguration:
          Path: /healthz
          Protocol: TCP
      `,
      errors: [
        {
          messageId: "tcpHealthCheck",
          line: 6, column: 13, endLine: 6, endColumn: 16,
          suggestions: [
            {
              messageId: "useHttp",
              data: { path: '"/healthz"' },
              output: "ServiceName: web\nSourceConfiguration:\n  ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }\nHealthCheckConfiguration:\n  Path: /healthz\n  Protocol: HTTP\n",
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: no Protocol (TCP by default); a templated Path is kept.
      ...yaml`
        Resources:
          Service:
            Type: AWS::AppRunner::Service
            Properties:
              SourceConfiguration:
                ImageRepository:
                  ImageIdentifier: public.ecr.aws/nginx/nginx:1.27
                  ImageRepositoryType: ECR_PUBLIC
              HealthCheckConfiguration:
                Interval: 10
                Timeout: 5
          Api:
            Type: AWS::AppRunner::Service
            Properties:
              ServiceName: api
              SourceConfiguration:
                ImageRepository:
                  ImageIdentifier: public.ecr.aws/nginx/nginx:1.27
                  ImageRepositoryType: ECR_PUBLIC
              HealthCheckConfiguration:
                Protocol: TCP
                Path: !Ref HealthPath
      `,
      errors: [
        {
          messageId: "noProtocol",
          data: { service: 'Service "Service"', key: "Protocol" },
          line: 9, column: 7, endLine: 9, endColumn: 31,
          suggestions: [
            {
              messageId: "useHttp",
              data: { path: '"/"' },
              output:
                "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n      HealthCheckConfiguration:\n        Interval: 10\n        Timeout: 5\n        Protocol: HTTP\n        Path: /\n  Api:\n    Type: AWS::AppRunner::Service\n    Properties:\n      ServiceName: api\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n      HealthCheckConfiguration:\n        Protocol: TCP\n        Path: !Ref HealthPath\n",
            },
          ],
        },
        {
          messageId: "tcpHealthCheck",
          data: { service: 'Service "api"', key: "Protocol" },
          line: 21, column: 19, endLine: 21, endColumn: 22,
          suggestions: [
            {
              messageId: "useHttp",
              data: { path: "its Path" },
              output:
                "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n      HealthCheckConfiguration:\n        Interval: 10\n        Timeout: 5\n  Api:\n    Type: AWS::AppRunner::Service\n    Properties:\n      ServiceName: api\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n      HealthCheckConfiguration:\n        Protocol: HTTP\n        Path: !Ref HealthPath\n",
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: no HealthCheckConfiguration, reported at Properties; an empty one is written whole.
      ...yaml`
        Resources:
          Service:
            Type: AWS::AppRunner::Service
            Properties:
              SourceConfiguration:
                ImageRepository:
                  ImageIdentifier: public.ecr.aws/nginx/nginx:1.27
                  ImageRepositoryType: ECR_PUBLIC
          Worker:
            Type: AWS::AppRunner::Service
            Properties:
              SourceConfiguration:
                ImageRepository:
                  ImageIdentifier: public.ecr.aws/nginx/nginx:1.27
                  ImageRepositoryType: ECR_PUBLIC
              HealthCheckConfiguration: {}
      `,
      errors: [
        {
          messageId: "noHealthCheck",
          data: { service: 'Service "Service"', key: "HealthCheckConfiguration" },
          line: 4, column: 5, endLine: 4, endColumn: 15,
          suggestions: [
            {
              messageId: "useHttp",
              output:
                "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n      HealthCheckConfiguration: {Protocol: HTTP, Path: /}\n  Worker:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n      HealthCheckConfiguration: {}\n",
            },
          ],
        },
        {
          messageId: "noProtocol",
          data: { service: 'Service "Worker"', key: "Protocol" },
          line: 16, column: 7, endLine: 16, endColumn: 31,
          suggestions: [
            {
              messageId: "useHttp",
              output:
                "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n  Worker:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n      HealthCheckConfiguration: {Protocol: HTTP, Path: /}\n",
            },
          ],
        },
      ],
    },
    {
      // CloudFormation JSON.
      ...json`
        {
          "Resources": {
            "Service": {
              "Type": "AWS::AppRunner::Service",
              "Properties": {
                ${IMAGE},
                "HealthCheckConfiguration": { "Protocol": "TCP" }
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "tcpHealthCheck",
          line: 7, column: 51, endLine: 7, endColumn: 56,
          suggestions: [
            {
              messageId: "useHttp",
              output: `{\n  "Resources": {\n    "Service": {\n      "Type": "AWS::AppRunner::Service",\n      "Properties": {\n        ${IMAGE},\n        "HealthCheckConfiguration": { "Protocol": "HTTP", "Path": "/" }\n      }\n    }\n  }\n}\n`,
            },
          ],
        },
      ],
    },
    {
      // UpdateService: an explicit TCP is judged.
      ...json`{ "ServiceArn": "${SERVICE_ARN}", "HealthCheckConfiguration": { "Protocol": "TCP" } }`,
      errors: [
        {
          messageId: "tcpHealthCheck",
          data: { service: 'Service "web"', key: "Protocol" },
          line: 1, column: 148, endLine: 1, endColumn: 153,
          suggestions: [{ messageId: "useHttp", output: `{ "ServiceArn": "${SERVICE_ARN}", "HealthCheckConfiguration": { "Protocol": "HTTP", "Path": "/" } }\n` }],
        },
      ],
    },
    {
      // describe-service output: reported, never fixed.
      ...json`
        {
          "Service": {
            "ServiceName": "web",
            "ServiceArn": "${SERVICE_ARN}",
            "Status": "RUNNING",
            ${IMAGE},
            "HealthCheckConfiguration": { "Protocol": "TCP", "Path": "/", "Interval": 5, "Timeout": 2, "HealthyThreshold": 1, "UnhealthyThreshold": 5 }
          }
        }
      `,
      errors: [{ messageId: "tcpHealthCheck", line: 7, column: 47, endLine: 7, endColumn: 52, suggestions: null }],
    },
  ],
});
