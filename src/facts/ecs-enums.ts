/**
 * ECS enum values, by the name the ECS API model (and `@aws-sdk/client-ecs`)
 * gives each enum. `tests/facts/ecs-enums.test.ts` compares every table with the
 * newest SDK, so a value AWS adds shows up as a failing test, not as a false report.
 * Source: ECS service model, botocore `ecs/2014-11-13/service-2.json` (2026-08-05),
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/ ; reference/aws-facts.md §1–2.
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
} as const satisfies Record<string, readonly string[]>;

export type EcsEnumName = keyof typeof ECS_ENUMS;
