/**
 * The input shape of ECS RegisterTaskDefinition: every member, its type, enum
 * values and documented ranges. `tests/facts/ecs-task-definition-schema.test.ts`
 * compares member names, types and required members with the newest
 * `@aws-sdk/client-ecs`, so a member AWS adds is a failing test, not a false
 * "unknown key" report.
 *
 * Sources: ECS API model (botocore `ecs/2014-11-13/service-2.json`, 2026-08-05)
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html
 * and https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html ;
 * ranges as collected in reference/aws-facts.md §1.
 */
import { ECS_ENUMS } from "./ecs-enums.js";
import { boolean, integer, list, map, required, string, struct, type StructSchema } from "./schema.js";

/** Letters, digits, hyphens and underscores, up to 255 (family, container and volume names). */
const NAME = string({ pattern: { regex: /^[A-Za-z0-9_-]{1,255}$/, description: "up to 255 letters, digits, hyphens and underscores" } });
const PORT = integer({ min: 0, max: 65535 });

const keyValuePair = struct("KeyValuePair", { name: string(), value: string() });
const secret = struct("Secret", { name: required(string()), valueFrom: required(string()) });

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html — timeout 2–60 (re-checked, aws-facts §1.3.2). */
const healthCheck = struct("HealthCheck", {
  command: required(list(string())),
  interval: integer({ min: 5, max: 300 }),
  timeout: integer({ min: 2, max: 60 }),
  retries: integer({ min: 1, max: 10 }),
  startPeriod: integer({ min: 0, max: 300 }),
});

const portMapping = struct("PortMapping", {
  containerPort: integer({ min: 1, max: 65535 }),
  hostPort: PORT,
  protocol: string({ enum: ECS_ENUMS.TransportProtocol }),
  // "up to 64 characters … lowercase letters, numbers, underscores and hyphens; can't start with a hyphen" (API PortMapping.name)
  name: string({ pattern: { regex: /^[a-z0-9_][a-z0-9_-]{0,63}$/, description: "up to 64 lowercase letters, digits, underscores and hyphens, not starting with a hyphen" } }),
  appProtocol: string({ enum: ECS_ENUMS.ApplicationProtocol }),
  containerPortRange: string({ pattern: { regex: /^\d{1,5}-\d{1,5}$/, description: "a range such as 8000-8100" } }),
});

const logConfiguration = struct("LogConfiguration", {
  logDriver: required(string({ enum: ECS_ENUMS.LogDriver })),
  options: map,
  secretOptions: list(secret),
});

const linuxParameters = struct("LinuxParameters", {
  capabilities: struct("KernelCapabilities", { add: list(string()), drop: list(string()) }),
  devices: list(
    struct("Device", {
      hostPath: required(string()),
      containerPath: string(),
      permissions: list(string({ enum: ECS_ENUMS.DeviceCgroupPermission })),
    }),
  ),
  initProcessEnabled: boolean,
  sharedMemorySize: integer({ min: 0 }),
  tmpfs: list(struct("Tmpfs", { containerPath: required(string()), size: required(integer({ min: 1 })), mountOptions: list(string()) })),
  maxSwap: integer({ min: 0 }),
  swappiness: integer({ min: 0, max: 100 }),
});

/** GPU sharing (2026): a union with one member so far. */
const sharingStrategy = struct(
  "SharingStrategy",
  { nvidiaMps: struct("NvidiaMpsAllocation", { memory: required(integer({ min: 1 })), maxComputePercent: integer({ min: 1, max: 100 }) }) },
  { union: true },
);

export const CONTAINER_DEFINITION: StructSchema = struct("ContainerDefinition", {
  name: NAME,
  image: string({ minLength: 1 }),
  repositoryCredentials: struct("RepositoryCredentials", { credentialsParameter: required(string()) }),
  cpu: integer({ min: 0 }),
  // Docker 20.10+ reserves at least 6 MiB per container and refuses less (API ContainerDefinition.memory).
  memory: integer({ min: 6 }),
  memoryReservation: integer({ min: 6 }),
  links: list(string()),
  portMappings: list(portMapping),
  essential: boolean,
  restartPolicy: struct("ContainerRestartPolicy", {
    enabled: required(boolean),
    ignoredExitCodes: list(integer(), { maxItems: 50 }),
    restartAttemptPeriod: integer({ min: 60, max: 1800 }),
  }),
  entryPoint: list(string()),
  command: list(string()),
  environment: list(keyValuePair),
  environmentFiles: list(struct("EnvironmentFile", { value: required(string()), type: required(string({ enum: ECS_ENUMS.EnvironmentFileType })) }), { maxItems: 10 }),
  mountPoints: list(struct("MountPoint", { sourceVolume: string(), containerPath: string(), readOnly: boolean })),
  volumesFrom: list(struct("VolumeFrom", { sourceContainer: string(), readOnly: boolean })),
  linuxParameters,
  secrets: list(secret),
  dependsOn: list(struct("ContainerDependency", { containerName: required(string()), condition: required(string({ enum: ECS_ENUMS.ContainerCondition })) })),
  startTimeout: integer({ min: 0 }),
  stopTimeout: integer({ min: 0 }),
  versionConsistency: string({ enum: ECS_ENUMS.VersionConsistency }),
  hostname: string(),
  user: string(),
  workingDirectory: string(),
  disableNetworking: boolean,
  privileged: boolean,
  readonlyRootFilesystem: boolean,
  dnsServers: list(string()),
  dnsSearchDomains: list(string()),
  extraHosts: list(struct("HostEntry", { hostname: required(string()), ipAddress: required(string()) })),
  dockerSecurityOptions: list(string()),
  interactive: boolean,
  pseudoTerminal: boolean,
  dockerLabels: map,
  ulimits: list(struct("Ulimit", { name: required(string({ enum: ECS_ENUMS.UlimitName })), softLimit: required(integer()), hardLimit: required(integer()) })),
  logConfiguration,
  healthCheck,
  systemControls: list(struct("SystemControl", { namespace: string(), value: string() })),
  resourceRequirements: list(
    struct("ResourceRequirement", { type: required(string({ enum: ECS_ENUMS.ResourceType })), value: string(), sharingStrategy }),
  ),
  firelensConfiguration: struct("FirelensConfiguration", { type: required(string({ enum: ECS_ENUMS.FirelensConfigurationType })), options: map }),
  credentialSpecs: list(string(), { maxItems: 1 }),
});

