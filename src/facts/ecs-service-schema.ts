/**
 * The shapes of the ECS documents around task definitions: CreateService,
 * UpdateService and the `Service` of describe-services; CreateCluster, the
 * `Cluster` of describe-clusters and PutClusterCapacityProviders;
 * CreateCapacityProvider and the `CapacityProvider` of
 * describe-capacity-providers; RunTask and its `overrides` (TaskOverride).
 * Every member, its type, enum values and the ranges the API states.
 * `tests/facts/ecs-service-schema.test.ts` compares member names, types and
 * required members with the newest `@aws-sdk/client-ecs` at every depth, so a
 * member AWS adds is a failing test, not a false "unknown key" report.
 *
 * Sources: ECS API model (botocore `ecs/2014-11-13/service-2.json`, botocore
 * 1.43.11: shape constraints `min`/`max` and the member documentation quoted
 * below) and the API reference,
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html ,
 * API_RunTask.html, API_CreateCluster.html, API_CreateCapacityProvider.html and
 * the pages of the shapes named here; as collected in reference/aws-facts.md §4–5.
 * Ranges the API states only per case (EBS size, IOPS and throughput by volume
 * type) are left out; the rules that know the case judge them.
 */
import { ECS_ENUMS } from "./ecs-enums.js";
import { CONTAINER_DEFINITION, TASK_DEFINITION } from "./ecs-task-definition-schema.js";
import { boolean, document, double, integer, list, required, string, struct, timestamp, type Member, type Schema, type StructSchema } from "./schema.js";

/** A member of a task-definition shape that these shapes share (one definition per shape). */
function shared(shape: StructSchema, name: string): Member {
  const member = shape.members[name];
  if (!member) throw new Error(`${shape.name} has no member ${name}`);
  return member;
}

/** `Tag` list: ≤50 tags, key 1–128, value ≤256 (botocore `Tags`, `TagKey`, `TagValue`). */
const TAGS = shared(TASK_DEFINITION, "tags");
/** `KeyValuePair` list (cluster `statistics`, attachment `details`, override `environment`). */
const KEY_VALUE_PAIRS = shared(CONTAINER_DEFINITION, "environment");
/** `LogConfiguration` (Service Connect `logConfiguration` is the container's shape). */
const LOG_CONFIGURATION = shared(CONTAINER_DEFINITION, "logConfiguration");

/** "Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens" (API `serviceName`, `clusterName`). */
const NAME = string({ pattern: { regex: /^[A-Za-z0-9_-]{1,255}$/, description: "up to 255 letters, digits, hyphens and underscores" } });
/** botocore `PortNumber`: 0–65535 (Service Connect `port`, `ingressPortOverride`). */
const PORT = integer({ min: 0, max: 65535 });
/** A count of tasks: AWS rejects a negative one (InvalidParameterException). */
const COUNT = integer({ min: 0 });

/* ---------------- shared by services, tasks and clusters ---------------- */

/**
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html —
 * weight 0–1000 (default 0), base 0–100000 (default 0); botocore
 * `CapacityProviderStrategyItemWeight`/`Base` say the same.
 */
export const CAPACITY_PROVIDER_STRATEGY_ITEM: StructSchema = struct("CapacityProviderStrategyItem", {
  capacityProvider: required(string()),
  weight: integer({ min: 0, max: 1000 }),
  base: integer({ min: 0, max: 100000 }),
});
/** "A capacity provider strategy can contain a maximum of 20 capacity providers" (API CreateService, RunTask). */
/** At most 20 items: judged by ecs-capacity-provider-strategy (src/facts/ecs-capacity-provider-strategy.ts), with the other strategy rules. */
const CAPACITY_PROVIDER_STRATEGY = list(CAPACITY_PROVIDER_STRATEGY_ITEM);

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html — "a limit of 16 subnets", "a limit of 5 security groups". */
export const NETWORK_CONFIGURATION: StructSchema = struct("NetworkConfiguration", {
  awsvpcConfiguration: struct("AwsVpcConfiguration", {
    subnets: required(list(string(), { maxItems: 16 })),
    securityGroups: list(string(), { maxItems: 5 }),
    assignPublicIp: string({ enum: ECS_ENUMS.AssignPublicIp }),
  }),
});

