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
 * A self-managed group's `instancesDistribution.onDemandPercentageAboveBaseCapacity` when absent:
 * 100, all On-Demand (types.go `NodeGroupInstancesDistribution`: "Defaults to `100`"; eksctl
 * leaves it out of the Auto Scaling group's InstancesDistribution, whose default is 100:
 * pkg/cfn/builder/nodegroup.go `mixedInstancesPolicy`). Below 100, instances above the base
 * capacity are Spot.
 */
export const DEFAULT_ON_DEMAND_PERCENTAGE_ABOVE_BASE = 100;

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
