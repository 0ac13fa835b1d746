/**
 * eksctl's `ClusterConfig` (apiVersion `eksctl.io/v1alpha5`): what eksctl
 * accepts, what it defaults, and what it refuses at `eksctl create cluster -f`.
 *
 * Sources, at eksctl v0.230.0 (eksctl-io/eksctl@99984adb, 2026-08), reference/eks-facts.md §3.7:
 * - `pkg/eks/api.go` `ParseConfig`: the file is read with sigs.k8s.io/yaml's
 *   `UnmarshalStrict` — YAML 1.1 scalars (`yes` is true), and unknown keys are errors.
 * - `pkg/apis/eksctl.io/v1alpha5/validation.go`: the checks quoted below.
 * - `pkg/apis/eksctl.io/v1alpha5/defaults.go`: defaults (`privateNetworking` false,
 *   `volumeEncrypted` unset: the account's EBS default encryption decides).
 * - `pkg/cfn/builder/managed_launch_template.go`, `nodegroup.go`: `ssh.allow` without
 *   `sourceSecurityGroupIds` opens TCP 22 to 0.0.0.0/0 and ::/0 (to the VPC CIDR with
 *   `privateNetworking`).
 */

/** The API group eksctl's config files are in; `v1alpha5` is the only version eksctl reads. */
export const EKSCTL_API_GROUP = "eksctl.io";
export const EKSCTL_API_VERSION = "eksctl.io/v1alpha5";
export const CLUSTER_CONFIG_KIND = "ClusterConfig";

/** eksctl's own formats (`eksctl.io/…`), which are not Kubernetes objects. */
export function isEksctlApiVersion(apiVersion: string): boolean {
  return apiVersion.startsWith(`${EKSCTL_API_GROUP}/`);
}

/** The eksctl release the facts and the schema table were read from. */
export const EKSCTL_VERSION = "0.230.0";

/**
 * The addon Pod Identity associations need (validation.go `ErrPodIdentityAgentNotInstalled`:
 * "the "eks-pod-identity-agent" addon must be installed to create pod identity associations").
 */
export const POD_IDENTITY_AGENT_ADDON = "eks-pod-identity-agent";

/** Fargate profile names AWS reserves (validation.go `ReservedProfileNamePrefix`). */
export const RESERVED_FARGATE_PROFILE_PREFIX = "eks-";

/**
 * Selectors a Fargate profile may have: "up to five selectors"
 * (https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html , reference/eks-facts.md §3.3).
 */
export const MAX_FARGATE_PROFILE_SELECTORS = 5;

/** The namespace eksctl gives an `iam.serviceAccounts[]` entry without one (defaults.go `SetClusterConfigDefaults`). */
export const DEFAULT_IAM_SERVICE_ACCOUNT_NAMESPACE = "default";

/* ---- eksctl-managed-node-groups ---- */

/**
 * Self-managed node group (`nodeGroups[]`) members that have no counterpart in
 * `managedNodeGroups[]`: eksctl's `ManagedNodeGroup` type lacks them (they are
 * fields of `NodeGroup` alone, pkg/apis/eksctl.io/v1alpha5/types.go), its docs
 * list them as unsupported (userdocs/src/usage/nodegroup-managed.md, "Feature
 * parity with unmanaged nodegroups": "`instancesDistribution` field is not
 * supported", "Full control over the node bootstrapping process and
 * customization of the kubelet are not supported. This includes the following
 * fields: `classicLoadBalancerNames`, `targetGroupARNs`, `clusterDNS` and
 * `kubeletExtraConfig`", "No support for enabling metrics on AutoScalingGroups
 * using `asgMetricsCollection`"), and eksctl applies them to the Auto Scaling
 * group or launch template it writes for self-managed groups only
 * (pkg/cfn/builder/nodegroup.go: `CpuCredits`, `EnclaveOptions`,
 * `MetricsCollection`, `MaxInstanceLifetime`). A group using one stays
 * self-managed. (`instancesDistribution`, `localZones`, `outpostARN` and
 * `overrideBootstrapCommand` are judged on their own: see below.)
 */