/** "You can specify a maximum of 10 constraints for each task" (API CreateService, RunTask); `expression` "a maximum length of 2000 characters". */
const PLACEMENT_CONSTRAINTS = list(
  struct("PlacementConstraint", { type: string({ enum: ECS_ENUMS.PlacementConstraintType }), expression: string({ maxLength: 2000 }) }),
  { maxItems: 10 },
);
/** "You can specify a maximum of 5 strategy rules" (API CreateService, RunTask). */
const PLACEMENT_STRATEGY = list(struct("PlacementStrategy", { type: string({ enum: ECS_ENUMS.PlacementStrategyType }), field: string() }), { maxItems: 5 });

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html */
export const LOAD_BALANCER: StructSchema = struct("LoadBalancer", {
  targetGroupArn: string(),
  loadBalancerName: string(),
  containerName: string(),
  containerPort: integer(),
  // Blue/green deployments (2025).
  advancedConfiguration: struct("AdvancedConfiguration", {
    alternateTargetGroupArn: string(),
    productionListenerRule: string(),
    testListenerRule: string(),
    roleArn: string(),
  }),
});

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRegistry.html */
export const SERVICE_REGISTRY: StructSchema = struct("ServiceRegistry", {
  registryArn: string(),
  port: integer(),
  containerName: string(),
  containerPort: integer(),
});

/**
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html ,
 * API_LinearConfiguration.html, API_CanaryConfiguration.html: `stepPercent` "multiples of 0.1
 * from 3.0 to 100.0", `canaryPercent` "multiples of 0.1 from 0.1 to 100.0", bake times "0 to
 * 1440 minutes"; hook `timeoutInMinutes` 1–20160 (botocore `DeploymentLifecycleHookDuration`).
 */
export const DEPLOYMENT_CONFIGURATION: StructSchema = struct("DeploymentConfiguration", {
  deploymentCircuitBreaker: struct("DeploymentCircuitBreaker", {
    enable: required(boolean),
    rollback: required(boolean),
    // 2026 model (SDK 3.1164): "Specifies the integer that Amazon ECS uses to calculate the failure threshold".
    resetOnHealthyTask: boolean,
    thresholdConfiguration: struct("ThresholdConfiguration", { type: required(string({ enum: ECS_ENUMS.ThresholdType })), value: required(integer()) }),
  }),
  maximumPercent: integer(),
  minimumHealthyPercent: integer(),
  alarms: struct("DeploymentAlarms", { alarmNames: required(list(string())), rollback: required(boolean), enable: required(boolean) }),
  strategy: string({ enum: ECS_ENUMS.DeploymentStrategy }),
  bakeTimeInMinutes: integer(),
  lifecycleHooks: list(
    struct("DeploymentLifecycleHook", {
      targetType: string({ enum: ECS_ENUMS.DeploymentLifecycleHookTargetType }),
      hookTargetArn: string(),
      roleArn: string(),
      lifecycleStages: list(string({ enum: ECS_ENUMS.DeploymentLifecycleHookStage })),
      // Custom parameters passed to the hook target: any JSON (a document in the model).
      hookDetails: document,
      timeoutConfiguration: struct("DeploymentLifecycleHookTimeoutConfiguration", {
        timeoutInMinutes: integer({ min: 1, max: 20160 }),
        action: string({ enum: ECS_ENUMS.DeploymentLifecycleHookAction }),
      }),
    }),
  ),
  linearConfiguration: struct("LinearConfiguration", { stepPercent: double({ min: 3, max: 100 }), stepBakeTimeInMinutes: integer({ min: 0, max: 1440 }) }),
  canaryConfiguration: struct("CanaryConfiguration", { canaryPercent: double({ min: 0.1, max: 100 }), canaryBakeTimeInMinutes: integer({ min: 0, max: 1440 }) }),
  // 2026 model (SDK 3.1164): `healthyPercent` "must be an integer between 0 and 100".
  earlySuccessCriteria: struct("DeploymentEarlySuccessCriteria", {
    enable: required(boolean),
    healthyPercent: integer({ min: 0, max: 100 }),
    sourceServiceRevisionCleanup: string({ enum: ECS_ENUMS.ServiceRevisionCleanup }),
  }),
});

export const DEPLOYMENT_CONTROLLER: StructSchema = struct("DeploymentController", { type: required(string({ enum: ECS_ENUMS.DeploymentControllerType })) });

/**
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectService.html and
 * API_ServiceConnectClientAlias.html: `discoveryName` "up to 64 characters … lowercase letters,
 * numbers, underscores (_), and hyphens (-) … can't start with a hyphen"; `dnsName` "up to 127
 * characters … lowercase letters, numbers, underscores (_), hyphens (-), and periods (.) … can't
 * start with a hyphen"; "The maximum number of client aliases … is 1"; timeouts 0–2147483647
 * (botocore `Duration`).
 */
