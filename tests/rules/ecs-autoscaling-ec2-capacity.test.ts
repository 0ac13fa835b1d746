import rule from "../../src/rules/ecs-autoscaling-ec2-capacity.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const project = { "aws-containers": { project: ["tests/fixtures/project-ecs-autoscaling-ec2-capacity/**/*.json"] } };

const EC2_VIA = 'launchType "EC2"';

runRule("ecs-autoscaling-ec2-capacity", rule, {
  valid: [
    // The service and the cluster are found nowhere.
    json`{ "ServiceNamespace": "ecs", "ResourceId": "service/prod/api", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 2, "MaxCapacity": 10 }`,
    // The cluster scales its instances with an Auto Scaling group capacity provider.
    yaml`
      clusterName: prod
      capacityProviders: [prod-asg]
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Fargate tasks need no instances.
    yaml`
      clusterName: prod
      settings:
        - name: containerInsights
          value: enabled
      ---
      serviceName: api
      cluster: prod
      launchType: FARGATE
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // A strategy (its providers belong to the cluster).
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: prod
      capacityProviderStrategy:
        - capacityProvider: prod-asg
          weight: 1
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // No launch type and no strategy, but the cluster has a default strategy.
    yaml`
      clusterName: prod
      capacityProviders: [FARGATE]
      defaultCapacityProviderStrategy:
        - capacityProvider: FARGATE
          weight: 1
      ---
      serviceName: api
      cluster: prod
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Only the service is found; only the cluster is found.
    yaml`
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    yaml`
      clusterName: prod
      settings: []
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // A service of that name in another cluster.
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: staging
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Daemon services are not scaled by desired count.
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: agent
      cluster: prod
      launchType: EC2
      schedulingStrategy: DAEMON
      taskDefinition: agent
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/agent
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Unknown values.
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: !Sub service/\${ClusterName}/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    yaml`
      clusterName: prod
      capacityProviders: !Ref Providers
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: prod
      launchType: \${LAUNCH_TYPE}
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    yaml`
      clusterName: prod
      settings: []
      <<: *providers
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Another namespace.
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: dynamodb
      ResourceId: service/prod/api
      ScalableDimension: dynamodb:table:ReadCapacityUnits
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Project index: a Fargate service in the same cluster.
    { ...json`{ "ServiceNamespace": "ecs", "ResourceId": "service/prod/web", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 1, "MaxCapacity": 4 }`, settings: project },
    { ...json`{ "ServiceNamespace": "ecs", "ResourceId": "service/prod/missing", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 1, "MaxCapacity": 4 }`, settings: project },
    // CloudFormation: a cluster whose capacity providers an association resource sets with !Ref (unknown);
    // a launch type chosen with Fn::If; a daemon service; resource IDs that name no service the linter can
    // find: a !Join with a !Select, \${Api} (Ref: the service's ARN, not its name), a parameter (\${ClusterName}).
    yaml`
      Resources:
        Cluster:
          Type: AWS::ECS::Cluster
        Associations:
          Type: AWS::ECS::ClusterCapacityProviderAssociations
          Properties:
            Cluster: !Ref Cluster
            CapacityProviders: [!Ref AsgProvider]
            DefaultCapacityProviderStrategy:
              - CapacityProvider: !Ref AsgProvider
                Weight: 1
        Service:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Cluster
            TaskDefinition: !Ref TaskDefinition
        Target:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Sub service/\${Cluster}/\${Service.Name}
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
        Bare:
          Type: AWS::ECS::Cluster
        Worker:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Bare
            LaunchType: !If [OnFargate, FARGATE, EC2]
            TaskDefinition: !Ref TaskDefinition
        Daemon:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Bare
            SchedulingStrategy: DAEMON
            TaskDefinition: !Ref TaskDefinition
        Api:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Bare
            LaunchType: EC2
            TaskDefinition: !Ref TaskDefinition
        Joined:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Join ["", [service/, !Ref Bare, /, !Select [0, !Ref Names]]]
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
        ByArn:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Sub service/\${Bare}/\${Api}
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
        Conditional:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Sub service/\${Bare}/\${Worker.Name}
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
        FromParameter:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Sub service/\${ClusterName}/\${Api.Name}
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
        DaemonTarget:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Sub service/\${Bare}/\${Daemon.Name}
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
    `,
  ],
  invalid: [
    {
      ...yaml`
        clusterName: prod
        settings:
          - name: containerInsights
            value: enabled
        ---
        serviceName: api
        cluster: arn:aws:ecs:eu-west-1:123456789012:cluster/prod
        launchType: EC2
        taskDefinition: api
        desiredCount: 2
        ---
        ServiceNamespace: ecs
        ResourceId: service/prod/api
        ScalableDimension: ecs:service:DesiredCount
        MinCapacity: 2
        MaxCapacity: 10
      `,
      errors: [{ messageId: "noInstanceScaling", data: { service: '"api"', cluster: '"prod"', via: EC2_VIA }, line: 13, column: 13, endLine: 13, endColumn: 29 }],
    },
    {
      // No launch type, no strategy, and a cluster with Fargate providers only and no default strategy.
      ...yaml`
        clusterName: prod
        capacityProviders: [FARGATE, FARGATE_SPOT]
        ---
        serviceName: api
        cluster: prod
        taskDefinition: api
        desiredCount: 2
        ---
        ServiceNamespace: ecs
        ResourceId: service/prod/api
        ScalableDimension: ecs:service:DesiredCount
        MinCapacity: 2
        MaxCapacity: 10
      `,
      errors: [
        {
          messageId: "noInstanceScaling",
          data: { service: '"api"', cluster: '"prod"', via: "no launch type, no capacity provider strategy and no default strategy on the cluster" },
          line: 10,
          column: 13,
          endLine: 10,
          endColumn: 29,
        },
      ],
    },
    {
      // The default cluster: a service without `cluster` runs in "default".
      ...yaml`
        capacityProviders: []
        settings: []
        ---
        serviceName: api
        launchType: EC2
        taskDefinition: api
        desiredCount: 2
        ---
        ServiceNamespace: ecs
        ResourceId: service/default/api
        ScalableDimension: ecs:service:DesiredCount
        MinCapacity: 2
        MaxCapacity: 10
      `,
      errors: [{ messageId: "noInstanceScaling", data: { service: '"api"', cluster: '"default"', via: EC2_VIA }, line: 10, column: 13, endLine: 10, endColumn: 32 }],
    },
    {
      // Project index: describe-services and describe-clusters outputs.
      ...json`
        {
          "ServiceNamespace": "ecs",
          "ResourceId": "service/prod/api",
          "ScalableDimension": "ecs:service:DesiredCount",
          "MinCapacity": 2,
          "MaxCapacity": 10
        }
      `,
      settings: project,
      errors: [{ messageId: "noInstanceScaling", data: { service: '"api"', cluster: '"prod"', via: EC2_VIA }, line: 3, column: 17, endLine: 3, endColumn: 35 }],
    },
    {
      // describe-scalable-targets output: each target is checked.
      ...json`
        {
          "ScalableTargets": [
            { "ServiceNamespace": "ecs", "ResourceId": "service/prod/web", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 1, "MaxCapacity": 4 },
            { "ServiceNamespace": "ecs", "ResourceId": "service/prod/api", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 2, "MaxCapacity": 10 }
          ]
        }
      `,
      settings: project,
      errors: [{ messageId: "noInstanceScaling", line: 4, column: 48, endLine: 4, endColumn: 66 }],
    },
    {
      // CloudFormation: !Sub service/\${Cluster}/\${Service.Name} names the template's cluster and service
      // (Ref gives a cluster's name, GetAtt Name a service's); a literal ID finds the service by name and
      // the cluster by its ClusterName, the one the service's !Ref names.
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
          Service:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref Cluster
              TaskDefinition: !Ref TaskDefinition
              DesiredCount: "2"
          Target:
            Type: AWS::ApplicationAutoScaling::ScalableTarget
            Properties:
              ServiceNamespace: ecs
              ResourceId: !Sub service/\${Cluster}/\${Service.Name}
              ScalableDimension: ecs:service:DesiredCount
              MinCapacity: "2"
              MaxCapacity: "10"
          ProdCluster:
            Type: AWS::ECS::Cluster
            Properties:
              ClusterName: prod
              CapacityProviders: [FARGATE, FARGATE_SPOT]
          Api:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref ProdCluster
              ServiceName: api
              LaunchType: EC2
              TaskDefinition: !Ref TaskDefinition
          ApiTarget:
            Type: AWS::ApplicationAutoScaling::ScalableTarget
            Properties:
              ServiceNamespace: ecs
              ResourceId: service/prod/api
              ScalableDimension: ecs:service:DesiredCount
              MinCapacity: 2
              MaxCapacity: 10
      `,
      errors: [
        {
          messageId: "noInstanceScaling",
          data: { service: '"Service"', cluster: '"Cluster"', via: "no launch type, no capacity provider strategy and no default strategy on the cluster" },
          line: 14,
          column: 19,
          endLine: 14,
          endColumn: 58,
        },
        { messageId: "noInstanceScaling", data: { service: '"api"', cluster: '"prod"', via: 'LaunchType "EC2"' }, line: 34, column: 19, endLine: 34, endColumn: 35 },
      ],
    },
    {
      // A CloudFormation JSON template with Fn::Sub.
      ...json`
        {
          "Resources": {
            "Cluster": { "Type": "AWS::ECS::Cluster", "Properties": { "ClusterName": "batch" } },
            "Worker": {
              "Type": "AWS::ECS::Service",
              "Properties": { "Cluster": { "Ref": "Cluster" }, "LaunchType": "EC2", "TaskDefinition": { "Ref": "TaskDefinition" } }
            },
            "Target": {
              "Type": "AWS::ApplicationAutoScaling::ScalableTarget",
              "Properties": {
                "ServiceNamespace": "ecs",
                "ResourceId": { "Fn::Sub": "service/\${Cluster}/\${Worker.Name}" },
                "ScalableDimension": "ecs:service:DesiredCount",
                "MinCapacity": "0",
                "MaxCapacity": "20"
              }
            }
          }
        }
      `,
      errors: [{ messageId: "noInstanceScaling", data: { service: '"Worker"', cluster: '"batch"', via: 'LaunchType "EC2"' }, line: 12, column: 23, endLine: 12, endColumn: 73 }],
    },
  ],
});
