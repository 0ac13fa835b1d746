import rule from "../../src/rules/image-ecr-uri.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";
import { spanOf } from "../support/span-of.js";

const DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const UPPER_DIGEST = "sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

/** A one-container task definition in JSON, the image on line 1. */
const task = (image: string) => `{ "family": "web", "containerDefinitions": [{ "name": "web", "image": ${JSON.stringify(image)} }] }\n`;
/** The column where the image value starts in `task(…)`. */
const AT = 71;
const taskCase = (image: string) => ({ syntax: "json" as const, code: task(image) });

runRule("image-ecr-uri", rule, {
  valid: [
    // Template tokens are placeholders in task definitions too (RULES.md, Decisions).
    taskCase("XXXXXXXXXXXX.dkr.ecr.us-east-1.amazonaws.com/web:1.0"),
    taskCase("ACCOUNT_ID.dkr.ecr.AWS_REGION.amazonaws.com/web:1.0"),
    // So are AWS documentation's lower-case placeholders as whole labels of the host (audit 17, D3).
    taskCase("aws_account_id.dkr.ecr.region.amazonaws.com/my-repository:1.0"),
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: your-account-id.dkr.ecr.region-code.amazonaws.com/web:1.0
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: private
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web:1.4.2
        - name: digest
          image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@${DIGEST}
        - name: fips
          image: 123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/web:1.0
        - name: dual-stack
          image: 123456789012.dkr-ecr.ap-southeast-4.on.aws/web:1.0
        - name: china
          image: 123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/web:1.0
        - name: china-digest
          image: 123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/team/web@${DIGEST}
        - name: govcloud
          image: 123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/web:1.0
        - name: iso
          image: 123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov/web:1.0
        - name: sovereign
          image: 123456789012.dkr.ecr.eusc-de-east-1.amazonaws.eu/web:1.0
        - name: pull-through
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/nginx:1.27
        - name: port
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com:443/web:1.0
        - name: public
          image: public.ecr.aws/aws-observability/aws-for-fluent-bit:init-latest
        - name: public-library
          image: public.ecr.aws/docker/library/nginx:1.27-alpine
        - name: public-digest
          image: public.ecr.aws/nginx/nginx@${DIGEST}
        - name: public-alias-with-dots
          image: public.ecr.aws/my.team-1/web_app:1.0
        - name: untagged
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web
    `,
    // Host names are case-insensitive.
    taskCase("123456789012.DKR.ECR.US-EAST-1.AMAZONAWS.COM/web:1.0"),
    // Other registries are not judged.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "a", "image": "quay.io/Org/App:latest" },
          { "name": "b", "image": "https://registry.example.com/app:1" },
          { "name": "c", "image": "docker.ecr.example.com/app:1" },
          { "name": "d", "image": "nginx" },
          { "name": "e", "image": "vpce-0abc-123.dkr.ecr.us-east-1.vpce.amazonaws.com/app:1" }
        ]
      }
    `,
    // Placeholders: the parts they hold are not judged.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "a", "image": "\${ACCOUNT_ID}.dkr.ecr.\${REGION}.amazonaws.com/web:\${TAG}" },
          { "name": "b", "image": "\${REGISTRY}/web:1.0" },
          { "name": "c", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/\${REPOSITORY}:v\${VERSION}" },
          { "name": "d", "image": "\${IMAGE}" },
          { "name": "e", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web@\${DIGEST}" },
          { "name": "f", "image": "\${AWS_ACCOUNT_ID}.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1.0" },
          { "name": "g", "image": "123456789012.dkr.ecr.\${AWS_REGION}.amazonaws.com.cn/web:1.0" },
          { "name": "h", "image": "public.ecr.aws/\${ALIAS}/web:1.0" },
          { "name": "i", "image": "public.ecr.aws/team-\${ENV}/web:1.0" }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: a
          image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:1.0"
        - name: b
          image: !Ref Image
        - name: c
          <<: *defaults
        - name: d
          image: "{{ .Account }}.dkr.ecr.{{ .Region }}.amazonaws.com/web:{{ .Tag }}"
    `,
    // CloudFormation: Sub variables are unknown (the domain from AWS::URLSuffix too); other intrinsics are not read.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/\${Repository}:\${Tag}"
              - Name: api
                Image: !Join ["", [!Ref "AWS::AccountId", ".dkr.ecr.", !Ref "AWS::Region", ".amazonaws.com/", !Select [0, !Ref Names]]]
              - Name: worker
                Image: !If [UseEcr, !GetAtt Repository.RepositoryUri, "public.ecr.aws/docker/library/busybox:1.36"]
    `,
    json`
      {
        "Resources": {
          "TaskDefinition": {
            "Type": "AWS::ECS::TaskDefinition",
            "Properties": {
              "ContainerDefinitions": [
                { "Name": "web", "Image": { "Fn::Sub": ["\${Account}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:1.0", { "Account": { "Ref": "Account" } }] } }
              ]
            }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      name: "CloudFormation: an image built with !Join is judged on its literal parts (on the whole value, without a fix)",
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: api
                  Image: !Join ["", [!Ref "AWS::AccountId", ".dkr.ecr.", !Ref "AWS::Region", ".amazonaws.com/API:1.0"]]
                  Memory: 256
      `,
      errors: [{ messageId: "repository", line: 7, column: 18, endLine: 7, endColumn: 112 }],
    },
    {
      ...taskCase("11111111111.dkr.ecr.us-east-1.amazonaws.com/web:1.0"),
      errors: [{ messageId: "account", data: { host: '"11111111111.dkr.ecr.us-east-1.amazonaws.com"', account: '"11111111111"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 53 }],
    },
    {
      ...taskCase("dkr.ecr.us-east-1.amazonaws.com/web:1.0"),
      errors: [{ messageId: "missingAccount", data: { host: '"dkr.ecr.us-east-1.amazonaws.com"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 41 }],
    },
    {
      // The API endpoint host instead of the registry: the fix inserts "dkr.".
      ...taskCase("123456789012.ecr.us-east-1.amazonaws.com/web:1.0"),
      errors: [
        {
          messageId: "missingDkr",
          data: { host: '"123456789012.ecr.us-east-1.amazonaws.com"', fixed: '"123456789012.dkr.ecr.us-east-1.amazonaws.com"' },
          line: 1,
          column: AT,
          endLine: 1,
          endColumn: AT + 50,
        },
      ],
      output: task("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0"),
    },
    {
      ...taskCase("123456789012.dkr.ecr.us-east-1a.amazonaws.com/web:1.0"),
      errors: [{ messageId: "availabilityZone", data: { host: '"123456789012.dkr.ecr.us-east-1a.amazonaws.com"', region: '"us-east-1a"', fixed: '"us-east-1"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 55 }],
      output: task("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0"),
    },
    {
      ...taskCase("123456789012.dkr.ecr.useast1.amazonaws.com/web:1.0"),
      errors: [{ messageId: "region", data: { host: '"123456789012.dkr.ecr.useast1.amazonaws.com"', region: '"useast1"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 52 }],
    },
    {
      ...taskCase("123456789012.dkr.ecr.us-east-1.amazonaws.co/web:1.0"),
      errors: [{ messageId: "domain", data: { host: '"123456789012.dkr.ecr.us-east-1.amazonaws.co"', suffix: '"amazonaws.co"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 53 }],
    },
    {
      // Docker refuses a URL scheme in an image reference: the fix removes it.
      ...taskCase("https://123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0"),
      errors: [
        {
          messageId: "scheme",
          data: { image: '"https://123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0"', scheme: '"https://"' },
          line: 1,
          column: AT,
          endLine: 1,
          endColumn: AT + 62,
        },
      ],
      output: task("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0"),
    },
    {
      ...taskCase("123456789012.dkr.ecr.us-east-1.amazonaws.com/Team/MyApp:1.0"),
      errors: [
        {
          messageId: "repository",
          data: { repository: '"Team/MyApp"' },
          line: 1,
          column: AT,
          endLine: 1,
          endColumn: AT + 61,
          suggestions: [{ messageId: "lowercase", data: { fixed: '"team/myapp"' }, output: task("123456789012.dkr.ecr.us-east-1.amazonaws.com/team/myapp:1.0") }],
        },
      ],
    },
    {
      ...taskCase("123456789012.dkr.ecr.us-east-1.amazonaws.com/web..app:1.0"),
      errors: [{ messageId: "repository", data: { repository: '"web..app"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 59, suggestions: null }],
    },
    {
      ...taskCase("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:.hidden"),
      errors: [{ messageId: "tag", data: { tag: '".hidden"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 58 }],
    },
    {
      ...taskCase("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0+build.7"),
      errors: [{ messageId: "tag", data: { tag: '"1.0+build.7"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 62 }],
    },
    {
      // Only the case of the hex digits is wrong: the same digest in lowercase.
      ...taskCase(`123456789012.dkr.ecr.us-east-1.amazonaws.com/web@${UPPER_DIGEST}`),
      errors: [{ messageId: "digest", data: { digest: JSON.stringify(UPPER_DIGEST) }, line: 1, column: AT, endLine: 1, endColumn: AT + 122 }],
      output: task(`123456789012.dkr.ecr.us-east-1.amazonaws.com/web@${DIGEST}`),
    },
    {
      ...taskCase("123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha512:abc"),
      errors: [{ messageId: "digest", data: { digest: '"sha512:abc"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 61 }],
    },
    {
      ...taskCase("public.ecr.aws/nginx:1.27"),
      errors: [{ messageId: "publicAlias", data: { image: '"public.ecr.aws/nginx:1.27"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 27 }],
    },
    {
      // ECR Public: the repository after the alias follows ECR Public's pattern.
      ...taskCase("public.ecr.aws/docker/library/Nginx:1.27"),
      errors: [
        {
          messageId: "publicRepository",
          data: { repository: '"library/Nginx"' },
          line: 1,
          column: AT,
          endLine: 1,
          endColumn: AT + 42,
          suggestions: [{ messageId: "lowercase", data: { fixed: '"library/nginx"' }, output: task("public.ecr.aws/docker/library/nginx:1.27") }],
        },
      ],
    },
    {
      // ECR Public allows one separator between components (private ECR allows "__").
      ...taskCase("public.ecr.aws/myalias/web__app:1.0"),
      errors: [{ messageId: "publicRepository", data: { repository: '"web__app"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 37, suggestions: null }],
    },
    {
      // An ECR Public alias starts with a letter.
      ...taskCase("public.ecr.aws/1abc/web:1.0"),
      errors: [{ messageId: "publicAliasName", data: { image: '"public.ecr.aws/1abc/web:1.0"', alias: '"1abc"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 29 }],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: public.ecr.aws/MyAlias/Web:1.0
      `,
      errors: [
        { messageId: "publicAliasName", data: { image: '"public.ecr.aws/MyAlias/Web:1.0"', alias: '"MyAlias"' }, line: 4, column: 12, endLine: 4, endColumn: 42 },
        {
          messageId: "publicRepository",
          data: { repository: '"Web"' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 42,
          suggestions: [
            {
              messageId: "lowercase",
              data: { fixed: '"web"' },
              output: `family: web
containerDefinitions:
  - name: web
    image: public.ecr.aws/MyAlias/web:1.0
`,
            },
          ],
        },
      ],
    },
    {
      // China Regions are in the aws-cn partition, under amazonaws.com.cn: a suggestion, as the Region may be the slip.
      ...taskCase("123456789012.dkr.ecr.cn-north-1.amazonaws.com/web:1.0"),
      errors: [
        {
          messageId: "regionDomain",
          data: { host: '"123456789012.dkr.ecr.cn-north-1.amazonaws.com"', region: '"cn-north-1"', expected: '"amazonaws.com.cn"', suffix: '"amazonaws.com"' },
          line: 1,
          column: AT,
          endLine: 1,
          endColumn: AT + 55,
          suggestions: [
            { messageId: "useHost", data: { fixed: '"123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn"' }, output: task("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1.0") },
          ],
        },
      ],
    },
    {
      ...taskCase("123456789012.dkr.ecr.us-east-1.amazonaws.com.cn/web:1.0"),
      errors: [
        {
          messageId: "regionDomain",
          data: { host: '"123456789012.dkr.ecr.us-east-1.amazonaws.com.cn"', region: '"us-east-1"', expected: '"amazonaws.com"', suffix: '"amazonaws.com.cn"' },
          line: 1,
          column: AT,
          endLine: 1,
          endColumn: AT + 57,
          suggestions: [{ messageId: "useHost", data: { fixed: '"123456789012.dkr.ecr.us-east-1.amazonaws.com"' }, output: task("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0") }],
        },
      ],
    },
    {
      ...taskCase("123456789012.dkr.ecr.cn-north-1.amazonaws.cn/web:1.0"),
      errors: [{ messageId: "domain", data: { host: '"123456789012.dkr.ecr.cn-north-1.amazonaws.cn"', suffix: '"amazonaws.cn"' }, line: 1, column: AT, endLine: 1, endColumn: AT + 54 }],
    },
    {
      ...taskCase("123456789012.dkr.ecr.cn-northwest-1a.amazonaws.com.cn/web:1.0"),
      errors: [
        {
          messageId: "availabilityZone",
          data: { host: '"123456789012.dkr.ecr.cn-northwest-1a.amazonaws.com.cn"', region: '"cn-northwest-1a"', fixed: '"cn-northwest-1"' },
          line: 1,
          column: AT,
          endLine: 1,
          endColumn: AT + 63,
        },
      ],
      output: task("123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/web:1.0"),
    },
    {
      // Partly templated: judged, but no suggestion rewrites a template.
      ...yaml`
        family: web
        containerDefinitions:
          - name: app
            image: \${AWS_ACCOUNT_ID}.dkr.ecr.cn-northwest-1.amazonaws.com/app:2.0
      `,
      errors: [
        {
          messageId: "regionDomain",
          data: { host: '"${AWS_ACCOUNT_ID}.dkr.ecr.cn-northwest-1.amazonaws.com"', region: '"cn-northwest-1"', expected: '"amazonaws.com.cn"', suffix: '"amazonaws.com"' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 74,
          suggestions: null,
        },
      ],
    },
    {
      // Several problems in one reference: one report each; one fix per pass.
      ...taskCase("11111111111.ecr.us-east-1.amazonaws.com/web:1.0"),
      errors: [
        { messageId: "account", line: 1, column: AT, endLine: 1, endColumn: AT + 49 },
        { messageId: "missingDkr", line: 1, column: AT, endLine: 1, endColumn: AT + 49 },
      ],
      output: task("11111111111.dkr.ecr.us-east-1.amazonaws.com/web:1.0"),
    },
    {
      // Partly templated: the literal parts are judged, no fix rewrites a template.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: \${AWS_ACCOUNT_ID}.dkr.ecr.us-east1.amazonaws.com/\${ENV}-MyApp:1.0
          - name: worker
            image: !Sub "https://\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/worker:1.0"
      `,
      errors: [
        { messageId: "region", data: { host: '"${AWS_ACCOUNT_ID}.dkr.ecr.us-east1.amazonaws.com"', region: '"us-east1"' }, line: 4, column: 12, endLine: 4, endColumn: 77 },
        { messageId: "repository", data: { repository: '"${ENV}-MyApp"' }, line: 4, column: 12, endLine: 4, endColumn: 77, suggestions: null },
        { messageId: "scheme", line: 6, column: 12, endLine: 6, endColumn: 92 },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: "123456789012.ecr.eu-central-1.amazonaws.com/web:2.1"
      `,
      errors: [{ messageId: "missingDkr", line: 4, column: 12, endLine: 4, endColumn: 65 }],
      output: `family: web
containerDefinitions:
  - name: web
    image: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/web:2.1"
`,
    },
    {
      // Bare container lists and describe output.
      ...json`[{ "name": "web", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1/2", "essential": true }]`,
      errors: [{ messageId: "repository", line: 1, column: 28, endLine: 1, endColumn: 83 }],
    },
    {
      ...json`{ "taskDefinition": { "family": "web", "containerDefinitions": [{ "name": "web", "image": "public.ecr.aws/web" }] } }`,
      errors: [{ messageId: "publicAlias", line: 1, column: 91, endLine: 1, endColumn: 111 }],
    },
    {
      // CloudFormation: a literal image is fixed in place; a Sub string is judged on its literal parts, never fixed.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: 123456789012.ecr.us-east-1.amazonaws.com/web:1.0
                - Name: api
                  Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/My-Api:1.0"
      `,
      errors: [
        { messageId: "missingDkr", line: 7, column: 18, endLine: 7, endColumn: 66 },
        { messageId: "repository", data: { repository: '"My-Api"' }, line: 9, column: 18, endLine: 9, endColumn: 90, suggestions: null },
      ],
      output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0"
        - Name: api
          Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/My-Api:1.0"
`,
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [
                  { "Name": "web", "Image": "123456789012.dkr.ecr.us-east-1a.amazonaws.com/web:1.0" },
                  { "Name": "api", "Image": { "Fn::Sub": "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/api:-bad" } },
                  { "Name": "cn", "Image": "123456789012.dkr.ecr.cn-north-1.amazonaws.com/cn:1.0" }
                ]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "availabilityZone", line: 7, column: 37, endLine: 7, endColumn: 92 },
        { messageId: "tag", data: { tag: '"-bad"' }, line: 8, column: 37, endLine: 8, endColumn: 117 },
        {
          messageId: "regionDomain",
          line: 9,
          column: 36,
          endLine: 9,
          endColumn: 90,
          suggestions: [
            {
              messageId: "useHost",
              data: { fixed: '"123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn"' },
              output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [
          { "Name": "web", "Image": "123456789012.dkr.ecr.us-east-1a.amazonaws.com/web:1.0" },
          { "Name": "api", "Image": { "Fn::Sub": "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/api:-bad" } },
          { "Name": "cn", "Image": "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/cn:1.0" }
        ]
      }
    }
  }
}
`,
            },
          ],
        },
      ],
      output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [
          { "Name": "web", "Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0" },
          { "Name": "api", "Image": { "Fn::Sub": "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/api:-bad" } },
          { "Name": "cn", "Image": "123456789012.dkr.ecr.cn-north-1.amazonaws.com/cn:1.0" }
        ]
      }
    }
  }
}
`,
    },
  ],
});

const K8S_DIGEST = "sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef";
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
            image: 123456789012.dkr.ecr.us-east-1a.amazonaws.com/carts-migrate:1.0
        containers:
          - name: carts
            image: 123456789012.ecr.us-east-1.amazonaws.com/carts:1.0
`;
const k8sPod = json`
  {
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": { "name": "web" },
    "spec": {
      "containers": [{ "name": "web", "image": "11111111111.dkr.ecr.us-east-1.amazonaws.com/web:1.0" }],
      "ephemeralContainers": [{ "name": "debug", "image": "public.ecr.aws/busybox:1.36" }]
    }
  }
`;
const k8sMultiDocument = yaml`
  apiVersion: v1
  kind: ServiceAccount
  metadata:
    name: web
  ---
  apiVersion: batch/v1
  kind: Job
  metadata:
    name: seed
  spec:
    template:
      spec:
        restartPolicy: Never
        containers:
          - name: seed
            image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/Team/Seed:1.0
`;
const k8sList = yaml`
  apiVersion: v1
  kind: List
  items:
    - apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        serviceName: db
        selector: { matchLabels: { app: db } }
        template:
          metadata: { labels: { app: db } }
          spec:
            containers:
              - name: db
                image: "123456789012.dkr.ecr.cn-north-1.amazonaws.com/db@${K8S_DIGEST}"
`;
const k8sToken = yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: web
        image: ACCOUNT_ID.dkr.ecr.us-east1.amazonaws.com/web:1.0
`;

runRule("image-ecr-uri (Kubernetes)", rule, {
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
            initContainers:
              - name: migrate
                image: 123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/carts-migrate:1.0
            containers:
              - name: carts
                image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/team/carts:1.0
              - name: cn
                image: 123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/carts:1.0
              - name: dual
                image: 123456789012.dkr-ecr.us-east-1.on.aws/carts:1.0
              - name: public
                image: public.ecr.aws/aws-containers/retail-store-sample-cart:1.2.1
              - name: hub
                image: Docker.io/Library/nginx:1.27
    `,
    json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "web" },
        "spec": { "containers": [{ "name": "web", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }] }
      }
    `,
    // Placeholders and template tokens.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: a
            image: \${AWS_ACCOUNT_ID}.dkr.ecr.\${AWS_REGION}.amazonaws.com/web:1.0
          - name: b
            image: ACCOUNT_ID.dkr.ecr.AWS_REGION.amazonaws.com/web:1.0
          - name: c
            image: XXXXXXXXXXXX.dkr.ecr.us-east-1.amazonaws.com/web:1.0
          - name: d
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/REPOSITORY_NAME:1.0
          - name: e
            image: "{{ account }}.dkr.ecr.us-east-1.amazonaws.com/web:1.0"
    `,
    // A custom resource is not read.
    yaml`
      apiVersion: example.com/v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: 1234.dkr.ecr.us-east-1.amazonaws.com/web:1.0
    `,
  ],
  invalid: [
    {
      ...k8sDeployment,
      errors: [
        {
          messageId: "availabilityZone",
          data: { host: '"123456789012.dkr.ecr.us-east-1a.amazonaws.com"', region: '"us-east-1a"', fixed: '"us-east-1"' },
          ...spanOf(k8sDeployment, "123456789012.dkr.ecr.us-east-1a.amazonaws.com/carts-migrate:1.0"),
        },
        {
          messageId: "missingDkr",
          data: { host: '"123456789012.ecr.us-east-1.amazonaws.com"', fixed: '"123456789012.dkr.ecr.us-east-1.amazonaws.com"' },
          ...spanOf(k8sDeployment, "123456789012.ecr.us-east-1.amazonaws.com/carts:1.0"),
        },
      ],
      // The edit writes the value quoted (a plain YAML scalar starting with a digit is written so).
      output: k8sDeployment.code
        .replace("123456789012.dkr.ecr.us-east-1a.amazonaws.com/carts-migrate:1.0", '"123456789012.dkr.ecr.us-east-1.amazonaws.com/carts-migrate:1.0"')
        .replace("123456789012.ecr.us-east-1.amazonaws.com/carts:1.0", '"123456789012.dkr.ecr.us-east-1.amazonaws.com/carts:1.0"'),
    },
    {
      // Ephemeral containers (kubectl get output) are read too.
      ...k8sPod,
      errors: [
        { messageId: "account", data: { host: '"11111111111.dkr.ecr.us-east-1.amazonaws.com"', account: '"11111111111"' }, ...spanOf(k8sPod, '"11111111111.dkr.ecr.us-east-1.amazonaws.com/web:1.0"') },
        { messageId: "publicAlias", data: { image: '"public.ecr.aws/busybox:1.36"' }, ...spanOf(k8sPod, '"public.ecr.aws/busybox:1.36"') },
      ],
    },
    {
      // The second document: an uppercase repository, lowercased by a suggestion.
      ...k8sMultiDocument,
      errors: [
        {
          messageId: "repository",
          data: { repository: '"Team/Seed"' },
          ...spanOf(k8sMultiDocument, "123456789012.dkr.ecr.eu-west-1.amazonaws.com/Team/Seed:1.0"),
          suggestions: [{ messageId: "lowercase", data: { fixed: '"team/seed"' }, output: k8sMultiDocument.code.replace("123456789012.dkr.ecr.eu-west-1.amazonaws.com/Team/Seed:1.0", '"123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/seed:1.0"') }],
        },
      ],
    },
    {
      // A China Region under the commercial domain (a suggestion), and an uppercase digest (the fix lowercases it).
      ...k8sList,
      errors: [
        {
          messageId: "regionDomain",
          data: { host: '"123456789012.dkr.ecr.cn-north-1.amazonaws.com"', region: '"cn-north-1"', expected: '"amazonaws.com.cn"', suffix: '"amazonaws.com"' },
          ...spanOf(k8sList, `"123456789012.dkr.ecr.cn-north-1.amazonaws.com/db@${K8S_DIGEST}"`),
          suggestions: [
            { messageId: "useHost", data: { fixed: '"123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn"' }, output: k8sList.code.replace("amazonaws.com/db", "amazonaws.com.cn/db") },
          ],
        },
        { messageId: "ecrDigest", data: { digest: JSON.stringify(K8S_DIGEST) }, ...spanOf(k8sList, `"123456789012.dkr.ecr.cn-north-1.amazonaws.com/db@${K8S_DIGEST}"`) },
      ],
      output: k8sList.code.replace(K8S_DIGEST, K8S_DIGEST.toLowerCase()),
    },
    {
      // A template token stands for the account: the rest is judged, the message shows it as written, no fix.
      ...k8sToken,
      errors: [{ messageId: "region", data: { host: '"ACCOUNT_ID.dkr.ecr.us-east1.amazonaws.com"', region: '"us-east1"' }, ...spanOf(k8sToken, "ACCOUNT_ID.dkr.ecr.us-east1.amazonaws.com/web:1.0") }],
    },
  ],
});