const SERVICE_CONNECT_SERVICE = struct("ServiceConnectService", {
  portName: required(string()),
  discoveryName: string({
    pattern: { regex: /^[a-z0-9_][a-z0-9_-]{0,63}$/, description: "up to 64 lowercase letters, digits, underscores and hyphens, not starting with a hyphen" },
  }),
  clientAliases: list(
    struct("ServiceConnectClientAlias", {
      port: required(PORT),
      dnsName: string({
        pattern: {
          regex: /^[a-z0-9_.][a-z0-9_.-]{0,126}$/,
          description: "up to 127 lowercase letters, digits, underscores, hyphens and periods, not starting with a hyphen",
        },
      }),
      testTrafficRules: struct("ServiceConnectTestTrafficRules", {
        header: required(
          struct("ServiceConnectTestTrafficHeaderRules", {
            name: required(string()),
            value: struct("ServiceConnectTestTrafficHeaderMatchRules", { exact: required(string()) }),
          }),
        ),
      }),
    }),
    { maxItems: 1 },
  ),
  ingressPortOverride: PORT,
  timeout: struct("TimeoutConfiguration", {
    idleTimeoutSeconds: integer({ min: 0, max: 2147483647 }),
    perRequestTimeoutSeconds: integer({ min: 0, max: 2147483647 }),
  }),
  tls: struct("ServiceConnectTlsConfiguration", {
    issuerCertificateAuthority: required(struct("ServiceConnectTlsCertificateAuthority", { awsPcaAuthorityArn: string() })),
    kmsKey: string(),
    roleArn: string(),
  }),
});

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectConfiguration.html */
export const SERVICE_CONNECT_CONFIGURATION: StructSchema = struct("ServiceConnectConfiguration", {
  enabled: required(boolean),
  namespace: string(),
  services: list(SERVICE_CONNECT_SERVICE),
  logConfiguration: LOG_CONFIGURATION,
  accessLogConfiguration: struct("ServiceConnectAccessLogConfiguration", {
    format: required(string({ enum: ECS_ENUMS.ServiceConnectAccessLoggingFormat })),
    includeQueryParameters: string({ enum: ECS_ENUMS.ServiceConnectIncludeQueryParameters }),
  }),
  // 2026 model (SDK 3.1164): "Each object in the list sets exactly one setting" (a union).
  containerConfigurations: list(
    struct("ServiceConnectContainerConfiguration", { logLevel: string({ enum: ECS_ENUMS.ServiceConnectContainerLogLevel }) }, { union: true }),
  ),
});

/**
 * The members of a managed EBS volume, for services (ServiceManagedEBSVolumeConfiguration) and
 * tasks (TaskManagedEBSVolumeConfiguration). `volumeType` is a plain string in the model
 * (gp2, gp3, io1, io2, st1, sc1, standard); sizes, IOPS and throughput have ranges per volume
 * type only (API ServiceManagedEBSVolumeConfiguration; aws-facts §4), so none here.
 */
const MANAGED_EBS_VOLUME_MEMBERS = {
  encrypted: boolean,
  kmsKeyId: string(),
  volumeType: string(),
  sizeInGiB: integer(),
  snapshotId: string(),
  volumeInitializationRate: integer(),
  iops: integer(),
  throughput: integer(),
  tagSpecifications: list(
    struct("EBSTagSpecification", {
      resourceType: required(string({ enum: ECS_ENUMS.EBSResourceType })),
      tags: TAGS,
      propagateTags: string({ enum: ECS_ENUMS.PropagateTags }),
    }),
  ),
  roleArn: required(string()),
  filesystemType: string({ enum: ECS_ENUMS.TaskFilesystemType }),
} satisfies Record<string, Member | Schema>;

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceVolumeConfiguration.html */
export const SERVICE_VOLUME_CONFIGURATION: StructSchema = struct("ServiceVolumeConfiguration", {
  name: required(string()),
  managedEBSVolume: struct("ServiceManagedEBSVolumeConfiguration", MANAGED_EBS_VOLUME_MEMBERS),
});

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VpcLatticeConfiguration.html */
export const VPC_LATTICE_CONFIGURATION: StructSchema = struct("VpcLatticeConfiguration", {
  roleArn: required(string()),
  targetGroupArn: required(string()),
  portName: required(string()),
  // 2026 model (SDK 3.1164): blue/green through VPC Lattice.
  advancedConfiguration: struct("VpcLatticeAdvancedConfiguration", {
    alternateTargetGroupArn: string(),
    productionListenerRule: string(),
    testListenerRule: string(),
  }),
});

/**
 * Service `gatewayConnectors` (2026 model, SDK 3.1164): "You can specify at most one gateway
 * connector". Health check `healthCheckProtocol` HTTP | HTTPS; filter `accessTypes` PUBLIC | PRIVATE.
 */
const GATEWAY_CONNECTORS = list(
  struct("GatewayConnector", {
    portName: required(string()),
    healthCheck: struct("GatewayConnectorHealthCheck", {
      healthCheckProtocol: string({ enum: ECS_ENUMS.GatewayConnectorHealthCheckProtocol }),
      healthCheckPort: integer(),
      healthCheckPath: string(),
      healthCheckTimeoutSeconds: integer(),
      healthCheckIntervalSeconds: integer(),
      healthyThresholdCount: integer(),
      unhealthyThresholdCount: integer(),
      matcher: struct("GatewayConnectorHealthCheckMatcher", { httpCode: string(), grpcCode: string() }),
    }),
    filters: struct("GatewayConnectorFilters", { accessTypes: list(string({ enum: ECS_ENUMS.AccessType })) }),
  }),
  { maxItems: 1 },
);

