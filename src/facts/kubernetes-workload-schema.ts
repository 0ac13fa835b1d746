/**
 * Kubernetes workloads: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, Job and CronJob. Each holds a pod spec (`src/facts/kubernetes-pod-schema.ts`),
 * whose `restartPolicy` the workload restricts: `Always` for the replicated kinds,
 * `OnFailure` or `Never` for Jobs.
 *
 * Source: Kubernetes API reference, "Workload Resources"
 * (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/),
 * `kubernetes/api` `apps/v1/types.go`, `batch/v1/types.go`, `core/v1/types.go`;
 * checked against `kubernetes-models` by `tests/facts/kubernetes-schemas.test.ts`.
 */
import { COMPLETION_MODES, CONCURRENCY_POLICIES, DEPLOYMENT_STRATEGIES, POD_MANAGEMENT_POLICIES, UPDATE_STRATEGIES } from "./kubernetes-enums.js";
import { countOrPercent, LABEL_SELECTOR, OBJECT_META } from "./kubernetes-meta-schema.js";
import { JOB_POD_TEMPLATE_SPEC, POD_SPEC, REPLICATED_POD_TEMPLATE_SPEC } from "./kubernetes-pod-schema.js";
import { PERSISTENT_VOLUME_CLAIM_SPEC } from "./kubernetes-volume-schema.js";
import { boolean, document, integer, list, map, required, string, struct, type StructSchema } from "./schema.js";

export const POD: StructSchema = struct("Pod", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: POD_SPEC,
  status: document,
});

export const ROLLING_UPDATE_DEPLOYMENT: StructSchema = struct("RollingUpdateDeployment", {
  maxSurge: countOrPercent,
  maxUnavailable: countOrPercent,
});

export const DEPLOYMENT_STRATEGY: StructSchema = struct("DeploymentStrategy", {
  rollingUpdate: ROLLING_UPDATE_DEPLOYMENT,
  type: string({ enum: DEPLOYMENT_STRATEGIES }),
});

export const DEPLOYMENT_SPEC: StructSchema = struct("DeploymentSpec", {
  minReadySeconds: integer(),
  paused: boolean,
  progressDeadlineSeconds: integer(),
  replicas: integer(),
  revisionHistoryLimit: integer(),
  selector: required(LABEL_SELECTOR),
  strategy: DEPLOYMENT_STRATEGY,
  template: required(REPLICATED_POD_TEMPLATE_SPEC),
});

export const DEPLOYMENT: StructSchema = struct("Deployment", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: DEPLOYMENT_SPEC,
  status: document,
});

export const STATEFUL_SET_ORDINALS: StructSchema = struct("StatefulSetOrdinals", {
  start: integer(),
});

export const STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY: StructSchema = struct("StatefulSetPersistentVolumeClaimRetentionPolicy", {
  whenDeleted: string(),
  whenScaled: string(),
});

export const ROLLING_UPDATE_STATEFUL_SET_STRATEGY: StructSchema = struct("RollingUpdateStatefulSetStrategy", {
  maxUnavailable: countOrPercent,
  partition: integer(),
});

export const STATEFUL_SET_UPDATE_STRATEGY: StructSchema = struct("StatefulSetUpdateStrategy", {
  rollingUpdate: ROLLING_UPDATE_STATEFUL_SET_STRATEGY,
  type: string({ enum: UPDATE_STRATEGIES }),
});

export const STATEFUL_SET_VOLUME_CLAIM: StructSchema = struct("PersistentVolumeClaim", {
  apiVersion: string(),
  kind: string(),
  metadata: OBJECT_META,
  spec: PERSISTENT_VOLUME_CLAIM_SPEC,
  status: document,
});

export const STATEFUL_SET_SPEC: StructSchema = struct("StatefulSetSpec", {
  minReadySeconds: integer(),
  ordinals: STATEFUL_SET_ORDINALS,
  persistentVolumeClaimRetentionPolicy: STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY,
  podManagementPolicy: string({ enum: POD_MANAGEMENT_POLICIES }),
  replicas: integer(),
  revisionHistoryLimit: integer(),
  selector: required(LABEL_SELECTOR),
  serviceName: string(),
  template: required(REPLICATED_POD_TEMPLATE_SPEC),
  updateStrategy: STATEFUL_SET_UPDATE_STRATEGY,
  volumeClaimTemplates: list(STATEFUL_SET_VOLUME_CLAIM),
});

export const STATEFUL_SET: StructSchema = struct("StatefulSet", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: STATEFUL_SET_SPEC,
  status: document,
});

