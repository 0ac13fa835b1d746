import rule from "../../src/rules/apprunner-instance-size.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const IMAGE = `"SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "public.ecr.aws/nginx/nginx:1.27", "ImageRepositoryType": "ECR_PUBLIC" } }`;

runRule("apprunner-instance-size", rule, {
  valid: [
    // Each of the 11 sizes, in each spelling the API takes.
    ...[
      ["256", "512"], ["0.25 vCPU", "1 GB"], ["512", "1024"], ["1 vCPU", "2 GB"], ["1024", "3072"], ["1 vCPU", "4 GB"],
      ["2048", "4096"], ["2 vCPU", "6 GB"], ["4096", "8192"], ["4 vCPU", "10 GB"], ["4 vCPU", "12288"],
    ].map(([cpu, memory]) => json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "${cpu}", "Memory": "${memory}" } }`),
    // Absent members are the defaults (1 vCPU, 2 GB); an absent or null section is the default size.
    json`{ "ServiceName": "web", ${IMAGE} }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "InstanceRoleArn": "arn:aws:iam::123456789012:role/web" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "1 vCPU" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Memory": "4096" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": null, "Memory": "3 GB" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": null }`,
    // Values the API's patterns do not take are valid-schema's.
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "1vcpu", "Memory": "8 GB" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "3 vCPU", "Memory": "2 GB" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "1 vCPU", "Memory": "16 GB" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": ["4 vCPU"], "Memory": true } }`,
    // UpdateService: an absent member keeps the service's current value, which the file does not show.
    json`{ "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa", "InstanceConfiguration": { "Cpu": "4 vCPU" } }`,
    json`{ "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa", "InstanceConfiguration": { "Memory": "12 GB" } }`,
    // Unknown values: placeholders, intrinsics, a merge key.
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "\${CPU}", "Memory": "8 GB" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "4 vCPU", "Memory": "{{ memory }}" } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "<CPU>" } }`,
    yaml`
      Resources:
        Service:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
            InstanceConfiguration:
              Cpu: !FindInMap [Sizes, !Ref Env, Cpu]
              Memory: 8 GB
        Second:
          Type: AWS::AppRunner::Service
          Properties:
            InstanceConfiguration: !If [Big, { Cpu: 4 vCPU, Memory: 8 GB }, !Ref AWS::NoValue]
        Third:
          Type: AWS::AppRunner::Service
          Properties:
            InstanceConfiguration:
              Cpu: 4 vCPU
              Memory: !Ref Memory
    `,
    yaml`
      sizes: &big
        Memory: 8 GB
      ServiceName: web
      SourceConfiguration:
        ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
      InstanceConfiguration:
        <<: *big
        Cpu: 4 vCPU
    `,
    // CloudFormation: numbers, and the documented pairs.
    yaml`
      Resources:
        Service:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
            InstanceConfiguration:
              Cpu: 2048
              Memory: 6144
    `,
    // Not an App Runner service.
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "1 vCPU", "memory": "8 GB", "containerDefinitions": [] }`,
  ],
  invalid: [
    {
      // The App Runner guide's table has no 1 vCPU / 8 GB: the memory is reported.
      ...json`
        {
          "ServiceName": "web",
          ${IMAGE},
          "InstanceConfiguration": { "Cpu": "1 vCPU", "Memory": "8 GB" }
        }
      `,
      errors: [
        {
          messageId: "invalidPair",
          data: { cpuKey: "Cpu", memoryKey: "Memory", cpu: "1 vCPU", memory: "8 GB", memories: "2 GB, 3 GB or 4 GB", cpus: "4 vCPU" },
          line: 4, column: 57, endLine: 4, endColumn: 63,
          suggestions: [
            { messageId: "setValue", data: { key: "Memory", value: '"4 GB"' }, output: `{\n  "ServiceName": "web",\n  ${IMAGE},\n  "InstanceConfiguration": { "Cpu": "1 vCPU", "Memory": "4 GB" }\n}\n` },
            { messageId: "setValue", data: { key: "Cpu", value: '"4 vCPU"' }, output: `{\n  "ServiceName": "web",\n  ${IMAGE},\n  "InstanceConfiguration": { "Cpu": "4 vCPU", "Memory": "8 GB" }\n}\n` },
          ],
        },
      ],
    },
    {
      // MB and CPU units; a memory two CPU sizes offer suggests the smaller.
      ...json`{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "512", "Memory": "4096" } }`,
      errors: [
        {
          messageId: "invalidPair",
          data: { cpuKey: "Cpu", memoryKey: "Memory", cpu: "0.5 vCPU", memory: "4 GB", memories: "1 GB", cpus: "1 vCPU or 2 vCPU" },
          line: 1, column: 217, endLine: 1, endColumn: 223,
          suggestions: [
            { messageId: "setValue", data: { key: "Memory", value: '"1024"' }, output: `{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "512", "Memory": "1024" } }\n` },
            { messageId: "setValue", data: { key: "Cpu", value: '"1024"' }, output: `{ "ServiceName": "web", ${IMAGE}, "InstanceConfiguration": { "Cpu": "1024", "Memory": "4096" } }\n` },
          ],
        },
      ],
    },
    {
      // Cpu alone: the default 2 GB does not come with 4 vCPU. Memory is added in the spelling of Cpu.
      ...json`
        {
          "ServiceName": "web",
          ${IMAGE},
          "InstanceConfiguration": {
            "Cpu": "4 vCPU"
          }
        }
      `,
      errors: [
        {
          messageId: "invalidWithDefaultMemory",
          data: { cpuKey: "Cpu", memoryKey: "Memory", cpu: "4 vCPU", memory: "2 GB", memories: "8 GB, 10 GB or 12 GB", cpus: "1 vCPU" },
          line: 5, column: 12, endLine: 5, endColumn: 20,
          suggestions: [
            { messageId: "setValue", data: { key: "Memory", value: '"8 GB"' }, output: `{\n  "ServiceName": "web",\n  ${IMAGE},\n  "InstanceConfiguration": {\n    "Cpu": "4 vCPU",\n    "Memory": "8 GB"\n  }\n}\n` },
            { messageId: "setValue", data: { key: "Cpu", value: '"1 vCPU"' }, output: `{\n  "ServiceName": "web",\n  ${IMAGE},\n  "InstanceConfiguration": {\n    "Cpu": "1 vCPU"\n  }\n}\n` },
          ],
        },
      ],
    },
    {
      // Memory alone, in a CloudFormation template: the default 1 vCPU does not come with 0.5 GB.
      ...yaml`
        Resources:
          Service:
            Type: AWS::AppRunner::Service
            Properties:
              SourceConfiguration:
                ImageRepository:
                  ImageIdentifier: public.ecr.aws/nginx/nginx:1.27
                  ImageRepositoryType: ECR_PUBLIC
              InstanceConfiguration:
                Memory: 0.5 GB
      `,
      errors: [
        {
          messageId: "invalidWithDefaultCpu",
          data: { cpuKey: "Cpu", memoryKey: "Memory", cpu: "1 vCPU", memory: "0.5 GB", memories: "2 GB, 3 GB or 4 GB", cpus: "0.25 vCPU" },
          line: 10, column: 17, endLine: 10, endColumn: 23,
          suggestions: [
            {
              messageId: "setValue",
              data: { key: "Cpu", value: '"0.25 vCPU"' },
              output: "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n      InstanceConfiguration:\n        Memory: 0.5 GB\n        Cpu: \"0.25 vCPU\"\n",
            },
            {
              messageId: "setValue",
              data: { key: "Memory", value: '"2 GB"' },
              output: "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27\n          ImageRepositoryType: ECR_PUBLIC\n      InstanceConfiguration:\n        Memory: \"2 GB\"\n",
            },
          ],
        },
      ],
    },
    {
      // CloudFormation numbers stay numbers; a YAML flow mapping.
      ...yaml`
        Resources:
          Service:
            Type: AWS::AppRunner::Service
            Properties:
              InstanceConfiguration: { Cpu: 256, Memory: 2048 }
      `,
      errors: [
        {
          messageId: "invalidPair",
          data: { cpuKey: "Cpu", memoryKey: "Memory", cpu: "0.25 vCPU", memory: "2 GB", memories: "0.5 GB or 1 GB", cpus: "1 vCPU" },
          line: 5, column: 50, endLine: 5, endColumn: 54,
          suggestions: [
            { messageId: "setValue", data: { key: "Memory", value: "1024" }, output: "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      InstanceConfiguration: { Cpu: 256, Memory: 1024 }\n" },
            { messageId: "setValue", data: { key: "Cpu", value: "1024" }, output: "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      InstanceConfiguration: { Cpu: 1024, Memory: 2048 }\n" },
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
                "InstanceConfiguration": { "Cpu": "2 vCPU", "Memory": "12 GB" }
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "invalidPair",
          data: { cpuKey: "Cpu", memoryKey: "Memory", cpu: "2 vCPU", memory: "12 GB", memories: "4 GB or 6 GB", cpus: "4 vCPU" },
          line: 6, column: 63, endLine: 6, endColumn: 70,
          suggestions: [
            {
              messageId: "setValue",
              data: { key: "Memory", value: '"6 GB"' },
              output: '{\n  "Resources": {\n    "Service": {\n      "Type": "AWS::AppRunner::Service",\n      "Properties": {\n        "InstanceConfiguration": { "Cpu": "2 vCPU", "Memory": "6 GB" }\n      }\n    }\n  }\n}\n',
            },
            {
              messageId: "setValue",
              data: { key: "Cpu", value: '"4 vCPU"' },
              output: '{\n  "Resources": {\n    "Service": {\n      "Type": "AWS::AppRunner::Service",\n      "Properties": {\n        "InstanceConfiguration": { "Cpu": "4 vCPU", "Memory": "12 GB" }\n      }\n    }\n  }\n}\n',
            },
          ],
        },
      ],
    },
    {
      // UpdateService: a written pair is judged.
      ...yaml`
        ServiceArn: arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa
        InstanceConfiguration:
          Cpu: 2 vCPU
          Memory: 2 GB
      `,
      errors: [
        {
          messageId: "invalidPair",
          line: 4, column: 11, endLine: 4, endColumn: 15,
          suggestions: [
            { messageId: "setValue", data: { key: "Memory", value: '"4 GB"' }, output: "ServiceArn: arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa\nInstanceConfiguration:\n  Cpu: 2 vCPU\n  Memory: \"4 GB\"\n" },
            { messageId: "setValue", data: { key: "Cpu", value: '"1 vCPU"' }, output: "ServiceArn: arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa\nInstanceConfiguration:\n  Cpu: \"1 vCPU\"\n  Memory: 2 GB\n" },
          ],
        },
      ],
    },
    {
      // describe-service output: AWS's record of the live service, reported but never fixed.
      ...json`
        {
          "Service": {
            "ServiceName": "web",
            "ServiceId": "8fe1e10304f84fd2b0df550fe98a71fa",
            "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa",
            "Status": "RUNNING",
            ${IMAGE},
            "InstanceConfiguration": { "Cpu": "4096", "Memory": "4096" }
          }
        }
      `,
      errors: [{ messageId: "invalidPair", line: 8, column: 57, endLine: 8, endColumn: 63, suggestions: null }],
    },
  ],
});