/**
 * Service `monitoring` (2026 model, SDK 3.1164): `metricNames` "CPUUtilization and
 * MemoryUtilization" and `resolutionSeconds` "20 and 60" are documented values, not enums in the model.
 */
const MONITORING_CONFIGURATION = struct("MonitoringConfiguration", {
  metricConfigurations: list(struct("MetricConfiguration", { metricNames: required(list(string())), resolutionSeconds: required(integer()) })),
});

/* ---------------- services ---------------- */

/**
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html —
 * `clientToken` "Up to 36 ASCII characters in the range of 33-126"; health check grace
 * period "up to 2,147,483,647 seconds" (API UpdateService), default 0. "Up to" includes
 * none: the API accepts `clientToken: ""`.
 */
export const CREATE_SERVICE: StructSchema = struct("CreateServiceRequest", {
  cluster: string(),
  serviceName: required(NAME),
  taskDefinition: string(),
  availabilityZoneRebalancing: string({ enum: ECS_ENUMS.AvailabilityZoneRebalancing }),
  loadBalancers: list(LOAD_BALANCER),
  serviceRegistries: list(SERVICE_REGISTRY),
  desiredCount: COUNT,
  clientToken: string({ pattern: { regex: /^[\x21-\x7e]{0,36}$/, description: "up to 36 printable ASCII characters without spaces" } }),
  launchType: string({ enum: ECS_ENUMS.LaunchType }),
  capacityProviderStrategy: CAPACITY_PROVIDER_STRATEGY,
  platformVersion: string(),
  role: string(),
  deploymentConfiguration: DEPLOYMENT_CONFIGURATION,
  placementConstraints: PLACEMENT_CONSTRAINTS,
  placementStrategy: PLACEMENT_STRATEGY,
  networkConfiguration: NETWORK_CONFIGURATION,
  healthCheckGracePeriodSeconds: integer({ min: 0, max: 2147483647 }),
  schedulingStrategy: string({ enum: ECS_ENUMS.SchedulingStrategy }),
  deploymentController: DEPLOYMENT_CONTROLLER,
  tags: TAGS,
  enableECSManagedTags: boolean,
  propagateTags: string({ enum: ECS_ENUMS.PropagateTags }),
  enableExecuteCommand: boolean,
  serviceConnectConfiguration: SERVICE_CONNECT_CONFIGURATION,
  volumeConfigurations: list(SERVICE_VOLUME_CONFIGURATION),
  vpcLatticeConfigurations: list(VPC_LATTICE_CONFIGURATION),
  gatewayConnectors: GATEWAY_CONNECTORS,
  monitoring: MONITORING_CONFIGURATION,
});

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateService.html — `service` is a name or an ARN. */
export const UPDATE_SERVICE: StructSchema = struct("UpdateServiceRequest", {
  cluster: string(),
  service: required(string()),
  desiredCount: COUNT,
  taskDefinition: string(),
  capacityProviderStrategy: CAPACITY_PROVIDER_STRATEGY,
  deploymentConfiguration: DEPLOYMENT_CONFIGURATION,
  availabilityZoneRebalancing: string({ enum: ECS_ENUMS.AvailabilityZoneRebalancing }),
  networkConfiguration: NETWORK_CONFIGURATION,
  placementConstraints: PLACEMENT_CONSTRAINTS,
  placementStrategy: PLACEMENT_STRATEGY,
  platformVersion: string(),
  forceNewDeployment: boolean,
  healthCheckGracePeriodSeconds: integer({ min: 0, max: 2147483647 }),
  deploymentController: DEPLOYMENT_CONTROLLER,
  enableExecuteCommand: boolean,
  enableECSManagedTags: boolean,
  loadBalancers: list(LOAD_BALANCER),
  propagateTags: string({ enum: ECS_ENUMS.PropagateTags }),
  serviceRegistries: list(SERVICE_REGISTRY),
  serviceConnectConfiguration: SERVICE_CONNECT_CONFIGURATION,
  volumeConfigurations: list(SERVICE_VOLUME_CONFIGURATION),
  vpcLatticeConfigurations: list(VPC_LATTICE_CONFIGURATION),
  gatewayConnectors: GATEWAY_CONNECTORS,
  monitoring: MONITORING_CONFIGURATION,
});

