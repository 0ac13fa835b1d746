/**
 * Application Auto Scaling enum values, by the name the API model (and
 * `@aws-sdk/client-application-auto-scaling`) gives each enum, and the subsets
 * that apply to ECS services. `tests/facts/aws-enums.test.ts` compares every
 * table with the newest SDK, so a value AWS adds shows up as a failing test, not
 * as a false report.
 *
 * Sources: Application Auto Scaling model, botocore
 * `application-autoscaling/2016-02-06/service-2.json` and
 * `@aws-sdk/client-application-auto-scaling` (2026-08),
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/ ; reference/aws-facts.md §6.
 */
export const AUTOSCALING_ENUMS = {
  /** `ServiceNamespace` of every request; ECS is `ecs`. */
  ServiceNamespace: [
    "appstream",
    "cassandra",
    "comprehend",
    "custom-resource",
    "dynamodb",
    "ec2",
    "ecs",
    "elasticache",
    "elasticmapreduce",
    "kafka",
    "lambda",
    "neptune",
    "rds",
    "sagemaker",
    "workspaces",
  ],
  /** `ScalableDimension`; ECS services have only `ecs:service:DesiredCount`. */
  ScalableDimension: [
    "appstream:fleet:DesiredCapacity",
    "cassandra:table:ReadCapacityUnits",
    "cassandra:table:WriteCapacityUnits",
    "comprehend:document-classifier-endpoint:DesiredInferenceUnits",
    "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits",
    "custom-resource:ResourceType:Property",
    "dynamodb:index:ReadCapacityUnits",
    "dynamodb:index:WriteCapacityUnits",
    "dynamodb:table:ReadCapacityUnits",
    "dynamodb:table:WriteCapacityUnits",
    "ec2:spot-fleet-request:TargetCapacity",
    "ecs:service:DesiredCount",
    "elasticache:cache-cluster:Nodes",
    "elasticache:replication-group:NodeGroups",
    "elasticache:replication-group:Replicas",
    "elasticmapreduce:instancegroup:InstanceCount",
    "kafka:broker-storage:VolumeSize",
    "lambda:function:ProvisionedConcurrency",
    "neptune:cluster:ReadReplicaCount",
    "rds:cluster:ReadReplicaCount",
    "sagemaker:inference-component:DesiredCopyCount",
    "sagemaker:variant:DesiredInstanceCount",
    "sagemaker:variant:DesiredProvisionedConcurrency",
    "workspaces:workspacespool:DesiredUserSessions",
  ],
  /** `PutScalingPolicy.PolicyType`; `PredictiveScaling` is for ECS only (API-AAS `PolicyType`). */
  PolicyType: ["PredictiveScaling", "StepScaling", "TargetTrackingScaling"],
  /** Target tracking `PredefinedMetricSpecification.PredefinedMetricType`. */
  MetricType: [
    "ALBRequestCountPerTarget",
    "AppStreamAverageCapacityUtilization",
    "CassandraReadCapacityUtilization",
    "CassandraWriteCapacityUtilization",
    "ComprehendInferenceUtilization",
    "DynamoDBReadCapacityUtilization",
    "DynamoDBWriteCapacityUtilization",
    "EC2SpotFleetRequestAverageCPUUtilization",
    "EC2SpotFleetRequestAverageNetworkIn",
    "EC2SpotFleetRequestAverageNetworkOut",
    "ECSServiceAverageCPUUtilization",
    // 20-second metrics, newer than the botocore model of the snapshot; in the SDK model.
    "ECSServiceAverageCPUUtilizationHighResolution",
    "ECSServiceAverageMemoryUtilization",
    "ECSServiceAverageMemoryUtilizationHighResolution",
    "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage",
    "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage",
    "ElastiCacheDatabaseMemoryUsagePercentage",
    "ElastiCacheEngineCPUUtilization",
    "ElastiCachePrimaryEngineCPUUtilization",
    "ElastiCacheReplicaEngineCPUUtilization",
    "KafkaBrokerStorageUtilization",
    "LambdaProvisionedConcurrencyUtilization",
    "NeptuneReaderAverageCPUUtilization",
    "RDSReaderAverageCPUUtilization",
    "RDSReaderAverageDatabaseConnections",
    "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution",
    "SageMakerInferenceComponentInvocationsPerCopy",
    "SageMakerVariantConcurrentRequestsPerModelHighResolution",
    "SageMakerVariantInvocationsPerInstance",
    "SageMakerVariantProvisionedConcurrencyUtilization",
    "WorkSpacesAverageUserSessionsCapacityUtilization",
  ],
  /** Target tracking `CustomizedMetricSpecification.Statistic`. */
  MetricStatistic: ["Average", "Maximum", "Minimum", "SampleCount", "Sum"],
  /** Step scaling `AdjustmentType` (required for a new configuration). */
  AdjustmentType: ["ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"],
  /** Step scaling `MetricAggregationType`; default `Average`. */
  MetricAggregationType: ["Average", "Maximum", "Minimum"],
  /** Predictive scaling `Mode`; default `ForecastOnly`. */
  PredictiveScalingMode: ["ForecastAndScale", "ForecastOnly"],
  /** Predictive scaling `MaxCapacityBreachBehavior`; default `HonorMaxCapacity`. */
  PredictiveScalingMaxCapacityBreachBehavior: ["HonorMaxCapacity", "IncreaseMaxCapacity"],
} as const satisfies Record<string, readonly string[]>;

