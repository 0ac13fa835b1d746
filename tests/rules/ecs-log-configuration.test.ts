import rule from "../../src/rules/ecs-log-configuration.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";


runRule("ecs-log-configuration", rule, {
  valid: [
    // EC2: group and region are enough.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1" } }
          }
        ]
      }
    `,
    // Fargate with the stream prefix, and every documented option.
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      containerDefinitions:
        - name: web
          image: nginx:1.27
          logConfiguration:
            logDriver: awslogs
            options:
              awslogs-group: /ecs/web
              awslogs-region: eu-west-1
              awslogs-stream-prefix: web
              awslogs-create-group: "true"
              awslogs-datetime-format: "%Y-%m-%d"
              mode: non-blocking
              max-buffer-size: 25m
    `,
    // Options some Docker awslogs driver knows are not reported.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "logConfiguration": {
              "logDriver": "awslogs",
              "options": {
                "awslogs-group": "/ecs/web",
                "awslogs-region": "eu-west-1",
                "awslogs-endpoint": "https://logs.eu-west-1.amazonaws.com",
                "awslogs-multiline-pattern": "^INFO",
                "awslogs-force-flush-interval-seconds": "5",
                "tag": "{{.Name}}",
                "mode": "blocking"
              }
            }
          }
        ]
      }
    `,
    // Unknown values count as set: a templated region, options that cannot be read, a merge key.
    json`
      {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "\${AWS_REGION}", "awslogs-stream-prefix": "\${PREFIX}" } }
          },
          { "name": "app", "image": "app:1.0", "logConfiguration": { "logDriver": "awslogs", "options": "\${LOG_OPTIONS}" } }
        ]
      }
    `,
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      containerDefinitions:
        - name: web
          image: nginx:1.27
          logConfiguration:
            logDriver: awslogs
            options: !Ref LogOptions
        - name: app
          image: app:1.0
          logConfiguration:
            logDriver: awslogs
            options:
              <<: *log-defaults
              awslogs-stream-prefix: app
    `,
    // A templated key is not judged; neither is a templated driver or mode.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "g", "awslogs-region": "r", "\${EXTRA_KEY}": "x", "mode": "\${MODE}" } }
          },
          { "name": "app", "image": "app:1.0", "logConfiguration": { "logDriver": "\${DRIVER}", "options": { "whatever": "x" } } }
        ]
      }
    `,
    // Required options may come through secretOptions; a templated secret name may be any of them.
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          logConfiguration:
            logDriver: splunk
            options:
              splunk-url: https://splunk.example.com:8088
            secretOptions:
              - name: splunk-token
                valueFrom: arn:aws:secretsmanager:eu-west-1:123456789012:secret:splunk
        - name: app
          image: app:1.0
          logConfiguration:
            logDriver: awslogs
            secretOptions:
              - name: \${SECRET_OPTION}
                valueFrom: arn:aws:ssm:eu-west-1:123456789012:parameter/x
              - name: awslogs-region
                valueFrom: arn:aws:ssm:eu-west-1:123456789012:parameter/y
    `,
    // Fargate unknown: the stream prefix is not required (bare container list, templated compatibilities).
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "g", "awslogs-region": "r" } } }]`,
    json`
      {
        "family": "web",
        "requiresCompatibilities": ["\${LAUNCH_TYPE}"],
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "g", "awslogs-region": "r" } } }
        ]
      }
    `,
    // FireLens: any options for awsfirelens; s3 configuration files on EC2; file (or unknown) on Fargate.
    yaml`
      family: web
      containerDefinitions:
        - name: log_router
          image: amazon/aws-for-fluent-bit:stable
          firelensConfiguration:
            type: fluentbit
            options:
              config-file-type: s3
              config-file-value: arn:aws:s3:::bucket/fluent.conf
        - name: app
          image: app:1.0
          logConfiguration:
            logDriver: awsfirelens
            options:
              Name: cloudwatch
              log_key: log
    `,
    json`
      {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "containerDefinitions": [
          {
            "name": "log_router",
            "image": "amazon/aws-for-fluent-bit:stable",
            "firelensConfiguration": { "type": "fluentbit", "options": { "config-file-type": "file", "config-file-value": "/extra.conf" } }
          },
          {
            "name": "other_router",
            "image": "fluentd:1.0",
            "firelensConfiguration": { "type": "fluentd", "options": { "config-file-type": "\${CONFIG_TYPE}" } }
          }
        ]
      }
    `,
    // Other drivers' options are not judged.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "logConfiguration": { "logDriver": "json-file", "options": { "max-size": "10m" } } }] }`,
    // CloudFormation (AWS::ECS::TaskDefinition): LogConfiguration/Options in its spelling, option names as written; options given by intrinsics count as set.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                LogConfiguration:
                  LogDriver: awslogs
                  Options:
                    awslogs-group: !Ref LogGroup
                    awslogs-region: !Ref AWS::Region
                    awslogs-stream-prefix: !Ref AWS::StackName
                    mode: !If [Blocking, blocking, non-blocking]
              - Name: worker
                Image: worker:1
                LogConfiguration:
                  LogDriver: awslogs
                  Options: !If [CustomLogs, { awslogs-group: custom }, { awslogs-group: default }]
              - Name: metrics
                Image: splunk:1
                LogConfiguration:
                  LogDriver: splunk
                  Options:
                    splunk-url: !Sub "https://splunk.\${Domain}:8088"
                  SecretOptions:
                    - Name: splunk-token
                      ValueFrom: !Ref SplunkToken
              - Name: router
                Image: fluent-bit:1
                FirelensConfiguration:
                  Type: fluentbit
                  Options:
                    config-file-type: !Ref ConfigFileType
    `,
  ],
  invalid: [
    {
      // EC2: no region.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web" } } }
          ]
        }
      `,
      errors: [{ messageId: "missingAwslogsOption", data: { container: '"web"', option: '"awslogs-region"' }, line: 4, column: 91, endLine: 4, endColumn: 100 }],
    },
    {
      // Fargate without options: reported on the log configuration's key.
      ...yaml`
        family: web
        requiresCompatibilities: [FARGATE]
        containerDefinitions:
          - name: web
            image: nginx:1.27
            logConfiguration:
              logDriver: awslogs
      `,
      errors: [
        { messageId: "missingAwslogsOption", data: { container: '"web"', option: '"awslogs-group"' }, line: 6, column: 5, endLine: 6, endColumn: 21 },
        { messageId: "missingAwslogsOption", data: { container: '"web"', option: '"awslogs-region"' }, line: 6, column: 5, endLine: 6, endColumn: 21 },
        { messageId: "missingStreamPrefix", data: { container: '"web"', option: '"awslogs-stream-prefix"' }, line: 6, column: 5, endLine: 6, endColumn: 21 },
      ],
    },
    {
      // describe-task-definition output on Fargate, options present without the prefix; null counts as absent.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "requiresCompatibilities": ["EC2", "FARGATE"],
            "containerDefinitions": [
              {
                "name": "web",
                "image": "nginx:1.27",
                "logConfiguration": {
                  "logDriver": "awslogs",
                  "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": null }
                }
              }
            ]
          }
        }
      `,
      errors: [{ messageId: "missingStreamPrefix", data: { container: '"web"', option: '"awslogs-stream-prefix"' }, line: 11, column: 11, endLine: 11, endColumn: 20 }],
    },
    {
      // A misspelt option: a suggestion renames it (the required prefix is reported too).
      ...json`
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "containerDefinitions": [
            {
              "name": "web",
              "image": "nginx:1.27",
              "logConfiguration": {
                "logDriver": "awslogs",
                "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefx": "web" }
              }
            }
          ]
        }
      `,
      errors: [
        { messageId: "missingStreamPrefix", data: { container: '"web"', option: '"awslogs-stream-prefix"' }, line: 10, column: 9, endLine: 10, endColumn: 18 },
        {
          messageId: "unknownAwslogsOptionNear",
          data: { option: '"awslogs-stream-prefx"', suggestion: '"awslogs-stream-prefix"' },
          line: 10,
          column: 82,
          endLine: 10,
          endColumn: 104,
          suggestions: [
            {
              messageId: "renameOption",
              data: { suggestion: '"awslogs-stream-prefix"' },
              output: `{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27",
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web" }
      }
    }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // A name ECS refused in practice, with nothing close; a short name that only lacks the prefix; letter case.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            logConfiguration:
              logDriver: awslogs
              options:
                Awslogs-Group: /ecs/web
                region: eu-west-1
                log_key: log
      `,
      errors: [
        { messageId: "missingAwslogsOption", data: { container: '"web"', option: '"awslogs-group"' }, line: 7, column: 7, endLine: 7, endColumn: 14 },
        { messageId: "missingAwslogsOption", data: { container: '"web"', option: '"awslogs-region"' }, line: 7, column: 7, endLine: 7, endColumn: 14 },
        {
          messageId: "unknownAwslogsOptionNear",
          data: { option: '"Awslogs-Group"', suggestion: '"awslogs-group"' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 22,
          suggestions: [
            {
              messageId: "renameOption",
              data: { suggestion: '"awslogs-group"' },
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    logConfiguration:
      logDriver: awslogs
      options:
        awslogs-group: /ecs/web
        region: eu-west-1
        log_key: log
`,
            },
          ],
        },
        {
          messageId: "unknownAwslogsOptionNear",
          data: { option: '"region"', suggestion: '"awslogs-region"' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 15,
          suggestions: [
            {
              messageId: "renameOption",
              data: { suggestion: '"awslogs-region"' },
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    logConfiguration:
      logDriver: awslogs
      options:
        Awslogs-Group: /ecs/web
        awslogs-region: eu-west-1
        log_key: log
`,
            },
          ],
        },
        { messageId: "unknownAwslogsOption", data: { option: '"log_key"' }, line: 10, column: 9, endLine: 10, endColumn: 16 },
      ],
    },
    {
      // A quoted YAML key keeps its quotes; a near name that is already set is not suggested.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            logConfiguration:
              logDriver: awslogs
              options:
                awslogs-group: /ecs/web
                awslogs-region: eu-west-1
                'awslogs_create_group': "true"
                awslogs-groups: other
      `,
      errors: [
        {
          messageId: "unknownAwslogsOptionNear",
          data: { option: '"awslogs_create_group"', suggestion: '"awslogs-create-group"' },
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 31,
          suggestions: [
            {
              messageId: "renameOption",
              data: { suggestion: '"awslogs-create-group"' },
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    logConfiguration:
      logDriver: awslogs
      options:
        awslogs-group: /ecs/web
        awslogs-region: eu-west-1
        'awslogs-create-group': "true"
        awslogs-groups: other
`,
            },
          ],
        },
        { messageId: "unknownAwslogsOption", data: { option: '"awslogs-groups"' }, line: 11, column: 9, endLine: 11, endColumn: 23 },
      ],
    },
    {
      // A delivery mode no driver accepts.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            {
              "name": "web",
              "image": "nginx:1.27",
              "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "g", "awslogs-region": "r", "mode": "nonblocking" } }
            }
          ]
        }
      `,
      errors: [{ messageId: "invalidMode", data: { option: '"mode"', value: '"nonblocking"' }, line: 7, column: 119, endLine: 7, endColumn: 132 }],
    },
    {
      // splunk: the URL is missing; the token comes through secretOptions.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            logConfiguration:
              logDriver: splunk
              secretOptions:
                - name: splunk-token
                  valueFrom: arn:aws:secretsmanager:eu-west-1:123456789012:secret:splunk
          - image: app:1.0
            logConfiguration:
              logDriver: splunk
              options: {}
      `,
      errors: [
        { messageId: "missingSplunkOption", data: { container: '"web"', option: '"splunk-url"', secretOptions: "secretOptions" }, line: 5, column: 5, endLine: 5, endColumn: 21 },
        { messageId: "missingSplunkOption", data: { container: "#2", option: '"splunk-token"', secretOptions: "secretOptions" }, line: 13, column: 7, endLine: 13, endColumn: 14 },
        { messageId: "missingSplunkOption", data: { container: "#2", option: '"splunk-url"', secretOptions: "secretOptions" }, line: 13, column: 7, endLine: 13, endColumn: 14 },
      ],
    },
    {
      // FireLens on Fargate with a configuration file from S3.
      ...yaml`
        family: web
        requiresCompatibilities: [FARGATE]
        containerDefinitions:
          - name: log_router
            image: fluentd:1.0
            firelensConfiguration:
              type: fluentd
              options:
                config-file-type: s3
                config-file-value: arn:aws:s3:::bucket/fluent.conf
      `,
      errors: [{ messageId: "fargateConfigFileType", data: { option: '"config-file-type"', value: '"s3"' }, line: 9, column: 27, endLine: 9, endColumn: 29 }],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): LogConfiguration/Options in its spelling, option names as written; options given by intrinsics count as set.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              RequiresCompatibilities: [FARGATE]
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  LogConfiguration:
                    LogDriver: awslogs
                    Options:
                      awslogs-group: !Ref LogGroup
                      awslogs-stream-prefx: web
                - Name: metrics
                  Image: splunk:1
                  LogConfiguration:
                    LogDriver: splunk
                    Options:
                      splunk-url: !Sub "https://splunk.\${Domain}:8088"
      `,
      errors: [
        { messageId: "missingAwslogsOption", data: { container: '"web"', option: '"awslogs-region"' }, line: 11, column: 13, endLine: 11, endColumn: 20 },
        { messageId: "missingStreamPrefix", data: { container: '"web"', option: '"awslogs-stream-prefix"' }, line: 11, column: 13, endLine: 11, endColumn: 20 },
        { messageId: "unknownAwslogsOptionNear", data: { option: '"awslogs-stream-prefx"', suggestion: '"awslogs-stream-prefix"' }, line: 13, column: 15, endLine: 13, endColumn: 35,
          suggestions: [
            { messageId: "renameOption", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref LogGroup
              awslogs-stream-prefix: web
        - Name: metrics
          Image: splunk:1
          LogConfiguration:
            LogDriver: splunk
            Options:
              splunk-url: !Sub "https://splunk.\${Domain}:8088"
` },
          ],
        },
        { messageId: "missingSplunkOption", data: { container: '"metrics"', option: '"splunk-token"', secretOptions: "SecretOptions" }, line: 18, column: 13, endLine: 18, endColumn: 20 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [
                  {
                    "Name": "web",
                    "Image": "nginx:1.27",
                    "LogConfiguration": { "LogDriver": "awslogs", "Options": { "awslogs-group": { "Ref": "LogGroup" }, "region": { "Ref": "AWS::Region" } } }
                  }
                ]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "missingAwslogsOption", data: { container: '"web"', option: '"awslogs-region"' }, line: 10, column: 59, endLine: 10, endColumn: 68 },
        { messageId: "unknownAwslogsOptionNear", data: { option: '"region"', suggestion: '"awslogs-region"' }, line: 10, column: 112, endLine: 10, endColumn: 120,
          suggestions: [
            { messageId: "renameOption", output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [
          {
            "Name": "web",
            "Image": "nginx:1.27",
            "LogConfiguration": { "LogDriver": "awslogs", "Options": { "awslogs-group": { "Ref": "LogGroup" }, "awslogs-region": { "Ref": "AWS::Region" } } }
          }
        ]
      }
    }
  }
}
` },
          ],
        },
      ],
    },
  ],
});