/** The ephemeral storage encryption of a deployment or task set (output). */
const DEPLOYMENT_EPHEMERAL_STORAGE = struct("DeploymentEphemeralStorage", { kmsKeyId: string() });

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskSet.html — `scale.value` "numbers between 0 and 100". */
const TASK_SET = struct("TaskSet", {
  id: string(),
  taskSetArn: string(),
  serviceArn: string(),
  clusterArn: string(),
  startedBy: string(),
  externalId: string(),
  status: string(),
  taskDefinition: string(),
  computedDesiredCount: integer(),
  pendingCount: integer(),
  runningCount: integer(),
  createdAt: timestamp,
  updatedAt: timestamp,
  launchType: string({ enum: ECS_ENUMS.LaunchType }),
  capacityProviderStrategy: CAPACITY_PROVIDER_STRATEGY,
  platformVersion: string(),
  platformFamily: string(),
  networkConfiguration: NETWORK_CONFIGURATION,
  loadBalancers: list(LOAD_BALANCER),
  serviceRegistries: list(SERVICE_REGISTRY),
  scale: struct("Scale", { value: double({ min: 0, max: 100 }), unit: string({ enum: ECS_ENUMS.ScaleUnit }) }),
  stabilityStatus: string({ enum: ECS_ENUMS.StabilityStatus }),
  stabilityStatusAt: timestamp,
  tags: TAGS,
  fargateEphemeralStorage: DEPLOYMENT_EPHEMERAL_STORAGE,
});

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Deployment.html */
const DEPLOYMENT = struct("Deployment", {
  id: string(),
  status: string(),
  taskDefinition: string(),
  desiredCount: integer(),
  pendingCount: integer(),
  runningCount: integer(),
  failedTasks: integer(),
  createdAt: timestamp,
  updatedAt: timestamp,
  capacityProviderStrategy: CAPACITY_PROVIDER_STRATEGY,
  launchType: string({ enum: ECS_ENUMS.LaunchType }),
  platformVersion: string(),
  platformFamily: string(),
  networkConfiguration: NETWORK_CONFIGURATION,
  rolloutState: string({ enum: ECS_ENUMS.DeploymentRolloutState }),
  rolloutStateReason: string(),
  serviceConnectConfiguration: SERVICE_CONNECT_CONFIGURATION,
  serviceConnectResources: list(struct("ServiceConnectServiceResource", { discoveryName: string(), discoveryArn: string() })),
  volumeConfigurations: list(SERVICE_VOLUME_CONFIGURATION),
  fargateEphemeralStorage: DEPLOYMENT_EPHEMERAL_STORAGE,
  vpcLatticeConfigurations: list(VPC_LATTICE_CONFIGURATION),
});

/**
 * The `Service` output shape: the items of describe-services `services` (and the `service` of
 * create-service / update-service output). https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Service.html —
 * `status` is a plain string in the model (ACTIVE, DRAINING, INACTIVE).
 */
export const SERVICE: StructSchema = struct("Service", {
  serviceArn: string(),
  serviceName: NAME,
  clusterArn: string(),
  loadBalancers: list(LOAD_BALANCER),
  serviceRegistries: list(SERVICE_REGISTRY),
  status: string(),
  desiredCount: integer(),
  runningCount: integer(),
  pendingCount: integer(),
  launchType: string({ enum: ECS_ENUMS.LaunchType }),
  capacityProviderStrategy: CAPACITY_PROVIDER_STRATEGY,
  platformVersion: string(),
  platformFamily: string(),
  taskDefinition: string(),
  deploymentConfiguration: DEPLOYMENT_CONFIGURATION,
  taskSets: list(TASK_SET),
  deployments: list(DEPLOYMENT),
  roleArn: string(),
  events: list(struct("ServiceEvent", { id: string(), createdAt: timestamp, message: string() })),
  createdAt: timestamp,
  currentServiceDeployment: string(),
  currentServiceRevisions: list(
    struct("ServiceCurrentRevisionSummary", { arn: string(), requestedTaskCount: integer(), runningTaskCount: integer(), pendingTaskCount: integer() }),
  ),
  placementConstraints: PLACEMENT_CONSTRAINTS,
  placementStrategy: PLACEMENT_STRATEGY,
  networkConfiguration: NETWORK_CONFIGURATION,
  healthCheckGracePeriodSeconds: integer({ min: 0, max: 2147483647 }),
  schedulingStrategy: string({ enum: ECS_ENUMS.SchedulingStrategy }),
  deploymentController: DEPLOYMENT_CONTROLLER,
  tags: TAGS,
  createdBy: string(),
  enableECSManagedTags: boolean,
  propagateTags: string({ enum: ECS_ENUMS.PropagateTags }),
  enableExecuteCommand: boolean,
  availabilityZoneRebalancing: string({ enum: ECS_ENUMS.AvailabilityZoneRebalancing }),
  resourceManagementType: string({ enum: ECS_ENUMS.ResourceManagementType }),
});

