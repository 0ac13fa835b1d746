/**
 * arn-format on App Runner: a service's access and instance roles (ARNs only),
 * connection, VPC connector, auto scaling and observability configurations,
 * KMS key (a key ARN only) and secrets, in API input (JSON, YAML),
 * describe-service output and AWS::AppRunner::Service resources; and
 * `apprunner.yaml`'s `run.secrets[].value-from`.
 */
import rule from "../../src/rules/arn-format.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";
import { spanOf } from "../support/span-of.js";

const api = json`
{
  "ServiceName": "web-app",
  "SourceConfiguration": {
    "ImageRepository": {
      "ImageIdentifier": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4",
      "ImageRepositoryType": "ECR",
      "ImageConfiguration": {"RuntimeEnvironmentSecrets": {"DB_PASSWORD": "arn:aws:ssm:us-east-1:123456789012:secret/db", "API_KEY": "/web-app/API_KEY"}}
    },
    "AuthenticationConfiguration": {"AccessRoleArn": "AppRunnerECRAccessRole"}
  },
  "InstanceConfiguration": {"InstanceRoleArn": "arn:aws:iam:us-east-1:123456789012:role/web-app"},
  "NetworkConfiguration": {"EgressConfiguration": {"EgressType": "VPC", "VpcConnectorArn": "arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0123456789abcdef0"}},
  "AutoScalingConfigurationArn": "arn:aws:apprunner:us-east-1:12345678901:autoscalingconfiguration/high-availability/3",
  "EncryptionConfiguration": {"KmsKey": "arn:aws:kms:us-east-1:123456789012:alias/apprunner"}
}
`;

const update = yaml`
ServiceArn: arn:aws:apprunner:us-east-1:123456789012:service/web
SourceConfiguration:
  CodeRepository:
    RepositoryUrl: https://github.com/example/api
    SourceCodeVersion: {Type: BRANCH, Value: main}
  AuthenticationConfiguration:
    ConnectionArn: arn:aws:apprunner:us-east-1:123456789012:connection/github
ObservabilityConfiguration:
  ObservabilityEnabled: true
  ObservabilityConfigurationArn: arn:aws:apprunner:us-east-1:123456789012:observability/xray
`;

const template = yaml`
Resources:
  Web:
    Type: AWS::AppRunner::Service
    Properties:
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: public.ecr.aws/nginx/nginx:1.27
          ImageRepositoryType: ECR_PUBLIC
          ImageConfiguration:
            RuntimeEnvironmentSecrets:
              - Name: TOKEN
                Value: !Sub arn:\${AWS::Partition}:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:token
              - Name: DB_PASSWORD
                Value: arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password
      InstanceConfiguration:
        InstanceRoleArn: !GetAtt InstanceRole.Arn
`;

const config = yaml`
version: 1.0
runtime: python311
build:
  commands:
    build: [pip3 install -r requirements.txt]
run:
  command: python3 app.py
  secrets:
    - name: DB_USERNAME
      value-from: "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-b2e1ff83:username::"
    - name: DB_PASSWORD
      value-from: "arn:aws:secretsmanager:us-east-1:123456789012:rds!db-b2e1ff83:password::"
`;

const describeOutput = json`
{"Service": {"ServiceName": "web-app", "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web-app/1", "AutoScalingConfigurationSummary": {"AutoScalingConfigurationArn": "arn:aws:apprunner:us-east-1:123456789012:autoscaling/DefaultConfiguration/1/abc"}}}
`;

