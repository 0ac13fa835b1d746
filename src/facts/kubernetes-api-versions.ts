/**
 * Built-in Kubernetes API versions that are no longer served, the Kubernetes
 * version that stopped serving each, and what replaces it (`eks-deprecated-api`);
 * the oldest Kubernetes version EKS still runs; and the deprecated pod volume
 * type that newer versions turn off.
 *
 * Sources (reference/eks-facts-apis.md §1, §2):
 * - DG: Kubernetes "Deprecated API Migration Guide",
 *   https://kubernetes.io/docs/reference/using-api/deprecation-guide/ (full text read in
 *   dancer1325/kubernetes-website@d46ff627 `content/en/docs/reference/using-api/deprecation-guide.md`,
 *   newest section v1.32). Its "No notable changes" marks the rows whose `migration` is "rename".
 * - LC: `kubernetes/api` `<group>/<version>/zz_generated.prerelease-lifecycle.go`
 *   (`APILifecycleDeprecated` / `APILifecycleRemoved`), enforced by the API server
 *   (`kubernetes/apiserver` `pkg/server/deleted_kinds.go`): the rows removed in 1.33–1.37,
 *   which the guide does not list yet.
 * - EKS versions: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
 *   (awsdocs/amazon-eks-user-guide `latest/ug/versioning/kubernetes-versions.adoc`): 1.32's extended
 *   support ends 2027-03-23, 1.31's ended 2026-11-26; "Alpha features aren't supported".
 * - gitRepo: https://github.com/kubernetes/enhancements/issues/5040 and the `GitRepoVolumeDriver`
 *   feature gate (kubernetes/website `feature-gates/git-repo-volume-driver.md`: deprecated,
 *   default false from 1.33); the kubelet then refuses to mount the volume.
 */

/**
 * How a manifest moves to the replacement:
 * - `rename`: the guide says "No notable changes": changing `apiVersion` is the whole migration (autofix);
 * - `review`: the same fields are accepted, but defaults or the meaning of an edge case change,
 *   or the guide does not document the move (a suggestion, where the rule can see the object qualifies);
 * - `rewrite`: fields are renamed, moved or newly required (message only);
 * - `none`: nothing replaces the API.
 */
export type Migration = "rename" | "review" | "rewrite" | "none";

export interface RemovedApi {
  readonly apiVersion: string;
  readonly kinds: readonly string[];
  /** The minor version (`1.16`) that deprecated it, per LC. */
  readonly deprecated: string | undefined;
  /** The minor version that stopped serving it. */
  readonly removed: string;
  /** The apiVersion to use instead (undefined when nothing replaces it). */
  readonly replacement: string | undefined;
  readonly migration: Migration;
  /** For `review`, `rewrite` and `none`: what changes, as a clause for messages. */
  readonly changes?: string;
  /** False where the sources disagree: such a row is never reported. */
  readonly verified: boolean;
}

const WORKLOAD_CHANGES = "spec.selector is required and defaults such as the update strategy change";

function row(apiVersion: string, kinds: readonly string[], deprecated: string | undefined, removed: string, replacement: string | undefined, migration: Migration, changes?: string, verified = true): RemovedApi {
  return { apiVersion, kinds, deprecated, removed, replacement, migration, ...(changes === undefined ? {} : { changes }), verified };
}

