/**
 * Kubernetes enum values `valid-schema` judges, by the Go type that declares
 * them. Values are case-sensitive. An empty string is never judged: Kubernetes
 * defaults most of these fields when they are empty.
 *
 * Sources: reference/eks-facts-apis.md §4 ("CORE": `kubernetes/api` `core/v1/types.go`,
 * `apps/v1/types.go`, `batch/v1/types.go`, `storage/v1/types.go`, the Go types the
 * API reference https://kubernetes.io/docs/reference/kubernetes-api/ is generated
 * from) and the API server's validation (`kubernetes/kubernetes`
 * `pkg/apis/*\/validation/validation.go`). `tests/facts/kubernetes-schemas.test.ts`
 * checks that every value here is one the `kubernetes-models` package (generated
 * from the Kubernetes OpenAPI document) lists too, where it lists the field's values.
 */

/** `Container.imagePullPolicy`, `ImageVolumeSource.pullPolicy` (`PullPolicy`). */
export const PULL_POLICIES = ["Always", "IfNotPresent", "Never"] as const;

/** Pod `spec.restartPolicy` (`RestartPolicy`). */
export const RESTART_POLICIES = ["Always", "OnFailure", "Never"] as const;
/** A Job's pod template (and a CronJob's): `batch/v1` validation allows only these. */
export const JOB_RESTART_POLICIES = ["OnFailure", "Never"] as const;
/**
 * The pod template of a Deployment, StatefulSet, DaemonSet, ReplicaSet or
 * ReplicationController: validation allows only `Always` ("supported values: Always").
 */
export const REPLICATED_RESTART_POLICIES = ["Always"] as const;
/** A container's own `restartPolicy` (`ContainerRestartPolicy`); `Always` on an init container makes it a sidecar. */
export const CONTAINER_RESTART_POLICIES = ["Always", "OnFailure", "Never"] as const;

/** `ContainerPort.protocol`, `ServicePort.protocol` (`Protocol`). */
export const PROTOCOLS = ["TCP", "UDP", "SCTP"] as const;

/** Service `spec.type` (`ServiceType`). */
export const SERVICE_TYPES = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"] as const;
/** Service `spec.externalTrafficPolicy` and `spec.internalTrafficPolicy`. */
export const TRAFFIC_POLICIES = ["Cluster", "Local"] as const;
/** Service `spec.sessionAffinity`. */
export const SESSION_AFFINITIES = ["None", "ClientIP"] as const;
/** Service `spec.ipFamilyPolicy`. */
export const IP_FAMILY_POLICIES = ["SingleStack", "PreferDualStack", "RequireDualStack"] as const;

/** PVC `spec.accessModes[]` (`PersistentVolumeAccessMode`). */
export const ACCESS_MODES = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"] as const;
/** PVC `spec.volumeMode` (`PersistentVolumeMode`). */
export const VOLUME_MODES = ["Filesystem", "Block"] as const;
/** StorageClass `volumeBindingMode`. */
export const VOLUME_BINDING_MODES = ["Immediate", "WaitForFirstConsumer"] as const;
/** StorageClass `reclaimPolicy`: validation rejects `Recycle`, which only a PersistentVolume takes. */
export const STORAGE_CLASS_RECLAIM_POLICIES = ["Delete", "Retain"] as const;

/** Pod `spec.dnsPolicy` (`DNSPolicy`). */
export const DNS_POLICIES = ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"] as const;
/** `httpGet.scheme` (`URIScheme`). */
export const URI_SCHEMES = ["HTTP", "HTTPS"] as const;

/** Probe handlers (`ProbeHandler`: "One and only one of the fields must be specified"). */
export const PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"] as const;
/**
 * Lifecycle hook handlers (`LifecycleHandler`): validation counts all four
 * ("must specify a handler type", "may not specify more than 1 handler type").
 */
export const LIFECYCLE_HANDLERS = ["exec", "httpGet", "sleep", "tcpSocket"] as const;

/** `Container.terminationMessagePolicy` (`TerminationMessagePolicy`). */
export const TERMINATION_MESSAGE_POLICIES = ["File", "FallbackToLogsOnError"] as const;
/** `VolumeMount.mountPropagation` (`MountPropagationMode`). */
export const MOUNT_PROPAGATION_MODES = ["None", "HostToContainer", "Bidirectional"] as const;
/** `seccompProfile.type` and `appArmorProfile.type`. */
export const SECURITY_PROFILE_TYPES = ["RuntimeDefault", "Unconfined", "Localhost"] as const;
/** `hostPath.type` (`HostPathType`; the empty string, no check, is also allowed). */
export const HOST_PATH_TYPES = ["DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice"] as const;
/** `Toleration.operator` (`TolerationOperator`; `Lt`/`Gt` are new, behind a feature gate). */
export const TOLERATION_OPERATORS = ["Exists", "Equal", "Lt", "Gt"] as const;
/** `Toleration.effect` (`TaintEffect`; empty means every effect). */
export const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"] as const;
/** `NodeSelectorRequirement.operator` (`NodeSelectorOperator`). */
export const NODE_SELECTOR_OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"] as const;
/**
 * `LabelSelectorRequirement.operator` (`LabelSelectorOperator`, apimachinery
 * `pkg/apis/meta/v1/types.go`; `ValidateLabelSelectorRequirement` rejects any other
 * value: "not a valid selector operator").
 */
export const LABEL_SELECTOR_OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"] as const;
/** `TopologySpreadConstraint.whenUnsatisfiable` (`UnsatisfiableConstraintAction`). */
export const UNSATISFIABLE_ACTIONS = ["DoNotSchedule", "ScheduleAnyway"] as const;

/** Deployment `spec.strategy.type` (`DeploymentStrategyType`). */
export const DEPLOYMENT_STRATEGIES = ["Recreate", "RollingUpdate"] as const;
/** StatefulSet and DaemonSet `spec.updateStrategy.type`. */
export const UPDATE_STRATEGIES = ["RollingUpdate", "OnDelete"] as const;
/** StatefulSet `spec.podManagementPolicy` (`PodManagementPolicyType`). */
export const POD_MANAGEMENT_POLICIES = ["OrderedReady", "Parallel"] as const;
/** CronJob `spec.concurrencyPolicy` (`ConcurrencyPolicy`). */
export const CONCURRENCY_POLICIES = ["Allow", "Forbid", "Replace"] as const;
/** Job `spec.completionMode` (`CompletionMode`). */
export const COMPLETION_MODES = ["NonIndexed", "Indexed"] as const;

/** Ingress `paths[].pathType` (`networking/v1` `PathType`). */
export const PATH_TYPES = ["Exact", "Prefix", "ImplementationSpecific"] as const;
/** PodDisruptionBudget `spec.unhealthyPodEvictionPolicy`. */
export const UNHEALTHY_POD_EVICTION_POLICIES = ["IfHealthyBudget", "AlwaysAllow"] as const;
