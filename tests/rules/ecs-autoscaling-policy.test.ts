import rule from "../../src/rules/ecs-autoscaling-policy.js";
import { fixtureCase, jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-autoscaling-policy", rule, {
  valid: [
    json`
      {
        "PolicyName": "cpu75-target-tracking-scaling-policy",
        "ServiceNamespace": "ecs",
        "ResourceId": "service/default/web-app",
        "ScalableDimension": "ecs:service:DesiredCount",
        "PolicyType": "TargetTrackingScaling",
        "TargetTrackingScalingPolicyConfiguration": {
          "TargetValue": 75.0,
          "PredefinedMetricSpecification": { "PredefinedMetricType": "ECSServiceAverageCPUUtilization" },
          "ScaleOutCooldown": 60,
          "ScaleInCooldown": 60
        }
      }
    `,
    yaml`
      PolicyName: requests
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: TargetTrackingScaling
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 1000
        PredefinedMetricSpecification:
          PredefinedMetricType: ALBRequestCountPerTarget
          ResourceLabel: app/my-alb/778d41231b141a0f/targetgroup/my-alb-target-group/943f017f100becff
    `,
    // The queue-driven pattern: SQS backlog per task through metric math (Application Auto Scaling user guide).
    json`
      {
        "PolicyName": "sqs-backlog-target-tracking-scaling-policy",
        "ServiceNamespace": "ecs",
        "ResourceId": "service/MyCluster/MyService",
        "ScalableDimension": "ecs:service:DesiredCount",
        "PolicyType": "TargetTrackingScaling",
        "TargetTrackingScalingPolicyConfiguration": {
          "TargetValue": 100,
          "CustomizedMetricSpecification": {
            "Metrics": [
              {
                "Label": "Get the queue size (the number of messages waiting to be processed)",
                "Id": "m1",
                "MetricStat": {
                  "Metric": {
                    "MetricName": "ApproximateNumberOfMessagesVisible",
                    "Namespace": "AWS/SQS",
                    "Dimensions": [{ "Name": "QueueName", "Value": "my-queue" }]
                  },
                  "Stat": "Sum"
                },
                "ReturnData": false
              },
              {
                "Label": "Get the ECS running task count (the number of currently running tasks)",
                "Id": "m2",
                "MetricStat": {
                  "Metric": {
                    "MetricName": "RunningTaskCount",
                    "Namespace": "ECS/ContainerInsights",
                    "Dimensions": [
                      { "Name": "ClusterName", "Value": "MyCluster" },
                      { "Name": "ServiceName", "Value": "MyService" }
                    ]
                  },
                  "Stat": "Average"
                },
                "ReturnData": false
              },
              { "Label": "Calculate the backlog per task", "Id": "e1", "Expression": "m1 / m2", "ReturnData": true }
            ]
          }
        }
      }
    `,
    // The same with a published backlog-per-task metric (the older, single-metric form).
    yaml`
      PolicyName: backlog-per-task
      ServiceNamespace: ecs
      ResourceId: service/batch/worker
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: TargetTrackingScaling
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 10
        CustomizedMetricSpecification:
          MetricName: BacklogPerTask
          Namespace: Worker
          Dimensions:
            - Name: QueueName
              Value: jobs
          Statistic: Average
        ScaleInCooldown: 300
    `,
    // Step scaling in both directions, as the ECS guide shows.
    json`
      {
        "PolicyName": "scale-out",
        "ServiceNamespace": "ecs",
        "ResourceId": "service/prod/web",
        "ScalableDimension": "ecs:service:DesiredCount",
        "PolicyType": "StepScaling",
        "StepScalingPolicyConfiguration": {
          "AdjustmentType": "PercentChangeInCapacity",
          "MinAdjustmentMagnitude": 2,
          "StepAdjustments": [
            { "MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 10, "ScalingAdjustment": 10 },
            { "MetricIntervalLowerBound": 10, "MetricIntervalUpperBound": 20, "ScalingAdjustment": 20 },
            { "MetricIntervalLowerBound": 20, "ScalingAdjustment": 30 }
          ],
          "Cooldown": 60
        }
      }
    `,
    yaml`
      PolicyName: scale-in
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: StepScaling
      StepScalingPolicyConfiguration:
        AdjustmentType: ExactCapacity
        StepAdjustments:
          - MetricIntervalUpperBound: -10
            ScalingAdjustment: 1
          - MetricIntervalLowerBound: -10
            MetricIntervalUpperBound: 0
            ScalingAdjustment: 2
    `,
    // A bound written as infinite (1e400, .inf) is not an open end: the steps are not judged, and the rule does not throw (found by the fuzz test).
    json`
      {
        "PolicyName": "scale-out",
        "ServiceNamespace": "ecs",
        "ResourceId": "service/prod/web",
        "ScalableDimension": "ecs:service:DesiredCount",
        "PolicyType": "StepScaling",
        "StepScalingPolicyConfiguration": {
          "AdjustmentType": "ChangeInCapacity",
          "StepAdjustments": [
            { "MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": null, "ScalingAdjustment": 1 },
            { "MetricIntervalLowerBound": 1e400, "ScalingAdjustment": 2 }
          ]
        }
      }
    `,
    yaml`
      PolicyName: scale-out
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: StepScaling
      StepScalingPolicyConfiguration:
        AdjustmentType: ChangeInCapacity
        StepAdjustments:
          - MetricIntervalLowerBound: 0
            ScalingAdjustment: 1
          - MetricIntervalLowerBound: .inf
            ScalingAdjustment: 2
    `,
    // A bound the linter cannot read leaves the steps unjudged.
    yaml`
      PolicyName: scale-out
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: StepScaling
      StepScalingPolicyConfiguration:
        AdjustmentType: ChangeInCapacity
        StepAdjustments:
          - MetricIntervalLowerBound: \${LOWER}
            MetricIntervalUpperBound: 10
            ScalingAdjustment: 1
    `,
    // CPU above 100% is possible on EC2 (the service's task may use idle CPU): not judged without a Fargate service.
    yaml`
      PolicyName: worker-cpu
      ServiceNamespace: ecs
      ResourceId: service/batch/worker
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: TargetTrackingScaling
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 150
        PredefinedMetricSpecification:
          PredefinedMetricType: ECSServiceAverageCPUUtilization
    `,
    yaml`
      serviceName: worker
      cluster: batch
      taskDefinition: worker
      launchType: EC2
      ---
      PolicyName: worker-cpu
      ServiceNamespace: ecs
      ResourceId: service/batch/worker
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: TargetTrackingScaling
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 150
        PredefinedMetricSpecification:
          PredefinedMetricType: ECSServiceAverageCPUUtilization
    `,
    // Another service's policy: not this rule's business.
    json`
      {
        "PolicyName": "fleet-cpu",
        "ServiceNamespace": "ec2",
        "ResourceId": "spot-fleet-request/sfr-73fbd2ce-aa30-494c-8788-1cee4EXAMPLE",
        "ScalableDimension": "ec2:spot-fleet-request:TargetCapacity",
        "PolicyType": "TargetTrackingScaling",
        "TargetTrackingScalingPolicyConfiguration": {
          "TargetValue": 50,
          "PredefinedMetricSpecification": { "PredefinedMetricType": "EC2SpotFleetRequestAverageCPUUtilization" }
        }
      }
    `,
    // Unknown values: a templated label judged by its start, a placeholder target, a tag, a merge key.
    json`
      {
        "PolicyName": "requests",
        "ServiceNamespace": "ecs",
        "ResourceId": "service/prod/web",
        "ScalableDimension": "ecs:service:DesiredCount",
        "PolicyType": "TargetTrackingScaling",
        "TargetTrackingScalingPolicyConfiguration": {
          "TargetValue": "\${TARGET}",
          "PredefinedMetricSpecification": { "PredefinedMetricType": "ALBRequestCountPerTarget", "ResourceLabel": "app/\${LB}/targetgroup/\${TG}" }
        }
      }
    `,
    yaml`
      PolicyName: cpu
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: !Ref PolicyType
      TargetTrackingScalingPolicyConfiguration:
        <<: *unresolved
        TargetValue: 0
    `,
    yaml`
      PolicyName: cpu
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: TargetTrackingScaling
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 50
        PredefinedMetricSpecification: !Ref Metric
    `,
    // describe-scaling-policies output.
    json`
      {
        "ScalingPolicies": [
          {
            "PolicyARN": "arn:aws:autoscaling:us-west-2:123456789012:scalingPolicy:6d8972f3-efc8-437c-92d1-6270f29a66e7:resource/ecs/service/default/web-app:policyName/cpu75-target-tracking-scaling-policy",
            "PolicyName": "cpu75-target-tracking-scaling-policy",
            "ServiceNamespace": "ecs",
            "ResourceId": "service/default/web-app",
            "ScalableDimension": "ecs:service:DesiredCount",
            "PolicyType": "TargetTrackingScaling",
            "TargetTrackingScalingPolicyConfiguration": {
              "TargetValue": 75.0,
              "PredefinedMetricSpecification": { "PredefinedMetricType": "ECSServiceAverageCPUUtilization" }
            },
            "Alarms": [],
            "CreationTime": "2019-04-25T11:10:23.462000-07:00"
          }
        ]
      }
    `,
    // Predictive scaling (ECS only).
    yaml`
      PolicyName: predictive
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      PolicyType: PredictiveScaling
      PredictiveScalingPolicyConfiguration:
        Mode: ForecastOnly
        MetricSpecifications:
          - TargetValue: 40
            PredefinedMetricPairSpecification:
              PredefinedMetricType: ECSServiceCPUUtilization
    `,
    // CloudFormation: intrinsics are unknown (a target value, a resource label made of the load balancer's and
    // target group's full names, a policy type, step bounds); "75" is a number; a policy whose ScalingTargetId
    // names no target of the template has no known namespace.
    yaml`
      Resources:
        Target:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Sub service/\${Cluster}/\${Service.Name}
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
        Requests:
          Type: AWS::ApplicationAutoScaling::ScalingPolicy
          Properties:
            PolicyName: requests
            PolicyType: TargetTrackingScaling
            ScalingTargetId: !Ref Target
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: !Ref RequestsPerTask
              PredefinedMetricSpecification:
                PredefinedMetricType: ALBRequestCountPerTarget
                ResourceLabel: !Sub \${LoadBalancer.LoadBalancerFullName}/\${TargetGroup.TargetGroupFullName}
        Cpu:
          Type: AWS::ApplicationAutoScaling::ScalingPolicy
          Properties:
            PolicyName: cpu
            PolicyType: !If [UseSteps, StepScaling, TargetTrackingScaling]
            ScalingTargetId: !Ref Target
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: "75"
              PredefinedMetricSpecification:
                PredefinedMetricType: ECSServiceAverageCPUUtilization
            StepScalingPolicyConfiguration:
              AdjustmentType: ChangeInCapacity
              StepAdjustments:
                - MetricIntervalLowerBound: !Ref Threshold
                  ScalingAdjustment: 1
                - MetricIntervalUpperBound: "0"
                  ScalingAdjustment: "-1"
        Elsewhere:
          Type: AWS::ApplicationAutoScaling::ScalingPolicy
          Properties:
            PolicyName: elsewhere
            PolicyType: TargetTrackingScaling
            ScalingTargetId: !ImportValue shared-scalable-target
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 0
              PredefinedMetricSpecification:
                PredefinedMetricType: DynamoDBReadCapacityUtilization
    `,
  ],
  invalid: [
    {
      name: "CloudFormation: a policy that names its target through ScalingTargetId",
      ...fixtureCase("cloudformation/scaling-and-schedules.yaml"),
      errors: [{ messageId: "missingResourceLabel", line: 23, column: 9, endLine: 23, endColumn: 38 }],
    },
    {
      ...yaml`
        PolicyName: cpu
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: TargetTrackingScaling
        StepScalingPolicyConfiguration:
          AdjustmentType: ChangeInCapacity
          StepAdjustments:
            - MetricIntervalLowerBound: 0
              ScalingAdjustment: 1
      `,
      errors: [
        {
          messageId: "missingConfiguration",
          data: { typeKey: "PolicyType", type: "TargetTrackingScaling", configKey: "TargetTrackingScalingPolicyConfiguration" },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 34,
        },
        { messageId: "foreignConfiguration", data: { key: "StepScalingPolicyConfiguration", type: "TargetTrackingScaling", typeKey: "PolicyType" }, line: 6, column: 1, endLine: 6, endColumn: 31 },
      ],
    },
    {
      ...json`
        {
          "PolicyName": "steps",
          "ServiceNamespace": "ecs",
          "ResourceId": "service/prod/web",
          "ScalableDimension": "ecs:service:DesiredCount",
          "PolicyType": "StepScaling"
        }
      `,
      errors: [{ messageId: "missingConfiguration", line: 6, column: 17, endLine: 6, endColumn: 30 }],
    },
    {
      // Both metrics, in describe output.
      ...json`
        {
          "ScalingPolicies": [
            {
              "PolicyARN": "arn:aws:autoscaling:us-west-2:123456789012:scalingPolicy:6d8972f3:resource/ecs/service/prod/web:policyName/cpu",
              "PolicyName": "cpu",
              "ServiceNamespace": "ecs",
              "ResourceId": "service/prod/web",
              "ScalableDimension": "ecs:service:DesiredCount",
              "PolicyType": "TargetTrackingScaling",
              "TargetTrackingScalingPolicyConfiguration": {
                "TargetValue": 75,
                "PredefinedMetricSpecification": { "PredefinedMetricType": "ECSServiceAverageCPUUtilization" },
                "CustomizedMetricSpecification": { "MetricName": "CPUUtilization", "Namespace": "AWS/ECS", "Statistic": "Average" }
              },
              "CreationTime": "2019-04-25T11:10:23.462000-07:00"
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "bothMetrics",
          data: { config: "TargetTrackingScalingPolicyConfiguration", predefined: "PredefinedMetricSpecification", customized: "CustomizedMetricSpecification" },
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 40,
        },
      ],
    },
    {
      ...yaml`
        PolicyName: cpu
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: TargetTrackingScaling
        TargetTrackingScalingPolicyConfiguration:
          TargetValue: 60
          DisableScaleIn: true
      `,
      errors: [{ messageId: "noMetric", line: 6, column: 1, endLine: 6, endColumn: 41 }],
    },
    {
      // Another service's metric, with no resource label needed.
      ...json`
        {
          "PolicyName": "cpu",
          "ServiceNamespace": "ecs",
          "ResourceId": "service/prod/web",
          "ScalableDimension": "ecs:service:DesiredCount",
          "PolicyType": "TargetTrackingScaling",
          "TargetTrackingScalingPolicyConfiguration": {
            "TargetValue": 60,
            "PredefinedMetricSpecification": { "PredefinedMetricType": "EC2SpotFleetRequestAverageCPUUtilization" }
          }
        }
      `,
      errors: [
        {
          messageId: "metricNotForEcs",
          data: {
            value: "EC2SpotFleetRequestAverageCPUUtilization",
            allowed:
              '"ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization", "ALBRequestCountPerTarget", "ECSServiceAverageCPUUtilizationHighResolution", "ECSServiceAverageMemoryUtilizationHighResolution"',
          },
          line: 9,
          column: 64,
          endLine: 9,
          endColumn: 106,
        },
      ],
    },
    {
      ...yaml`
        PolicyName: web-requests
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: TargetTrackingScaling
        TargetTrackingScalingPolicyConfiguration:
          TargetValue: 1000
          PredefinedMetricSpecification:
            PredefinedMetricType: ALBRequestCountPerTarget
      `,
      errors: [{ messageId: "missingResourceLabel", data: { key: "ResourceLabel" }, line: 8, column: 3, endLine: 8, endColumn: 32 }],
    },
    {
      // The target group ARN is not the label; nor is a templated ARN.
      ...json`
        {
          "PolicyName": "web-requests",
          "ServiceNamespace": "ecs",
          "ResourceId": "service/prod/web",
          "ScalableDimension": "ecs:service:DesiredCount",
          "PolicyType": "TargetTrackingScaling",
          "TargetTrackingScalingPolicyConfiguration": {
            "TargetValue": 1000,
            "PredefinedMetricSpecification": {
              "PredefinedMetricType": "ALBRequestCountPerTarget",
              "ResourceLabel": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/943f017f100becff"
            }
          }
        }
      `,
      errors: [
        {
          messageId: "malformedResourceLabel",
          data: { key: "ResourceLabel", value: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/943f017f100becff" },
          line: 11,
          column: 24,
          endLine: 11,
          endColumn: 110,
        },
      ],
    },
    {
      ...yaml`
        PolicyName: web-requests
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: TargetTrackingScaling
        TargetTrackingScalingPolicyConfiguration:
          TargetValue: 1000
          PredefinedMetricSpecification:
            PredefinedMetricType: ALBRequestCountPerTarget
            ResourceLabel: targetgroup/\${TG_NAME}/943f017f100becff
      `,
      errors: [{ messageId: "malformedResourceLabel", data: { key: "ResourceLabel", value: "targetgroup/${TG_NAME}/943f017f100becff" }, line: 10, column: 20, endLine: 10, endColumn: 59 }],
    },
    {
      // A label with another metric, and a utilization target of 0.
      ...yaml`
        PolicyName: memory
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: TargetTrackingScaling
        TargetTrackingScalingPolicyConfiguration:
          TargetValue: 0
          PredefinedMetricSpecification:
            PredefinedMetricType: ECSServiceAverageMemoryUtilization
            ResourceLabel: app/my-alb/778d41231b141a0f/targetgroup/my-alb-target-group/943f017f100becff
      `,
      errors: [
        { messageId: "targetNotPositive", data: { key: "TargetValue", value: 0, metric: "ECSServiceAverageMemoryUtilization" }, line: 7, column: 16, endLine: 7, endColumn: 17 },
        { messageId: "resourceLabelNotAllowed", data: { key: "ResourceLabel", metric: "ECSServiceAverageMemoryUtilization" }, line: 10, column: 5, endLine: 10, endColumn: 18 },
      ],
    },
    {
      // Cross-document: CPU cannot exceed 100% of a Fargate task's CPU.
      ...yaml`
        serviceName: web
        cluster: prod
        taskDefinition: web
        launchType: FARGATE
        ---
        PolicyName: cpu
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: TargetTrackingScaling
        TargetTrackingScalingPolicyConfiguration:
          TargetValue: 150
          PredefinedMetricSpecification:
            PredefinedMetricType: ECSServiceAverageCPUUtilizationHighResolution
      `,
      errors: [
        {
          messageId: "targetAbove100",
          data: { key: "TargetValue", value: 150, metric: "ECSServiceAverageCPUUtilizationHighResolution", max: 100 },
          line: 12,
          column: 16,
          endLine: 12,
          endColumn: 19,
        },
      ],
    },
    {
      // Step scaling: MinAdjustmentMagnitude without PercentChangeInCapacity; a gap between steps.
      ...json`
        {
          "PolicyName": "scale-out",
          "ServiceNamespace": "ecs",
          "ResourceId": "service/prod/web",
          "ScalableDimension": "ecs:service:DesiredCount",
          "PolicyType": "StepScaling",
          "StepScalingPolicyConfiguration": {
            "AdjustmentType": "ChangeInCapacity",
            "MinAdjustmentMagnitude": 2,
            "StepAdjustments": [
              { "MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 10, "ScalingAdjustment": 1 },
              { "MetricIntervalLowerBound": 15, "ScalingAdjustment": 3 }
            ]
          }
        }
      `,
      errors: [
        { messageId: "minAdjustmentMagnitude", data: { key: "MinAdjustmentMagnitude", typeKey: "AdjustmentType", type: "ChangeInCapacity" }, line: 9, column: 5, endLine: 9, endColumn: 29 },
        { messageId: "stepGap", data: { first: "#1", step: "#2", from: 10, to: 15, lowerKey: "MetricIntervalLowerBound", upperKey: "MetricIntervalUpperBound" }, line: 12, column: 37, endLine: 12, endColumn: 39 },
      ],
    },
    {
      // Overlapping steps (listed out of order), and a negative exact capacity.
      ...yaml`
        PolicyName: scale-out
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: StepScaling
        StepScalingPolicyConfiguration:
          AdjustmentType: ExactCapacity
          StepAdjustments:
            - MetricIntervalLowerBound: 5
              ScalingAdjustment: 4
            - MetricIntervalLowerBound: 0
              MetricIntervalUpperBound: 10
              ScalingAdjustment: -2
      `,
      errors: [
        { messageId: "stepOverlap", data: { first: "#2", step: "#1", from: 5, to: 10, lowerKey: "MetricIntervalLowerBound", upperKey: "MetricIntervalUpperBound" }, line: 9, column: 33, endLine: 9, endColumn: 34 },
        { messageId: "exactCapacityNegative", data: { key: "ScalingAdjustment", value: -2 }, line: 13, column: 26, endLine: 13, endColumn: 28 },
      ],
    },
    {
      // Steps without an open upper end, an upper bound below the lower, and a step with no bounds.
      ...yaml`
        PolicyName: scale-out
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: StepScaling
        StepScalingPolicyConfiguration:
          AdjustmentType: ChangeInCapacity
          StepAdjustments:
            - MetricIntervalLowerBound: 0
              MetricIntervalUpperBound: 10
              ScalingAdjustment: 1
            - MetricIntervalLowerBound: 20
              MetricIntervalUpperBound: 10
              ScalingAdjustment: 2
            - ScalingAdjustment: 3
      `,
      errors: [
        { messageId: "stepNeedsOpenUpper", data: { step: "#1", lowerKey: "MetricIntervalLowerBound", upperKey: "MetricIntervalUpperBound" }, line: 10, column: 33, endLine: 10, endColumn: 35 },
        { messageId: "stepUpperNotAbove", data: { step: "#2", upper: 10, lower: 20, lowerKey: "MetricIntervalLowerBound", upperKey: "MetricIntervalUpperBound" }, line: 13, column: 33, endLine: 13, endColumn: 35 },
        { messageId: "stepNoBounds", data: { step: "#3", lowerKey: "MetricIntervalLowerBound", upperKey: "MetricIntervalUpperBound" }, line: 15, column: 7, endLine: 15, endColumn: 24 },
      ],
    },
    {
      // Two steps open below; a negative lower bound with no open lower end.
      ...json`
        {
          "PolicyName": "scale-in",
          "ServiceNamespace": "ecs",
          "ResourceId": "service/prod/web",
          "ScalableDimension": "ecs:service:DesiredCount",
          "PolicyType": "StepScaling",
          "StepScalingPolicyConfiguration": {
            "AdjustmentType": "ChangeInCapacity",
            "StepAdjustments": [
              { "MetricIntervalUpperBound": -10, "ScalingAdjustment": -2 },
              { "MetricIntervalUpperBound": 0, "ScalingAdjustment": -1 }
            ]
          }
        }
      `,
      errors: [{ messageId: "stepSecondOpenLower", data: { first: "#1", step: "#2", lowerKey: "MetricIntervalLowerBound", upperKey: "MetricIntervalUpperBound" }, line: 11, column: 37, endLine: 11, endColumn: 38 }],
    },
    {
      ...yaml`
        PolicyName: scale-in
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        PolicyType: StepScaling
        StepScalingPolicyConfiguration:
          AdjustmentType: ChangeInCapacity
          StepAdjustments:
            - MetricIntervalLowerBound: -10
              MetricIntervalUpperBound: 0
              ScalingAdjustment: -1
      `,
      errors: [{ messageId: "stepNeedsOpenLower", data: { step: "#1", lowerKey: "MetricIntervalLowerBound", upperKey: "MetricIntervalUpperBound" }, line: 9, column: 33, endLine: 9, endColumn: 36 }],
    },
    {
      // Two steps open above.
      ...yaml`
        PolicyName: scale-out
        ServiceNamespace: ecs
        ResourceId: service/prod/web
        ScalableDimension: ecs:service:DesiredCount
        StepScalingPolicyConfiguration:
          AdjustmentType: ChangeInCapacity
          StepAdjustments:
            - MetricIntervalLowerBound: 0
              ScalingAdjustment: 1
            - MetricIntervalLowerBound: 10
              ScalingAdjustment: 2
      `,
      errors: [{ messageId: "stepSecondOpenUpper", data: { first: "#1", step: "#2", lowerKey: "MetricIntervalLowerBound", upperKey: "MetricIntervalUpperBound" }, line: 10, column: 33, endLine: 10, endColumn: 35 }],
    },
    {
      // CloudFormation: "150" and the step bounds are numbers; !Sub service/\${Cluster}/\${Web.Name} names the
      // template's Fargate service.
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
          Web:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref Cluster
              LaunchType: FARGATE
              TaskDefinition: !Ref TaskDefinition
          Target:
            Type: AWS::ApplicationAutoScaling::ScalableTarget
            Properties:
              ServiceNamespace: ecs
              ResourceId: !Sub service/\${Cluster}/\${Web.Name}
              ScalableDimension: ecs:service:DesiredCount
              MinCapacity: 1
              MaxCapacity: 10
          Cpu:
            Type: AWS::ApplicationAutoScaling::ScalingPolicy
            Properties:
              PolicyName: cpu
              PolicyType: TargetTrackingScaling
              ScalingTargetId: !Ref Target
              TargetTrackingScalingPolicyConfiguration:
                TargetValue: "150"
                PredefinedMetricSpecification:
                  PredefinedMetricType: ECSServiceAverageCPUUtilization
          Steps:
            Type: AWS::ApplicationAutoScaling::ScalingPolicy
            Properties:
              PolicyName: steps
              PolicyType: StepScaling
              ScalingTargetId: !Ref Target
              StepScalingPolicyConfiguration:
                AdjustmentType: ExactCapacity
                StepAdjustments:
                  - MetricIntervalLowerBound: "0"
                    MetricIntervalUpperBound: "10"
                    ScalingAdjustment: "-1"
                  - MetricIntervalLowerBound: "5"
                    ScalingAdjustment: "4"
      `,
      errors: [
        {
          messageId: "targetAbove100",
          data: { key: "TargetValue", value: 150, metric: "ECSServiceAverageCPUUtilization", max: 100 },
          line: 25,
          column: 22,
          endLine: 25,
          endColumn: 27,
        },
        { messageId: "exactCapacityNegative", data: { key: "ScalingAdjustment", value: -1 }, line: 39, column: 32, endLine: 39, endColumn: 36 },
        { messageId: "stepOverlap", data: { step: "#2", first: "#1", from: 5, to: 10, lowerKey: "MetricIntervalLowerBound", upperKey: "MetricIntervalUpperBound" }, line: 40, column: 39, endLine: 40, endColumn: 42 },
      ],
    },
    {
      // A CloudFormation JSON template: the namespace comes from the target ScalingTargetId names (its
      // Fn::Join ResourceId is unknown); a policy may also name its target itself.
      ...json`
        {
          "Resources": {
            "Target": {
              "Type": "AWS::ApplicationAutoScaling::ScalableTarget",
              "Properties": {
                "ServiceNamespace": "ecs",
                "ResourceId": { "Fn::Join": ["/", ["service", { "Ref": "Cluster" }, { "Fn::GetAtt": ["Service", "Name"] }]] },
                "ScalableDimension": "ecs:service:DesiredCount",
                "MinCapacity": 1,
                "MaxCapacity": 4
              }
            },
            "Policy": {
              "Type": "AWS::ApplicationAutoScaling::ScalingPolicy",
              "Properties": {
                "PolicyName": "requests",
                "PolicyType": "TargetTrackingScaling",
                "ScalingTargetId": { "Ref": "Target" },
                "TargetTrackingScalingPolicyConfiguration": {
                  "TargetValue": "0",
                  "PredefinedMetricSpecification": { "PredefinedMetricType": "DynamoDBReadCapacityUtilization" }
                },
                "StepScalingPolicyConfiguration": { "AdjustmentType": "ChangeInCapacity" }
              }
            },
            "Memory": {
              "Type": "AWS::ApplicationAutoScaling::ScalingPolicy",
              "Properties": {
                "PolicyName": "memory",
                "PolicyType": "TargetTrackingScaling",
                "ServiceNamespace": "ecs",
                "ResourceId": "service/prod/web",
                "ScalableDimension": "ecs:service:DesiredCount",
                "TargetTrackingScalingPolicyConfiguration": {
                  "TargetValue": "0",
                  "PredefinedMetricSpecification": { "PredefinedMetricType": "ECSServiceAverageMemoryUtilization", "ResourceLabel": "app/alb/123/targetgroup/tg/456" }
                }
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "metricNotForEcs", line: 21, column: 70, endLine: 21, endColumn: 103 },
        { messageId: "foreignConfiguration", data: { key: "StepScalingPolicyConfiguration", type: "TargetTrackingScaling", typeKey: "PolicyType" }, line: 23, column: 9, endLine: 23, endColumn: 41 },
        { messageId: "targetNotPositive", data: { key: "TargetValue", value: 0, metric: "ECSServiceAverageMemoryUtilization" }, line: 35, column: 26, endLine: 35, endColumn: 29 },
        { messageId: "resourceLabelNotAllowed", data: { key: "ResourceLabel", metric: "ECSServiceAverageMemoryUtilization" }, line: 36, column: 108, endLine: 36, endColumn: 123 },
      ],
    },
  ],
});
