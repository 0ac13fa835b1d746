import rule from "../../src/rules/arn-format.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** A task definition in JSON with one task-level member, the value on line 1. */
const task = (key: string, value: string) => `{ "family": "web", ${JSON.stringify(key)}: ${JSON.stringify(value)}, "containerDefinitions": [] }\n`;
const taskCase = (key: string, value: string) => ({ syntax: "json" as const, code: task(key, value) });
/** Where the value starts in `task(key, …)`, and where it ends. */
const at = (key: string, value: string) => ({ line: 1, column: 20 + key.length + 4, endLine: 1, endColumn: 20 + key.length + 4 + JSON.stringify(value).length });

/** A container member in JSON, the value on line 1. */
const container = (member: string) => `{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", ${member} }] }\n`;
const containerCase = (member: string) => ({ syntax: "json" as const, code: container(member) });
/** Where `value` starts and ends in `container(member)`. */
const within = (member: string, value: string) => {
  const column = container(member).indexOf(JSON.stringify(value)) + 1;
  return { line: 1, column, endLine: 1, endColumn: column + JSON.stringify(value).length };
};

const ROLE = "arn:aws:iam::123456789012:role/web";
const SSM = "arn:aws:ssm:us-east-1:123456789012:parameter/db-password";

runRule("arn-format", rule, {
  valid: [
    json`
      {
        "family": "web",
        "taskRoleArn": "arn:aws:iam::123456789012:role/service/web-task",
        "executionRoleArn": "arn:aws-us-gov:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "secrets": [
              { "name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf" },
              { "name": "B", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::" },
              { "name": "C", "valueFrom": "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db-AbCdEf::AWSPREVIOUS:" },
              { "name": "D", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/password" },
              { "name": "E", "valueFrom": "/prod/db/password" },
              { "name": "F", "valueFrom": "db-password" }
            ],
            "repositoryCredentials": { "credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry-AbCdEf" },
            "environmentFiles": [{ "value": "arn:aws:s3:::config.example-bucket/web/prod.env", "type": "s3" }],
            "logConfiguration": {
              "logDriver": "splunk",
              "secretOptions": [{ "name": "splunk-token", "valueFrom": "splunk-token" }]
            },
            "credentialSpecs": ["credentialspec:arn:aws:ssm:us-east-1:123456789012:parameter/gmsa-spec"]
          }
        ],
        "volumes": [
          {
            "name": "data",
            "efsVolumeConfiguration": {
              "fileSystemId": "fs-0123456789abcdef0",
              "transitEncryption": "ENABLED",
              "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED" }
            }
          },
          {
            "name": "share",
            "fsxWindowsFileServerVolumeConfiguration": {
              "fileSystemId": "fs-0123456789abcdef0",
              "rootDirectory": "share",
              "authorizationConfig": { "credentialsParameter": "arn:aws:ssm:us-east-1:123456789012:parameter/fsx", "domain": "corp.example.com" }
            }
          }
        ]
      }
    `,
    // Role names: ECS completes them into ARNs.
    yaml`
      family: web
      taskRoleArn: web-task
      executionRoleArn: ecsTaskExecutionRole
      containerDefinitions:
        - name: web
          image: nginx:1.27
          repositoryCredentials: { credentialsParameter: registry-credentials }
          credentialSpecs: ["credentialspecdomainless:arn:aws:s3:::gmsa-bucket/spec.json"]
    `,
    // Placeholders: fields from the first placeholder on are not judged.
    json`
      {
        "family": "web",
        "taskRoleArn": "\${TASK_ROLE_ARN}",
        "executionRoleArn": "arn:aws:iam::\${AWS_ACCOUNT_ID}:role/exec",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "secrets": [
              { "name": "A", "valueFrom": "arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}" },
              { "name": "B", "valueFrom": "arn:aws:ssm:\${REGION_AND_ACCOUNT}:parameter/x" },
              { "name": "C", "valueFrom": "{{ .SecretArn }}" }
            ],
            "environmentFiles": [{ "value": "\${ENV_FILE_ARN}", "type": "s3" }, { "value": "\${BUCKET_ARN}/web.env", "type": "s3" }]
          }
        ]
      }
    `,
    yaml`
      family: web
      taskRoleArn: !GetAtt TaskRole.Arn
      executionRoleArn: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/exec"
      containerDefinitions:
        - name: web
          image: nginx:1.27
          <<: *defaults
      volumes:
        - name: data
          efsVolumeConfiguration:
            fileSystemId: !Ref FileSystem
            authorizationConfig: { accessPointId: !Ref AccessPoint }
    `,
    // Not strings: valid-schema's business.
    json`{ "family": "web", "taskRoleArn": 5, "containerDefinitions": [{ "name": "web", "image": "nginx", "secrets": [{ "name": "A", "valueFrom": null }] }] }`,
  ],
  invalid: [
    {
      ...taskCase("taskRoleArn", "arn:aws:iam:123456789012:role/web"),
      errors: [{ messageId: "malformed", data: { key: "taskRoleArn" }, ...at("taskRoleArn", "arn:aws:iam:123456789012:role/web") }],
    },
    {
      ...taskCase("taskRoleArn", "arn:amazon:iam::123456789012:role/web"),
      errors: [{ messageId: "partition", data: { key: "taskRoleArn", partition: '"amazon"' }, ...at("taskRoleArn", "arn:amazon:iam::123456789012:role/web") }],
    },
    {
      ...taskCase("executionRoleArn", "arn:aws:iam::11111111111:role/ecsTaskExecutionRole"),
      errors: [{ messageId: "account", data: { key: "executionRoleArn", account: '"11111111111"' }, ...at("executionRoleArn", "arn:aws:iam::11111111111:role/ecsTaskExecutionRole") }],
    },
    {
      ...taskCase("executionRoleArn", "arn:aws:iam::XXXXXXXXXXXX:role/ecsTaskExecutionRole"),
      errors: [
        { messageId: "accountPlaceholder", data: { key: "executionRoleArn", account: '"XXXXXXXXXXXX"' }, ...at("executionRoleArn", "arn:aws:iam::XXXXXXXXXXXX:role/ecsTaskExecutionRole") },
      ],
    },
    {
      ...taskCase("taskRoleArn", "arn:aws:iam:::role/web"),
      errors: [
        { messageId: "accountMissing", data: { key: "taskRoleArn", service: "IAM", example: "arn:aws:iam::123456789012:role/name" }, ...at("taskRoleArn", "arn:aws:iam:::role/web") },
      ],
    },
    {
      // IAM ARNs have no Region: the fix empties the field.
      ...taskCase("taskRoleArn", "arn:aws:iam:us-east-1:123456789012:role/web"),
      errors: [
        {
          messageId: "regionNotAllowed",
          data: { key: "taskRoleArn", region: '"us-east-1"', service: "IAM", example: "arn:aws:iam::123456789012:role/name" },
          ...at("taskRoleArn", "arn:aws:iam:us-east-1:123456789012:role/web"),
        },
      ],
      output: task("taskRoleArn", ROLE),
    },
    {
      ...taskCase("executionRoleArn", SSM),
      errors: [
        {
          messageId: "wrongService",
          data: { key: "executionRoleArn", expected: "an IAM role ARN (arn:aws:iam::123456789012:role/name)", service: "SSM Parameter Store" },
          ...at("executionRoleArn", SSM),
        },
      ],
    },
    {
      ...taskCase("taskRoleArn", "arn:aws:iam::123456789012:user/deploy"),
      errors: [
        {
          messageId: "wrongResource",
          data: { key: "taskRoleArn", label: "an IAM role ARN", prefix: '"role/"', example: "arn:aws:iam::123456789012:role/name" },
          ...at("taskRoleArn", "arn:aws:iam::123456789012:user/deploy"),
        },
      ],
    },
    {
      ...taskCase("taskRoleArn", "arn:aws:iam::123456789012:role/web task"),
      errors: [{ messageId: "roleName", data: { key: "taskRoleArn", name: '"web task"' }, ...at("taskRoleArn", "arn:aws:iam::123456789012:role/web task") }],
    },
    {
      // Partly templated: the service is known before the first placeholder.
      ...taskCase("executionRoleArn", "arn:aws:ssm:${AWS_REGION}:${AWS_ACCOUNT_ID}:parameter/exec"),
      errors: [{ messageId: "wrongService", ...at("executionRoleArn", "arn:aws:ssm:${AWS_REGION}:${AWS_ACCOUNT_ID}:parameter/exec") }],
    },
    {
      ...taskCase("taskRoleArn", "arn:aws-us-east-1:iam::${ACCOUNT}:role/web"),
      errors: [{ messageId: "partition", data: { key: "taskRoleArn", partition: '"aws-us-east-1"' }, ...at("taskRoleArn", "arn:aws-us-east-1:iam::${ACCOUNT}:role/web") }],
    },
    {
      // Secrets: an Availability Zone where the Region belongs (fixed), a missing Region, a placeholder Region name.
      ...containerCase(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:ssm:us-east-1a:123456789012:parameter/a" }]`),
      errors: [
        {
          messageId: "availabilityZone",
          data: { key: "secrets.valueFrom", region: '"us-east-1a"', fixed: '"us-east-1"' },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:ssm:us-east-1a:123456789012:parameter/a" }]`, "arn:aws:ssm:us-east-1a:123456789012:parameter/a"),
        },
      ],
      output: container(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/a" }]`),
    },
    {
      ...containerCase(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:ssm::123456789012:parameter/a" }]`),
      errors: [
        {
          messageId: "regionMissing",
          data: { key: "secrets.valueFrom", service: "SSM Parameter Store", example: "arn:aws:ssm:us-east-1:123456789012:parameter/name" },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:ssm::123456789012:parameter/a" }]`, "arn:aws:ssm::123456789012:parameter/a"),
        },
      ],
    },
    {
      ...containerCase(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:region:aws_account_id:secret:db-AbCdEf" }]`),
      errors: [
        {
          messageId: "region",
          data: { key: "secrets.valueFrom", region: '"region"' },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:region:aws_account_id:secret:db-AbCdEf" }]`, "arn:aws:secretsmanager:region:aws_account_id:secret:db-AbCdEf"),
        },
        {
          messageId: "accountPlaceholder",
          data: { key: "secrets.valueFrom", account: '"aws_account_id"' },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:region:aws_account_id:secret:db-AbCdEf" }]`, "arn:aws:secretsmanager:region:aws_account_id:secret:db-AbCdEf"),
        },
      ],
    },
    {
      // The ECS agent takes secret:name or secret:name:json-key:version-stage:version-id, nothing between.
      ...containerCase(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password" }]`),
      errors: [
        {
          messageId: "secretParts",
          data: { key: "secrets.valueFrom", count: 1 },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password" }]`, "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password"),
        },
      ],
    },
    {
      ...containerCase(`"secrets": [{ "name": "A", "valueFrom": "${ROLE}" }]`),
      errors: [
        {
          messageId: "wrongService",
          data: {
            key: "secrets.valueFrom",
            expected:
              "a Secrets Manager secret ARN (arn:aws:secretsmanager:us-east-1:123456789012:secret:name-AbCdEf) or an SSM parameter ARN (arn:aws:ssm:us-east-1:123456789012:parameter/name), or an SSM parameter name",
            service: "IAM",
          },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "${ROLE}" }]`, ROLE),
        },
      ],
    },
    {
      ...containerCase(`"repositoryCredentials": { "credentialsParameter": "${SSM}" }`),
      errors: [{ messageId: "wrongService", data: { key: "repositoryCredentials.credentialsParameter", expected: "a Secrets Manager secret ARN (arn:aws:secretsmanager:us-east-1:123456789012:secret:name-AbCdEf) or a secret name", service: "SSM Parameter Store" }, ...within(`"repositoryCredentials": { "credentialsParameter": "${SSM}" }`, SSM) }],
    },
    {
      // Environment files: an S3 URL instead of the ARN (the partition is a choice: a suggestion).
      ...containerCase(`"environmentFiles": [{ "value": "s3://config-bucket/web.env", "type": "s3" }]`),
      errors: [
        {
          messageId: "s3Url",
          data: { key: "environmentFiles.value" },
          ...within(`"environmentFiles": [{ "value": "s3://config-bucket/web.env", "type": "s3" }]`, "s3://config-bucket/web.env"),
          suggestions: [
            { messageId: "useArn", data: { arn: '"arn:aws:s3:::config-bucket/web.env"' }, output: container(`"environmentFiles": [{ "value": "arn:aws:s3:::config-bucket/web.env", "type": "s3" }]`) },
          ],
        },
      ],
    },
    {
      ...containerCase(`"environmentFiles": [{ "value": "config-bucket/web.env", "type": "s3" }]`),
      errors: [
        {
          messageId: "notArn",
          data: { key: "environmentFiles.value", expected: "an S3 object ARN (arn:aws:s3:::bucket/file.env)" },
          ...within(`"environmentFiles": [{ "value": "config-bucket/web.env", "type": "s3" }]`, "config-bucket/web.env"),
        },
      ],
    },
    {
      ...containerCase(`"environmentFiles": [{ "value": "arn:aws:s3:::config-bucket", "type": "s3" }]`),
      errors: [{ messageId: "s3Object", data: { key: "environmentFiles.value", bucket: '"config-bucket"' }, ...within(`"environmentFiles": [{ "value": "arn:aws:s3:::config-bucket", "type": "s3" }]`, "arn:aws:s3:::config-bucket") }],
    },
    {
      ...containerCase(`"environmentFiles": [{ "value": "arn:aws:s3:::Config_Bucket/web.env", "type": "s3" }]`),
      errors: [{ messageId: "s3Bucket", data: { key: "environmentFiles.value", bucket: '"Config_Bucket"' }, ...within(`"environmentFiles": [{ "value": "arn:aws:s3:::Config_Bucket/web.env", "type": "s3" }]`, "arn:aws:s3:::Config_Bucket/web.env") }],
    },
    {
      ...containerCase(`"environmentFiles": [{ "value": "arn:aws:s3::123456789012:config-bucket/web.env", "type": "s3" }]`),
      errors: [
        {
          messageId: "accountNotAllowed",
          data: { key: "environmentFiles.value", account: '"123456789012"', service: "Amazon S3", example: "arn:aws:s3:::bucket/key" },
          ...within(`"environmentFiles": [{ "value": "arn:aws:s3::123456789012:config-bucket/web.env", "type": "s3" }]`, "arn:aws:s3::123456789012:config-bucket/web.env"),
        },
      ],
    },
    {
      ...containerCase(`"environmentFiles": [{ "value": "bucket/\${ENV}.env", "type": "s3" }]`),
      errors: [{ messageId: "notArn", ...within(`"environmentFiles": [{ "value": "bucket/\${ENV}.env", "type": "s3" }]`, "bucket/${ENV}.env") }],
    },
    {
      // Credential specs: the prefix is a choice between two formats.
      ...containerCase(`"credentialSpecs": ["arn:aws:ssm:us-east-1:123456789012:parameter/gmsa"]`),
      errors: [
        {
          messageId: "credentialSpecPrefix",
          data: { key: "credentialSpecs" },
          ...within(`"credentialSpecs": ["arn:aws:ssm:us-east-1:123456789012:parameter/gmsa"]`, "arn:aws:ssm:us-east-1:123456789012:parameter/gmsa"),
          suggestions: [
            { messageId: "addPrefix", data: { prefix: "credentialspec:" }, output: container(`"credentialSpecs": ["credentialspec:arn:aws:ssm:us-east-1:123456789012:parameter/gmsa"]`) },
            {
              messageId: "addPrefix",
              data: { prefix: "credentialspecdomainless:" },
              output: container(`"credentialSpecs": ["credentialspecdomainless:arn:aws:ssm:us-east-1:123456789012:parameter/gmsa"]`),
            },
          ],
        },
      ],
    },
    {
      ...containerCase(`"credentialSpecs": ["credentialspec:arn:aws:secretsmanager:us-east-1:123456789012:secret:gmsa"]`),
      errors: [{ messageId: "wrongService", data: { key: "credentialSpecs", expected: "an SSM parameter ARN (arn:aws:ssm:us-east-1:123456789012:parameter/name) or an S3 object ARN (arn:aws:s3:::bucket/key)", service: "Secrets Manager" }, ...within(`"credentialSpecs": ["credentialspec:arn:aws:secretsmanager:us-east-1:123456789012:secret:gmsa"]`, "credentialspec:arn:aws:secretsmanager:us-east-1:123456789012:secret:gmsa") }],
    },
    {
      // A fix inside a credential spec keeps its prefix.
      ...containerCase(`"credentialSpecs": ["credentialspecdomainless:arn:aws:s3:us-west-2::gmsa-bucket/spec.json"]`),
      errors: [
        {
          messageId: "regionNotAllowed",
          data: { key: "credentialSpecs", region: '"us-west-2"', service: "Amazon S3", example: "arn:aws:s3:::bucket/key" },
          ...within(`"credentialSpecs": ["credentialspecdomainless:arn:aws:s3:us-west-2::gmsa-bucket/spec.json"]`, "credentialspecdomainless:arn:aws:s3:us-west-2::gmsa-bucket/spec.json"),
        },
      ],
      output: container(`"credentialSpecs": ["credentialspecdomainless:arn:aws:s3:::gmsa-bucket/spec.json"]`),
    },
    {
      // Log driver secret options, in YAML.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            logConfiguration:
              logDriver: splunk
              secretOptions:
                - name: splunk-token
                  valueFrom: arn:aws:secretsmanager:us-east-1:12345678901:secret:splunk
      `,
      errors: [{ messageId: "account", data: { key: "secretOptions.valueFrom", account: '"12345678901"' }, line: 9, column: 22, endLine: 9, endColumn: 80 }],
    },
    {
      // EFS takes the access point ID, not its ARN: the fix keeps the ID.
      ...yaml`
        family: web
        containerDefinitions: []
        volumes:
          - name: data
            efsVolumeConfiguration:
              fileSystemId: fs-0123456789abcdef0
              transitEncryption: ENABLED
              authorizationConfig:
                accessPointId: arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0
          - name: cache
            efsVolumeConfiguration:
              fileSystemId: fs-0123456789abcdef0
              transitEncryption: ENABLED
              authorizationConfig: { accessPointId: ap-1234 }
      `,
      errors: [
        { messageId: "accessPointArn", data: { key: "authorizationConfig.accessPointId", id: '"fsap-0123456789abcdef0"' }, line: 9, column: 24, endLine: 9, endColumn: 108 },
        { messageId: "accessPointId", data: { key: "authorizationConfig.accessPointId" }, line: 14, column: 45, endLine: 14, endColumn: 52 },
      ],
      output: `family: web
containerDefinitions: []
volumes:
  - name: data
    efsVolumeConfiguration:
      fileSystemId: fs-0123456789abcdef0
      transitEncryption: ENABLED
      authorizationConfig:
        accessPointId: fsap-0123456789abcdef0
  - name: cache
    efsVolumeConfiguration:
      fileSystemId: fs-0123456789abcdef0
      transitEncryption: ENABLED
      authorizationConfig: { accessPointId: ap-1234 }
`,
    },
    {
      ...yaml`
        family: web
        containerDefinitions: []
        volumes:
          - name: share
            fsxWindowsFileServerVolumeConfiguration:
              fileSystemId: fs-0123456789abcdef0
              rootDirectory: share
              authorizationConfig:
                credentialsParameter: arn:aws:iam::123456789012:role/fsx
                domain: corp.example.com
      `,
      errors: [{ messageId: "wrongService", data: { key: "authorizationConfig.credentialsParameter", expected: "a Secrets Manager secret ARN (arn:aws:secretsmanager:us-east-1:123456789012:secret:name-AbCdEf) or an SSM parameter ARN (arn:aws:ssm:us-east-1:123456789012:parameter/name)", service: "IAM" }, line: 9, column: 31, endLine: 9, endColumn: 65 }],
    },
    {
      // YAML: a quoted value keeps its quotes when fixed; describe output is checked too.
      ...yaml`
        taskDefinition:
          family: web
          taskRoleArn: 'arn:aws:iam:eu-west-1:123456789012:role/web'
          containerDefinitions: []
      `,
      errors: [{ messageId: "regionNotAllowed", line: 3, column: 16, endLine: 3, endColumn: 61 }],
      output: `taskDefinition:
  family: web
  taskRoleArn: 'arn:aws:iam::123456789012:role/web'
  containerDefinitions: []
`,
    },
    {
      // Bare container lists: container members are checked.
      ...json`[{ "name": "web", "image": "nginx:1.27", "secrets": [{ "name": "A", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:secret/a" }] }]`,
      errors: [{ messageId: "wrongResource", line: 1, column: 82, endLine: 1, endColumn: 127 }],
    },
  ],
});