export const SELF_MANAGED_ONLY_NODE_GROUP_MEMBERS = [
  "kubeletExtraConfig",
  "clusterDNS",
  "classicLoadBalancerNames",
  "targetGroupARNs",
  "asgMetricsCollection",
  "cpuCredits",
  "maxInstanceLifetime",
  "enclaveEnabled",
] as const;

/**
 * `containerRuntime`: a field of `NodeGroup` alone (pkg/apis/eksctl.io/v1alpha5/types.go;
 * `ManagedNodeGroup` embeds only `NodeGroupBase`), and eksctl reads a config file
 * strictly, so a managed group that keeps it is rejected as an unknown field. It
 * does not keep a group self-managed: eksctl accepts only `containerd` since
 * Kubernetes dropped dockershim, and containerd is what managed nodes run.
 */
export const NODE_GROUP_CONTAINER_RUNTIME = "containerRuntime";

/**
 * Where only self-managed groups can go:
 * - Local Zones: `nodeGroups[].localZones` exists for self-managed groups alone
 *   (types.go `ClusterConfig.LocalZones`: "Only self-managed nodegroups can be
 *   launched in local zones. These subnets are not passed to EKS."). A group
 *   with `subnets` in a cluster with `localZones` may name Local Zone subnets.
 * - Outposts: `ValidateManagedNodeGroup` refuses `outpostARN` ("Outposts is not
 *   supported for managed nodegroups"), and a cluster whose control plane is on
 *   an Outpost (`outpost.controlPlaneOutpostARN`) takes no managed groups
 *   (pkg/actions/nodegroup/create.go: "Managed Nodegroups are not supported on Outposts").
 */
export const NODE_GROUP_LOCAL_ZONES = "localZones";
export const NODE_GROUP_OUTPOST_ARN = "outpostARN";
export const CLUSTER_OUTPOST = "outpost";

/**
 * `instancesDistribution` (self-managed only) sets an Auto Scaling mixed
 * instances policy. Managed groups take either On-Demand capacity over several
 * `instanceTypes` or Spot capacity (`spot: true`), never a share of each, and no
 * Spot price cap (`ManagedNodeGroup` has no such fields; types.go). The ASG
 * defaults: `onDemandBaseCapacity` 0, `onDemandPercentageAboveBaseCapacity` 100
 * (types.go `NodeGroupInstancesDistribution`: "Defaults to `100`"; eksctl leaves it
 * out of the Auto Scaling group's InstancesDistribution, whose default is 100:
 * pkg/cfn/builder/nodegroup.go `mixedInstancesPolicy`). Below 100, instances above
 * the base capacity are Spot.
 */
export const DEFAULT_ON_DEMAND_PERCENTAGE_ABOVE_BASE = 100;
export const DEFAULT_ON_DEMAND_BASE_CAPACITY = 0;

/**
 * A custom AMI (`ami: ami-…`, types.go `IsAMI`) in a managed group must be of
 * these families (`ValidateManagedNodeGroup`: "cannot set amiFamily to %s when
 * using a custom AMI for managed nodes, only %s are supported" —
 * `SupportedAmazonLinuxImages`, `SupportedBottlerocketImages`,
 * `SupportedUbuntuImages`), and may not set `maxPodsPerNode` ("%s.maxPodsPerNode
 * is not supported when using a custom AMI"). eksctl compares families
 * case-insensitively (`normalizeAMIFamily`).
 */
export const CUSTOM_AMI_PREFIX = "ami-";
export function managedCustomAmiFamily(family: string): boolean {
  const lower = family.toLowerCase();
  return lower.startsWith("amazonlinux") || lower.startsWith("bottlerocket") || lower.startsWith("ubuntu");
}
/** The family eksctl gives a node group without `amiFamily` (types.go `DefaultNodeImageFamily`). */
export const DEFAULT_NODE_AMI_FAMILY = "AmazonLinux2023";

/* ---- eksctl-volume-encryption ---- */