export const VOLUME: StructSchema = struct("Volume", {
  name: NAME,
  host: struct("HostVolumeProperties", { sourcePath: string() }),
  dockerVolumeConfiguration: struct("DockerVolumeConfiguration", {
    scope: string({ enum: ECS_ENUMS.Scope }),
    autoprovision: boolean,
    driver: string(),
    driverOpts: map,
    labels: map,
  }),
  efsVolumeConfiguration: struct("EFSVolumeConfiguration", {
    // ecs-efs-volume reports a missing file system id with more to say (valid-schema skips it).
    fileSystemId: { schema: string(), required: true, ownedBy: "ecs-efs-volume" },
    rootDirectory: string(),
    transitEncryption: string({ enum: ECS_ENUMS.EFSTransitEncryption }),
    transitEncryptionPort: PORT,
    authorizationConfig: struct("EFSAuthorizationConfig", { accessPointId: string(), iam: string({ enum: ECS_ENUMS.EFSAuthorizationConfigIAM }) }),
  }),
  // S3 Files volumes (new in the 2026 model).
  s3filesVolumeConfiguration: struct("S3FilesVolumeConfiguration", {
    fileSystemArn: required(string()),
    rootDirectory: string(),
    transitEncryptionPort: PORT,
    accessPointArn: string(),
  }),
  fsxWindowsFileServerVolumeConfiguration: struct("FSxWindowsFileServerVolumeConfiguration", {
    fileSystemId: required(string()),
    rootDirectory: required(string()),
    authorizationConfig: required(struct("FSxWindowsFileServerAuthorizationConfig", { credentialsParameter: required(string()), domain: required(string()) })),
  }),
  configuredAtLaunch: boolean,
});

export const TASK_DEFINITION: StructSchema = struct("RegisterTaskDefinitionRequest", {
  family: required(NAME),
  containerDefinitions: required(list(CONTAINER_DEFINITION)),
  taskRoleArn: string(),
  executionRoleArn: string(),
  networkMode: string({ enum: ECS_ENUMS.NetworkMode }),
  volumes: list(VOLUME),
  // At most 10 constraints per task, counting those given at run time.
  placementConstraints: list(struct("TaskDefinitionPlacementConstraint", { type: string({ enum: ECS_ENUMS.TaskDefinitionPlacementConstraintType }), expression: string() }), {
    maxItems: 10,
  }),
  requiresCompatibilities: list(string({ enum: ECS_ENUMS.Compatibility })),
  // Task-level cpu and memory are strings in the API ("1024", "1 vCPU", "2 GB"); ecs-fargate-task-size judges their values.
  cpu: string(),
  memory: string(),
  tags: list(struct("Tag", { key: string({ minLength: 1, maxLength: 128 }), value: string({ maxLength: 256 }) }), { maxItems: 50 }),
  pidMode: string({ enum: ECS_ENUMS.PidMode }),
  ipcMode: string({ enum: ECS_ENUMS.IpcMode }),
  proxyConfiguration: struct("ProxyConfiguration", {
    containerName: required(string()),
    type: string({ enum: ECS_ENUMS.ProxyConfigurationType }),
    properties: list(keyValuePair),
  }),
  inferenceAccelerators: list(struct("InferenceAccelerator", { deviceName: required(string()), deviceType: required(string()) })),
  ephemeralStorage: struct("EphemeralStorage", { sizeInGiB: required(integer({ min: 21, max: 200 })) }),
  runtimePlatform: struct("RuntimePlatform", {
    cpuArchitecture: string({ enum: ECS_ENUMS.CPUArchitecture }),
    operatingSystemFamily: string({ enum: ECS_ENUMS.OSFamily }),
  }),
  enableFaultInjection: boolean,
});

/**
 * Members that `describe-task-definition` prints but RegisterTaskDefinition
 * does not take (the CLI rejects them as unknown parameters). People keep
 * describe output, and the amazon-ecs-deploy-task-definition action strips
 * them, so `valid-schema` accepts them unless told otherwise (RULES.md decisions).
 * Source: TaskDefinition output shape vs RegisterTaskDefinitionRequest, aws-facts §1.5.
 */
export const DESCRIBE_ONLY_MEMBERS: readonly string[] = [
  "taskDefinitionArn",
  "revision",
  "status",
  "requiresAttributes",
  "compatibilities",
  "registeredAt",
  "registeredBy",
  "deregisteredAt",
  "deleteRequestedAt",
];

/** The members of the `describe-task-definition` response around the task definition. */
export const DESCRIBE_WRAPPER_MEMBERS: readonly string[] = ["taskDefinition", "tags"];

/** Container definition member names, for recognizing bare container lists. */
export const CONTAINER_MEMBER_NAMES: ReadonlySet<string> = new Set(Object.keys(CONTAINER_DEFINITION.members));
