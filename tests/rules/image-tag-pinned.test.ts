import rule from "../../src/rules/image-tag-pinned.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const requireDigest = [{ requireDigest: true }];
const DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

runRule("image-tag-pinned", rule, {
  valid: [
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27.3" },
          { "name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app:2024-06-01.3" },
          { "name": "proxy", "image": "localhost:5000/proxy:v2" }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: public.ecr.aws/nginx/nginx:1.27
        - name: pinned
          image: nginx@${DIGEST}
        - name: both
          image: nginx:latest@${DIGEST}
    `,
    // ECR Public and China Region registries: the tag is read the same way (a port is not a tag).
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "cn", "image": "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/team/web:1.4.2" },
          { "name": "cn-port", "image": "123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn:443/web:2024.06" },
          { "name": "public", "image": "public.ecr.aws/docker/library/nginx:1.27-alpine" },
          { "name": "public-digest", "image": "public.ecr.aws/nginx/nginx@${DIGEST}" }
        ]
      }
    `,
    // Tags that merely contain "latest" are other tags.
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: public.ecr.aws/aws-observability/aws-for-fluent-bit:init-latest
        - name: app
          image: app:LATEST
    `,
    // Digests satisfy requireDigest.
    { ...json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx@${DIGEST}" }] }`, options: requireDigest },
    { ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: "registry.example.com:5000/web:1.0@${DIGEST}"
      `, options: requireDigest },
    // Unknown: the whole image, its tag, or a part that may hold the tag.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "a", "image": "\${IMAGE}" },
          { "name": "b", "image": "\${REPOSITORY}:\${TAG}" },
          { "name": "c", "image": "app-\${VARIANT}" },
          { "name": "d", "image": "app:{{ .Tag }}" },
          { "name": "e", "image": "app@\${DIGEST}" }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: a
          image: !Ref Image
        - name: b
          image: !Sub "\${Repository}:\${Tag}"
        - name: c
          <<: *defaults
    `,
    { ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: app:\${TAG}
          - name: worker
            image: \${REGISTRY}/worker@\${DIGEST}
      `, options: requireDigest },
    // Not strings: valid-schema's business.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": 5 }, { "name": "x", "image": "" }] }`,
    // CloudFormation: a Sub variable may hold the tag; a GetAtt, a Join and a dynamic reference are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: !Sub "\${Repository.RepositoryUri}:\${Tag}"
              - Name: uri
                Image: !GetAtt Repository.RepositoryUri
              - Name: join
                Image: !Join [":", [!GetAtt Repository.RepositoryUri, !Ref Tag]]
              - Name: ssm
                Image: "{{resolve:ssm:/app/image}}"
    `,
    json`
      {
        "Resources": {
          "TaskDefinition": {
            "Type": "AWS::ECS::TaskDefinition",
            "Properties": {
              "ContainerDefinitions": [{ "Name": "web", "Image": { "Fn::Sub": ["\${Uri}:1.4.2", { "Uri": { "Fn::GetAtt": ["Repository", "RepositoryUri"] } }] } }]
            }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      name: "CloudFormation: an image built with !Join has the literal tag latest",
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: !Join [":", [!GetAtt Repository.RepositoryUri, latest]]
                  Memory: 256
      `,
      errors: [{ messageId: "latestTag", line: 7, column: 18, endLine: 7, endColumn: 73 }],
    },
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx" },
            { "name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest" }
          ]
        }
      `,
      errors: [
        { messageId: "noTag", data: { image: '"nginx"' }, line: 4, column: 31, endLine: 4, endColumn: 38 },
        { messageId: "latestTag", data: { image: '"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"' }, line: 5, column: 31, endLine: 5, endColumn: 88 },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: registry.example.com:5000/team/web
          - name: app
            image: 'app:latest'
      `,
      errors: [
        { messageId: "noTag", data: { image: '"registry.example.com:5000/team/web"' }, line: 4, column: 12, endLine: 4, endColumn: 46 },
        { messageId: "latestTag", data: { image: '"app:latest"' }, line: 6, column: 12, endLine: 6, endColumn: 24 },
      ],
    },
    {
      // The literal part is judged: the tag is "latest" whatever the repository is.
      ...json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "\${REPOSITORY}:latest" }] }`,
      errors: [{ messageId: "latestTag", data: { image: '"${REPOSITORY}:latest"' }, line: 1, column: 71, endLine: 1, endColumn: 93 }],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:latest"
          - name: app
            image: \${REGISTRY}/app
      `,
      errors: [
        { messageId: "latestTag", line: 4, column: 12, endLine: 4, endColumn: 84 },
        { messageId: "noTag", data: { image: '"${REGISTRY}/app"' }, line: 6, column: 12, endLine: 6, endColumn: 27 },
      ],
    },
    {
      // requireDigest: tags are not enough; untagged and latest keep their own message.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27" },
            { "name": "app", "image": "app:latest" },
            { "name": "tmpl", "image": "\${REGISTRY}/tmpl:2.0" }
          ]
        }
      `,
      options: requireDigest,
      errors: [
        { messageId: "noDigest", data: { image: '"nginx:1.27"' }, line: 4, column: 31, endLine: 4, endColumn: 43 },
        { messageId: "latestTag", line: 5, column: 31, endLine: 5, endColumn: 43 },
        { messageId: "noDigest", data: { image: '"${REGISTRY}/tmpl:2.0"' }, line: 6, column: 32, endLine: 6, endColumn: 54 },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27-alpine
      `,
      options: requireDigest,
      errors: [{ messageId: "noDigest", line: 4, column: 12, endLine: 4, endColumn: 29 }],
    },
    {
      // describe-task-definition output and bare container lists.
      ...json`{ "taskDefinition": { "family": "web", "containerDefinitions": [{ "name": "web", "image": "httpd" }] } }`,
      errors: [{ messageId: "noTag", line: 1, column: 91, endLine: 1, endColumn: 98 }],
    },
    {
      ...json`[{ "name": "web", "image": "nginx:latest", "essential": true }]`,
      errors: [{ messageId: "latestTag", line: 1, column: 28, endLine: 1, endColumn: 42 }],
    },
    {
      // ECR Public and China Region registries.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "cn", "image": "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web" },
            { "name": "cn-port", "image": "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn:443/web" },
            { "name": "public", "image": "public.ecr.aws/nginx/nginx:latest" }
          ]
        }
      `,
      errors: [
        { messageId: "noTag", data: { image: '"123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web"' }, line: 4, column: 30, endLine: 4, endColumn: 84 },
        { messageId: "noTag", data: { image: '"123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn:443/web"' }, line: 5, column: 35, endLine: 5, endColumn: 93 },
        { messageId: "latestTag", data: { image: '"public.ecr.aws/nginx/nginx:latest"' }, line: 6, column: 34, endLine: 6, endColumn: 69 },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: cn
            image: 123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/web:latest
          - name: public
            image: public.ecr.aws/aws-observability/aws-for-fluent-bit
      `,
      options: requireDigest,
      errors: [
        { messageId: "latestTag", line: 4, column: 12, endLine: 4, endColumn: 75 },
        { messageId: "noTag", line: 6, column: 12, endLine: 6, endColumn: 63 },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: public
            image: public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4
      `,
      options: requireDigest,
      errors: [{ messageId: "noDigest", data: { image: '"public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4"' }, line: 4, column: 12, endLine: 4, endColumn: 70 }],
    },
    {
      // A YAML alias reports where it is used.
      ...yaml`
        family: web
        x-image: &image nginx
        containerDefinitions:
          - name: web
            image: *image
      `,
      errors: [{ messageId: "noTag", line: 5, column: 12, endLine: 5, endColumn: 18 }],
    },
    {
      // CloudFormation: literal images and the literal tag of a Sub string.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: httpd
                - Name: api
                  Image: !Sub "\${Repository.RepositoryUri}:latest"
      `,
      errors: [
        { messageId: "noTag", data: { image: '"httpd"' }, line: 7, column: 18, endLine: 7, endColumn: 23 },
        { messageId: "latestTag", data: { image: '"${Repository.RepositoryUri}:latest"' }, line: 9, column: 18, endLine: 9, endColumn: 59 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [{ "Name": "web", "Image": { "Fn::Sub": "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:latest" } }]
              }
            }
          }
        }
      `,
      errors: [{ messageId: "latestTag", line: 6, column: 60, endLine: 6, endColumn: 142 }],
    },
  ],
});
