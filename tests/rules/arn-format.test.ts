import rule from "../../src/rules/arn-format.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";
import { spanOf } from "../support/span-of.js";

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
    // Template tokens are placeholders in every place, ECS included (RULES.md, Decisions): no account error for XXXXXXXXXXXX.
    taskCase("executionRoleArn", "arn:aws:iam::XXXXXXXXXXXX:role/ecsTaskExecutionRole"),
    taskCase("taskRoleArn", "arn:aws:iam::ACCOUNT_ID:role/app"),
    // So are AWS documentation's lower-case placeholders filling a whole field (audit 17, D3): no account and Region reports.
    taskCase("executionRoleArn", "arn:aws:iam::aws_account_id:role/ecsTaskExecutionRole"),
    taskCase("taskRoleArn", "arn:aws:iam::your-account-id:role/app"),
    containerCase(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:region:aws_account_id:secret:secret_name-AbCdEf" }]`),
    yaml`
      family: web
      executionRoleArn: arn:aws:iam::account-id:role/exec
      containerDefinitions:
        - name: web
          image: nginx:1.27
          secrets:
            - name: DB
              valueFrom: arn:aws:ssm:your-region:your_account_id:parameter/db
    `,
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            TaskRoleArn: arn:aws:iam::aws_account_id:role/app
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Secrets:
                  - Name: DB
                    ValueFrom: arn:aws:secretsmanager:aws_region:account_id:secret:db
    `,
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
    // Services, run-task input, capacity providers, EventBridge and Scheduler targets, ECR repositories.
    json`
      {
        "serviceName": "web",
        "cluster": "arn:aws-us-gov:ecs:us-gov-west-1:123456789012:cluster/prod",
        "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:12",
        "role": "arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
        "desiredCount": 2,
        "loadBalancers": [
          {
            "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-blue/73e2d6bc24d8a067",
            "containerName": "web",
            "containerPort": 80,
            "advancedConfiguration": {
              "alternateTargetGroupArn": "arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:targetgroup/web-green/50dc6c495c0c9188",
              "productionListenerRule": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee",
              "roleArn": "arn:aws:iam::123456789012:role/ecs-blue-green"
            }
          },
          { "loadBalancerName": "classic", "containerName": "web", "containerPort": 80 }
        ]
      }
    `,
    yaml`
      serviceName: web
      cluster: prod
      taskDefinition: web:3
      role: ecsServiceRole
      desiredCount: 2
      loadBalancers:
        - targetGroupArn: \${TARGET_GROUP_ARN}
          containerName: web
          containerPort: 80
        - targetGroupArn: !Ref TargetGroup
          containerName: web
          containerPort: 8080
        - targetGroupArn: arn:aws:elasticloadbalancing:\${AWS_REGION}:\${ACCOUNT}:targetgroup/web/\${TG_ID}
          containerName: web
          containerPort: 9090
    `,
    json`
      {
        "cluster": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
        "taskDefinition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/migrate",
        "overrides": {
          "taskRoleArn": "migrate-task",
          "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
          "containerOverrides": [{ "name": "app", "command": ["./migrate"] }]
        }
      }
    `,
    yaml`
      name: ec2-provider
      autoScalingGroupProvider:
        autoScalingGroupArn: arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:01234567-89ab-cdef-0123-456789abcdef:autoScalingGroupName/ecs-asg
        managedScaling: { status: ENABLED }
      ---
      name: by-name
      autoScalingGroupProvider:
        autoScalingGroupArn: ecs-asg
    `,
    json`
      [
        {
          "Id": "report",
          "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
          "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
          "EcsParameters": { "TaskDefinitionArn": "report:7", "TaskCount": 1 },
          "Input": "{\\"taskRoleArn\\": \\"arn:aws:iam::123456789012:role/report\\", \\"containerOverrides\\": []}"
        },
        { "Id": "lambda", "Arn": "arn:aws:lambda:us-east-1:123456789012:function:notify", "RoleArn": "not-an-arn" }
      ]
    `,
    yaml`
      Name: nightly-report
      ScheduleExpression: cron(0 3 * * ? *)
      FlexibleTimeWindow: { Mode: "OFF" }
      Target:
        Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
        RoleArn: arn:aws:iam::123456789012:role/scheduler-ecs
        EcsParameters:
          TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/report:7
        Input: '{"executionRoleArn": "ecsTaskExecutionRole"}'
      ---
      Name: universal
      ScheduleExpression: rate(1 hour)
      FlexibleTimeWindow: { Mode: "OFF" }
      Target:
        Arn: arn:aws:scheduler:::aws-sdk:sqs:sendMessage
        RoleArn: arn:aws:iam::123456789012:role/scheduler
    `,
    json`
      {
        "repositoryName": "web",
        "encryptionConfiguration": { "encryptionType": "KMS", "kmsKey": "arn:aws:kms:us-east-1:123456789012:alias/ecr" }
      }
    `,
    yaml`
      Resources:
        A:
          Type: AWS::ECR::Repository
          Properties:
            EncryptionConfiguration: { EncryptionType: KMS, KmsKey: 1234abcd-12ab-34cd-56ef-1234567890ab }
        B:
          Type: AWS::ECR::Repository
          Properties:
            EncryptionConfiguration: { EncryptionType: KMS, KmsKey: alias/ecr }
        C:
          Type: AWS::ECR::Repository
          Properties:
            EncryptionConfiguration: { EncryptionType: KMS, KmsKey: !GetAtt Key.Arn }
        D:
          Type: AWS::ECR::Repository
          Properties:
            EncryptionConfiguration:
              EncryptionType: KMS
              KmsKey: !Sub "arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:key/\${KeyId}"
        E:
          Type: AWS::ECR::Repository
          Properties:
            EncryptionConfiguration: { EncryptionType: KMS, KmsKey: "arn:aws-cn:kms:cn-northwest-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab" }
    `,
    // CloudFormation: AWS::ECS::TaskDefinition, AWS::ECS::Service and AWS::Events::Rule members in its key spelling; intrinsics are not judged.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            TaskRoleArn: !GetAtt TaskRole.Arn
            ExecutionRoleArn: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/\${AWS::StackName}-execution"
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Secrets:
                  - Name: DB_PASSWORD
                    ValueFrom: !Sub "arn:aws:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/db"
                  - Name: API_KEY
                    ValueFrom: !If [IsProd, !Ref ProdSecret, !Ref DevSecret]
                  - Name: TOKEN
                    ValueFrom: { "Fn::Join": ["", ["arn:aws:secretsmanager:", { "Ref": "AWS::Region" }, ":123456789012:secret:token"]] }
            Volumes:
              - Name: data
                EFSVolumeConfiguration:
                  FilesystemId: !Ref FileSystem
                  TransitEncryption: ENABLED
                  AuthorizationConfig:
                    AccessPointId: !Ref AccessPoint
        Service:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !GetAtt Cluster.Arn
            Role: !Ref ServiceRole
            TaskDefinition: !Ref TaskDefinition
            LoadBalancers:
              - ContainerName: web
                ContainerPort: 80
                TargetGroupArn: !Ref TargetGroup
        Schedule:
          Type: AWS::Events::Rule
          Properties:
            ScheduleExpression: rate(1 hour)
            Targets:
              - Id: web
                Arn: !GetAtt Cluster.Arn
                RoleArn: !GetAtt EventsRole.Arn
                EcsParameters:
                  TaskDefinitionArn: !Ref TaskDefinition
    `,
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
      // A role name under a path is judged too; an empty path segment is no path.
      ...taskCase("taskRoleArn", "arn:aws:iam::123456789012:role/service/web*task"),
      errors: [{ messageId: "roleName", data: { key: "taskRoleArn", name: '"web*task"' }, ...at("taskRoleArn", "arn:aws:iam::123456789012:role/service/web*task") }],
    },
    {
      ...taskCase("taskRoleArn", "arn:aws:iam::123456789012:role//web"),
      errors: [{ messageId: "roleName", data: { key: "taskRoleArn", name: '"/web"' }, ...at("taskRoleArn", "arn:aws:iam::123456789012:role//web") }],
    },
    {
      ...taskCase("taskRoleArn", `arn:aws:iam::123456789012:role/${"a".repeat(65)}`),
      errors: [{ messageId: "roleName", data: { key: "taskRoleArn", name: `"${"a".repeat(65)}"` }, ...at("taskRoleArn", `arn:aws:iam::123456789012:role/${"a".repeat(65)}`) }],
    },
    {
      // A placeholder in the account: the Region before it is judged, the account and resource after it are not.
      ...containerCase(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1b:\${ACCOUNT}:secret:db:a" }]`),
      errors: [
        {
          messageId: "availabilityZone",
          data: { key: "secrets[0].valueFrom", region: '"us-east-1b"', fixed: '"us-east-1"' },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1b:\${ACCOUNT}:secret:db:a" }]`, "arn:aws:secretsmanager:us-east-1b:${ACCOUNT}:secret:db:a"),
        },
      ],
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
          data: { key: "secrets[0].valueFrom", region: '"us-east-1a"', fixed: '"us-east-1"' },
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
          data: { key: "secrets[0].valueFrom", service: "SSM Parameter Store", example: "arn:aws:ssm:us-east-1:123456789012:parameter/name" },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:ssm::123456789012:parameter/a" }]`, "arn:aws:ssm::123456789012:parameter/a"),
        },
      ],
    },
    {
      // A Region that is no known placeholder is judged; the documentation placeholder after it is not (one report, not two).
      ...containerCase(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:the-region:aws_account_id:secret:db-AbCdEf" }]`),
      errors: [
        {
          messageId: "region",
          data: { key: "secrets[0].valueFrom", region: '"the-region"' },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:the-region:aws_account_id:secret:db-AbCdEf" }]`, "arn:aws:secretsmanager:the-region:aws_account_id:secret:db-AbCdEf"),
        },
      ],
    },
    {
      // A placeholder word only counts as a whole field: "account-db" is an account that is no account ID.
      ...containerCase(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1:account-db:secret:db-AbCdEf" }]`),
      errors: [
        {
          messageId: "accountPlaceholder",
          data: { key: "secrets[0].valueFrom", account: '"account-db"' },
          ...within(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1:account-db:secret:db-AbCdEf" }]`, "arn:aws:secretsmanager:us-east-1:account-db:secret:db-AbCdEf"),
        },
      ],
    },
    {
      // The ECS agent takes secret:name or secret:name:json-key:version-stage:version-id, nothing between.
      ...containerCase(`"secrets": [{ "name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password" }]`),
      errors: [
        {
          messageId: "secretParts",
          data: { key: "secrets[0].valueFrom", count: 1 },
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
            key: "secrets[0].valueFrom",
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
          data: { key: "environmentFiles[0].value" },
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
          data: { key: "environmentFiles[0].value", expected: "an S3 object ARN (arn:aws:s3:::bucket/file.env)" },
          ...within(`"environmentFiles": [{ "value": "config-bucket/web.env", "type": "s3" }]`, "config-bucket/web.env"),
        },
      ],
    },
    {
      ...containerCase(`"environmentFiles": [{ "value": "arn:aws:s3:::config-bucket", "type": "s3" }]`),
      errors: [{ messageId: "s3Object", data: { key: "environmentFiles[0].value", bucket: '"config-bucket"' }, ...within(`"environmentFiles": [{ "value": "arn:aws:s3:::config-bucket", "type": "s3" }]`, "arn:aws:s3:::config-bucket") }],
    },
    {
      ...containerCase(`"environmentFiles": [{ "value": "arn:aws:s3:::Config_Bucket/web.env", "type": "s3" }]`),
      errors: [{ messageId: "s3Bucket", data: { key: "environmentFiles[0].value", bucket: '"Config_Bucket"' }, ...within(`"environmentFiles": [{ "value": "arn:aws:s3:::Config_Bucket/web.env", "type": "s3" }]`, "arn:aws:s3:::Config_Bucket/web.env") }],
    },
    {
      ...containerCase(`"environmentFiles": [{ "value": "arn:aws:s3::123456789012:config-bucket/web.env", "type": "s3" }]`),
      errors: [
        {
          messageId: "accountNotAllowed",
          data: { key: "environmentFiles[0].value", account: '"123456789012"', service: "Amazon S3", example: "arn:aws:s3:::bucket/key" },
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
          data: { key: "credentialSpecs[0]" },
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
      errors: [{ messageId: "wrongService", data: { key: "credentialSpecs[0]", expected: "an SSM parameter ARN (arn:aws:ssm:us-east-1:123456789012:parameter/name) or an S3 object ARN (arn:aws:s3:::bucket/key)", service: "Secrets Manager" }, ...within(`"credentialSpecs": ["credentialspec:arn:aws:secretsmanager:us-east-1:123456789012:secret:gmsa"]`, "credentialspec:arn:aws:secretsmanager:us-east-1:123456789012:secret:gmsa") }],
    },
    {
      // A fix inside a credential spec keeps its prefix.
      ...containerCase(`"credentialSpecs": ["credentialspecdomainless:arn:aws:s3:us-west-2::gmsa-bucket/spec.json"]`),
      errors: [
        {
          messageId: "regionNotAllowed",
          data: { key: "credentialSpecs[0]", region: '"us-west-2"', service: "Amazon S3", example: "arn:aws:s3:::bucket/key" },
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
      errors: [{ messageId: "account", data: { key: "secretOptions[0].valueFrom", account: '"12345678901"' }, line: 9, column: 22, endLine: 9, endColumn: 80 }],
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
    {
      // A service: the cluster's Region is in aws-cn; a task ARN where the task definition belongs; a short account, no ID.
      // The template token REPLACE_ME_TARGET_GROUP_ARN is a placeholder, not a malformed ARN (RULES.md, Decisions).
      ...json`
        {
          "serviceName": "web",
          "cluster": "arn:aws:ecs:cn-north-1:123456789012:cluster/prod",
          "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task/web",
          "role": "arn:aws:iam::123456789012:instance-profile/ecs",
          "desiredCount": 2,
          "loadBalancers": [
            { "targetGroupArn": "REPLACE_ME_TARGET_GROUP_ARN", "containerName": "web", "containerPort": 80 },
            { "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:1111111111:targetgroup/web/73e2d6bc24d8a067", "containerName": "web", "containerPort": 80 },
            {
              "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web",
              "containerName": "web",
              "containerPort": 80,
              "advancedConfiguration": {
                "alternateTargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188",
                "productionListenerRule": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee",
                "roleArn": "arn:aws:iam::123456789012:role/ecs-blue-green"
              }
            }
          ]
        }
      `,
      errors: [
        { messageId: "partitionRegion", data: { key: "cluster", partition: '"aws"', region: '"cn-north-1"', expected: '"aws-cn"' }, line: 3, column: 14, endLine: 3, endColumn: 64 },
        { messageId: "wrongResource", data: { key: "taskDefinition", label: "an ECS task definition ARN", prefix: '"task-definition/"', example: "arn:aws:ecs:us-east-1:123456789012:task-definition/family:1" }, line: 4, column: 21, endLine: 4, endColumn: 66 },
        { messageId: "wrongResource", data: { key: "role", label: "an IAM role ARN", prefix: '"role/"', example: "arn:aws:iam::123456789012:role/name" }, line: 5, column: 11, endLine: 5, endColumn: 59 },
        { messageId: "account", data: { key: "loadBalancers[1].targetGroupArn", account: '"1111111111"' }, line: 9, column: 25, endLine: 9, endColumn: 109 },
        { messageId: "resource", data: { key: "loadBalancers[2].targetGroupArn", resource: '"targetgroup/web"', description: "targetgroup/<name>/<id>, the name up to 32 letters, digits and hyphens", example: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067" }, line: 11, column: 25, endLine: 11, endColumn: 94 },
        { messageId: "wrongResource", data: { key: "loadBalancers[2].advancedConfiguration.alternateTargetGroupArn", label: "an Elastic Load Balancing target group ARN", prefix: '"targetgroup/"', example: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067" }, line: 15, column: 36, endLine: 15, endColumn: 127 },
      ],
    },
    {
      ...yaml`
        serviceName: web
        cluster: prod
        taskDefinition: web:3
        role: ecsServiceRole
        desiredCount: 2
        loadBalancers:
          - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/-web-/73e2d6bc24d8a067
            containerName: web
            containerPort: 80
      `,
      errors: [
        { messageId: "resource", line: 7, column: 21, endLine: 7, endColumn: 107 },
      ],
    },
    {
      // run-task input: revision 0 does not exist; IAM ARNs have no Region (the fix empties it).
      ...json`
        {
          "cluster": "prod",
          "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/migrate:0",
          "overrides": {
            "taskRoleArn": "arn:aws:iam:us-east-1:123456789012:role/migrate",
            "executionRoleArn": "ecsTaskExecutionRole",
            "containerOverrides": [{ "name": "app", "command": ["./migrate"] }]
          }
        }
      `,
      output: `{
  "cluster": "prod",
  "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/migrate:0",
  "overrides": {
    "taskRoleArn": "arn:aws:iam::123456789012:role/migrate",
    "executionRoleArn": "ecsTaskExecutionRole",
    "containerOverrides": [{ "name": "app", "command": ["./migrate"] }]
  }
}
`,
      errors: [
        { messageId: "resource", line: 3, column: 21, endLine: 3, endColumn: 83 },
        { messageId: "regionNotAllowed", data: { key: "overrides.taskRoleArn", region: '"us-east-1"', service: "IAM", example: "arn:aws:iam::123456789012:role/name" }, line: 5, column: 20, endLine: 5, endColumn: 69 },
      ],
    },
    {
      // A bare --overrides file.
      ...yaml`
        taskRoleArn: arn:aws:iam::123456789012:user/bob
        containerOverrides:
          - name: app
            command: [./migrate]
      `,
      errors: [
        { messageId: "wrongResource", line: 1, column: 14, endLine: 1, endColumn: 48 },
      ],
    },
    {
      // An Auto Scaling group ARN has the group's UUID and autoScalingGroupName/.
      ...yaml`
        name: ec2-provider
        autoScalingGroupProvider:
          autoScalingGroupArn: arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroupName/ecs-asg
          managedScaling:
            status: ENABLED
      `,
      errors: [
        { messageId: "wrongResource", line: 3, column: 24, endLine: 3, endColumn: 95 },
      ],
    },
    {
      // EventBridge: an ECS target's Arn is the cluster's, its RoleArn an ARN; Input's override is judged inside the string, with no fix there.
      ...json`
        {
          "Rule": "nightly-report",
          "Targets": [
            {
              "Id": "report",
              "Arn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:7",
              "RoleArn": "ecsEventsRole",
              "EcsParameters": { "TaskDefinitionArn": "arn:aws:ecs:us-east-1b:123456789012:task-definition/report:7" },
              "Input": "{\\"taskRoleArn\\": \\"arn:aws:iam:us-east-1:123456789012:role/report\\", \\"containerOverrides\\": []}"
            },
            { "Id": "lambda", "Arn": "arn:aws:lambda:us-east-1:123456789012:function:notify", "RoleArn": "not-an-arn" }
          ]
        }
      `,
      output: `{
  "Rule": "nightly-report",
  "Targets": [
    {
      "Id": "report",
      "Arn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:7",
      "RoleArn": "ecsEventsRole",
      "EcsParameters": { "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:7" },
      "Input": "{\\"taskRoleArn\\": \\"arn:aws:iam:us-east-1:123456789012:role/report\\", \\"containerOverrides\\": []}"
    },
    { "Id": "lambda", "Arn": "arn:aws:lambda:us-east-1:123456789012:function:notify", "RoleArn": "not-an-arn" }
  ]
}
`,
      errors: [
        { messageId: "wrongResource", line: 6, column: 14, endLine: 6, endColumn: 75 },
        { messageId: "notArn", data: { key: "RoleArn", expected: "an IAM role ARN (arn:aws:iam::123456789012:role/name)" }, line: 7, column: 18, endLine: 7, endColumn: 33 },
        { messageId: "availabilityZone", data: { key: "EcsParameters.TaskDefinitionArn", region: '"us-east-1b"', fixed: '"us-east-1"' }, line: 8, column: 47, endLine: 8, endColumn: 109 },
        { messageId: "regionNotAllowed", line: 9, column: 35, endLine: 9, endColumn: 85 },
      ],
    },
    {
      // Scheduler: the ECS target's Arn is the cluster's ARN.
      ...yaml`
        Name: nightly-report
        ScheduleExpression: cron(0 3 * * ? *)
        FlexibleTimeWindow: { Mode: "OFF" }
        Target:
          Arn: prod
          RoleArn: arn:aws:iam::123456789012:role/scheduler-ecs
          EcsParameters:
            TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/
      `,
      errors: [
        { messageId: "notArn", line: 5, column: 8, endLine: 5, endColumn: 12 },
        { messageId: "wrongResource", line: 8, column: 24, endLine: 8, endColumn: 75 },
      ],
    },
    {
      ...json`
        {
          "repositoryName": "web",
          "imageTagMutability": "IMMUTABLE",
          "encryptionConfiguration": { "encryptionType": "KMS", "kmsKey": "arn:aws:kms:us-east-1:12345678901:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
        }
      `,
      errors: [
        { messageId: "account", data: { key: "encryptionConfiguration.kmsKey", account: '"12345678901"' }, line: 4, column: 67, endLine: 4, endColumn: 143 },
      ],
    },
    {
      // CloudFormation: keys in its spelling; the intrinsic is not judged.
      ...yaml`
        Resources:
          Repository:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: web
              EncryptionConfiguration:
                EncryptionType: KMS
                KmsKey: arn:aws:kms:cn-north-1:123456789012:alias/ecr
          Other:
            Type: AWS::ECR::Repository
            Properties:
              EncryptionConfiguration:
                EncryptionType: KMS
                KmsKey: !Sub "arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:key/\${KeyId}"
      `,
      errors: [
        { messageId: "partitionRegion", data: { key: "EncryptionConfiguration.KmsKey", partition: '"aws"', region: '"cn-north-1"', expected: '"aws-cn"' }, line: 8, column: 17, endLine: 8, endColumn: 62 },
      ],
    },
    // CloudFormation: AWS::ECS::TaskDefinition, AWS::ECS::Service and AWS::Events::Rule members in its key spelling; intrinsics are not judged.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              TaskRoleArn: arn:aws:iam:us-east-1:123456789012:role/web
              ExecutionRoleArn: !GetAtt ExecutionRole.Arn
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  Secrets:
                    - Name: DB_PASSWORD
                      ValueFrom: arn:aws:ssm:us-east-1a:123456789012:parameter/db
              Volumes:
                - Name: data
                  EFSVolumeConfiguration:
                    FilesystemId: fs-0123456789abcdef0
                    TransitEncryption: ENABLED
                    AuthorizationConfig:
                      AccessPointId: arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0
          Service:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref Cluster
              TaskDefinition: !Ref TaskDefinition
              LoadBalancers:
                - ContainerName: web
                  ContainerPort: 80
                  TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef
      `,
      errors: [
        { messageId: "regionNotAllowed", data: { key: "TaskRoleArn", region: '"us-east-1"', service: "IAM", example: "arn:aws:iam::123456789012:role/name" }, line: 5, column: 20, endLine: 5, endColumn: 63 },
        { messageId: "availabilityZone", data: { key: "Secrets[0].ValueFrom", region: '"us-east-1a"', fixed: '"us-east-1"' }, line: 12, column: 26, endLine: 12, endColumn: 74 },
        { messageId: "accessPointArn", data: { key: "AuthorizationConfig.AccessPointId", id: '"fsap-0123456789abcdef0"' }, line: 19, column: 30, endLine: 19, endColumn: 114 },
        { messageId: "wrongResource", data: { key: "LoadBalancers[0].TargetGroupArn", label: "an Elastic Load Balancing target group ARN", prefix: '"targetgroup/"', example: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067" }, line: 28, column: 27, endLine: 28, endColumn: 116 },
      ],
      output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      TaskRoleArn: "arn:aws:iam::123456789012:role/web"
      ExecutionRoleArn: !GetAtt ExecutionRole.Arn
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          Secrets:
            - Name: DB_PASSWORD
              ValueFrom: arn:aws:ssm:us-east-1:123456789012:parameter/db
      Volumes:
        - Name: data
          EFSVolumeConfiguration:
            FilesystemId: fs-0123456789abcdef0
            TransitEncryption: ENABLED
            AuthorizationConfig:
              AccessPointId: fsap-0123456789abcdef0
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      TaskDefinition: !Ref TaskDefinition
      LoadBalancers:
        - ContainerName: web
          ContainerPort: 80
          TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef
`,
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ExecutionRoleArn": "arn:aws:iam:us-east-1:123456789012:role/ecsTaskExecutionRole",
                "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "EnvironmentFiles": [{ "Type": "s3", "Value": "s3://config-bucket/web.env" }] }]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "regionNotAllowed", data: { key: "ExecutionRoleArn", region: '"us-east-1"', service: "IAM", example: "arn:aws:iam::123456789012:role/name" }, line: 6, column: 29, endLine: 6, endColumn: 91 },
        { messageId: "s3Url", data: { key: "EnvironmentFiles[0].Value" }, line: 7, column: 120, endLine: 7, endColumn: 148,
          suggestions: [
            { messageId: "useArn", output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ExecutionRoleArn": "arn:aws:iam:us-east-1:123456789012:role/ecsTaskExecutionRole",
        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "EnvironmentFiles": [{ "Type": "s3", "Value": "arn:aws:s3:::config-bucket/web.env" }] }]
      }
    }
  }
}
` },
          ],
        },
      ],
      output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ExecutionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "EnvironmentFiles": [{ "Type": "s3", "Value": "s3://config-bucket/web.env" }] }]
      }
    }
  }
}
`,
    },
    // CloudFormation: AWS::Events::Rule targets (with the override in Input), AWS::Scheduler::Schedule and AWS::ECS::CapacityProvider.
    {
      ...yaml`
        Resources:
          Rule:
            Type: AWS::Events::Rule
            Properties:
              ScheduleExpression: rate(1 hour)
              Targets:
                - Id: web
                  Arn: arn:aws:ecs:us-east-1:123456789012:cluster
                  RoleArn: arn:aws:iam::123456789012:role/events
                  Input: '{"taskRoleArn": "arn:aws:iam:us-east-1:123456789012:role/x"}'
                  EcsParameters:
                    TaskDefinitionArn: !Ref TaskDefinition
          Schedule:
            Type: AWS::Scheduler::Schedule
            Properties:
              ScheduleExpression: rate(1 hour)
              FlexibleTimeWindow: { Mode: "OFF" }
              Target:
                Arn: !GetAtt Cluster.Arn
                RoleArn: !GetAtt SchedulerRole.Arn
                EcsParameters:
                  TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition
          CapacityProvider:
            Type: AWS::ECS::CapacityProvider
            Properties:
              AutoScalingGroupProvider:
                AutoScalingGroupArn: !Ref AutoScalingGroup
      `,
      errors: [
        { messageId: "wrongResource", data: { key: "Arn", label: "an ECS cluster ARN", prefix: '"cluster/"', example: "arn:aws:ecs:us-east-1:123456789012:cluster/name" }, line: 8, column: 16, endLine: 8, endColumn: 58 },
        { messageId: "regionNotAllowed", data: { key: "Input.taskRoleArn", region: '"us-east-1"', service: "IAM", example: "arn:aws:iam::123456789012:role/name" }, line: 10, column: 35, endLine: 10, endColumn: 78 },
        { messageId: "wrongResource", data: { key: "Target.EcsParameters.TaskDefinitionArn", label: "an ECS task definition ARN", prefix: '"task-definition/"', example: "arn:aws:ecs:us-east-1:123456789012:task-definition/family:1" }, line: 22, column: 30, endLine: 22, endColumn: 80 },
      ],
    },
  ],
});

const IRSA = "eks.amazonaws.com/role-arn";
/** A ServiceAccount with an IRSA role, in YAML. */
const serviceAccount = (role: string, name = "carts") => yaml`
  apiVersion: v1
  kind: ServiceAccount
  metadata:
    name: ${name}
    annotations:
      eks.amazonaws.com/role-arn: ${role}
`;
const IAM_EXAMPLE = "arn:aws:iam::123456789012:role/name";

const k8sElevenDigits = serviceAccount("arn:aws:iam::12345678901:role/carts");
const k8sRegion = json`
  {
    "apiVersion": "v1",
    "kind": "ServiceAccount",
    "metadata": {
      "name": "carts",
      "annotations": { "eks.amazonaws.com/role-arn": "arn:aws-cn:iam:cn-north-1:123456789012:role/carts" }
    }
  }
`;
const k8sMultiDocument = yaml`
  apiVersion: v1
  kind: ServiceAccount
  metadata:
    name: ok
    annotations:
      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ok
  ---
  apiVersion: v1
  kind: ServiceAccount
  metadata:
    name: users
    annotations:
      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:user/deploy
`;
const k8sList = yaml`
  apiVersion: v1
  kind: List
  items:
    - apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: lb
        annotations:
          eks.amazonaws.com/role-arn: "arn:aws:s3:::alb-logs"
`;
const k8sTokenAccount = serviceAccount("arn:aws:iam:us-east-1:ACCOUNT_ID:role/carts");
const k8sPartition = json`
  {
    "apiVersion": "v1",
    "kind": "ServiceAccount",
    "metadata": { "name": "carts", "annotations": { "eks.amazonaws.com/role-arn": "arn:aws-gov:iam::123456789012:role/carts" } }
  }
`;
const k8sPatch = { ...serviceAccount("arn:aws:iam:123456789012:role/carts"), filename: "overlays/prod/sa-patch.yaml" };

runRule("arn-format (Kubernetes)", rule, {
  valid: [
    // The three partitions IRSA is used in, role paths, and a role name (the webhook may complete it).
    yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: carts
        annotations:
          eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/carts
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: china
        annotations:
          eks.amazonaws.com/role-arn: arn:aws-cn:iam::123456789012:role/eks/china-reader
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: gov
        annotations:
          eks.amazonaws.com/role-arn: "arn:aws-us-gov:iam::123456789012:role/team/app/gov@reader"
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: short
        annotations:
          eks.amazonaws.com/role-arn: carts-role
          eks.amazonaws.com/audience: sts.amazonaws.com
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: empty
        annotations:
          eks.amazonaws.com/role-arn: ""
    `,
    json`
      {
        "apiVersion": "v1",
        "kind": "ServiceAccount",
        "metadata": { "name": "carts", "annotations": { "eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/carts" } }
      }
    `,
    // Placeholders and template tokens are not judged.
    serviceAccount("${CARTS_IAM_ROLE}"),
    serviceAccount('"{{ carts_role_arn }}"'),
    serviceAccount("arn:aws:iam::${AWS_ACCOUNT_ID}:role/carts"),
    serviceAccount("arn:aws:iam::ACCOUNT_ID:role/carts"),
    serviceAccount("arn:aws:iam::XXXXXXXXXXXX:role/carts"),
    serviceAccount("arn:aws:iam::xxxxxxxxxxxx:role/alb-controller-20240611131524228000000002"),
    serviceAccount("IRSA_ROLE_ARN"),
    serviceAccount("arn:${PARTITION}:iam::123:role/carts"),
    // A custom resource named ServiceAccount, and the annotation on another kind, are not IRSA.
    yaml`
      apiVersion: example.com/v1
      kind: ServiceAccount
      metadata:
        name: carts
        annotations:
          eks.amazonaws.com/role-arn: arn:aws:iam::1:role/carts
    `,
    yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: carts
        annotations:
          eks.amazonaws.com/role-arn: arn:aws:iam::1:role/carts
    `,
  ],
  invalid: [
    {
      ...k8sElevenDigits,
      errors: [{ messageId: "account", data: { key: `ServiceAccount "carts" annotation ${IRSA}`, account: '"12345678901"' }, ...spanOf(k8sElevenDigits, "arn:aws:iam::12345678901:role/carts") }],
    },
    {
      // IAM ARNs have no Region: the fix empties the field, keeping the partition.
      ...k8sRegion,
      errors: [
        {
          messageId: "regionNotAllowed",
          data: { key: `ServiceAccount "carts" annotation ${IRSA}`, region: '"cn-north-1"', service: "IAM", example: IAM_EXAMPLE },
          ...spanOf(k8sRegion, '"arn:aws-cn:iam:cn-north-1:123456789012:role/carts"'),
        },
      ],
      output: k8sRegion.code.replace("arn:aws-cn:iam:cn-north-1:123456789012:role/carts", "arn:aws-cn:iam::123456789012:role/carts"),
    },
    {
      // The report lands in the second document.
      ...k8sMultiDocument,
      errors: [
        {
          messageId: "wrongResource",
          data: { key: `ServiceAccount "users" annotation ${IRSA}`, label: "an IAM role ARN", prefix: '"role/"', example: IAM_EXAMPLE },
          ...spanOf(k8sMultiDocument, "arn:aws:iam::123456789012:user/deploy"),
        },
      ],
    },
    {
      ...k8sList,
      errors: [
        {
          messageId: "wrongService",
          data: { key: `ServiceAccount "lb" annotation ${IRSA}`, service: "Amazon S3", expected: `an IAM role ARN (${IAM_EXAMPLE})` },
          ...spanOf(k8sList, '"arn:aws:s3:::alb-logs"'),
        },
      ],
    },
    {
      // A template token stands for the account; the fields before it are judged, and no fix is built.
      ...k8sTokenAccount,
      errors: [
        {
          messageId: "regionNotAllowed",
          data: { key: `ServiceAccount "carts" annotation ${IRSA}`, region: '"us-east-1"', service: "IAM", example: IAM_EXAMPLE },
          ...spanOf(k8sTokenAccount, "arn:aws:iam:us-east-1:ACCOUNT_ID:role/carts"),
        },
      ],
    },
    {
      ...k8sPartition,
      errors: [{ messageId: "partition", data: { key: `ServiceAccount "carts" annotation ${IRSA}`, partition: '"aws-gov"' }, ...spanOf(k8sPartition, '"arn:aws-gov:iam::123456789012:role/carts"') }],
    },
    {
      // A patch still has its present values judged.
      ...k8sPatch,
      errors: [{ messageId: "malformed", data: { key: `ServiceAccount "carts" annotation ${IRSA}` }, ...spanOf(k8sPatch, "arn:aws:iam:123456789012:role/carts") }],
    },
  ],
});

/* ---------------- eksctl ClusterConfig ---------------- */

const eksctlRoles = yaml`
  apiVersion: eksctl.io/v1alpha5
  kind: ClusterConfig
  metadata: { name: prod, region: eu-west-1 }
  iam:
    withOIDC: true
    serviceRoleARN: arn:aws:iam::123456789012:roles/eks-service
    podIdentityAssociations:
      - namespace: web
        serviceAccountName: api
        roleARN: arn:aws:iam::12345678901:role/api
  managedNodeGroups:
    - name: mng-1
      volumeEncrypted: true
      volumeKmsKeyID: arn:aws:kms:eu-west-1:123456789012:alias/ebs
  fargateProfiles:
    - name: fp
      podExecutionRoleARN: arn:aws:iam:eu-west-1:123456789012:role/fargate
      selectors: [{ namespace: batch }]
`;
const eksctlSecrets = json`
  {
    "apiVersion": "eksctl.io/v1alpha5",
    "kind": "ClusterConfig",
    "metadata": { "name": "prod", "region": "eu-west-1" },
    "secretsEncryption": { "keyARN": "arn:aws:kms:eu-west-1:123456789012:secret/k" },
    "nodeGroups": [{ "name": "ng", "targetGroupARNs": ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123456789abcdef"] }]
  }
`;

runRule("arn-format (eksctl)", rule, {
  valid: [
    // Well-formed ARNs in every place, names where names do, placeholders and template tokens.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      iam:
        withOIDC: true
        serviceRoleARN: arn:aws:iam::123456789012:role/eks-service
        fargatePodExecutionRoleARN: "arn:aws:iam::\${AWS_ACCOUNT_ID}:role/fargate"
        serviceAccounts:
          - metadata: { name: s3-reader }
            attachRoleARN: arn:aws:iam::ACCOUNT_ID:role/s3-reader
        podIdentityAssociations:
          - { namespace: web, serviceAccountName: api, roleARN: "arn:aws-cn:iam::123456789012:role/api", targetRoleARN: "arn:aws:iam::444455556666:role/b" }
      addons:
        - name: vpc-cni
          serviceAccountRoleARN: arn:aws:iam::123456789012:role/vpc-cni
      nodeGroups:
        - name: ng
          iam: { instanceRoleARN: arn:aws:iam::123456789012:role/nodes }
          volumeEncrypted: true
          volumeKmsKeyID: 1234abcd-12ab-34cd-56ef-1234567890ab
          targetGroupARNs: ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"]
      fargateProfiles:
        - name: fp
          podExecutionRoleARN: arn:aws:iam::XXXXXXXXXXXX:role/fargate
          selectors: [{ namespace: batch }]
      secretsEncryption:
        keyARN: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
    `,
  ],
  invalid: [
    {
      ...eksctlRoles,
      errors: [
        { messageId: "wrongResource", data: { key: "iam.serviceRoleARN", label: "an IAM role ARN", prefix: '"role/"', example: IAM_EXAMPLE }, ...spanOf(eksctlRoles, "arn:aws:iam::123456789012:roles/eks-service") },
        { messageId: "account", data: { key: "iam.podIdentityAssociations[0].roleARN", account: '"12345678901"' }, ...spanOf(eksctlRoles, "arn:aws:iam::12345678901:role/api") },
        { messageId: "regionNotAllowed", data: { key: "fargateProfiles[0].podExecutionRoleARN", region: '"eu-west-1"', service: "IAM", example: IAM_EXAMPLE }, ...spanOf(eksctlRoles, "arn:aws:iam:eu-west-1:123456789012:role/fargate") },
      ],
      output: eksctlRoles.code.replace("arn:aws:iam:eu-west-1:123456789012:role/fargate", '"arn:aws:iam::123456789012:role/fargate"'),
    },
    {
      ...eksctlSecrets,
      errors: [
        { messageId: "wrongResource", ...spanOf(eksctlSecrets, '"arn:aws:kms:eu-west-1:123456789012:secret/k"') },
        { messageId: "wrongResource", ...spanOf(eksctlSecrets, '"arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123456789abcdef"') },
      ],
    },
  ],
});