/**
 * Node volume encryption. eksctl writes each node group's root volume (and each
 * `additionalVolumes[]` item) into the launch template it makes
 * (pkg/cfn/builder/block_device_mapping.go `makeBlockDeviceMappings`), with
 * `Encrypted` only when `volumeEncrypted` is set: defaults.go gives it no
 * default, so an absent `volumeEncrypted` leaves encryption to the account's
 * EBS encryption by default (or the AMI's snapshot). There is no
 * ClusterConfig-wide setting (types.go: `volumeEncrypted` exists on node groups
 * and `VolumeMapping` only). On Bottlerocket, `volumeEncrypted: true` also
 * encrypts the OS volume (`AdditionalEncryptedVolume`, defaults.go `setVolumeDefaults`).
 * - validation.go `validateNodeGroupBase`: "%s.volumeKmsKeyID can not be set
 *   without %s.volumeEncrypted enabled explicitly"; "%s.%s cannot be set without
 *   %s.volumeSize" (for `volumeEncrypted` and `volumeKmsKeyID`). Self-managed
 *   groups are validated before their defaults are set
 *   (pkg/ctl/cmdutils/cmd.go `InitializeClusterConfig`), so there `volumeSize`
 *   must be written beside `volumeEncrypted: true`; managed groups get
 *   `volumeSize` 80 first (`SetManagedNodeGroupDefaults`).
 * - A managed group with `launchTemplate` takes its volumes from that template:
 *   eksctl leaves `volumeSize` unset (`setVolumeDefaults`) and refuses it beside
 *   a launch template, so `volumeEncrypted` would be refused too.
 * - An additional volume from `snapshotID` keeps the snapshot's encryption
 *   ("If you're creating a volume from a snapshot, you can't specify an
 *   encryption value", EC2 LaunchTemplateEbsBlockDeviceRequest); one without
 *   `volumeName`, or of `volumeSize` 0, is not written at all.
 * - EC2 takes a KMS key only with encryption on ("If KmsKeyId is specified, the
 *   encrypted state must be true", https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html).
 */
export const DEFAULT_NODE_VOLUME_SIZE = 80;
/* ---- eksctl-iam ---- */

/*
 * `iam.serviceAccounts` need the cluster's IAM OIDC provider. validation.go
 * `ValidateClusterConfig`: `if IsDisabled(cfg.IAM.WithOIDC) && len(cfg.IAM.ServiceAccounts) > 0
 * { return fmt.Errorf("iam.withOIDC must be enabled explicitly for iam.serviceAccounts to be created") }`,
 * run after defaults.go `SetClusterConfigDefaults` (`if cfg.IAM.WithOIDC == nil { cfg.IAM.WithOIDC = Disabled() }`),
 * so an absent `withOIDC` is false (pkg/ctl/cmdutils/cmd.go `InitializeClusterConfig`; read by
 * `ClusterConfigDocument.withOIDC`). `eksctl create iamserviceaccount` sets it itself
 * (pkg/ctl/create/iamserviceaccount.go `cfg.IAM.WithOIDC = api.Enabled()`), and validation.go
 * refuses it on Outposts ("iam.withOIDC is not supported on Outposts").
 */

/**
 * When `eksctl create cluster -f` creates Pod Identity associations and so needs
 * the `eks-pod-identity-agent` addon (POD_IDENTITY_AGENT_ADDON) in `addons`:
 * pkg/ctl/cmdutils/configfile.go `NewCreateClusterLoader`, `shallCreatePodIdentityAssociations`:
 * `if cfg.IAM != nil && len(cfg.IAM.PodIdentityAssociations) > 0 { return true }`, then
 * `for _, addon := range clusterConfig.Addons { if cfg.AddonsConfig.AutoApplyPodIdentityAssociations ||
 * addon.UseDefaultPodIdentityAssociations || addon.HasPodIDsSet() { return true } }` — so
 * `addonsConfig.autoApplyPodIdentityAssociations` counts only when some addon is listed;
 * and then `if !clusterConfig.IsAutoModeEnabled() && !slices.ContainsFunc(clusterConfig.Addons,
 * func(addon *api.Addon) bool { return addon.Name == api.PodIdentityAgentAddon })` →
 * `ErrPodIdentityAgentNotInstalled` (the name compared as written; Auto Mode,
 * `autoModeConfig.enabled: true` (types.go `IsAutoModeEnabled`), runs the agent itself).
 */
