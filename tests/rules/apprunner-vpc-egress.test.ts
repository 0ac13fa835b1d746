import rule from "../../src/rules/apprunner-vpc-egress.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const IMAGE = `"SourceConfiguration": { "ImageRepository": { "ImageIdentifier": "public.ecr.aws/nginx/nginx:1.27", "ImageRepositoryType": "ECR_PUBLIC" } }`;
const CONNECTOR = "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db/1/0123456789abcdef0123456789abcdef";
const SERVICE_ARN = "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa";
const KEYS = { typeKey: "EgressType", connectorKey: "VpcConnectorArn" };

runRule("apprunner-vpc-egress", rule, {
  valid: [
    json`{ "ServiceName": "web", ${IMAGE}, "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "VPC", "VpcConnectorArn": "${CONNECTOR}" } } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "DEFAULT" } } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "DEFAULT", "VpcConnectorArn": null } } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "NetworkConfiguration": { "IngressConfiguration": { "IsPubliclyAccessible": false } } }`,
    json`{ "ServiceName": "web", ${IMAGE} }`,
    // The connector from an intrinsic or a placeholder; a type from an intrinsic.
    yaml`
      Resources:
        Service:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
            NetworkConfiguration:
              EgressConfiguration:
                EgressType: VPC
                VpcConnectorArn: !GetAtt Connector.VpcConnectorArn
        Optional:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
            NetworkConfiguration:
              EgressConfiguration:
                EgressType: !If [UseVpc, VPC, DEFAULT]
                VpcConnectorArn: !If [UseVpc, !GetAtt Connector.VpcConnectorArn, !Ref AWS::NoValue]
        Default:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
            NetworkConfiguration:
              EgressConfiguration:
                EgressType: DEFAULT
                VpcConnectorArn: !If [UseVpc, !GetAtt Connector.VpcConnectorArn, !Ref AWS::NoValue]
        Connector:
          Type: AWS::AppRunner::VpcConnector
          Properties:
            Subnets: [subnet-0123456789abcdef0]
    `,
    json`{ "ServiceName": "web", ${IMAGE}, "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "VPC", "VpcConnectorArn": "\${VPC_CONNECTOR_ARN}" } } }`,
    json`{ "ServiceName": "web", ${IMAGE}, "NetworkConfiguration": { "EgressConfiguration": "{{ egress }}" } }`,
    yaml`
      egress: &egress
        VpcConnectorArn: ${CONNECTOR}
      ServiceName: web
      SourceConfiguration:
        ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
      NetworkConfiguration:
        EgressConfiguration:
          <<: *egress
          EgressType: VPC
    `,
    // A type App Runner does not have is valid-schema's.
    json`{ "ServiceName": "web", ${IMAGE}, "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "vpc" } } }`,
    // describe-service output of a service in a VPC.
    json`{ "Service": { "ServiceName": "web", "ServiceArn": "${SERVICE_ARN}", "Status": "RUNNING", ${IMAGE}, "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "VPC", "VpcConnectorArn": "${CONNECTOR}" } } } }`,
  ],
  invalid: [
    {
      ...json`
        {
          "ServiceName": "web",
          ${IMAGE},
          "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "VPC" } }
        }
      `,
      errors: [
        {
          messageId: "vpcWithoutConnector",
          data: { service: 'Service "web"', ...KEYS },
          line: 4, column: 68, endLine: 4, endColumn: 73,
          suggestions: [
            { messageId: "setEgressType", data: { key: "EgressType", value: "DEFAULT" }, output: `{\n  "ServiceName": "web",\n  ${IMAGE},\n  "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "DEFAULT" } }\n}\n` },
          ],
        },
      ],
    },
    {
      // An empty connector is none.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
        NetworkConfiguration:
          EgressConfiguration:
            EgressType: VPC
            VpcConnectorArn: ""
      `,
      errors: [
        {
          messageId: "vpcWithoutConnector",
          line: 6, column: 17, endLine: 6, endColumn: 20,
          suggestions: [
            {
              messageId: "setEgressType",
              output: 'ServiceName: web\nSourceConfiguration:\n  ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }\nNetworkConfiguration:\n  EgressConfiguration:\n    EgressType: DEFAULT\n    VpcConnectorArn: ""\n',
            },
          ],
        },
      ],
    },
    {
      // A connector with DEFAULT.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
        NetworkConfiguration:
          EgressConfiguration:
            EgressType: DEFAULT
            VpcConnectorArn: ${CONNECTOR}
      `,
      errors: [
        {
          messageId: "connectorWithDefault",
          data: { service: 'Service "web"', ...KEYS },
          line: 6, column: 17, endLine: 6, endColumn: 24,
          suggestions: [
            {
              messageId: "setEgressType",
              data: { key: "EgressType", value: "VPC" },
              output: `ServiceName: web\nSourceConfiguration:\n  ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }\nNetworkConfiguration:\n  EgressConfiguration:\n    EgressType: VPC\n    VpcConnectorArn: ${CONNECTOR}\n`,
            },
            {
              messageId: "removeConnector",
              data: { key: "VpcConnectorArn" },
              output: "ServiceName: web\nSourceConfiguration:\n  ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }\nNetworkConfiguration:\n  EgressConfiguration:\n    EgressType: DEFAULT\n",
            },
          ],
        },
      ],
    },
    {
      // !GetAtt and !Ref name a connector that is surely there.
      ...yaml`
        Resources:
          Service:
            Type: AWS::AppRunner::Service
            Properties:
              NetworkConfiguration:
                EgressConfiguration:
                  EgressType: DEFAULT
                  VpcConnectorArn: !GetAtt Connector.VpcConnectorArn
          Other:
            Type: AWS::AppRunner::Service
            Properties:
              NetworkConfiguration:
                EgressConfiguration: { EgressType: DEFAULT, VpcConnectorArn: { Ref: ConnectorArn } }
      `,
      errors: [
        {
          messageId: "connectorWithDefault",
          data: { service: 'Service "Service"', ...KEYS },
          line: 7, column: 23, endLine: 7, endColumn: 30,
          suggestions: [
            {
              messageId: "setEgressType",
              output:
                "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      NetworkConfiguration:\n        EgressConfiguration:\n          EgressType: VPC\n          VpcConnectorArn: !GetAtt Connector.VpcConnectorArn\n  Other:\n    Type: AWS::AppRunner::Service\n    Properties:\n      NetworkConfiguration:\n        EgressConfiguration: { EgressType: DEFAULT, VpcConnectorArn: { Ref: ConnectorArn } }\n",
            },
            {
              messageId: "removeConnector",
              output:
                "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      NetworkConfiguration:\n        EgressConfiguration:\n          EgressType: DEFAULT\n  Other:\n    Type: AWS::AppRunner::Service\n    Properties:\n      NetworkConfiguration:\n        EgressConfiguration: { EgressType: DEFAULT, VpcConnectorArn: { Ref: ConnectorArn } }\n",
            },
          ],
        },
        {
          messageId: "connectorWithDefault",
          data: { service: 'Service "Other"', ...KEYS },
          line: 13, column: 44, endLine: 13, endColumn: 51,
          suggestions: [
            {
              messageId: "setEgressType",
              output:
                "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      NetworkConfiguration:\n        EgressConfiguration:\n          EgressType: DEFAULT\n          VpcConnectorArn: !GetAtt Connector.VpcConnectorArn\n  Other:\n    Type: AWS::AppRunner::Service\n    Properties:\n      NetworkConfiguration:\n        EgressConfiguration: { EgressType: VPC, VpcConnectorArn: { Ref: ConnectorArn } }\n",
            },
            {
              messageId: "removeConnector",
              output:
                "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      NetworkConfiguration:\n        EgressConfiguration:\n          EgressType: DEFAULT\n          VpcConnectorArn: !GetAtt Connector.VpcConnectorArn\n  Other:\n    Type: AWS::AppRunner::Service\n    Properties:\n      NetworkConfiguration:\n        EgressConfiguration: { EgressType: DEFAULT }\n",
            },
          ],
        },
      ],
    },
    {
      // No EgressType (DEFAULT; CloudFormation requires it) beside a !Sub connector.
      ...yaml`
        Resources:
          Service:
            Type: AWS::AppRunner::Service
            Properties:
              SourceConfiguration:
                ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
              NetworkConfiguration:
                EgressConfiguration:
                  VpcConnectorArn: !Sub arn:aws:apprunner:\${AWS::Region}:\${AWS::AccountId}:vpcconnector/db/1/\${ConnectorId}
      `,
      errors: [
        {
          messageId: "connectorWithoutType",
          data: { service: 'Service "Service"', ...KEYS },
          line: 8, column: 9, endLine: 8, endColumn: 28,
          suggestions: [
            {
              messageId: "setEgressType",
              output:
                "Resources:\n  Service:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }\n      NetworkConfiguration:\n        EgressConfiguration:\n          VpcConnectorArn: !Sub arn:aws:apprunner:${AWS::Region}:${AWS::AccountId}:vpcconnector/db/1/${ConnectorId}\n          EgressType: VPC\n",
            },
          ],
        },
      ],
    },
    {
      // A null type is absent; a placeholder connector is a connector.
      ...yaml`
        ServiceName: web
        SourceConfiguration:
          ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }
        NetworkConfiguration:
          EgressConfiguration: { EgressType: null, VpcConnectorArn: "\${CONNECTOR_ARN}" }
      `,
      errors: [
        {
          messageId: "connectorWithoutType",
          line: 5, column: 3, endLine: 5, endColumn: 22,
          suggestions: [
            {
              messageId: "setEgressType",
              output: 'ServiceName: web\nSourceConfiguration:\n  ImageRepository: { ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC }\nNetworkConfiguration:\n  EgressConfiguration: { EgressType: VPC, VpcConnectorArn: "${CONNECTOR_ARN}" }\n',
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
                "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "VPC" } }
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "vpcWithoutConnector",
          data: { service: 'Service "Service"', ...KEYS },
          line: 7, column: 74, endLine: 7, endColumn: 79,
          suggestions: [
            {
              messageId: "setEgressType",
              output: `{\n  "Resources": {\n    "Service": {\n      "Type": "AWS::AppRunner::Service",\n      "Properties": {\n        ${IMAGE},\n        "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "DEFAULT" } }\n      }\n    }\n  }\n}\n`,
            },
          ],
        },
      ],
    },
    {
      // UpdateService: a new egress configuration is judged.
      ...json`{ "ServiceArn": "${SERVICE_ARN}", "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "DEFAULT", "VpcConnectorArn": "${CONNECTOR}" } } }`,
      errors: [
        {
          messageId: "connectorWithDefault",
          line: 1, column: 171, endLine: 1, endColumn: 180,
          suggestions: [
            { messageId: "setEgressType", output: `{ "ServiceArn": "${SERVICE_ARN}", "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "VPC", "VpcConnectorArn": "${CONNECTOR}" } } }\n` },
            { messageId: "removeConnector", output: `{ "ServiceArn": "${SERVICE_ARN}", "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "DEFAULT" } } }\n` },
          ],
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
            "NetworkConfiguration": { "EgressConfiguration": { "EgressType": "VPC" } }
          }
        }
      `,
      errors: [{ messageId: "vpcWithoutConnector", line: 7, column: 70, endLine: 7, endColumn: 75, suggestions: null }],
    },
  ],
});
