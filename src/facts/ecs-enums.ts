/**
 * ECS enum values, by the name the ECS API model (and `@aws-sdk/client-ecs`)
 * gives each enum. `tests/facts/ecs-enums.test.ts` compares every table with the
 * newest SDK, so a value AWS adds shows up as a failing test, not as a false report.
 * Source: ECS service model, botocore `ecs/2014-11-13/service-2.json` (2026-08-05),
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/ ; reference/aws-facts.md §1–2, §4–5.
 * The service, cluster and capacity provider enums were checked against botocore 1.43.11 too,
 * except those marked "2026 model", which only the newer SDK (3.1164) has.
 */
export const ECS_ENUMS = {
  /** `networkMode`. Fargate requires `awsvpc`. */
  NetworkMode: ["awsvpc", "bridge", "host", "none"],
  /** `requiresCompatibilities`. `MANAGED_INSTANCES` is new in 2025 (ECS Managed Instances). */
  Compatibility: ["EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES"],
  PidMode: ["host", "task"],
  IpcMode: ["host", "none", "task"],
  ProxyConfigurationType: ["APPMESH"],
  CPUArchitecture: ["ARM64", "X86_64"],
  /** `runtimePlatform.operatingSystemFamily`; the `WINDOWS_SERVER_2025_*` values are new since April 2025. */
  OSFamily: [
    "LINUX",
    "WINDOWS_SERVER_2004_CORE",
    "WINDOWS_SERVER_2016_FULL",
    "WINDOWS_SERVER_2019_CORE",
    "WINDOWS_SERVER_2019_FULL",
    "WINDOWS_SERVER_2022_CORE",
    "WINDOWS_SERVER_2022_FULL",
    "WINDOWS_SERVER_2025_CORE",
    "WINDOWS_SERVER_2025_FULL",
    "WINDOWS_SERVER_20H2_CORE",
  ],
  /** `portMappings[].protocol`. */
  TransportProtocol: ["tcp", "udp"],
  /** `portMappings[].appProtocol` (Service Connect). */
  ApplicationProtocol: ["grpc", "http", "http2"],
  /** `dependsOn[].condition`. */
  ContainerCondition: ["COMPLETE", "HEALTHY", "START", "SUCCESS"],
  UlimitName: ["core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"],
  /** `logConfiguration.logDriver`; Fargate accepts only awslogs, splunk and awsfirelens. */
  LogDriver: ["awsfirelens", "awslogs", "fluentd", "gelf", "journald", "json-file", "splunk", "syslog"],
  /** `resourceRequirements[].type`. */
  ResourceType: ["GPU", "InferenceAccelerator", "NeuronDevice"],
  FirelensConfigurationType: ["fluentbit", "fluentd"],
  EnvironmentFileType: ["s3"],
  VersionConsistency: ["disabled", "enabled"],
  TaskDefinitionPlacementConstraintType: ["memberOf"],
  /** `dockerVolumeConfiguration.scope`. */
  Scope: ["shared", "task"],
  EFSTransitEncryption: ["DISABLED", "ENABLED"],
  EFSAuthorizationConfigIAM: ["DISABLED", "ENABLED"],
  /** `linuxParameters.devices[].permissions`. */
  DeviceCgroupPermission: ["mknod", "read", "write"],
  /* ---- Services, tasks, clusters and capacity providers (src/facts/ecs-service-schema.ts) ---- */
  /** `launchType` of CreateService and RunTask. Fargate Spot and Managed Instances only through a capacity provider strategy (aws-facts §4). */
  LaunchType: ["EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES"],
  SchedulingStrategy: ["DAEMON", "REPLICA"],
  /** `deploymentController.type`; `ECS` is the default. */
  DeploymentControllerType: ["CODE_DEPLOY", "ECS", "EXTERNAL"],
  /** `deploymentConfiguration.strategy`. */
  DeploymentStrategy: ["BLUE_GREEN", "CANARY", "LINEAR", "ROLLING"],
  DeploymentLifecycleHookTargetType: ["AWS_LAMBDA", "PAUSE"],
  DeploymentLifecycleHookStage: [
    "POST_PRODUCTION_TRAFFIC_SHIFT",
    "POST_SCALE_UP",
    "POST_TEST_TRAFFIC_SHIFT",
    "PRE_PRODUCTION_TRAFFIC_SHIFT",
    "PRE_SCALE_UP",
    "PRODUCTION_TRAFFIC_SHIFT",
    "RECONCILE_SERVICE",
    "TEST_TRAFFIC_SHIFT",
  ],
  DeploymentLifecycleHookAction: ["CONTINUE", "ROLLBACK"],
  /** `deploymentCircuitBreaker.thresholdConfiguration.type` (2026 model); `BOUNDED_PERCENT` is the default. */
  ThresholdType: ["BOUNDED_PERCENT", "COUNT", "UNBOUNDED_PERCENT"],
  /** `deploymentConfiguration.earlySuccessCriteria.sourceServiceRevisionCleanup` (2026 model). */
  ServiceRevisionCleanup: ["BLOCKING", "DEFERRED"],
  /** `networkConfiguration.awsvpcConfiguration.assignPublicIp`; `DISABLED` is the default. */
  AssignPublicIp: ["DISABLED", "ENABLED"],
  /** `propagateTags` of services, tasks and EBS tag specifications; `NONE` is the default. */
  PropagateTags: ["NONE", "SERVICE", "TASK_DEFINITION"],
  AvailabilityZoneRebalancing: ["DISABLED", "ENABLED"],
  /** Service `placementConstraints[].type` (task definitions take only `memberOf`). */
  PlacementConstraintType: ["distinctInstance", "memberOf"],
  PlacementStrategyType: ["binpack", "random", "spread"],
  ServiceConnectAccessLoggingFormat: ["JSON", "TEXT"],
  ServiceConnectIncludeQueryParameters: ["DISABLED", "ENABLED"],
  /** `serviceConnectConfiguration.containerConfigurations[].logLevel` (2026 model); `info` is the default. */
  ServiceConnectContainerLogLevel: ["debug", "info"],
  /** Service `gatewayConnectors[]` (2026 model). */
  GatewayConnectorHealthCheckProtocol: ["HTTP", "HTTPS"],
  AccessType: ["PRIVATE", "PUBLIC"],
  /** Managed EBS volume `filesystemType`; `ntfs` for Windows. */
  TaskFilesystemType: ["ext3", "ext4", "ntfs", "xfs"],
  EBSResourceType: ["volume"],
  /** CreateCluster `settings[].name`; its `value` is a plain string in the model. */
  ClusterSettingName: ["containerInsights"],
  /** `configuration.executeCommandConfiguration.logging`; `OVERRIDE` needs a `logConfiguration`. */
  ExecuteCommandLogging: ["DEFAULT", "NONE", "OVERRIDE"],
  /** Auto Scaling group capacity providers. */
  ManagedScalingStatus: ["DISABLED", "ENABLED"],
  ManagedTerminationProtection: ["DISABLED", "ENABLED"],
  ManagedDraining: ["DISABLED", "ENABLED"],
  /** ECS Managed Instances capacity providers (2025). */
  PropagateMITags: ["CAPACITY_PROVIDER", "NONE"],
  ManagedInstancesMonitoringOptions: ["BASIC", "DETAILED"],
  CapacityOptionType: ["ON_DEMAND", "RESERVED", "SPOT"],
  AutoRepairActionsStatus: ["DISABLED", "ENABLED"],
  CapacityReservationPreference: ["RESERVATIONS_EXCLUDED", "RESERVATIONS_FIRST", "RESERVATIONS_ONLY"],
  /** `instanceRequirements` of a Managed Instances launch template (the EC2 attribute-based selection values). */
  CpuManufacturer: ["amazon-web-services", "amd", "intel"],
  InstanceGeneration: ["current", "previous"],
  BareMetal: ["excluded", "included", "required"],
  BurstablePerformance: ["excluded", "included", "required"],
  LocalStorage: ["excluded", "included", "required"],
  LocalStorageType: ["hdd", "ssd"],
  AcceleratorType: ["fpga", "gpu", "inference"],
  AcceleratorManufacturer: ["amazon-web-services", "amd", "habana", "nvidia", "xilinx"],
  AcceleratorName: ["a100", "a10g", "h100", "inferentia", "k520", "k80", "m60", "radeon-pro-v520", "t4", "t4g", "v100", "vu9p"],
  /* Output only (describe-services, describe-capacity-providers). */
  ResourceManagementType: ["CUSTOMER", "ECS"],
  StabilityStatus: ["STABILIZING", "STEADY_STATE"],
  ScaleUnit: ["PERCENT"],
  DeploymentRolloutState: ["COMPLETED", "FAILED", "IN_PROGRESS"],
  CapacityProviderStatus: ["ACTIVE", "DEPROVISIONING", "INACTIVE", "PROVISIONING"],
  CapacityProviderUpdateStatus: [
    "CREATE_COMPLETE",
    "CREATE_FAILED",
    "CREATE_IN_PROGRESS",
    "DELETE_COMPLETE",
    "DELETE_FAILED",
    "DELETE_IN_PROGRESS",
    "UPDATE_COMPLETE",
    "UPDATE_FAILED",
    "UPDATE_IN_PROGRESS",
  ],
  /** `FARGATE` and `FARGATE_SPOT` are the built-in providers; `EC2_AUTOSCALING` and `MANAGED_INSTANCES` are created. */
  CapacityProviderType: ["EC2_AUTOSCALING", "FARGATE", "FARGATE_SPOT", "MANAGED_INSTANCES"],
} as const satisfies Record<string, readonly string[]>;

export type EcsEnumName = keyof typeof ECS_ENUMS;