export const POD_IDENTITY_ADDON_MEMBERS = { associations: "podIdentityAssociations", useDefault: "useDefaultPodIdentityAssociations", autoApply: "autoApplyPodIdentityAssociations" } as const;

/**
 * A node group's `iam.withAddonPolicies` (types.go `NodeGroupIAMAddonPolicies`, the
 * JSON names below) attach these policies to the node's instance role. Every pod
 * that reaches the instance metadata service gets the role's credentials, and
 * eksctl's launch template lets pods reach it: pkg/cfn/builder/nodegroup.go
 * `makeMetadataOptions`: `hopLimit := 2; if api.IsEnabled(ng.DisablePodIMDS) { hopLimit = 1 }`.
 * validation.go `validateNodeGroupBase`: `if IsEnabled(ng.DisablePodIMDS) && ng.IAM != nil`
 * with any of these enabled (`validateNodeGroupIAMWithAddonPolicies`) →
 * "%s.disablePodIMDS and %s.iam.withAddonPolicies cannot be set at the same time".
 * https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html
 * ("Restrict access to the instance profile assigned to the worker node").
 */
export const NODE_GROUP_ADDON_POLICIES = ["imageBuilder", "autoScaler", "externalDNS", "certManager", "appMesh", "appMeshPreview", "ebs", "fsx", "efs", "awsLoadBalancerController", "albIngress", "xRay", "cloudWatch"] as const;

/* ---- eksctl-ssh ---- */

/**
 * When a node group allows SSH (defaults.go `setSSHDefaults`): `ssh.allow: true`, or
 * one of these keys non-empty (validation.go `countEnabledFields`: `flag != nil && *flag != ""`)
 * while `allow` is not false ("Enable SSH if not explicitly disabled when passing an SSH key").
 * Then pkg/cfn/builder/managed_launch_template.go `makeSSHIngressRules` (self-managed groups
 * through nodegroup.go `makeNodeIngressRules`, in the group's own security group unless
 * `securityGroups.withLocal: false`; managed ones in an "SSH" security group of the launch
 * template eksctl writes): with `sourceSecurityGroupIds`, TCP 22 from those groups; else with
 * `privateNetworking`, from the VPC CIDR; else from `0.0.0.0/0` and `::/0`. A managed group
 * with its own `launchTemplate` cannot set `ssh.allow` (validation.go `ValidateManagedNodeGroup`).
 */
export const SSH_KEY_MEMBERS = ["publicKeyName", "publicKeyPath", "publicKey"] as const;

/**
 * CloudFormation `AWS::EKS::Nodegroup` `RemoteAccess` (EKS API `RemoteAccessConfig`):
 * "If you specify ec2SshKey but do not specify sourceSecurityGroups when you create a
 * managed node group, then the port on the nodes is opened to the internet (0.0.0.0/0)."
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-eks-nodegroup-remoteaccess.html ,
 * https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html
 */
export const EKS_REMOTE_ACCESS_OPEN_CIDR = "0.0.0.0/0";

/** What eksctl opens TCP 22 to without `sourceSecurityGroupIds` or `privateNetworking` (builder/vpc_ipv4.go `sgSourceAnywhereIPv4`, `sgSourceAnywhereIPv6`). */
export const EKSCTL_SSH_OPEN_CIDRS = ["0.0.0.0/0", "::/0"] as const;
/* ---- eksctl-fargate-profiles ---- */

/**
 * What eksctl refuses in a Fargate profile (pkg/apis/eksctl.io/v1alpha5/validation.go
 * `FargateProfile.Validate` and `FargateProfileSelector.Validate`, run by
 * pkg/ctl/cmdutils/fargate.go `validateFargateProfiles`), in its words:
 * - an empty name: "invalid Fargate profile: empty name";
 * - a name starting with `ReservedProfileNamePrefix` ("eks-", "reserved for AWS, and which
 *   therefore, cannot be used by users. AWS' API should reject the creation of profiles
 *   starting with this prefix, but we eagerly validate this client-side"):
 *   "invalid Fargate profile %q: name should NOT start with %q";
 * - no selectors (`len(fp.Selectors) == 0`): "invalid Fargate profile %q: no profile selector";
 * - a selector whose namespace is "" (absent or empty): "invalid profile selector at index #%v: empty namespace".
 * The limit of five selectors is AWS's (MAX_FARGATE_PROFILE_SELECTORS; API CreateFargateProfile
 * `selectors`: "You may specify up to five selectors in a Fargate profile"); eksctl does not check it.
 * No limit on the labels of one selector is documented (EKS UG fargate-profile.html: "The label
 * field consists of multiple optional key-value pairs"), so none is checked.
 * CloudFormation `AWS::EKS::FargateProfile`: `Selectors` is required, `Selector.Namespace` is
 * required with "Minimum: 1", `FargateProfileName` is optional (CloudFormation names the profile)
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-eks-fargateprofile.html,
 * aws-properties-eks-fargateprofile-selector.html). The prefix and the limit are
 * RESERVED_FARGATE_PROFILE_PREFIX and MAX_FARGATE_PROFILE_SELECTORS above.
 */

