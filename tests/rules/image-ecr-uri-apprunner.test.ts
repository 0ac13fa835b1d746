/**
 * image-ecr-uri on App Runner services: `ImageRepository.ImageIdentifier`
 * judged like any ECR image, plus App Runner's narrower pattern — only Amazon
 * ECR and ECR Public, and private hosts `<account>.dkr.ecr.<region>.amazonaws.com`
 * (no China Region, FIPS or dual-stack host).
 */
import rule from "../../src/rules/image-ecr-uri.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";
import { spanOf } from "../support/span-of.js";

const HOST_MESSAGE = "appRunnerHost";

function service(image: string) {
  return yaml`
  ServiceName: web-app
  SourceConfiguration:
    ImageRepository:
      ImageIdentifier: ${image}
      ImageRepositoryType: ECR
  `;
}

const dockerHub = json`
{"ServiceName": "web-app", "SourceConfiguration": {"ImageRepository": {"ImageIdentifier": "nginx:1.27", "ImageRepositoryType": "ECR_PUBLIC"}}}
`;
const ghcr = service("ghcr.io/example/web:1.0");
const china = service("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1.0");
const chinaDomainless = service("123456789012.dkr.ecr.cn-north-1.amazonaws.com/web:1.0");
const dualStack = service("123456789012.dkr-ecr.us-east-1.on.aws/web:1.0");
const fips = service("123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/web:1.0");
const malformed = json`
{"ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web-app/1", "SourceConfiguration": {"ImageRepository": {"ImageIdentifier": "1234.dkr.ecr.us-east-1.amazonaws.com/web:1.0", "ImageRepositoryType": "ECR"}}}
`;
const template = yaml`
Resources:
  Web:
    Type: AWS::AppRunner::Service
    Properties:
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com.cn/web:1.0"
          ImageRepositoryType: ECR
`;

runRule("image-ecr-uri (App Runner)", rule, {
  valid: [
    { name: "a private ECR image", ...service("123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web:1.4") },
    { name: "an ECR Public image", ...service("public.ecr.aws/aws-containers/hello-app-runner:latest") },
    { name: "placeholders where the registry goes", ...service('"${IMAGE}"') },
    { name: "a templated registry", ...service('"${REGISTRY}/web:1.0"') },
    { name: "template tokens", ...service("ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com/web:1.0") },
    {
      name: "CloudFormation with the partition's suffix",
      ...yaml`
      Resources:
        Web:
          Type: AWS::AppRunner::Service
          Properties:
            SourceConfiguration:
              ImageRepository:
                ImageIdentifier: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/web:1.0"
                ImageRepositoryType: ECR
      `,
    },
    { name: "a source-code service", ...json`{"ServiceName": "api-app", "SourceConfiguration": {"CodeRepository": {"RepositoryUrl": "https://github.com/example/api", "SourceCodeVersion": {"Type": "BRANCH", "Value": "main"}}}}` },
  ],
  invalid: [
    { ...dockerHub, errors: [{ messageId: "appRunnerRegistry", data: { image: '"nginx:1.27"' }, ...spanOf(dockerHub, '"nginx:1.27"') }] },
    { ...ghcr, errors: [{ messageId: "appRunnerRegistry", data: { image: '"ghcr.io/example/web:1.0"' }, ...spanOf(ghcr, "ghcr.io/example/web:1.0") }] },
    { ...china, errors: [{ messageId: HOST_MESSAGE, data: { host: '"123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn"' }, ...spanOf(china, "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1.0") }] },
    { ...chinaDomainless, errors: [{ messageId: HOST_MESSAGE, data: { host: '"123456789012.dkr.ecr.cn-north-1.amazonaws.com"' }, ...spanOf(chinaDomainless, "123456789012.dkr.ecr.cn-north-1.amazonaws.com/web:1.0") }] },
    { ...dualStack, errors: [{ messageId: HOST_MESSAGE, data: { host: '"123456789012.dkr-ecr.us-east-1.on.aws"' }, ...spanOf(dualStack, "123456789012.dkr-ecr.us-east-1.on.aws/web:1.0") }] },
    { ...fips, errors: [{ messageId: HOST_MESSAGE, data: { host: '"123456789012.dkr.ecr-fips.us-east-1.amazonaws.com"' }, ...spanOf(fips, "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/web:1.0") }] },
    {
      name: "the ECR checks apply as everywhere (update-service input)",
      ...malformed,
      errors: [{ messageId: "account", data: { host: '"1234.dkr.ecr.us-east-1.amazonaws.com"', account: '"1234"' }, ...spanOf(malformed, '"1234.dkr.ecr.us-east-1.amazonaws.com/web:1.0"') }],
    },
    {
      name: "CloudFormation: a China domain written out",
      ...template,
      errors: [{ messageId: HOST_MESSAGE, data: { host: JSON.stringify("${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com.cn") }, ...spanOf(template, '!Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com.cn/web:1.0"') }],
    },
  ],
});