export const ROLLING_UPDATE_DAEMON_SET: StructSchema = struct("RollingUpdateDaemonSet", {
  maxSurge: countOrPercent,
  maxUnavailable: countOrPercent,
});

export const DAEMON_SET_UPDATE_STRATEGY: StructSchema = struct("DaemonSetUpdateStrategy", {
  rollingUpdate: ROLLING_UPDATE_DAEMON_SET,
  type: string({ enum: UPDATE_STRATEGIES }),
});

export const DAEMON_SET_SPEC: StructSchema = struct("DaemonSetSpec", {
  minReadySeconds: integer(),
  revisionHistoryLimit: integer(),
  selector: required(LABEL_SELECTOR),
  template: required(REPLICATED_POD_TEMPLATE_SPEC),
  updateStrategy: DAEMON_SET_UPDATE_STRATEGY,
});

export const DAEMON_SET: StructSchema = struct("DaemonSet", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: DAEMON_SET_SPEC,
  status: document,
});

export const REPLICA_SET_SPEC: StructSchema = struct("ReplicaSetSpec", {
  minReadySeconds: integer(),
  replicas: integer(),
  selector: required(LABEL_SELECTOR),
  template: REPLICATED_POD_TEMPLATE_SPEC,
});

export const REPLICA_SET: StructSchema = struct("ReplicaSet", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: REPLICA_SET_SPEC,
  status: document,
});

export const REPLICATION_CONTROLLER_SPEC: StructSchema = struct("ReplicationControllerSpec", {
  minReadySeconds: integer(),
  replicas: integer(),
  selector: map,
  template: REPLICATED_POD_TEMPLATE_SPEC,
});

export const REPLICATION_CONTROLLER: StructSchema = struct("ReplicationController", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: REPLICATION_CONTROLLER_SPEC,
  status: document,
});

export const POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT: StructSchema = struct("PodFailurePolicyOnExitCodesRequirement", {
  containerName: string(),
  operator: required(string()),
  values: required(list(integer())),
});

export const POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN: StructSchema = struct("PodFailurePolicyOnPodConditionsPattern", {
  status: string(),
  type: required(string()),
});

export const POD_FAILURE_POLICY_RULE: StructSchema = struct("PodFailurePolicyRule", {
  action: required(string()),
  onExitCodes: POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT,
  onPodConditions: list(POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN),
});

export const POD_FAILURE_POLICY: StructSchema = struct("PodFailurePolicy", {
  rules: required(list(POD_FAILURE_POLICY_RULE)),
});

export const SUCCESS_POLICY_RULE: StructSchema = struct("SuccessPolicyRule", {
  succeededCount: integer(),
  succeededIndexes: string(),
});

export const SUCCESS_POLICY: StructSchema = struct("SuccessPolicy", {
  rules: required(list(SUCCESS_POLICY_RULE)),
});

export const JOB_SPEC: StructSchema = struct("JobSpec", {
  activeDeadlineSeconds: integer(),
  backoffLimit: integer(),
  backoffLimitPerIndex: integer(),
  completionMode: string({ enum: COMPLETION_MODES }),
  completions: integer(),
  managedBy: string(),
  manualSelector: boolean,
  maxFailedIndexes: integer(),
  parallelism: integer(),
  podFailurePolicy: POD_FAILURE_POLICY,
  podReplacementPolicy: string(),
  selector: LABEL_SELECTOR,
  successPolicy: SUCCESS_POLICY,
  suspend: boolean,
  template: required(JOB_POD_TEMPLATE_SPEC),
  ttlSecondsAfterFinished: integer(),
});

export const JOB: StructSchema = struct("Job", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: JOB_SPEC,
  status: document,
});

export const JOB_TEMPLATE_SPEC: StructSchema = struct("JobTemplateSpec", {
  metadata: OBJECT_META,
  spec: JOB_SPEC,
});

export const CRON_JOB_SPEC: StructSchema = struct("CronJobSpec", {
  concurrencyPolicy: string({ enum: CONCURRENCY_POLICIES }),
  failedJobsHistoryLimit: integer(),
  jobTemplate: required(JOB_TEMPLATE_SPEC),
  schedule: required(string()),
  startingDeadlineSeconds: integer(),
  successfulJobsHistoryLimit: integer(),
  suspend: boolean,
  timeZone: string(),
});

export const CRON_JOB: StructSchema = struct("CronJob", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: required(CRON_JOB_SPEC),
  status: document,
});
