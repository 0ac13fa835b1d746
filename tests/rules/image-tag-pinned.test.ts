import rule from "../../src/rules/image-tag-pinned.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";
import { spanOf } from "../support/span-of.js";

const requireDigest = [{ requireDigest: true }];
const DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

runRule("image-tag-pinned", rule, {
  valid: [
    // Template tokens are placeholders in task definitions too (RULES.md, Decisions): the deploy script fills the image in.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "REPLACE_ME_IMAGE_TAG_USED_IN_ECR_PUSH" }] }`,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:IMAGE_TAG
    `,
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

const k8sDeployment = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: carts
  spec:
    selector:
      matchLabels: { app: carts }
    template:
      metadata:
        labels: { app: carts }
      spec:
        initContainers:
          - name: migrate
            image: public.ecr.aws/aws-containers/retail-store-sample-cart:latest
        containers:
          - name: carts
            image: public.ecr.aws/aws-containers/retail-store-sample-cart
          - name: proxy
            image: nginx:1.27.3
`;
const k8sPod = json`
  {
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": { "name": "debug" },
    "spec": {
      "containers": [{ "name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest" }],
      "ephemeralContainers": [{ "name": "debugger", "image": "busybox" }]
    }
  }
`;
const k8sMultiDocument = yaml`
  apiVersion: v1
  kind: Service
  metadata:
    name: web
  spec:
    selector: { app: web }
    ports: [{ port: 80 }]
  ---
  apiVersion: batch/v1
  kind: CronJob
  metadata:
    name: report
  spec:
    schedule: "0 * * * *"
    jobTemplate:
      spec:
        template:
          spec:
            restartPolicy: OnFailure
            containers:
              - name: report
                image: "\${REGISTRY}/report:latest"
`;
const k8sList = yaml`
  apiVersion: v1
  kind: List
  items:
    - apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector: { matchLabels: { app: agent } }
        template:
          metadata: { labels: { app: agent } }
          spec:
            containers:
              - name: agent
                image: amazon/cloudwatch-agent
`;
const k8sDigest = yaml`
  apiVersion: apps/v1
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
            image: postgres:16.4
          - name: exporter
            image: quay.io/prometheuscommunity/postgres-exporter@${DIGEST}
`;
const k8sPatch = {
  ...yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: carts
    spec:
      template:
        spec:
          containers:
            - name: carts
              image: carts:latest
  `,
  filename: "overlays/dev/image-patch.yaml",
};

runRule("image-tag-pinned (Kubernetes)", rule, {
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
                image: public.ecr.aws/aws-containers/retail-store-sample-cart:1.2.1
            containers:
              - name: carts
                image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/carts:2024-06-01.3
              - name: sidecar
                image: public.ecr.aws/aws-observability/aws-for-fluent-bit:init-latest
    `,
    json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "web" },
        "spec": { "containers": [{ "name": "web", "image": "nginx@${DIGEST}" }] }
      }
    `,
    // Placeholders and template tokens: the image or its tag is unknown.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: a
            image: \${IMAGE}
          - name: b
            image: "{{ image }}"
          - name: c
            image: app:\${TAG}
          - name: d
            image: CONTAINER_IMAGE
          - name: e
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:REPLACE_ME_IMAGE_TAG
    `,
    // A custom resource that happens to be called Deployment is not read.
    yaml`
      apiVersion: example.com/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
              - name: web
                image: nginx:latest
    `,
    // A patch without images is silent.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: carts
        spec:
          replicas: 3
      `,
      filename: "replicas-patch.yaml",
    },
    { ...k8sDigest, code: k8sDigest.code.replace("postgres:16.4", `postgres:16.4@${DIGEST}`), options: requireDigest },
  ],
  invalid: [
    {
      ...k8sDeployment,
      errors: [
        {
          messageId: "podLatestTag",
          data: { image: '"public.ecr.aws/aws-containers/retail-store-sample-cart:latest"', container: '"migrate"' },
          ...spanOf(k8sDeployment, "public.ecr.aws/aws-containers/retail-store-sample-cart:latest"),
        },
        {
          messageId: "podNoTag",
          data: { image: '"public.ecr.aws/aws-containers/retail-store-sample-cart"', container: '"carts"' },
          ...spanOf(k8sDeployment, "public.ecr.aws/aws-containers/retail-store-sample-cart", 2),
        },
      ],
    },
    {
      // Ephemeral containers (kubectl get output) are read too.
      ...k8sPod,
      errors: [
        { messageId: "podLatestTag", data: { image: '"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"', container: '"app"' }, ...spanOf(k8sPod, '"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"') },
        { messageId: "podNoTag", data: { image: '"busybox"', container: '"debugger"' }, ...spanOf(k8sPod, '"busybox"') },
      ],
    },
    {
      // The second document, a CronJob, whose literal tag is latest.
      ...k8sMultiDocument,
      errors: [{ messageId: "podLatestTag", data: { image: '"${REGISTRY}/report:latest"', container: '"report"' }, ...spanOf(k8sMultiDocument, '"${REGISTRY}/report:latest"') }],
    },
    {
      ...k8sList,
      errors: [{ messageId: "podNoTag", data: { image: '"amazon/cloudwatch-agent"', container: '"agent"' }, ...spanOf(k8sList, "amazon/cloudwatch-agent") }],
    },
    {
      ...k8sDigest,
      options: requireDigest,
      errors: [{ messageId: "podNoDigest", data: { image: '"postgres:16.4"', container: '"db"' }, ...spanOf(k8sDigest, "postgres:16.4") }],
    },
    {
      // A patch's present image is judged.
      ...k8sPatch,
      errors: [{ messageId: "podLatestTag", data: { image: '"carts:latest"', container: '"carts"' }, ...spanOf(k8sPatch, "carts:latest") }],
    },
  ],
});