/* ---- eksctl-logging ---- */

/**
 * The EKS control-plane log types: eksctl `cloudWatch.clusterLogging.enableTypes`
 * (pkg/apis/eksctl.io/v1alpha5/cloudwatch.go `SupportedCloudWatchClusterLogTypes`; validation.go
 * `validateCloudWatchLogging` refuses any other: "log type %q (cloudWatch.clusterLogging.enableTypes[%d]) is unknown"),
 * the EKS API's `LogType` and CloudFormation `AWS::EKS::Cluster` `Logging.ClusterLogging.EnabledTypes[].Type`.
 * Case matters.
 */
export const CONTROL_PLANE_LOG_TYPES = ["api", "audit", "authenticator", "controllerManager", "scheduler"] as const;
export type ControlPlaneLogType = (typeof CONTROL_PLANE_LOG_TYPES)[number];

/**
 * eksctl values that turn every log type on (cloudwatch.go `allLogging`, `wildcardLogging`;
 * defaults.go `SetClusterConfigDefaults` replaces the list with every type when it holds one of them).
 * CloudFormation has no such value.
 */
export const ALL_CONTROL_PLANE_LOG_TYPES = ["all", "*"] as const;

/**
 * The log types eksctl-logging requires by default: `audit`, AWS Security Hub control EKS.8
 * ("EKS clusters should have audit logging enabled",
 * https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8).
 * Without `enableTypes` eksctl turns no log type on (`HasClusterCloudWatchLogging` is false and
 * `eksctl create cluster` says "CloudWatch logging will not be enabled for cluster"; eksctl UG
 * cloudwatch-cluster-logging.html: "not enabled by default due to data ingestion and storage costs"),
 * and CloudFormation's neither ("By default, cluster control plane logs aren't exported to CloudWatch
 * Logs", aws-properties-eks-cluster-logging.html).
 */
export const DEFAULT_REQUIRED_CONTROL_PLANE_LOG_TYPES: readonly ControlPlaneLogType[] = ["audit"];

/**
 * `secretsEncryption` without `keyARN`: eksctl refuses it (validation.go `ValidateSecretsEncryption`:
 * "field secretsEncryption.keyARN is required for enabling secrets encryption"). Without the section
 * nothing is missing: EKS encrypts all Kubernetes API data with envelope encryption by default on
 * Kubernetes 1.28 and later ("Default envelope encryption for all Kubernetes API Data",
 * https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html); a customer-managed key is a choice.
 */
export const SECRETS_ENCRYPTION_KEY_REQUIRED = "field secretsEncryption.keyARN is required for enabling secrets encryption";
/* ---- eksctl-spot ---- */

/**
 * Instance types a Spot node group should list at the least: "If you specify Spot for
 * capacityType, then we recommend specifying multiple values for instanceTypes" (EKS API
 * CreateNodegroup `instanceTypes`, https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html ;
 * EKS User Guide, managed node group capacity types,
 * https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html#managed-node-group-capacity-types).
 */
export const MIN_SPOT_INSTANCE_TYPES = 2;

/**
 * The one instance type eksctl gives a node group that names none: `DefaultNodeType`
 * (pkg/apis/eksctl.io/v1alpha5/types.go), set by pkg/eks/nodegroup_service.go `Normalize` on a
 * managed group with no `launchTemplate`, `instanceType`, `instanceTypes` or `instanceSelector`
 * (eksctl's Spot page: "`instanceTypes` defaults to [`m5.large`]").
 */
