import rule from "../../src/rules/ecs-service-network-configuration.js";
import { fixtureCase, jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const project = { "aws-containers": { project: ["tests/fixtures/project-ecs-service-network-configuration/**/*.json"] } };

runRule("ecs-service-network-configuration", rule, {
  valid: [
    // A public IP on Fargate is ecs-service-public-ip's (a warning), not an error here; so is one whose launch type is not known.
    json`{ "serviceName": "web", "launchType": "FARGATE", "taskDefinition": "web:3", "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"], "assignPublicIp": "ENABLED" } } }`,
    json`{ "serviceName": "web", "taskDefinition": "web:3", "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"], "assignPublicIp": "ENABLED" } } }`,
    yaml`
      serviceName: web
      launchType: !Ref LaunchType
      taskDefinition: web
      networkConfiguration:
        awsvpcConfiguration:
          subnets: [subnet-0a1b2c3d]
          assignPublicIp: ENABLED
    `,
    // On EC2, DISABLED or an unknown value is not judged.
    yaml`
      serviceName: web
      launchType: EC2
      taskDefinition: web
      networkConfiguration:
        awsvpcConfiguration:
          subnets: [subnet-0a1b2c3d]
          assignPublicIp: \${ASSIGN_PUBLIC_IP}
    `,
    json`
      {
        "serviceName": "web",
        "launchType": "FARGATE",
        "taskDefinition": "web:3",
        "desiredCount": 2,
        "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"] } }
      }
    `,
    // A bridge task definition on EC2 needs no network configuration.
    yaml`
      family: worker
      containerDefinitions:
        - name: worker
          image: worker:1
          memory: 256
      ---
      cluster: batch
      taskDefinition: worker
      launchType: EC2
      count: 1
    `,
    // An awsvpc task definition with its network configuration.
    yaml`
      family: api
      networkMode: awsvpc
      requiresCompatibilities: [FARGATE]
      cpu: "256"
      memory: "512"
      containerDefinitions:
        - name: api
          image: api:2
      ---
      serviceName: api
      capacityProviderStrategy:
        - capacityProvider: FARGATE
          weight: 1
      taskDefinition: api
      desiredCount: 2
      networkConfiguration:
        awsvpcConfiguration:
          subnets: [subnet-0a1b2c3d]
          securityGroups: [sg-0a1b2c3d]
    `,
    // The task definition is found nowhere: only Fargate is judged.
    json`{ "serviceName": "web", "launchType": "EC2", "taskDefinition": "web:3", "desiredCount": 2 }`,
    // Unknown values are not wrong and not missing.
    json`{ "serviceName": "web", "launchType": "\${LAUNCH_TYPE}", "taskDefinition": "web:3", "desiredCount": 2 }`,
    yaml`
      serviceName: web
      launchType: !Ref LaunchType
      taskDefinition: web
      desiredCount: 2
    `,
    yaml`
      serviceName: web
      launchType: FARGATE
      taskDefinition: web
      desiredCount: 2
      networkConfiguration: !Ref Network
    `,
    yaml`
      serviceName: web
      launchType: FARGATE
      taskDefinition: web
      desiredCount: 2
      <<: *network
    `,
    yaml`
      serviceName: web
      capacityProviderStrategy:
        - capacityProvider: "{{ .provider }}"
      taskDefinition: web
      desiredCount: 2
    `,
    // A task definition whose network mode cannot be read.
    yaml`
      family: api
      networkMode: \${NETWORK_MODE}
      containerDefinitions:
        - name: api
          image: api:2
          memory: 512
      ---
      serviceName: api
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
    `,
    yaml`
      family: api
      networkMode: \${NETWORK_MODE}
      containerDefinitions:
        - name: api
          image: api:2
          memory: 512
      ---
      serviceName: api
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      networkConfiguration:
        awsvpcConfiguration:
          subnets: [subnet-0a1b2c3d]
    `,
    // External instances: not judged.
    yaml`
      family: api
      networkMode: awsvpc
      containerDefinitions:
        - name: api
          image: api:2
          memory: 512
      ---
      serviceName: api
      launchType: EXTERNAL
      taskDefinition: api
      desiredCount: 1
    `,
    // UpdateService keeps the network configuration it does not mention.
    json`{ "service": "web", "capacityProviderStrategy": [{ "capacityProvider": "FARGATE", "weight": 1 }], "forceNewDeployment": true }`,
    // A bare --overrides file places nothing.
    json`{ "containerOverrides": [{ "name": "web", "command": ["migrate"] }] }`,
    // The cluster's default strategy uses an Auto Scaling group provider.
    yaml`
      clusterName: prod
      capacityProviders: [prod-asg]
      defaultCapacityProviderStrategy:
        - capacityProvider: prod-asg
          weight: 1
      ---
      serviceName: web
      cluster: prod
      taskDefinition: web
      desiredCount: 2
    `,
    // Project index: found there and fine, or found nowhere.
    {
      ...json`
        {
          "serviceName": "api",
          "launchType": "EC2",
          "taskDefinition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/api-indexed:5",
          "desiredCount": 2,
          "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"] } }
        }
      `,
      settings: project,
    },
    { ...json`{ "serviceName": "legacy", "launchType": "EC2", "taskDefinition": "legacy-indexed", "desiredCount": 1 }`, settings: project },
    { ...json`{ "serviceName": "other", "launchType": "EC2", "taskDefinition": "not-in-the-index:1", "desiredCount": 1 }`, settings: project },
    // Without the settings, the indexed task definition is not seen.
    json`{ "serviceName": "api", "launchType": "EC2", "taskDefinition": "api-indexed:5", "desiredCount": 2 }`,
    // CloudFormation: unknown network configurations and modes; an awsvpc service with its configuration
    yaml`
      Resources:
        TaskDef:
          Type: AWS::ECS::TaskDefinition
          Properties:
            NetworkMode: !Ref NetworkMode
            ContainerDefinitions: [{ Name: web, Image: nginx:1.27, Memory: "256" }]
        Service:
          Type: AWS::ECS::Service
          Properties:
            TaskDefinition: !Ref TaskDef
            NetworkConfiguration: !If [Vpc, { AwsvpcConfiguration: { Subnets: !Ref Subnets } }, !Ref AWS::NoValue]
        Fargate:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: FARGATE
            TaskDefinition: !Ref TaskDef
            NetworkConfiguration:
              AwsvpcConfiguration:
                AssignPublicIp: DISABLED
                Subnets: [!Ref SubnetA, !Ref SubnetB]
        Unknown:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: !If [Fargate, FARGATE, EC2]
            TaskDefinition: !Sub "\${TaskDef}"
    `,
  ],
  invalid: [
    {
      name: "assignPublicIp ENABLED on EC2 (JSON service)",
      ...json`
        {
          "serviceName": "web",
          "launchType": "EC2",
          "taskDefinition": "web:3",
          "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"], "assignPublicIp": "ENABLED" } }
        }
      `,
      errors: [
        {
          messageId: "publicIpOffFargate",
          data: { via: 'launchType "EC2"', key: "assignPublicIp" },
          line: 5,
          column: 104,
          endLine: 5,
          endColumn: 113,
          suggestions: [
            {
              messageId: "disablePublicIp",
              data: { key: "assignPublicIp" },
              output: '{\n  "serviceName": "web",\n  "launchType": "EC2",\n  "taskDefinition": "web:3",\n  "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"], "assignPublicIp": "DISABLED" } }\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "assignPublicIp ENABLED on external instances (YAML run-task input)",
      ...yaml`
        cluster: edge
        taskDefinition: probe:2
        launchType: EXTERNAL
        networkConfiguration:
          awsvpcConfiguration:
            subnets: [subnet-0a1b2c3d]
            assignPublicIp: ENABLED
      `,
      errors: [
        {
          messageId: "publicIpOffFargate",
          data: { via: 'launchType "EXTERNAL"', key: "assignPublicIp" },
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 28,
          suggestions: [
            {
              messageId: "disablePublicIp",
              output: "cluster: edge\ntaskDefinition: probe:2\nlaunchType: EXTERNAL\nnetworkConfiguration:\n  awsvpcConfiguration:\n    subnets: [subnet-0a1b2c3d]\n    assignPublicIp: DISABLED\n",
            },
          ],
        },
      ],
    },
    {
      name: "CloudFormation: AssignPublicIp ENABLED on an EC2 service",
      ...yaml`
        Resources:
          Service:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: EC2
              TaskDefinition: web:3
              NetworkConfiguration:
                AwsvpcConfiguration:
                  Subnets: [subnet-0a1b2c3d]
                  AssignPublicIp: ENABLED
      `,
      errors: [
        {
          messageId: "publicIpOffFargate",
          data: { via: 'LaunchType "EC2"', key: "AssignPublicIp" },
          line: 10,
          column: 27,
          endLine: 10,
          endColumn: 34,
          suggestions: [
            {
              messageId: "disablePublicIp",
              output: "Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: EC2\n      TaskDefinition: web:3\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: [subnet-0a1b2c3d]\n          AssignPublicIp: DISABLED\n",
            },
          ],
        },
      ],
    },
    {
      name: "CloudFormation: the service's task definition is found through !Ref in the same template",
      ...fixtureCase("cloudformation/service-and-cluster.yaml"),
      errors: [{ messageId: "awsvpcWithoutNetwork", data: { taskDefinition: '"TaskDef"', key: "NetworkConfiguration", awsvpc: "AwsvpcConfiguration", subject: "service" }, line: 14, column: 23, endLine: 14, endColumn: 35 }],
    },
    {
      ...json`
        {
          "serviceName": "web",
          "cluster": "prod",
          "launchType": "FARGATE",
          "taskDefinition": "web:3",
          "desiredCount": 2
        }
      `,
      errors: [
        {
          messageId: "fargateWithoutNetwork",
          data: { via: 'launchType "FARGATE"', key: "networkConfiguration", awsvpc: "awsvpcConfiguration", subject: "service" },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 26,
        },
      ],
    },
    {
      ...yaml`
        serviceName: web
        capacityProviderStrategy:
          - capacityProvider: FARGATE_SPOT
            weight: 1
        taskDefinition: web
        desiredCount: 1
      `,
      errors: [{ messageId: "fargateWithoutNetwork", data: { via: 'capacity provider "FARGATE_SPOT"', key: "networkConfiguration", awsvpc: "awsvpcConfiguration", subject: "service" }, line: 3, column: 23, endLine: 3, endColumn: 35 }],
    },
    {
      // run-task input: networkConfiguration without awsvpcConfiguration.
      ...json`
        {
          "cluster": "batch",
          "taskDefinition": "migrate:4",
          "launchType": "FARGATE",
          "networkConfiguration": {}
        }
      `,
      errors: [{ messageId: "fargateWithoutNetwork", data: { via: 'launchType "FARGATE"', key: "networkConfiguration", awsvpc: "awsvpcConfiguration", subject: "task" }, line: 4, column: 17, endLine: 4, endColumn: 26 }],
    },
    {
      // An awsvpc task definition in the same file (multi-document YAML), on EC2.
      ...yaml`
        family: api
        networkMode: awsvpc
        containerDefinitions:
          - name: api
            image: api:2
            memory: 512
        ---
        serviceName: api
        cluster: prod
        launchType: EC2
        taskDefinition: api
        desiredCount: 2
      `,
      errors: [{ messageId: "awsvpcWithoutNetwork", data: { taskDefinition: '"api"', key: "networkConfiguration", awsvpc: "awsvpcConfiguration", subject: "service" }, line: 11, column: 17, endLine: 11, endColumn: 20 }],
    },
    {
      // A Fargate task definition without networkMode counts as awsvpc (Fargate takes no other mode).
      ...yaml`
        family: api
        requiresCompatibilities: [FARGATE]
        containerDefinitions:
          - name: api
            image: api:2
        ---
        serviceName: api
        taskDefinition: api:2
        desiredCount: 2
      `,
      errors: [{ messageId: "awsvpcWithoutNetwork", data: { taskDefinition: '"api:2"', key: "networkConfiguration", awsvpc: "awsvpcConfiguration", subject: "service" }, line: 8, column: 17, endLine: 8, endColumn: 22 }],
    },
    {
      // The reverse: a bridge task definition (networkMode absent) with a network configuration.
      ...yaml`
        family: legacy
        containerDefinitions:
          - name: legacy
            image: legacy:1
            memory: 256
        ---
        serviceName: legacy
        launchType: EC2
        taskDefinition: legacy:7
        desiredCount: 1
        networkConfiguration:
          awsvpcConfiguration:
            subnets: [subnet-0a1b2c3d]
      `,
      errors: [
        {
          messageId: "networkWithoutAwsvpc",
          data: { taskDefinition: '"legacy:7"', mode: "bridge", key: "networkConfiguration" },
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 21,
          suggestions: [
            {
              messageId: "removeNetwork",
              data: { key: "networkConfiguration" },
              output: "family: legacy\ncontainerDefinitions:\n  - name: legacy\n    image: legacy:1\n    memory: 256\n---\nserviceName: legacy\nlaunchType: EC2\ntaskDefinition: legacy:7\ndesiredCount: 1\n",
            },
          ],
        },
      ],
    },
    {
      // The cluster's default strategy puts the tasks on Fargate.
      ...yaml`
        clusterName: prod
        capacityProviders: [FARGATE, FARGATE_SPOT]
        defaultCapacityProviderStrategy:
          - capacityProvider: FARGATE
            weight: 1
        ---
        serviceName: web
        cluster: prod
        taskDefinition: web
        desiredCount: 2
      `,
      errors: [
        {
          messageId: "fargateWithoutNetwork",
          data: { via: 'the default capacity provider strategy of cluster "prod"', key: "networkConfiguration", awsvpc: "awsvpcConfiguration", subject: "service" },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 14,
        },
      ],
    },
    {
      // describe-services output: each service is checked.
      ...json`
        {
          "services": [
            { "serviceName": "a", "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/prod/a", "launchType": "FARGATE", "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"] } } },
            { "serviceName": "b", "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/prod/b", "launchType": "FARGATE" }
          ],
          "failures": []
        }
      `,
      errors: [{ messageId: "fargateWithoutNetwork", data: { via: 'launchType "FARGATE"', key: "networkConfiguration", awsvpc: "awsvpcConfiguration", subject: "service" }, line: 4, column: 108, endLine: 4, endColumn: 117 }],
    },
    {
      // Project index: a describe-task-definition output (awsvpc), referenced by ARN.
      ...json`
        {
          "serviceName": "api",
          "launchType": "EC2",
          "taskDefinition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/api-indexed:5",
          "desiredCount": 2
        }
      `,
      settings: project,
      errors: [
        {
          messageId: "awsvpcWithoutNetwork",
          data: { taskDefinition: '"arn:aws:ecs:eu-west-1:123456789012:task-definition/api-indexed:5"', key: "networkConfiguration", awsvpc: "awsvpcConfiguration", subject: "service" },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 87,
        },
      ],
    },
    {
      // Project index: a register input in bridge mode, with a network configuration.
      ...json`
        {
          "serviceName": "legacy",
          "taskDefinition": "legacy-indexed",
          "desiredCount": 1,
          "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"] } }
        }
      `,
      settings: project,
      errors: [
        {
          messageId: "networkWithoutAwsvpc",
          data: { taskDefinition: '"legacy-indexed"', mode: "bridge", key: "networkConfiguration" },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 25,
          suggestions: [
            {
              messageId: "removeNetwork",
              output: '{\n  "serviceName": "legacy",\n  "taskDefinition": "legacy-indexed",\n  "desiredCount": 1\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "CloudFormation: a Fargate service without NetworkConfiguration; a service on a cluster whose association resource defaults to FARGATE; a bridge task definition with one",
      ...yaml`
        Resources:
          Bridge:
            Type: AWS::ECS::TaskDefinition
            Properties:
              NetworkMode: bridge
              ContainerDefinitions: [{ Name: web, Image: nginx:1.27, Memory: "256" }]
          Fargate:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: FARGATE
              DesiredCount: "1"
          Cluster:
            Type: AWS::ECS::Cluster
          Associations:
            Type: AWS::ECS::ClusterCapacityProviderAssociations
            Properties:
              Cluster: !Ref Cluster
              CapacityProviders: [FARGATE]
              DefaultCapacityProviderStrategy: [{ CapacityProvider: FARGATE, Weight: 1 }]
          OnCluster:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref Cluster
          Ec2:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: EC2
              TaskDefinition: !Ref Bridge
              NetworkConfiguration:
                AwsvpcConfiguration:
                  Subnets: [!Ref Subnet]
      `,
      errors: [
        {
          messageId: "fargateWithoutNetwork",
          data: { via: 'LaunchType "FARGATE"', key: "NetworkConfiguration", awsvpc: "AwsvpcConfiguration", subject: "service" },
          line: 10,
          column: 19,
          endLine: 10,
          endColumn: 26,
        },
        {
          messageId: "fargateWithoutNetwork",
          data: { via: 'the default capacity provider strategy of cluster "Cluster"', key: "NetworkConfiguration", awsvpc: "AwsvpcConfiguration", subject: "service" },
          line: 23,
          column: 16,
          endLine: 23,
          endColumn: 28,
        },
        {
          messageId: "networkWithoutAwsvpc",
          data: { taskDefinition: '"Bridge"', mode: "bridge", key: "NetworkConfiguration" },
          line: 29,
          column: 7,
          endLine: 29,
          endColumn: 27,
          suggestions: [
            { messageId: "removeNetwork", output: "Resources:\n  Bridge:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      NetworkMode: bridge\n      ContainerDefinitions: [{ Name: web, Image: nginx:1.27, Memory: \"256\" }]\n  Fargate:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      DesiredCount: \"1\"\n  Cluster:\n    Type: AWS::ECS::Cluster\n  Associations:\n    Type: AWS::ECS::ClusterCapacityProviderAssociations\n    Properties:\n      Cluster: !Ref Cluster\n      CapacityProviders: [FARGATE]\n      DefaultCapacityProviderStrategy: [{ CapacityProvider: FARGATE, Weight: 1 }]\n  OnCluster:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: !Ref Cluster\n  Ec2:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: EC2\n      TaskDefinition: !Ref Bridge\n" },
          ],
        },
      ],
    },

    {
      name: "CloudFormation JSON: the suggestion removes NetworkConfiguration for a bridge task definition",
      ...json`
        {
          "Resources": {
            "TaskDef": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": { "NetworkMode": "bridge", "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "Memory": 256 }] }
            },
            "Service": {
              "Type": "AWS::ECS::Service",
              "Properties": {
                "TaskDefinition": { "Ref": "TaskDef" },
                "NetworkConfiguration": { "AwsvpcConfiguration": { "Subnets": [{ "Ref": "Subnet" }] } },
                "DesiredCount": 1
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "networkWithoutAwsvpc",
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 31,
          suggestions: [
            { messageId: "removeNetwork", output: "{\n  \"Resources\": {\n    \"TaskDef\": {\n      \"Type\": \"AWS::ECS::TaskDefinition\",\n      \"Properties\": { \"NetworkMode\": \"bridge\", \"ContainerDefinitions\": [{ \"Name\": \"web\", \"Image\": \"nginx:1.27\", \"Memory\": 256 }] }\n    },\n    \"Service\": {\n      \"Type\": \"AWS::ECS::Service\",\n      \"Properties\": {\n        \"TaskDefinition\": { \"Ref\": \"TaskDef\" },\n        \"DesiredCount\": 1\n      }\n    }\n  }\n}\n" },
          ],
        },
      ],
    },
  ],
});