export const REMOVED_APIS: readonly RemovedApi[] = [
  // v1.16 (DG "v1.16")
  row("extensions/v1beta1", ["Deployment", "DaemonSet", "ReplicaSet"], "1.8", "1.16", "apps/v1", "review", WORKLOAD_CHANGES),
  row("apps/v1beta1", ["Deployment", "StatefulSet", "ReplicaSet"], "1.8", "1.16", "apps/v1", "review", WORKLOAD_CHANGES),
  row("apps/v1beta2", ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"], "1.9", "1.16", "apps/v1", "review", WORKLOAD_CHANGES),
  // LC only (the guide does not list ControllerRevision, which controllers write).
  row("apps/v1beta1", ["ControllerRevision"], "1.8", "1.16", "apps/v1", "review"),
  row("apps/v1beta2", ["ControllerRevision"], "1.9", "1.16", "apps/v1", "review"),
  // The guide names no field changes for NetworkPolicy, but does not say "No notable changes" either.
  row("extensions/v1beta1", ["NetworkPolicy"], "1.9", "1.16", "networking.k8s.io/v1", "review"),
  row("extensions/v1beta1", ["PodSecurityPolicy"], "1.11", "1.16", undefined, "none", "PodSecurityPolicy is gone from Kubernetes 1.25: use Pod Security Admission or a policy engine"),
  // v1.22 (DG "v1.22")
  row("extensions/v1beta1", ["Ingress"], "1.14", "1.22", "networking.k8s.io/v1", "rewrite", "spec.backend becomes spec.defaultBackend, serviceName and servicePort become service.name and service.port, and every path needs a pathType"),
  row("networking.k8s.io/v1beta1", ["Ingress"], "1.19", "1.22", "networking.k8s.io/v1", "rewrite", "spec.backend becomes spec.defaultBackend, serviceName and servicePort become service.name and service.port, and every path needs a pathType"),
  row("networking.k8s.io/v1beta1", ["IngressClass"], "1.19", "1.22", "networking.k8s.io/v1", "rename"),
  row("admissionregistration.k8s.io/v1beta1", ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], "1.16", "1.22", "admissionregistration.k8s.io/v1", "rewrite", "every webhook needs sideEffects and admissionReviewVersions, and the defaults of failurePolicy, matchPolicy and timeoutSeconds change"),
  row("apiextensions.k8s.io/v1beta1", ["CustomResourceDefinition"], "1.16", "1.22", "apiextensions.k8s.io/v1", "rewrite", "spec.scope and a structural schema per version are required, and validation, subresources and printer columns move into spec.versions"),
  row("apiregistration.k8s.io/v1beta1", ["APIService"], "1.10", "1.22", "apiregistration.k8s.io/v1", "rename"),
  row("authentication.k8s.io/v1beta1", ["TokenReview"], "1.19", "1.22", "authentication.k8s.io/v1", "rename"),
  row("authorization.k8s.io/v1beta1", ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview", "SelfSubjectRulesReview"], "1.19", "1.22", "authorization.k8s.io/v1", "rewrite", "spec.group becomes spec.groups"),
  row("certificates.k8s.io/v1beta1", ["CertificateSigningRequest"], "1.19", "1.22", "certificates.k8s.io/v1", "rewrite", "spec.signerName and spec.usages are required"),
  row("coordination.k8s.io/v1beta1", ["Lease"], "1.19", "1.22", "coordination.k8s.io/v1", "rename"),
  row("rbac.authorization.k8s.io/v1beta1", ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], "1.17", "1.22", "rbac.authorization.k8s.io/v1", "rename"),
  row("scheduling.k8s.io/v1beta1", ["PriorityClass"], "1.14", "1.22", "scheduling.k8s.io/v1", "rename"),
  row("storage.k8s.io/v1beta1", ["CSIDriver", "StorageClass", "VolumeAttachment"], "1.19", "1.22", "storage.k8s.io/v1", "rename"),
  row("storage.k8s.io/v1beta1", ["CSINode"], "1.17", "1.22", "storage.k8s.io/v1", "rename"),
  // v1.25 (DG "v1.25")
  row("batch/v1beta1", ["CronJob"], "1.21", "1.25", "batch/v1", "rename"),
  row("discovery.k8s.io/v1beta1", ["EndpointSlice"], "1.21", "1.25", "discovery.k8s.io/v1", "rewrite", "topology gives way to nodeName and zone on each endpoint"),
  row("events.k8s.io/v1beta1", ["Event"], "1.22", "1.25", "events.k8s.io/v1", "rewrite", "involvedObject becomes regarding, and action, reason, reportingController and reportingInstance are required"),
  row("autoscaling/v2beta1", ["HorizontalPodAutoscaler"], "1.22", "1.25", "autoscaling/v2", "rewrite", "targetAverageUtilization becomes target.averageUtilization with target.type Utilization"),
  // An empty selector ({}) selects every pod in policy/v1 and none in policy/v1beta1.
  row("policy/v1beta1", ["PodDisruptionBudget"], "1.21", "1.25", "policy/v1", "review", "an empty spec.selector selects every pod of the namespace"),
  row("policy/v1beta1", ["PodSecurityPolicy"], "1.21", "1.25", undefined, "none", "PodSecurityPolicy has no replacement: use Pod Security Admission or a policy engine"),
  row("node.k8s.io/v1beta1", ["RuntimeClass"], "1.22", "1.25", "node.k8s.io/v1", "rename"),
  // v1.26, v1.27, v1.29, v1.32 (DG)
  row("flowcontrol.apiserver.k8s.io/v1beta1", ["FlowSchema", "PriorityLevelConfiguration"], "1.23", "1.26", "flowcontrol.apiserver.k8s.io/v1", "rewrite", "assuredConcurrencyShares becomes nominalConcurrencyShares"),
  // The guide's notable change for v2beta2 repeats v2beta1's (targetAverageUtilization, a v2beta1 field): kept a suggestion.
  row("autoscaling/v2beta2", ["HorizontalPodAutoscaler"], "1.23", "1.26", "autoscaling/v2", "review"),
  row("storage.k8s.io/v1beta1", ["CSIStorageCapacity"], "1.24", "1.27", "storage.k8s.io/v1", "rename"),
  row("flowcontrol.apiserver.k8s.io/v1beta2", ["FlowSchema", "PriorityLevelConfiguration"], "1.26", "1.29", "flowcontrol.apiserver.k8s.io/v1", "rewrite", "assuredConcurrencyShares becomes nominalConcurrencyShares"),
  row("flowcontrol.apiserver.k8s.io/v1beta3", ["FlowSchema", "PriorityLevelConfiguration"], "1.29", "1.32", "flowcontrol.apiserver.k8s.io/v1", "review", "nominalConcurrencyShares defaults to 30 only when unset (an explicit 0 stays 0)"),
  // Removed after 1.32 (LC; not in the guide copies read, so no documented field changes: a suggestion,
  // not a fix): reported only when the option's version reaches them.
  row("authentication.k8s.io/v1beta1", ["SelfSubjectReview"], "1.30", "1.33", "authentication.k8s.io/v1", "review"),
  row("admissionregistration.k8s.io/v1beta1", ["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"], "1.31", "1.34", "admissionregistration.k8s.io/v1", "review"),
  row("networking.k8s.io/v1beta1", ["IPAddress", "ServiceCIDR"], "1.34", "1.37", "networking.k8s.io/v1", "review"),
  row("storage.k8s.io/v1beta1", ["VolumeAttributesClass"], "1.34", "1.37", "storage.k8s.io/v1", "review"),
  // LC says deprecated 1.35 / removed 1.38, pluto says 1.33 / 1.36: unverified, never reported.
  row("resource.k8s.io/v1beta1", ["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"], "1.35", "1.38", "resource.k8s.io/v1", "review", undefined, false),
];

