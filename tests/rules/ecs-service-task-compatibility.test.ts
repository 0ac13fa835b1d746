import rule from "../../src/rules/ecs-service-task-compatibility.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const project = { "aws-containers": { project: ["tests/fixtures/project-ecs-service-task-compatibility/**/*.json"] } };

runRule("ecs-service-task-compatibility", rule, {
  valid: [
    // Load balancers: a mapped port, a port in a mapped range, a port given as a CloudFormation string, unknown values.
    yaml`
      Resources:
        TaskDef:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Memory: "256"
                PortMappings: [{ ContainerPort: "8080" }, { ContainerPortRange: "9000-9100" }]
              - Name: !Ref SidecarName
                Image: envoy:1.30
                Memory: "256"
        Service:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: EC2
            TaskDefinition: !Ref TaskDef
            LoadBalancers:
              - { ContainerName: web, ContainerPort: 8080, TargetGroupArn: !Ref Blue }
        Ranged:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: EC2
            TaskDefinition: !Ref TaskDef
            LoadBalancers:
              - { ContainerName: web, ContainerPort: 9050, TargetGroupArn: !Ref Green }
              - { ContainerName: !Ref Container, ContainerPort: 1, TargetGroupArn: !Ref Green }
              - { ContainerName: web, ContainerPort: !Ref Port, TargetGroupArn: !Ref Green }
    `,
    { ...json`{ "serviceName": "web", "launchType": "EC2", "taskDefinition": "web-indexed:3", "desiredCount": 1, "loadBalancers": [{ "containerName": "\${CONTAINER}", "containerPort": 80, "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067" }] }`, settings: project },
    // A Fargate task definition on Fargate.
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      networkMode: awsvpc
      cpu: "256"
      memory: "512"
      containerDefinitions:
        - name: web
          image: web:3
          logConfiguration:
            logDriver: awslogs
      ---
      serviceName: web
      launchType: FARGATE
      taskDefinition: web
      desiredCount: 2
    `,
    // EC2 is not judged from requiresCompatibilities: a task definition that requires FARGATE is validated for EC2 too.
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      networkMode: awsvpc
      cpu: "256"
      memory: "512"
      containerDefinitions:
        - name: web
          image: web:3
      ---
      serviceName: web
      launchType: EC2
      taskDefinition: web
      desiredCount: 2
    `,
    yaml`
      family: batch
      containerDefinitions:
        - name: batch
          image: batch:4
          memory: 512
          logConfiguration:
            logDriver: json-file
      ---
      cluster: jobs
      taskDefinition: batch
      launchType: EC2
    `,
    // The task definition requires FARGATE: its log driver is reported where it is written (ecs-fargate-compatibility).
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      containerDefinitions:
        - name: web
          image: web:3
          logConfiguration:
            logDriver: json-file
      ---
      serviceName: web
      launchType: FARGATE
      taskDefinition: web
      desiredCount: 2
    `,
    // Found nowhere: nothing to say.
    json`{ "serviceName": "web", "launchType": "FARGATE", "taskDefinition": "web:3", "desiredCount": 2 }`,
    // Unknown values.
    yaml`
      family: web
      requiresCompatibilities:
        - \${COMPATIBILITY}
      containerDefinitions:
        - name: web
          image: web:3
          logConfiguration:
            logDriver: \${LOG_DRIVER}
      ---
      serviceName: web
      launchType: FARGATE
      taskDefinition: web
      desiredCount: 2
    `,
    yaml`
      family: batch
      containerDefinitions:
        - name: batch
          image: batch:4
          memory: 512
      ---
      serviceName: batch
      launchType: !Ref LaunchType
      taskDefinition: batch
      desiredCount: 1
    `,
    yaml`
      family: batch
      containerDefinitions:
        - name: batch
          image: batch:4
          memory: 512
      ---
      serviceName: batch
      capacityProviderStrategy:
        - capacityProvider: "{{ must_env \`PROVIDER\` }}"
      taskDefinition: batch
      desiredCount: 1
    `,
    yaml`
      family: batch
      containerDefinitions:
        - name: batch
          image: batch:4
          memory: 512
      ---
      serviceName: batch
      taskDefinition: batch
      desiredCount: 1
      <<: *placement
    `,
    // Auto Scaling group providers are not judged.
    yaml`
      family: batch
      containerDefinitions:
        - name: batch
          image: batch:4
          memory: 512
      ---
      serviceName: batch
      capacityProviderStrategy:
        - capacityProvider: batch-asg
          weight: 1
      taskDefinition: batch
      desiredCount: 1
    `,
    // Project index: validated for Fargate (describe output's compatibilities).
    { ...json`{ "serviceName": "edge", "launchType": "FARGATE", "taskDefinition": "edge-indexed:1", "desiredCount": 1 }`, settings: project },
    { ...json`{ "serviceName": "web", "launchType": "EC2", "taskDefinition": "web-indexed:3", "desiredCount": 1 }`, settings: project },
    { ...json`{ "serviceName": "gone", "launchType": "FARGATE", "taskDefinition": "not-in-the-index", "desiredCount": 1 }`, settings: project },
    json`{ "containerOverrides": [{ "name": "batch", "command": ["run"] }] }`,
    // CloudFormation: task definitions found through !Ref that require FARGATE, or whose compatibilities are unknown; unknown launch types and references
    yaml`
      Resources:
        TaskDef:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            NetworkMode: awsvpc
            Cpu: "256"
            Memory: "512"
            ContainerDefinitions: [{ Name: web, Image: nginx:1.27 }]
        Conditional:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: !If [Fargate, [FARGATE], [EC2]]
            ContainerDefinitions: [{ Name: web, Image: nginx:1.27, Memory: "256" }]
        Service:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: FARGATE
            TaskDefinition: !Ref TaskDef
        Other:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: FARGATE
            TaskDefinition: !Ref Conditional
        Third:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: !Ref LaunchType
            TaskDefinition: !Ref Conditional
        Fourth:
          Type: AWS::ECS::Service
          Properties:
            LaunchType: FARGATE
            TaskDefinition: !Sub "\${Family}:3"
    `,
  ],
  invalid: [
    {
      // The indexed task definition's container "web" maps no ports; "api" is not one of its containers.
      ...json`
        {
          "serviceName": "web",
          "launchType": "EC2",
          "taskDefinition": "web-indexed:3",
          "desiredCount": 1,
          "loadBalancers": [
            { "containerName": "web", "containerPort": 80, "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067" },
            { "containerName": "api", "containerPort": 80, "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/73e2d6bc24d8a067" }
          ]
        }
      `,
      settings: project,
      errors: [
        { messageId: "unmappedLoadBalancerPort", data: { port: 80, container: '"web"', taskDefinition: '"web-indexed:3"', ports: "it maps no ports" }, line: 7, column: 48, endLine: 7, endColumn: 50 },
        { messageId: "unknownLoadBalancerContainer", data: { container: '"api"', taskDefinition: '"web-indexed:3"', names: '"web"' }, line: 8, column: 24, endLine: 8, endColumn: 29 },
      ],
    },
    {
      // Same template: the load balancer's port is not the one the container maps.
      ...yaml`
        Resources:
          TaskDef:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  Memory: "256"
                  PortMappings: [{ ContainerPort: 8080 }, { ContainerPortRange: "9000-9100" }]
          Service:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: EC2
              TaskDefinition: !Ref TaskDef
              LoadBalancers:
                - ContainerName: web
                  ContainerPort: 80
                  TargetGroupArn: !Ref TargetGroup
      `,
      errors: [{ messageId: "unmappedLoadBalancerPort", data: { port: 80, container: '"web"', taskDefinition: '"TaskDef"', ports: "it maps 8080, 9000-9100" }, line: 17, column: 26, endLine: 17, endColumn: 28 }],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: web:3
            memory: 512
        ---
        serviceName: web
        launchType: FARGATE
        taskDefinition: web
        desiredCount: 2
      `,
      errors: [
        {
          messageId: "notFargateCompatible",
          data: { taskDefinition: '"web"', key: "requiresCompatibilities", via: 'launchType "FARGATE"', subject: "service" },
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 20,
        },
      ],
    },
    {
      // run-task on Fargate with an EC2 task definition that logs with json-file.
      ...yaml`
        family: batch
        requiresCompatibilities: [EC2]
        containerDefinitions:
          - name: batch
            image: batch:4
            memory: 512
            logConfiguration:
              logDriver: json-file
          - image: sidecar:1
            memory: 64
            logConfiguration:
              logDriver: syslog
        ---
        cluster: jobs
        taskDefinition: batch:12
        launchType: FARGATE
      `,
      errors: [
        { messageId: "notFargateCompatible", data: { taskDefinition: '"batch:12"', key: "requiresCompatibilities", via: 'launchType "FARGATE"', subject: "task" }, line: 16, column: 13, endLine: 16, endColumn: 20 },
        { messageId: "logDriver", data: { taskDefinition: '"batch:12"', via: 'launchType "FARGATE"', container: '"batch"', driver: "json-file", allowed: "awslogs, splunk or awsfirelens" }, line: 16, column: 13, endLine: 16, endColumn: 20 },
        { messageId: "logDriver", data: { taskDefinition: '"batch:12"', via: 'launchType "FARGATE"', container: "#2", driver: "syslog", allowed: "awslogs, splunk or awsfirelens" }, line: 16, column: 13, endLine: 16, endColumn: 20 },
      ],
    },
    {
      // A Fargate Spot strategy item.
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: web:3
            memory: 512
        ---
        serviceName: web
        capacityProviderStrategy:
          - capacityProvider: FARGATE
            base: 1
            weight: 1
          - capacityProvider: FARGATE_SPOT
            weight: 3
        taskDefinition: web
        desiredCount: 4
      `,
      errors: [{ messageId: "notFargateCompatible", data: { taskDefinition: '"web"', key: "requiresCompatibilities", via: 'capacity provider "FARGATE"', subject: "service" }, line: 9, column: 23, endLine: 9, endColumn: 30 }],
    },
    {
      // The cluster's default strategy is Fargate.
      ...yaml`
        clusterName: prod
        capacityProviders: [FARGATE_SPOT]
        defaultCapacityProviderStrategy:
          - capacityProvider: FARGATE_SPOT
            weight: 1
        ---
        family: web
        containerDefinitions:
          - name: web
            image: web:3
            memory: 512
        ---
        serviceName: web
        cluster: prod
        taskDefinition: web
        desiredCount: 2
      `,
      errors: [
        {
          messageId: "notFargateCompatible",
          data: { taskDefinition: '"web"', key: "requiresCompatibilities", via: 'the default capacity provider strategy of cluster "prod"', subject: "service" },
          line: 14,
          column: 10,
          endLine: 14,
          endColumn: 14,
        },
      ],
    },
    {
      // Project index: a describe-task-definition output validated for EXTERNAL and EC2 only.
      ...json`
        {
          "serviceName": "web",
          "launchType": "FARGATE",
          "taskDefinition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web-indexed:3",
          "desiredCount": 2
        }
      `,
      settings: project,
      errors: [
        {
          messageId: "notCompatible",
          data: {
            taskDefinition: '"arn:aws:ecs:eu-west-1:123456789012:task-definition/web-indexed:3"',
            compatible: "EXTERNAL or EC2",
            via: 'launchType "FARGATE"',
            launchType: "FARGATE",
            subject: "service",
          },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 26,
        },
      ],
    },
    {
      ...json`{ "serviceName": "edge", "launchType": "EXTERNAL", "taskDefinition": "edge-indexed", "desiredCount": 1 }`,
      settings: project,
      errors: [
        {
          messageId: "notCompatible",
          data: { taskDefinition: '"edge-indexed"', compatible: "EC2 or FARGATE", via: 'launchType "EXTERNAL"', launchType: "EXTERNAL", subject: "service" },
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 50,
        },
      ],
    },
    {
      // Project index: run-task input and a register input without requiresCompatibilities.
      ...json`
        {
          "cluster": "jobs",
          "taskDefinition": "batch-indexed",
          "launchType": "FARGATE",
          "count": 1
        }
      `,
      settings: project,
      errors: [
        { messageId: "notFargateCompatible", line: 4, column: 17, endLine: 4, endColumn: 26 },
        { messageId: "logDriver", line: 4, column: 17, endLine: 4, endColumn: 26 },
      ],
    },
    {
      // describe-services output with the index.
      ...json`
        {
          "services": [
            { "serviceName": "a", "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/jobs/a", "taskDefinition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/batch-indexed:2", "launchType": "FARGATE" },
            { "serviceName": "b", "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/jobs/b", "taskDefinition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/batch-indexed:2", "launchType": "EC2" }
          ]
        }
      `,
      settings: project,
      errors: [
        { messageId: "notFargateCompatible", line: 3, column: 196, endLine: 3, endColumn: 205 },
        { messageId: "logDriver", line: 3, column: 196, endLine: 3, endColumn: 205 },
      ],
    },
    {
      name: "CloudFormation: task definitions found through !Ref, run on Fargate by LaunchType, by a strategy, and by the default strategy an association resource gives the template's cluster",
      ...yaml`
        Resources:
          TaskDef:
            Type: AWS::ECS::TaskDefinition
            Properties:
              NetworkMode: awsvpc
              Cpu: "256"
              Memory: "512"
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  LogConfiguration:
                    LogDriver: syslog
          Service:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: FARGATE
              TaskDefinition: !Ref TaskDef
          Spot:
            Type: AWS::ECS::Service
            Properties:
              CapacityProviderStrategy: [{ CapacityProvider: FARGATE_SPOT, Weight: "1" }]
              TaskDefinition: !Ref TaskDef
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
              TaskDefinition: !Ref TaskDef
      `,
      errors: [
        {
          messageId: "notFargateCompatible",
          data: { taskDefinition: '"TaskDef"', key: "RequiresCompatibilities", via: 'LaunchType "FARGATE"', subject: "service" },
          line: 16,
          column: 19,
          endLine: 16,
          endColumn: 26,
        },
        {
          messageId: "logDriver",
          data: { taskDefinition: '"TaskDef"', via: 'LaunchType "FARGATE"', container: '"web"', driver: "syslog", allowed: "awslogs, splunk or awsfirelens" },
          line: 16,
          column: 19,
          endLine: 16,
          endColumn: 26,
        },
        {
          messageId: "notFargateCompatible",
          line: 21,
          column: 54,
          endLine: 21,
          endColumn: 66,
        },
        {
          messageId: "logDriver",
          line: 21,
          column: 54,
          endLine: 21,
          endColumn: 66,
        },
        {
          messageId: "notFargateCompatible",
          line: 34,
          column: 16,
          endLine: 34,
          endColumn: 28,
        },
        {
          messageId: "logDriver",
          line: 34,
          column: 16,
          endLine: 34,
          endColumn: 28,
        },
      ],
    },

    {
      name: "CloudFormation JSON: an EC2 task definition on Fargate",
      ...json`
        {
          "Resources": {
            "TaskDef": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": { "RequiresCompatibilities": ["EC2"], "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "Memory": 256 }] }
            },
            "Service": {
              "Type": "AWS::ECS::Service",
              "Properties": { "LaunchType": "FARGATE", "TaskDefinition": { "Ref": "TaskDef" } }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "notFargateCompatible",
          line: 9,
          column: 37,
          endLine: 9,
          endColumn: 46,
        },
      ],
    },
  ],
});