runRule("arn-format (App Runner)", rule, {
  valid: [
    {
      name: "well-formed ARNs, a parameter name, a service role path, partial configuration ARNs",
      ...yaml`
      ServiceName: web-app
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4
          ImageRepositoryType: ECR
          ImageConfiguration:
            RuntimeEnvironmentSecrets:
              DB_PASSWORD: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::"
              API_KEY: /web-app/API_KEY
              TOKEN: arn:aws:ssm:us-east-1:123456789012:parameter/web-app/token
        AuthenticationConfiguration:
          AccessRoleArn: arn:aws:iam::123456789012:role/service-role/AppRunnerECRAccessRole
      InstanceConfiguration:
        InstanceRoleArn: arn:aws:iam::123456789012:role/web-app
      NetworkConfiguration:
        EgressConfiguration:
          EgressType: VPC
          VpcConnectorArn: arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db-connector/1/0123456789abcdef0123456789abcdef
      AutoScalingConfigurationArn: arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high-availability
      ObservabilityConfiguration:
        ObservabilityEnabled: true
        ObservabilityConfigurationArn: arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/xray-tracing/1
      EncryptionConfiguration:
        KmsKey: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
      `,
    },
    {
      name: "placeholders and template tokens",
      ...json`
      {"ServiceArn": "\${SERVICE_ARN}", "InstanceConfiguration": {"InstanceRoleArn": "arn:aws:iam::ACCOUNT_ID:role/web-app"}, "AutoScalingConfigurationArn": "arn:aws:apprunner:\${REGION}:\${ACCOUNT}:autoscalingconfiguration/high/1"}
      `,
    },
  ],
  invalid: [
    {
      ...api,
      output: api.code.replace("arn:aws:iam:us-east-1:123456789012:role/web-app", "arn:aws:iam::123456789012:role/web-app"),
      errors: [
        {
          messageId: "wrongResource",
          data: { key: "RuntimeEnvironmentSecrets.DB_PASSWORD", label: "an SSM parameter ARN", prefix: '"parameter/"', example: "arn:aws:ssm:us-east-1:123456789012:parameter/name" },
          ...spanOf(api, '"arn:aws:ssm:us-east-1:123456789012:secret/db"'),
        },
        {
          messageId: "notArn",
          data: { key: "AuthenticationConfiguration.AccessRoleArn", expected: "an IAM role ARN (arn:aws:iam::123456789012:role/name)" },
          ...spanOf(api, '"AppRunnerECRAccessRole"'),
        },
        { messageId: "regionNotAllowed", ...spanOf(api, '"arn:aws:iam:us-east-1:123456789012:role/web-app"') },
        {
          messageId: "wrongService",
          data: {
            key: "EgressConfiguration.VpcConnectorArn",
            expected: "an App Runner VPC connector ARN (arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db-connector/1/0123456789abcdef0123456789abcdef)",
            service: '"ec2"',
          },
          ...spanOf(api, '"arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0123456789abcdef0"'),
        },
        { messageId: "account", data: { key: "AutoScalingConfigurationArn", account: '"12345678901"' }, ...spanOf(api, '"arn:aws:apprunner:us-east-1:12345678901:autoscalingconfiguration/high-availability/3"') },
        {
          messageId: "wrongResource",
          data: { key: "EncryptionConfiguration.KmsKey", label: "a KMS key ARN", prefix: '"key/"', example: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
          ...spanOf(api, '"arn:aws:kms:us-east-1:123456789012:alias/apprunner"'),
        },
      ],
    },
    {
      ...update,
      errors: [
        { messageId: "resource", data: { key: "ServiceArn", resource: '"service/web"', description: "service/<name>/<id>", example: "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa" }, ...spanOf(update, "arn:aws:apprunner:us-east-1:123456789012:service/web") },
        { messageId: "resource", data: { key: "AuthenticationConfiguration.ConnectionArn", resource: '"connection/github"', description: "connection/<name>/<id>", example: "arn:aws:apprunner:us-east-1:123456789012:connection/github/0123456789abcdef0123456789abcdef" }, ...spanOf(update, "arn:aws:apprunner:us-east-1:123456789012:connection/github") },
        {
          messageId: "wrongResource",
          data: { key: "ObservabilityConfiguration.ObservabilityConfigurationArn", label: "an App Runner observability configuration ARN", prefix: '"observabilityconfiguration/"', example: "arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/xray-tracing/1" },
          ...spanOf(update, "arn:aws:apprunner:us-east-1:123456789012:observability/xray"),
        },
      ],
    },
    {
      // CloudFormation: a list of {Name, Value}; intrinsics are unknown.
      ...template,
      errors: [{ messageId: "secretParts", data: { key: "RuntimeEnvironmentSecrets[1].Value", count: 1 }, ...spanOf(template, "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password") }],
    },
    {
      ...config,
      errors: [
        {
          messageId: "wrongResource",
          data: { key: "run.secrets[1].value-from", label: "a Secrets Manager secret ARN", prefix: '"secret:"', example: "arn:aws:secretsmanager:us-east-1:123456789012:secret:name-AbCdEf" },
          ...spanOf(config, '"arn:aws:secretsmanager:us-east-1:123456789012:rds!db-b2e1ff83:password::"'),
        },
      ],
    },
    {
      name: "describe-service output: the auto scaling configuration of its summary",
      ...describeOutput,
      errors: [
        {
          messageId: "wrongResource",
          data: { key: "AutoScalingConfigurationSummary.AutoScalingConfigurationArn", label: "an App Runner auto scaling configuration ARN", prefix: '"autoscalingconfiguration/"', example: "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high-availability/3" },
          ...spanOf(describeOutput, '"arn:aws:apprunner:us-east-1:123456789012:autoscaling/DefaultConfiguration/1/abc"'),
        },
      ],
    },
  ],
});
