import rule from "../../src/rules/ecs-autoscaling-target.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-autoscaling-target", rule, {
  valid: [
    json`
      {
        "ServiceNamespace": "ecs",
        "ResourceId": "service/prod/web",
        "ScalableDimension": "ecs:service:DesiredCount",
        "MinCapacity": 2,
        "MaxCapacity": 10
      }
    `,
    yaml`
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 4
      MaxCapacity: 4
    `,
    // Scale to zero is allowed for ECS (a worker without a load balancer).
    yaml`
      ServiceNamespace: ecs
      ResourceId: service/batch/worker
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 0
      MaxCapacity: 10
    `,
    // describe-scalable-targets output.
    json`
      {
        "ScalableTargets": [
          {
            "ServiceNamespace": "ecs",
            "ResourceId": "service/prod/web",
            "ScalableDimension": "ecs:service:DesiredCount",
            "MinCapacity": 1,
            "MaxCapacity": 5,
            "RoleARN": "arn:aws:iam::123456789012:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService",
            "CreationTime": "2024-05-01T10:00:00+00:00"
          }
        ]
      }
    `,
    // Another service's target: not this rule's business.
    json`
      {
        "ServiceNamespace": "dynamodb",
        "ResourceId": "table/Music",
        "ScalableDimension": "dynamodb:table:ReadCapacityUnits",
        "MinCapacity": 10,
        "MaxCapacity": 5
      }
    `,
    // An unknown namespace may be another service's: its dimension and ID are not judged.
    json`
      {
        "ServiceNamespace": "\${NAMESPACE}",
        "ResourceId": "table/Music",
        "ScalableDimension": "dynamodb:table:ReadCapacityUnits",
        "MinCapacity": 1,
        "MaxCapacity": 5
      }
    `,
    // A misspelled dimension is valid-schema's (it fixes the case).
    json`
      {
        "ServiceNamespace": "ecs",
        "ResourceId": "service/prod/web",
        "ScalableDimension": "ecs:service:desiredcount",
        "MinCapacity": 1,
        "MaxCapacity": 5
      }
    `,
    // Placeholders and tags are unknown; a templated ID is judged by its literal start only.
    json`
      {
        "ServiceNamespace": "ecs",
        "ResourceId": "service/\${CLUSTER}/\${SERVICE}",
        "ScalableDimension": "ecs:service:DesiredCount",
        "MinCapacity": "\${MIN}",
        "MaxCapacity": 2
      }
    `,
    yaml`
      ServiceNamespace: ecs
      ResourceId: !Sub service/\${Cluster}/\${Service}
      ScalableDimension: !Ref Dimension
      MinCapacity: !Ref Min
      MaxCapacity: 1
    `,
    yaml`
      ServiceNamespace: ecs
      ResourceId: \${RESOURCE_ID}
      ScalableDimension: ecs:service:DesiredCount
      <<: *unresolved
      MaxCapacity: 1
    `,
    // MinCapacity 0: the service is found, but has no load balancer.
    yaml`
      serviceName: worker
      cluster: batch
      taskDefinition: worker
      desiredCount: 1
      ---
      ServiceNamespace: ecs
      ResourceId: service/batch/worker
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 0
      MaxCapacity: 10
    `,
    // The service of that name behind a load balancer is in another cluster.
    yaml`
      serviceName: web
      cluster: staging
      taskDefinition: web
      desiredCount: 1
      loadBalancers:
        - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/943f017f100becff
          containerName: web
          containerPort: 8080
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 0
      MaxCapacity: 10
    `,
    // Scaling policies and scheduled actions with the ECS dimension and a good ID.
    yaml`
      PolicyName: cpu
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: TargetTrackingScaling
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 60
        PredefinedMetricSpecification:
          PredefinedMetricType: ECSServiceAverageCPUUtilization
    `,
    json`
      {
        "ServiceNamespace": "ecs",
        "ScheduledActionName": "night",
        "ResourceId": "service/batch/worker",
        "ScalableDimension": "ecs:service:DesiredCount",
        "Schedule": "cron(0 22 * * ? *)",
        "ScalableTargetAction": { "MinCapacity": 0, "MaxCapacity": 0 }
      }
    `,
    // Not Application Auto Scaling.
    json`{ "name": "my-package", "version": "1.0.0" }`,
    // CloudFormation: numbers written as strings, intrinsics. A `!Join` with a `!Select` cannot be read; `\${Service}` is
    // `Ref Service`, the service's ARN, not its name; `Fn::If` and `!Ref` are unknown.
    yaml`
      Resources:
        Cluster:
          Type: AWS::ECS::Cluster
        Service:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Cluster
            TaskDefinition: !Ref TaskDefinition
            LoadBalancers:
              - TargetGroupArn: !Ref TargetGroup
                ContainerName: web
                ContainerPort: "80"
        Joined:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Join ["", [service/, !Ref Cluster, /, !Select [0, !Ref Names]]]
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: "0"
            MaxCapacity: "4"
        ByArn:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Sub service/\${Cluster}/\${Service}
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 0
            MaxCapacity: 4
        Conditional:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: !Ref Namespace
            ResourceId: !GetAtt Service.Name
            ScalableDimension: !If [IsEcs, ecs:service:DesiredCount, dynamodb:table:ReadCapacityUnits]
            MinCapacity: !If [IsProd, 2, 0]
            MaxCapacity: "1"
            ScheduledActions:
              - ScheduledActionName: night
                Schedule: cron(0 22 * * ? *)
                ScalableTargetAction:
                  MinCapacity: "1"
                  MaxCapacity: "2"
    `,
    // The service of that name runs in another cluster of the template: another service.
    yaml`
      Resources:
        Prod:
          Type: AWS::ECS::Cluster
        Staging:
          Type: AWS::ECS::Cluster
        Service:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Staging
            ServiceName: web
            LoadBalancers:
              - TargetGroupArn: !Ref TargetGroup
                ContainerName: web
                ContainerPort: 80
        Target:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Sub service/\${Prod}/\${Service.Name}
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 0
            MaxCapacity: 4
    `,
  ],
  invalid: [
    {
      name: "CloudFormation: a ResourceId built with !Join from Refs is read, and its service found",
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
          Service:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref Cluster
              LoadBalancers:
                - TargetGroupArn: !Ref TargetGroup
                  ContainerName: web
                  ContainerPort: 80
          Target:
            Type: AWS::ApplicationAutoScaling::ScalableTarget
            Properties:
              ServiceNamespace: ecs
              ResourceId: !Join ["", [service/, !Ref Cluster, /, !GetAtt Service.Name]]
              ScalableDimension: ecs:service:DesiredCount
              MinCapacity: 0
              MaxCapacity: 4
      `,
      errors: [{ messageId: "minZeroBehindLoadBalancer", line: 18, column: 20, endLine: 18, endColumn: 21 }],
    },
    {
      ...json`
        {
          "ServiceNamespace": "ecs",
          "ResourceId": "service/batch/worker",
          "ScalableDimension": "ecs:service:DesiredCount",
          "MinCapacity": 10,
          "MaxCapacity": 1
        }
      `,
      errors: [{ messageId: "minAboveMax", data: { minKey: "MinCapacity", min: 10, maxKey: "MaxCapacity", max: 1 }, line: 5, column: 18, endLine: 5, endColumn: 20 }],
    },
    {
      // Another service's dimension: certain to be the ECS one, since the resource ID is an ECS service's.
      ...yaml`
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ec2:spot-fleet-request:TargetCapacity
        MinCapacity: 1
        MaxCapacity: 4
      `,
      errors: [
        {
          messageId: "wrongDimension",
          data: { key: "ScalableDimension", value: "ec2:spot-fleet-request:TargetCapacity", dimension: "ecs:service:DesiredCount" },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 57,
        },
      ],
      output: `ServiceNamespace: ecs
ResourceId: service/prod/web
ScalableDimension: ecs:service:DesiredCount
MinCapacity: 1
MaxCapacity: 4
`,
    },
    {
      // With a malformed ID, the dimension is not fixed.
      ...json`
        {
          "ServiceNamespace": "ecs",
          "ResourceId": "prod/web",
          "ScalableDimension": "dynamodb:table:ReadCapacityUnits",
          "MinCapacity": 1,
          "MaxCapacity": 4
        }
      `,
      errors: [
        { messageId: "malformedResourceId", data: { key: "ResourceId", value: "prod/web" }, line: 3, column: 17, endLine: 3, endColumn: 27 },
        { messageId: "wrongDimension", line: 4, column: 24, endLine: 4, endColumn: 58 },
      ],
    },
    {
      // A service ARN in the long format holds the resource ID.
      ...json`
        {
          "ServiceNamespace": "ecs",
          "ResourceId": "arn:aws:ecs:us-east-1:123456789012:service/prod/web",
          "ScalableDimension": "ecs:service:DesiredCount",
          "MinCapacity": 1,
          "MaxCapacity": 4
        }
      `,
      errors: [{ messageId: "resourceIdArn", data: { key: "ResourceId", fixed: "service/prod/web" }, line: 3, column: 17, endLine: 3, endColumn: 70 }],
      output: `{
  "ServiceNamespace": "ecs",
  "ResourceId": "service/prod/web",
  "ScalableDimension": "ecs:service:DesiredCount",
  "MinCapacity": 1,
  "MaxCapacity": 4
}
`,
    },
    {
      // The short ARN format has no cluster name: nothing to fix with.
      ...yaml`
        ServiceNamespace: ecs
        ResourceId: arn:aws:ecs:us-east-1:123456789012:service/web
        ScalableDimension: ecs:service:DesiredCount
        MinCapacity: 1
        MaxCapacity: 4
      `,
      errors: [{ messageId: "malformedResourceId", data: { key: "ResourceId", value: "arn:aws:ecs:us-east-1:123456789012:service/web" }, line: 2, column: 13, endLine: 2, endColumn: 59 }],
    },
    {
      // Templated, but its literal start is already wrong; names take no dots.
      ...json`
        {
          "ScalableTargets": [
            { "ServiceNamespace": "ecs", "ResourceId": "arn:aws:ecs:\${REGION}:\${ACCOUNT}:service/prod/web", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 1, "MaxCapacity": 2 },
            { "ServiceNamespace": "ecs", "ResourceId": "service/my.cluster/web", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 3, "MaxCapacity": 2 }
          ]
        }
      `,
      errors: [
        { messageId: "malformedResourceId", data: { key: "ResourceId", value: "arn:aws:ecs:${REGION}:${ACCOUNT}:service/prod/web" }, line: 3, column: 48, endLine: 3, endColumn: 99 },
        { messageId: "malformedResourceId", data: { key: "ResourceId", value: "service/my.cluster/web" }, line: 4, column: 48, endLine: 4, endColumn: 72 },
        { messageId: "minAboveMax", line: 4, column: 138, endLine: 4, endColumn: 139 },
      ],
    },
    {
      // An unknown namespace with the ECS dimension is ECS.
      ...yaml`
        ServiceNamespace: \${NAMESPACE}
        ResourceId: web
        ScalableDimension: ecs:service:DesiredCount
      `,
      errors: [{ messageId: "malformedResourceId", line: 2, column: 13, endLine: 2, endColumn: 16 }],
    },
    {
      // Cross-document: the service in the same file is behind a load balancer.
      ...yaml`
        serviceName: web
        cluster: prod
        taskDefinition: web
        desiredCount: 2
        loadBalancers:
          - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/943f017f100becff
            containerName: web
            containerPort: 8080
        ---
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        MinCapacity: 0
        MaxCapacity: 10
      `,
      errors: [{ messageId: "minZeroBehindLoadBalancer", data: { key: "MinCapacity", service: "web" }, line: 13, column: 14, endLine: 13, endColumn: 15 }],
    },
    {
      // A service without a cluster runs in "default".
      ...yaml`
        serviceName: api
        taskDefinition: api
        loadBalancers:
          - loadBalancerName: api-classic
            containerName: api
            containerPort: 80
        ---
        ServiceNamespace: ecs
        ResourceId: service/default/api
        ScalableDimension: ecs:service:DesiredCount
        MinCapacity: 0
        MaxCapacity: 3
      `,
      errors: [{ messageId: "minZeroBehindLoadBalancer", line: 11, column: 14, endLine: 11, endColumn: 15 }],
    },
    {
      // A scaling policy of the ECS namespace.
      ...yaml`
        PolicyName: cpu
        ServiceNamespace: ecs
        ResourceId: service/prod
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: TargetTrackingScaling
        TargetTrackingScalingPolicyConfiguration:
          TargetValue: 60
          PredefinedMetricSpecification:
            PredefinedMetricType: ECSServiceAverageCPUUtilization
      `,
      errors: [{ messageId: "malformedResourceId", data: { key: "ResourceId", value: "service/prod" }, line: 3, column: 13, endLine: 3, endColumn: 25 }],
    },
    {
      // A scheduled action: its ScalableTargetAction, dimension and ID.
      ...json`
        {
          "ServiceNamespace": "ecs",
          "ScheduledActionName": "morning",
          "ResourceId": "service/prod/web",
          "ScalableDimension": "ecs:service:RunningCount",
          "Schedule": "cron(0 6 * * ? *)",
          "ScalableTargetAction": { "MinCapacity": 8, "MaxCapacity": 4 }
        }
      `,
      errors: [{ messageId: "minAboveMax", data: { minKey: "MinCapacity", min: 8, maxKey: "MaxCapacity", max: 4 }, line: 7, column: 44, endLine: 7, endColumn: 45 }],
    },
    {
      ...yaml`
        ServiceNamespace: ecs
        ScheduledActionName: morning
        ResourceId: service/prod/web
        ScalableDimension: rds:cluster:ReadReplicaCount
        Schedule: cron(0 6 * * ? *)
        ScalableTargetAction:
          MinCapacity: 8
          MaxCapacity: 4
      `,
      errors: [
        { messageId: "wrongDimension", line: 4, column: 20, endLine: 4, endColumn: 48 },
        { messageId: "minAboveMax", line: 7, column: 16, endLine: 7, endColumn: 17 },
      ],
      output: `ServiceNamespace: ecs
ScheduledActionName: morning
ResourceId: service/prod/web
ScalableDimension: ecs:service:DesiredCount
Schedule: cron(0 6 * * ? *)
ScalableTargetAction:
  MinCapacity: 8
  MaxCapacity: 4
`,
    },
    {
      // CloudFormation: CloudFormation converts "0" and "3" to numbers; \${Cluster} (Ref: the cluster's name) and
      // \${Service.Name} (GetAtt: the service's name) name the template's cluster and service.
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
          Service:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref Cluster
              ServiceName: web
              TaskDefinition: !Ref TaskDefinition
              DesiredCount: "2"
              LoadBalancers:
                - TargetGroupArn: !Ref TargetGroup
                  ContainerName: web
                  ContainerPort: "80"
          Target:
            Type: AWS::ApplicationAutoScaling::ScalableTarget
            Properties:
              ServiceNamespace: ecs
              ResourceId: !Sub service/\${Cluster}/\${Service.Name}
              ScalableDimension: ecs:service:DesiredCount
              MinCapacity: "0"
              MaxCapacity: "4"
              ScheduledActions:
                - ScheduledActionName: night
                  Schedule: cron(0 22 * * ? *)
                  ScalableTargetAction:
                    MinCapacity: "3"
                    MaxCapacity: "1"
          Worker:
            Type: AWS::ApplicationAutoScaling::ScalableTarget
            Properties:
              ServiceNamespace: ecs
              ResourceId: service/prod/worker
              ScalableDimension: dynamodb:table:ReadCapacityUnits
              MinCapacity: 5
              MaxCapacity: "2"
      `,
      errors: [
        { messageId: "minZeroBehindLoadBalancer", data: { key: "MinCapacity", service: "web" }, line: 21, column: 20, endLine: 21, endColumn: 23 },
        { messageId: "minAboveMax", data: { minKey: "MinCapacity", min: 3, maxKey: "MaxCapacity", max: 1 }, line: 27, column: 26, endLine: 27, endColumn: 29 },
        {
          messageId: "wrongDimension",
          data: { key: "ScalableDimension", value: "dynamodb:table:ReadCapacityUnits", dimension: "ecs:service:DesiredCount" },
          line: 34,
          column: 26,
          endLine: 34,
          endColumn: 58,
        },
        { messageId: "minAboveMax", data: { minKey: "MinCapacity", min: 5, maxKey: "MaxCapacity", max: 2 }, line: 35, column: 20, endLine: 35, endColumn: 21 },
      ],
      output: `Resources:
  Cluster:
    Type: AWS::ECS::Cluster
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      ServiceName: web
      TaskDefinition: !Ref TaskDefinition
      DesiredCount: "2"
      LoadBalancers:
        - TargetGroupArn: !Ref TargetGroup
          ContainerName: web
          ContainerPort: "80"
  Target:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ResourceId: !Sub service/\${Cluster}/\${Service.Name}
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: "0"
      MaxCapacity: "4"
      ScheduledActions:
        - ScheduledActionName: night
          Schedule: cron(0 22 * * ? *)
          ScalableTargetAction:
            MinCapacity: "3"
            MaxCapacity: "1"
  Worker:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ResourceId: service/prod/worker
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 5
      MaxCapacity: "2"
`,
    },
    {
      // A CloudFormation JSON template: a service ARN as the resource ID (fixed); a literal ID finds the
      // service by its name, in the cluster its Ref names (the cluster's ClusterName is the ID's).
      ...json`
        {
          "Resources": {
            "ProdCluster": { "Type": "AWS::ECS::Cluster", "Properties": { "ClusterName": "prod" } },
            "Api": {
              "Type": "AWS::ECS::Service",
              "Properties": {
                "Cluster": { "Ref": "ProdCluster" },
                "ServiceName": "api",
                "LoadBalancers": [{ "TargetGroupArn": { "Ref": "ApiTargetGroup" }, "ContainerName": "api", "ContainerPort": 8080 }]
              }
            },
            "WebTarget": {
              "Type": "AWS::ApplicationAutoScaling::ScalableTarget",
              "Properties": {
                "ServiceNamespace": "ecs",
                "ResourceId": "arn:aws:ecs:us-east-1:123456789012:service/prod/web",
                "ScalableDimension": "ecs:service:DesiredCount",
                "MinCapacity": "1",
                "MaxCapacity": "4"
              }
            },
            "ApiTarget": {
              "Type": "AWS::ApplicationAutoScaling::ScalableTarget",
              "Properties": {
                "ServiceNamespace": "ecs",
                "ResourceId": "service/prod/api",
                "ScalableDimension": "ecs:service:DesiredCount",
                "MinCapacity": 0,
                "MaxCapacity": 4
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "resourceIdArn", data: { key: "ResourceId", fixed: "service/prod/web" }, line: 16, column: 23, endLine: 16, endColumn: 76 },
        { messageId: "minZeroBehindLoadBalancer", data: { key: "MinCapacity", service: "api" }, line: 28, column: 24, endLine: 28, endColumn: 25 },
      ],
      output: `{
  "Resources": {
    "ProdCluster": { "Type": "AWS::ECS::Cluster", "Properties": { "ClusterName": "prod" } },
    "Api": {
      "Type": "AWS::ECS::Service",
      "Properties": {
        "Cluster": { "Ref": "ProdCluster" },
        "ServiceName": "api",
        "LoadBalancers": [{ "TargetGroupArn": { "Ref": "ApiTargetGroup" }, "ContainerName": "api", "ContainerPort": 8080 }]
      }
    },
    "WebTarget": {
      "Type": "AWS::ApplicationAutoScaling::ScalableTarget",
      "Properties": {
        "ServiceNamespace": "ecs",
        "ResourceId": "service/prod/web",
        "ScalableDimension": "ecs:service:DesiredCount",
        "MinCapacity": "1",
        "MaxCapacity": "4"
      }
    },
    "ApiTarget": {
      "Type": "AWS::ApplicationAutoScaling::ScalableTarget",
      "Properties": {
        "ServiceNamespace": "ecs",
        "ResourceId": "service/prod/api",
        "ScalableDimension": "ecs:service:DesiredCount",
        "MinCapacity": 0,
        "MaxCapacity": 4
      }
    }
  }
}
`,
    },
  ],
});