/* ---------------- clusters ---------------- */

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterConfiguration.html */
export const CLUSTER_CONFIGURATION: StructSchema = struct("ClusterConfiguration", {
  executeCommandConfiguration: struct("ExecuteCommandConfiguration", {
    kmsKeyId: string(),
    logging: string({ enum: ECS_ENUMS.ExecuteCommandLogging }),
    logConfiguration: struct("ExecuteCommandLogConfiguration", {
      cloudWatchLogGroupName: string(),
      cloudWatchEncryptionEnabled: boolean,
      s3BucketName: string(),
      s3EncryptionEnabled: boolean,
      s3KeyPrefix: string(),
    }),
  }),
  managedStorageConfiguration: struct("ManagedStorageConfiguration", { kmsKeyId: string(), fargateEphemeralStorageKmsKeyId: string() }),
});

/** `value` is documented as enhanced | enabled | disabled but is a plain string in the model (aws-facts §5.1). */
const CLUSTER_SETTINGS = list(struct("ClusterSetting", { name: string({ enum: ECS_ENUMS.ClusterSettingName }), value: string() }));

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html — the Cloud Map namespace "can include up to 1024 characters". */
export const CREATE_CLUSTER: StructSchema = struct("CreateClusterRequest", {
  clusterName: NAME,
  tags: TAGS,
  settings: CLUSTER_SETTINGS,
  configuration: CLUSTER_CONFIGURATION,
  capacityProviders: list(string()),
  defaultCapacityProviderStrategy: CAPACITY_PROVIDER_STRATEGY,
  serviceConnectDefaults: struct("ClusterServiceConnectDefaultsRequest", { namespace: required(string({ maxLength: 1024 })) }),
});

/** The `Cluster` output shape: the items of describe-clusters `clusters`. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Cluster.html */
export const CLUSTER: StructSchema = struct("Cluster", {
  clusterArn: string(),
  clusterName: NAME,
  configuration: CLUSTER_CONFIGURATION,
  status: string(),
  registeredContainerInstancesCount: integer(),
  runningTasksCount: integer(),
  pendingTasksCount: integer(),
  activeServicesCount: integer(),
  statistics: KEY_VALUE_PAIRS,
  tags: TAGS,
  settings: CLUSTER_SETTINGS,
  capacityProviders: list(string()),
  defaultCapacityProviderStrategy: CAPACITY_PROVIDER_STRATEGY,
  attachments: list(struct("Attachment", { id: string(), type: string(), status: string(), details: KEY_VALUE_PAIRS })),
  attachmentsStatus: string(),
  serviceConnectDefaults: struct("ClusterServiceConnectDefaults", { namespace: string() }),
});

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutClusterCapacityProviders.html — all three members are required. */
export const PUT_CLUSTER_CAPACITY_PROVIDERS: StructSchema = struct("PutClusterCapacityProvidersRequest", {
  cluster: required(string()),
  capacityProviders: required(list(string())),
  defaultCapacityProviderStrategy: required(CAPACITY_PROVIDER_STRATEGY),
});

/* ---------------- capacity providers ---------------- */

/**
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedScaling.html —
 * targetCapacity 1–100, step sizes 1–10000, instanceWarmupPeriod 0–10000 (botocore
 * `ManagedScalingTargetCapacity`, `ManagedScalingStepSize`, `ManagedScalingInstanceWarmupPeriod`).
 */
export const AUTO_SCALING_GROUP_PROVIDER: StructSchema = struct("AutoScalingGroupProvider", {
  autoScalingGroupArn: required(string()),
  managedScaling: struct("ManagedScaling", {
    status: string({ enum: ECS_ENUMS.ManagedScalingStatus }),
    targetCapacity: integer({ min: 1, max: 100 }),
    minimumScalingStepSize: integer({ min: 1, max: 10000 }),
    maximumScalingStepSize: integer({ min: 1, max: 10000 }),
    instanceWarmupPeriod: integer({ min: 0, max: 10000 }),
  }),
  managedTerminationProtection: string({ enum: ECS_ENUMS.ManagedTerminationProtection }),
  managedDraining: string({ enum: ECS_ENUMS.ManagedDraining }),
});

/** A `{min, max}` range of instance requirements; `min` required where the model says so. */
const range = (name: string, bound: Schema, minRequired = false): StructSchema => struct(name, { min: minRequired ? required(bound) : bound, max: bound });

/**
 * Instance types in `allowedInstanceTypes` / `excludedInstanceTypes`: ≤400 items, each 1–30
 * characters of `[a-zA-Z0-9.*-]` (botocore `AllowedInstanceTypeSet`, `AllowedInstanceType`).
 */
const INSTANCE_TYPES = list(string({ pattern: { regex: /^[a-zA-Z0-9.*-]{1,30}$/, description: "an instance type such as m5.large or m5.*" } }), { maxItems: 400 });

/**
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InstanceLaunchTemplate.html and
 * API_InstanceRequirementsRequest.html (ECS Managed Instances); `storageSizeGiB` ≥1 (botocore
 * `TaskVolumeStorageGiB`).
 */
