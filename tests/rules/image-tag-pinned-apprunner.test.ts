/**
 * image-tag-pinned on App Runner services: `ImageRepository.ImageIdentifier`
 * in create-service / update-service input, describe-service output and
 * AWS::AppRunner::Service resources.
 */
import rule from "../../src/rules/image-tag-pinned.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";
import { spanOf } from "../support/span-of.js";

const template = yaml`
Resources:
  Web:
    Type: AWS::AppRunner::Service
    Properties:
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:latest"
          ImageRepositoryType: ECR
  Pinned:
    Type: AWS::AppRunner::Service
    Properties:
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:\${Version}"
          ImageRepositoryType: ECR
`;

const untagged = json`
{"ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web-app/1", "SourceConfiguration": {"ImageRepository": {"ImageIdentifier": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web", "ImageRepositoryType": "ECR"}}}
`;

const digestless = yaml`
ServiceName: web-app
SourceConfiguration:
  ImageRepository:
    ImageIdentifier: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4
    ImageRepositoryType: ECR
`;

runRule("image-tag-pinned (App Runner)", rule, {
  valid: [
    {
      name: "a version tag, a digest, a placeholder tag, a source-code service",
      ...yaml`
      ServiceName: web-app
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
          ImageRepositoryType: ECR
      `,
    },
    { ...json`{"ServiceName": "web-app", "SourceConfiguration": {"ImageRepository": {"ImageIdentifier": "public.ecr.aws/nginx/nginx:\${TAG}", "ImageRepositoryType": "ECR_PUBLIC"}}}` },
    { ...json`{"ServiceName": "api-app", "SourceConfiguration": {"CodeRepository": {"RepositoryUrl": "https://github.com/example/api", "SourceCodeVersion": {"Type": "BRANCH", "Value": "main"}}}}` },
  ],
  invalid: [
    {
      ...template,
      errors: [{ messageId: "serviceLatestTag", data: { image: JSON.stringify("${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:latest"), service: 'service "Web"' }, ...spanOf(template, '!Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:latest"') }],
    },
    {
      ...untagged,
      errors: [{ messageId: "serviceNoTag", data: { image: '"123456789012.dkr.ecr.us-east-1.amazonaws.com/web"', service: 'service "web-app"' }, ...spanOf(untagged, '"123456789012.dkr.ecr.us-east-1.amazonaws.com/web"') }],
    },
    {
      ...digestless,
      options: [{ requireDigest: true }],
      errors: [{ messageId: "serviceNoDigest", data: { image: '"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4"', service: 'service "web-app"' }, ...spanOf(digestless, "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4") }],
    },
  ],
});
