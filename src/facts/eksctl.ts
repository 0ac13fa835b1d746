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