/** The row for an apiVersion and kind, if that pair was removed. */
export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return REMOVED_BY_KEY.get(`${apiVersion} ${kind}`);
}

const REMOVED_BY_KEY: ReadonlyMap<string, RemovedApi> = new Map(REMOVED_APIS.flatMap((api) => api.kinds.map((kind) => [`${api.apiVersion} ${kind}`, api] as const)));

/**
 * The oldest Kubernetes version EKS runs (as of 2026-12-06: 1.32, in extended
 * support until 2027-03-23; 1.31's ended 2026-11-26). Every API removed in it or
 * earlier is unavailable on every EKS cluster.
 */
export const OLDEST_EKS_KUBERNETES_VERSION = "1.32";

/** An alpha version (`v1alpha1`): EKS never enables alpha APIs ("Alpha features aren't supported"). */
export const ALPHA_VERSION = /^v\d+alpha\d+$/;

/** The version from which the kubelet refuses `gitRepo` volumes (feature gate `GitRepoVolumeDriver` off by default). */
export const GIT_REPO_VOLUME_DISABLED_IN = "1.33";

/** The minor number of a `1.NN` version, or undefined when it is not one. */
export function minorOf(version: string): number | undefined {
  const match = /^1\.(\d+)$/.exec(version);
  return match ? Number(match[1]) : undefined;
}