const INSTANCE_LAUNCH_TEMPLATE = struct("InstanceLaunchTemplate", {
  ec2InstanceProfileArn: required(string()),
  networkConfiguration: required(struct("ManagedInstancesNetworkConfiguration", { subnets: list(string()), securityGroups: list(string()) })),
  storageConfiguration: struct("ManagedInstancesStorageConfiguration", { storageSizeGiB: integer({ min: 1 }) }),
  localStorageConfiguration: struct("ManagedInstancesLocalStorageConfiguration", { useLocalStorage: boolean }),
  monitoring: string({ enum: ECS_ENUMS.ManagedInstancesMonitoringOptions }),
  capacityOptionType: string({ enum: ECS_ENUMS.CapacityOptionType }),
  instanceMetadataTagsPropagation: boolean,
  instanceRequirements: struct("InstanceRequirementsRequest", {
    vCpuCount: required(range("VCpuCountRangeRequest", integer(), true)),
    memoryMiB: required(range("MemoryMiBRequest", integer(), true)),
    cpuManufacturers: list(string({ enum: ECS_ENUMS.CpuManufacturer })),
    memoryGiBPerVCpu: range("MemoryGiBPerVCpuRequest", double()),
    excludedInstanceTypes: INSTANCE_TYPES,
    instanceGenerations: list(string({ enum: ECS_ENUMS.InstanceGeneration })),
    spotMaxPricePercentageOverLowestPrice: integer(),
    onDemandMaxPricePercentageOverLowestPrice: integer(),
    bareMetal: string({ enum: ECS_ENUMS.BareMetal }),
    burstablePerformance: string({ enum: ECS_ENUMS.BurstablePerformance }),
    requireHibernateSupport: boolean,
    networkInterfaceCount: range("NetworkInterfaceCountRequest", integer()),
    localStorage: string({ enum: ECS_ENUMS.LocalStorage }),
    localStorageTypes: list(string({ enum: ECS_ENUMS.LocalStorageType })),
    totalLocalStorageGB: range("TotalLocalStorageGBRequest", double()),
    baselineEbsBandwidthMbps: range("BaselineEbsBandwidthMbpsRequest", integer()),
    acceleratorTypes: list(string({ enum: ECS_ENUMS.AcceleratorType })),
    acceleratorCount: range("AcceleratorCountRequest", integer()),
    acceleratorManufacturers: list(string({ enum: ECS_ENUMS.AcceleratorManufacturer })),
    acceleratorNames: list(string({ enum: ECS_ENUMS.AcceleratorName })),
    acceleratorTotalMemoryMiB: range("AcceleratorTotalMemoryMiBRequest", integer()),
    networkBandwidthGbps: range("NetworkBandwidthGbpsRequest", double()),
    allowedInstanceTypes: INSTANCE_TYPES,
    maxSpotPriceAsPercentageOfOptimalOnDemandPrice: integer(),
  }),
  fipsEnabled: boolean,
  capacityReservations: struct("CapacityReservationRequest", {
    reservationGroupArn: string(),
    reservationPreference: string({ enum: ECS_ENUMS.CapacityReservationPreference }),
  }),
});

/**
 * The members of a Managed Instances provider, shared by the request
 * (CreateManagedInstancesProviderConfiguration) and the output (ManagedInstancesProvider).
 * `scaleInAfter`: "-1 - Disables … A value between 0 and 3600 (inclusive)" (API InfrastructureOptimization).
 */
const MANAGED_INSTANCES_PROVIDER_MEMBERS = {
  propagateTags: string({ enum: ECS_ENUMS.PropagateMITags }),
  infrastructureOptimization: struct("InfrastructureOptimization", { scaleInAfter: integer({ min: -1, max: 3600 }) }),
  autoRepairConfiguration: struct("AutoRepairConfiguration", { actionsStatus: string({ enum: ECS_ENUMS.AutoRepairActionsStatus }) }),
} satisfies Record<string, Member | Schema>;

/**
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCapacityProvider.html —
 * `name`: "Up to 255 characters … letters (both upper and lowercase letters), numbers,
 * underscores (_), and hyphens (-). The name can't be prefixed with "aws", "ecs", or "fargate"".
 */
export const CREATE_CAPACITY_PROVIDER: StructSchema = struct("CreateCapacityProviderRequest", {
  name: required(
    string({
      pattern: {
        regex: /^(?!aws|ecs|fargate)[A-Za-z0-9_-]{1,255}$/,
        description: "up to 255 letters, digits, hyphens and underscores, not starting with aws, ecs or fargate",
      },
    }),
  ),
  cluster: string(),
  autoScalingGroupProvider: AUTO_SCALING_GROUP_PROVIDER,
  managedInstancesProvider: struct("CreateManagedInstancesProviderConfiguration", {
    infrastructureRoleArn: required(string()),
    instanceLaunchTemplate: required(INSTANCE_LAUNCH_TEMPLATE),
    ...MANAGED_INSTANCES_PROVIDER_MEMBERS,
  }),
  tags: TAGS,
});