export const EKSCTL_DEFAULT_INSTANCE_TYPE = "m5.large";

/**
 * The instance type EKS gives a managed node group when neither `instanceTypes` nor its launch
 * template names one; a launch template names at most one ("you can specify zero or one instance
 * type in your launch template or you can specify 0-20 instance types for instanceTypes … If you
 * don't specify an instance type in a launch template or for instanceTypes, then t3.medium is
 * used, by default": CreateNodegroup `instanceTypes`). eksctl refuses a `launchTemplate` without
 * an instance type when `instanceTypes` is absent (pkg/cfn/builder/managed_nodegroup.go
 * `validateLaunchTemplate`: "instance type must be set in the launch template if
 * managedNodeGroup.instanceTypes is not specified").
 */
export const EKS_DEFAULT_NODEGROUP_INSTANCE_TYPE = "t3.medium";

/** `capacityType` (CloudFormation `CapacityType`) of a Spot managed node group; eksctl's `spot: true` writes it (managed_nodegroup.go). */
export const SPOT_CAPACITY_TYPE = "SPOT";


/**
 * What eksctl answers to an `instancesDistribution` without `instanceTypes` (and without
 * `instanceSelector`): validation.go `validateInstancesDistribution`. It refuses only an empty
 * list; one type is accepted.
 */
export const MIXED_INSTANCES_WITHOUT_TYPES_ERROR = "at least two instance types have to be specified for mixed nodegroups";

/* ---- eksctl-private-networking ---- */

/**
 * Where eksctl puts a node group: `privateNetworking` is false unless set (types.go
 * `NodeGroupBase.PrivateNetworking`, no default in defaults.go; the
 * `--node-private-networking` flag defaults to false), and then the group goes to the public
 * subnets (`vpc.subnets.public`; pkg/cfn/builder/nodegroup.go `AssignSubnets`, pkg/vpc/vpc.go
 * `SelectNodeGroupSubnets`), which eksctl creates with `MapPublicIpOnLaunch: true`
 * (pkg/cfn/builder/vpc_ipv4.go, vpc_ipv6.go): every node gets a public IP address. A group's own
 * `subnets` are looked up in `vpc.subnets.public` by key or ID; others are looked up in the
 * account, where the linter cannot tell public from private.
 */
export const PRIVATE_NETWORKING_DEFAULT = false;

/**
 * What eksctl answers to a node group without `privateNetworking: true` in a fully-private
 * cluster (`privateCluster.enabled: true`): validation.go `ValidateClusterConfig` (`validateNg`),
 * after the path of the group (`nodeGroups[0]`, `managedNodeGroups[1]`).
 */
export const PRIVATE_CLUSTER_NODE_GROUP_ERROR = ".privateNetworking must be enabled for a fully-private cluster";

/**
 * The cluster endpoint eksctl asks for: `vpc.clusterEndpoints.publicAccess` true and
 * `privateAccess` false unless set (defaults.go `ClusterEndpointAccessDefaults`), and
 * `vpc.publicAccessCIDRs` passed as written (pkg/cfn/builder/cluster.go), so when absent EKS's
 * default applies. Exceptions: a fully-private cluster, whose public access eksctl turns off once
 * the cluster is up (pkg/ctl/create/cluster.go: "disabling public endpoint access for the
 * cluster"), and a control plane on Outposts (`outpost.controlPlaneOutpostARN`), private only
 * (pkg/ctl/cmdutils/configfile.go).
 * EKS API VpcConfigRequest: `endpointPublicAccess` "The default value for this parameter is
 * true", `publicAccessCidrs` "The default value is 0.0.0.0/0"
 * (https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html). Security Hub
 * EKS.1 "EKS cluster endpoints should not be publicly accessible".
 */
export const ENDPOINT_PUBLIC_ACCESS_DEFAULT = true;

/** CIDR blocks that let every address reach a public endpoint (`0.0.0.0/0`, EKS's default, and its IPv6 twin). */
export const OPEN_CIDRS: readonly string[] = ["0.0.0.0/0", "::/0"];