export type AutoScalingEnumName = keyof typeof AUTOSCALING_ENUMS;

/* ---------------- what applies to ECS services ---------------- */

/** `ServiceNamespace` of an ECS service. Source: API-AAS `ServiceNamespace`; aws-facts §6. */
export const ECS_SERVICE_NAMESPACE = "ecs";

/** The one `ScalableDimension` of an ECS service (its desired task count). Source: API-AAS `ScalableDimension`; aws-facts §6. */
export const ECS_SCALABLE_DIMENSION = "ecs:service:DesiredCount";

/**
 * The ECS `ResourceId`: `service/<cluster-name>/<service-name>`.
 * Source: API-AAS RegisterScalableTarget `ResourceId` ("ECS service - The resource type is
 * `service` and the unique identifier is the cluster name and service name. Example:
 * `service/my-cluster/my-service`"); aws-facts §6.
 */
export const ECS_RESOURCE_ID = { regex: /^service\/[^/]+\/[^/]+$/, description: "service/<cluster-name>/<service-name>" } as const;

/**
 * Target tracking predefined metrics for ECS services. The `HighResolution` ones
 * are 20-second metrics that must be enabled on the service (CreateService `monitoring`).
 * `ALBRequestCountPerTarget` needs `ResourceLabel` (`app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>`).
 * Source: API-AAS `MetricType` and `PredefinedMetricSpecification`; API-ECS `CreateServiceRequest.monitoring`; aws-facts §6.
 */
export const ECS_METRIC_TYPES = [
  "ECSServiceAverageCPUUtilization",
  "ECSServiceAverageMemoryUtilization",
  "ALBRequestCountPerTarget",
  "ECSServiceAverageCPUUtilizationHighResolution",
  "ECSServiceAverageMemoryUtilizationHighResolution",
] as const satisfies readonly (typeof AUTOSCALING_ENUMS.MetricType)[number][];

/** The ECS metric types that are 20-second (high-resolution) metrics. Source: as `ECS_METRIC_TYPES`. */
export const ECS_HIGH_RESOLUTION_METRIC_TYPES = [
  "ECSServiceAverageCPUUtilizationHighResolution",
  "ECSServiceAverageMemoryUtilizationHighResolution",
] as const satisfies readonly (typeof ECS_METRIC_TYPES)[number][];

/** The metric type that needs `ResourceLabel` (and the only one that takes it). Source: API-AAS `PredefinedMetricSpecification.ResourceLabel`; aws-facts §6. */
export const RESOURCE_LABEL_METRIC_TYPE = "ALBRequestCountPerTarget";

/**
 * Policy types an ECS service can use: all three; `PredictiveScaling` is ECS-only.
 * Source: API-AAS `PutScalingPolicy.PolicyType` ("PredictiveScaling—Only supported for Amazon ECS"); aws-facts §6.
 */
export const ECS_POLICY_TYPES = ["TargetTrackingScaling", "StepScaling", "PredictiveScaling"] as const satisfies readonly (typeof AUTOSCALING_ENUMS.PolicyType)[number][];
