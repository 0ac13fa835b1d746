/**
 * Kubernetes facts the recognizer and every EKS rule share: which kinds are
 * workloads and where their pod template sits, which API groups are built in
 * (custom resources get no reports unless a rule names their kind), and which
 * pod-level security context members a container inherits.
 *
 * Sources: Kubernetes API reference (https://kubernetes.io/docs/reference/kubernetes-api/),
 * `kubernetes/api` `core/v1/types.go`, `apps/v1/types.go`, `batch/v1/types.go`;
 * reference/eks-facts-apis.md §1 and §4.
 */

/**
 * Workload kinds and the path from the object to its pod template (`metadata` +
 * `spec`). A Pod is its own template. RULES.md decision: these eight kinds are
 * read through their pod templates.
 */
export const WORKLOAD_TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

/** Workloads whose pods run until replaced (the ones a readiness probe and replicas matter for). */
export const LONG_RUNNING_WORKLOADS: ReadonlySet<string> = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"]);

/** Workloads with `spec.replicas` (absent means 1: `DeploymentSpec.replicas`, "Defaults to 1"). */
export const REPLICATED_WORKLOADS: ReadonlySet<string> = new Set(["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"]);

/**
 * The API groups Kubernetes serves itself (`""` is the core group, `apiVersion: v1`).
 * Any other group is a custom resource's (Argo, Karpenter, cert-manager, the AWS
 * controllers' CRDs…), or a tool's own config format (kustomize, skaffold, eksctl).
 * Source: Kubernetes API reference, "API Groups"; kubectl api-resources on v1.33.
 */
export const BUILT_IN_API_GROUPS: ReadonlySet<string> = new Set([
  "",
  "admissionregistration.k8s.io",
  "apiextensions.k8s.io",
  "apiregistration.k8s.io",
  "apps",
  "authentication.k8s.io",
  "authorization.k8s.io",
  "autoscaling",
  "batch",
  "certificates.k8s.io",
  "coordination.k8s.io",
  "discovery.k8s.io",
  "events.k8s.io",
  "extensions",
  "flowcontrol.apiserver.k8s.io",
  "internal.apiserver.k8s.io",
  "networking.k8s.io",
  "node.k8s.io",
  "policy",
  "rbac.authorization.k8s.io",
  "resource.k8s.io",
  "scheduling.k8s.io",
  "storage.k8s.io",
  "storagemigration.k8s.io",
]);

/**
 * Pod-level `securityContext` members that also exist on containers, where the
 * container's value wins (`PodSecurityContext`: "If set in both SecurityContext
 * and PodSecurityContext, the value specified in SecurityContext takes precedence").
 */
export const INHERITED_SECURITY_MEMBERS: ReadonlySet<string> = new Set([
  "runAsUser",
  "runAsGroup",
  "runAsNonRoot",
  "seLinuxOptions",
  "seccompProfile",
  "appArmorProfile",
  "windowsOptions",
]);

/** The service account a pod runs as when its spec names none (`PodSpec.serviceAccountName`). */
export const DEFAULT_SERVICE_ACCOUNT = "default";

/**
 * Strategic-merge-patch directives: an object carrying one is a patch, not a
 * whole object. https://github.com/kubernetes/community/blob/master/contributors/devel/sig-api-machinery/strategic-merge-patch.md
 */
export const PATCH_DIRECTIVE = /^\$(?:patch|retainKeys|setElementOrder\/|deleteFromPrimitiveList\/)/;
