import rule from "../../src/rules/ecs-execution-role.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-execution-role", rule, {
  valid: [
    // The role is there.
    json`
      {
        "family": "web",
        "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "requiresCompatibilities": ["FARGATE"],
        "containerDefinitions": [
          {
            "name": "web",
            "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
            "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db-password" }],
            "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web" } }
          }
        ]
      }
    `,
    yaml`
      family: web
      executionRoleArn: ecsTaskExecutionRole
      containerDefinitions:
        - name: web
          image: nginx:1.27
          environmentFiles:
            - value: arn:aws:s3:::config-bucket/web.env
              type: s3
    `,
    // Unknown values count as set: a placeholder, a CloudFormation tag, a merge key.
    json`
      {
        "family": "web",
        "executionRoleArn": "\${EXECUTION_ROLE_ARN}",
        "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "secrets": [{ "name": "A", "valueFrom": "a" }] }]
      }
    `,
    yaml`
      family: web
      executionRoleArn: !GetAtt ExecutionRole.Arn
      containerDefinitions:
        - name: web
          image: nginx:1.27
          secrets: [{ name: A, valueFrom: a }]
    `,
    yaml`
      roles: &roles
        executionRoleArn: arn:aws:iam::123456789012:role/exec
      task:
        <<: *roles
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            secrets: [{ name: A, valueFrom: a }]
    `,
    yaml`
      family: web
      <<: *unresolved
      containerDefinitions:
        - name: web
          image: nginx:1.27
          repositoryCredentials: { credentialsParameter: registry-credentials }
    `,
    // On EC2 (the default launch type) the container instance role pulls ECR images and writes awslogs.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
            "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1" } }
          }
        ]
      }
    `,
    yaml`
      family: web
      requiresCompatibilities: [EC2]
      containerDefinitions:
        - name: web
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2
    `,
    // Fargate with a public image and no awslogs needs no execution role.
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      containerDefinitions:
        - name: web
          image: public.ecr.aws/nginx/nginx:1.27
          logConfiguration: { logDriver: splunk, options: { splunk-url: "https://splunk.example.com" } }
        - name: sidecar
          image: nginx:1.27
    `,
    // Launch types that cannot be read: the launch-type cases are not judged.
    json`
      {
        "family": "web",
        "requiresCompatibilities": ["\${LAUNCH_TYPE}"],
        "containerDefinitions": [{ "name": "web", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1" }]
      }
    `,
    // Empty lists and unknown lists hold nothing that needs the role.
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          secrets: []
          environmentFiles: !Ref EnvironmentFiles
          logConfiguration: { logDriver: awslogs, secretOptions: [] }
    `,
    // A templated image whose registry is unknown is not known to be private ECR.
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      containerDefinitions:
        - name: web
          image: \${REGISTRY}/web:1.4.2
    `,
    // A bare container list has no task level: the role is set elsewhere.
    json`[{ "name": "web", "image": "nginx:1.27", "secrets": [{ "name": "A", "valueFrom": "a" }] }]`,
    // CloudFormation (AWS::ECS::TaskDefinition): reported at Properties; an image from !Sub with the ECR host is private; an ExecutionRoleArn behind Fn::If counts as set.
    yaml`
      Resources:
        FargateTask:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            ExecutionRoleArn: !GetAtt ExecutionRole.Arn
            ContainerDefinitions:
              - Name: web
                Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:1.0"
                Secrets:
                  - Name: DB_PASSWORD
                    ValueFrom: !Ref DatabaseSecret
        Conditional:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            ExecutionRoleArn: !If [HasRole, !GetAtt ExecutionRole.Arn, !Ref AWS::NoValue]
            ContainerDefinitions:
              - Name: web
                Image: !Ref Image
                Secrets: !If [HasSecrets, [{ Name: A, ValueFrom: !Ref Secret }], !Ref AWS::NoValue]
        Ec2Task:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:1.0"
                LogConfiguration:
                  LogDriver: awslogs
                  Options:
                    awslogs-group: !Ref LogGroup
                    awslogs-region: !Ref AWS::Region
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "db-password" }] }
          ]
        }
      `,
      errors: [{ messageId: "secrets", data: { container: '"web"', member: "secrets", key: "executionRoleArn" }, line: 4, column: 45, endLine: 4, endColumn: 54 }],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            logConfiguration:
              logDriver: splunk
              options: { splunk-url: "https://splunk.example.com" }
              secretOptions:
                - name: splunk-token
                  valueFrom: arn:aws:secretsmanager:us-east-1:123456789012:secret:splunk-AbCdEf
      `,
      errors: [{ messageId: "secretOptions", data: { container: '"web"', member: "secretOptions", key: "executionRoleArn" }, line: 8, column: 7, endLine: 8, endColumn: 20 }],
    },
    {
      ...json`
        {
          "family": "web",
          "executionRoleArn": null,
          "containerDefinitions": [
            { "name": "web", "image": "registry.example.com/web:1.0", "repositoryCredentials": { "credentialsParameter": "registry" } }
          ]
        }
      `,
      errors: [{ messageId: "repositoryCredentials", data: { container: '"web"', member: "repositoryCredentials", key: "executionRoleArn" }, line: 5, column: 63, endLine: 5, endColumn: 86 }],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            environmentFiles:
              - { value: "arn:aws:s3:::config/web.env", type: s3 }
      `,
      errors: [{ messageId: "environmentFiles", data: { container: '"web"', member: "environmentFiles", key: "executionRoleArn" }, line: 5, column: 5, endLine: 5, endColumn: 21 }],
    },
    {
      // Fargate pulls private ECR images with the execution role.
      ...json`
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "containerDefinitions": [
            { "name": "proxy", "image": "nginx:1.27" },
            { "name": "web", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2" }
          ]
        }
      `,
      errors: [{ messageId: "privateEcrImage", data: { container: '"web"', member: "image", key: "executionRoleArn", launchType: "Fargate" }, line: 6, column: 31, endLine: 6, endColumn: 87 }],
    },
    {
      // A partly templated ECR image is still a private ECR image.
      ...yaml`
        family: web
        requiresCompatibilities: [EXTERNAL]
        containerDefinitions:
          - name: web
            image: \${AWS_ACCOUNT_ID}.dkr.ecr.\${AWS_REGION}.amazonaws.com/web:1.4.2
      `,
      errors: [{ messageId: "privateEcrImage", data: { container: '"web"', member: "image", key: "executionRoleArn", launchType: "external instances" }, line: 5, column: 12, endLine: 5, endColumn: 75 }],
    },
    {
      ...yaml`
        family: web
        requiresCompatibilities: [MANAGED_INSTANCES]
        containerDefinitions:
          - name: web
            image: 123456789012.dkr-ecr.us-east-1.on.aws/web:1.4.2
      `,
      errors: [{ messageId: "privateEcrImage", data: { container: '"web"', member: "image", key: "executionRoleArn", launchType: "ECS Managed Instances" }, line: 5, column: 12, endLine: 5, endColumn: 59 }],
    },
    {
      // China Regions: .amazonaws.com.cn.
      ...yaml`
        family: web
        requiresCompatibilities: [FARGATE]
        containerDefinitions:
          - name: web
            image: 123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1.4.2
      `,
      errors: [{ messageId: "privateEcrImage", line: 5, column: 12, endLine: 5, endColumn: 70 }],
    },
    {
      ...json`
        {
          "family": "web",
          "requiresCompatibilities": ["EC2", "FARGATE"],
          "containerDefinitions": [
            {
              "name": "web",
              "image": "nginx:1.27",
              "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web" } }
            }
          ]
        }
      `,
      errors: [{ messageId: "awslogs", data: { container: '"web"', member: "logConfiguration", key: "executionRoleArn", launchType: "Fargate" }, line: 8, column: 42, endLine: 8, endColumn: 51 }],
    },
    {
      // One report per task definition: the first container that needs the role, and the first reason in it.
      ...yaml`
        family: web
        requiresCompatibilities: [FARGATE]
        containerDefinitions:
          - name: web
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2
            secrets: [{ name: A, valueFrom: a }]
          - name: worker
            image: nginx:1.27
            environmentFiles: [{ value: "arn:aws:s3:::config/worker.env", type: s3 }]
      `,
      errors: [{ messageId: "secrets", data: { container: '"web"', member: "secrets", key: "executionRoleArn", launchType: "Fargate" }, line: 6, column: 5, endLine: 6, endColumn: 12 }],
    },
    {
      // A container without a literal name is named by its position.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
          - name: !Ref WorkerName
            image: nginx:1.27
            secrets: [{ name: A, valueFrom: a }]
      `,
      errors: [{ messageId: "secrets", data: { container: "#2", member: "secrets", key: "executionRoleArn" }, line: 7, column: 5, endLine: 7, endColumn: 12 }],
    },
    {
      // describe-task-definition output: reported on the wrapper key.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "secrets": [{ "name": "A", "valueFrom": "a" }] }]
          }
        }
      `,
      errors: [{ messageId: "secrets", line: 4, column: 70, endLine: 4, endColumn: 79 }],
    },
    {
      // No family: the object's first character.
      ...yaml`
        containerDefinitions:
          - name: web
            image: nginx:1.27
            secrets: [{ name: A, valueFrom: a }]
      `,
      errors: [{ messageId: "secrets", line: 4, column: 5, endLine: 4, endColumn: 12 }],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): reported at Properties; an image from !Sub with the ECR host is private; an ExecutionRoleArn behind Fn::If counts as set.
    {
      ...yaml`
        Resources:
          FargateTask:
            Type: AWS::ECS::TaskDefinition
            Properties:
              RequiresCompatibilities: [FARGATE]
              NetworkMode: awsvpc
              Cpu: "256"
              Memory: "512"
              ContainerDefinitions:
                - Name: web
                  Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:1.0"
          Ec2Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              TaskRoleArn: !GetAtt TaskRole.Arn
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  Secrets:
                    - Name: DB_PASSWORD
                      ValueFrom: !Ref DatabaseSecret
      `,
      errors: [
        { messageId: "privateEcrImage", data: { container: '"web"', member: "Image", key: "ExecutionRoleArn", launchType: "Fargate" }, line: 11, column: 18, endLine: 11, endColumn: 87 },
        { messageId: "secrets", data: { container: '"web"', member: "Secrets", key: "ExecutionRoleArn" }, line: 19, column: 11, endLine: 19, endColumn: 18 },
      ],
    },
  ],
});