/**
 * The `CapacityProvider` output shape: the items of describe-capacity-providers
 * `capacityProviders` (which lists the built-in `FARGATE` and `FARGATE_SPOT` too, so
 * `name` has no pattern here). https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProvider.html
 */
export const CAPACITY_PROVIDER: StructSchema = struct("CapacityProvider", {
  capacityProviderArn: string(),
  name: string(),
  cluster: string(),
  status: string({ enum: ECS_ENUMS.CapacityProviderStatus }),
  autoScalingGroupProvider: AUTO_SCALING_GROUP_PROVIDER,
  managedInstancesProvider: struct("ManagedInstancesProvider", {
    infrastructureRoleArn: string(),
    instanceLaunchTemplate: INSTANCE_LAUNCH_TEMPLATE,
    ...MANAGED_INSTANCES_PROVIDER_MEMBERS,
  }),
  updateStatus: string({ enum: ECS_ENUMS.CapacityProviderUpdateStatus }),
  updateStatusReason: string(),
  tags: TAGS,
  type: string({ enum: ECS_ENUMS.CapacityProviderType }),
});

/* ---------------- tasks ---------------- */

/**
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html —
 * the container's shapes for `environment`, `environmentFiles` and `resourceRequirements`.
 */
const CONTAINER_OVERRIDE = struct("ContainerOverride", {
  name: string(),
  command: list(string()),
  environment: KEY_VALUE_PAIRS,
  environmentFiles: shared(CONTAINER_DEFINITION, "environmentFiles"),
  cpu: integer(),
  memory: integer(),
  memoryReservation: integer(),
  resourceRequirements: shared(CONTAINER_DEFINITION, "resourceRequirements"),
});

/**
 * The `--overrides` of run-task (and the `overrides` of a task, EventBridge and Scheduler
 * targets). https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskOverride.html —
 * task `cpu` and `memory` are strings as in the task definition; `ephemeralStorage` 21–200 GiB.
 * "A total of 8192 characters are allowed for overrides" (API RunTask) is not a shape fact.
 */
export const TASK_OVERRIDE: StructSchema = struct("TaskOverride", {
  containerOverrides: list(CONTAINER_OVERRIDE),
  cpu: string(),
  inferenceAcceleratorOverrides: list(struct("InferenceAcceleratorOverride", { deviceName: string(), deviceType: string() })),
  executionRoleArn: string(),
  memory: string(),
  taskRoleArn: string(),
  ephemeralStorage: shared(TASK_DEFINITION, "ephemeralStorage"),
});

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskVolumeConfiguration.html */
const TASK_VOLUME_CONFIGURATION = struct("TaskVolumeConfiguration", {
  name: required(string()),
  managedEBSVolume: struct("TaskManagedEBSVolumeConfiguration", {
    ...MANAGED_EBS_VOLUME_MEMBERS,
    terminationPolicy: struct("TaskManagedEBSVolumeTerminationPolicy", { deleteOnTermination: required(boolean) }),
  }),
});

/**
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html — `count` "up to
 * 10 tasks for each call" (and at least 1); `startedBy` "Up to 128 letters (uppercase and
 * lowercase), numbers, hyphens (-), forward slash (/), and underscores (_)"; `clientToken` "Up to
 * 64 characters … in the range of 33-126"; placement limits as for services ("up to 10
 * constraints … including constraints in the task definition").
 */
export const RUN_TASK: StructSchema = struct("RunTaskRequest", {
  capacityProviderStrategy: CAPACITY_PROVIDER_STRATEGY,
  cluster: string(),
  count: integer({ min: 1, max: 10 }),
  enableECSManagedTags: boolean,
  enableExecuteCommand: boolean,
  group: string(),
  launchType: string({ enum: ECS_ENUMS.LaunchType }),
  networkConfiguration: NETWORK_CONFIGURATION,
  overrides: TASK_OVERRIDE,
  placementConstraints: PLACEMENT_CONSTRAINTS,
  placementStrategy: PLACEMENT_STRATEGY,
  platformVersion: string(),
  propagateTags: string({ enum: ECS_ENUMS.PropagateTags }),
  referenceId: string(),
  startedBy: string({ pattern: { regex: /^[A-Za-z0-9_/-]{1,128}$/, description: "up to 128 letters, digits, hyphens, slashes and underscores" } }),
  tags: TAGS,
  taskDefinition: required(string()),
  clientToken: string({ pattern: { regex: /^[\x21-\x7e]{0,64}$/, description: "up to 64 printable ASCII characters without spaces" } }),
  volumeConfigurations: list(TASK_VOLUME_CONFIGURATION),
});
