/**
 * The Kubernetes kinds `valid-schema` judges, by `apiVersion` and `kind`: the
 * workloads (`src/facts/kubernetes-workload-schema.ts`), and here Service, Ingress,
 * PersistentVolumeClaim, StorageClass, PodDisruptionBudget, HorizontalPodAutoscaler
 * (`autoscaling/v2` and `autoscaling/v1`) and ServiceAccount.
 *
 * Only the GA versions Kubernetes serves are modelled: an object of a removed
 * version (`extensions/v1beta1` Ingress) is `eks-deprecated-api`'s to report, and
 * its body is not judged; neither are custom resources nor kinds not listed here.
 *
 * Source: Kubernetes API reference (https://kubernetes.io/docs/reference/kubernetes-api/),
 * `kubernetes/api` `core/v1`, `networking/v1`, `storage/v1`, `policy/v1`,
 * `autoscaling/v2`, `autoscaling/v1` `types.go`; reference/eks-facts-apis.md §4;
 * checked against `kubernetes-models` by `tests/facts/kubernetes-schemas.test.ts`.
 */
import {
  IP_FAMILY_POLICIES,
  PATH_TYPES,
  PROTOCOLS,
  SERVICE_TYPES,
  SESSION_AFFINITIES,
  STORAGE_CLASS_RECLAIM_POLICIES,
  TRAFFIC_POLICIES,
  UNHEALTHY_POD_EVICTION_POLICIES,
  VOLUME_BINDING_MODES,
} from "./kubernetes-enums.js";
import { countOrPercent, LABEL_SELECTOR, LOCAL_OBJECT_REFERENCE, OBJECT_META, OBJECT_REFERENCE, portNumberOrName, quantity } from "./kubernetes-meta-schema.js";
import { PERSISTENT_VOLUME_CLAIM_SPEC, TYPED_LOCAL_OBJECT_REFERENCE } from "./kubernetes-volume-schema.js";
import { CRON_JOB, DAEMON_SET, DEPLOYMENT, JOB, POD, REPLICA_SET, REPLICATION_CONTROLLER, STATEFUL_SET } from "./kubernetes-workload-schema.js";
import { boolean, document, integer, list, map, required, string, struct, type StructSchema } from "./schema.js";

export const SERVICE_PORT: StructSchema = struct("ServicePort", {
  appProtocol: string(),
  name: string(),
  nodePort: integer(),
  port: required(integer({ min: 1, max: 65535 })),
  protocol: string({ enum: PROTOCOLS }),
  targetPort: portNumberOrName,
});

export const CLIENT_IP_CONFIG: StructSchema = struct("ClientIPConfig", {
  timeoutSeconds: integer(),
});

export const SESSION_AFFINITY_CONFIG: StructSchema = struct("SessionAffinityConfig", {
  clientIP: CLIENT_IP_CONFIG,
});

export const SERVICE_SPEC: StructSchema = struct("ServiceSpec", {
  allocateLoadBalancerNodePorts: boolean,
  clusterIP: string(),
  clusterIPs: list(string()),
  externalIPs: list(string()),
  externalName: string(),
  externalTrafficPolicy: string({ enum: TRAFFIC_POLICIES }),
  healthCheckNodePort: integer(),
  internalTrafficPolicy: string({ enum: TRAFFIC_POLICIES }),
  ipFamilies: list(string()),
  ipFamilyPolicy: string({ enum: IP_FAMILY_POLICIES }),
  loadBalancerClass: string(),
  loadBalancerIP: string(),
  loadBalancerSourceRanges: list(string()),
  ports: list(SERVICE_PORT),
  publishNotReadyAddresses: boolean,
  selector: map,
  sessionAffinity: string({ enum: SESSION_AFFINITIES }),
  sessionAffinityConfig: SESSION_AFFINITY_CONFIG,
  trafficDistribution: string(),
  type: string({ enum: SERVICE_TYPES }),
});

export const SERVICE: StructSchema = struct("Service", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: SERVICE_SPEC,
  status: document,
});

export const SERVICE_BACKEND_PORT: StructSchema = struct("ServiceBackendPort", {
  name: string(),
  number: integer(),
});

export const INGRESS_SERVICE_BACKEND: StructSchema = struct("IngressServiceBackend", {
  name: required(string()),
  port: SERVICE_BACKEND_PORT,
});

export const INGRESS_BACKEND: StructSchema = struct("IngressBackend", {
  resource: TYPED_LOCAL_OBJECT_REFERENCE,
  service: INGRESS_SERVICE_BACKEND,
});

export const HTTP_INGRESS_PATH: StructSchema = struct("HTTPIngressPath", {
  backend: required(INGRESS_BACKEND),
  path: string(),
  pathType: required(string({ enum: PATH_TYPES })),
});

export const HTTP_INGRESS_RULE_VALUE: StructSchema = struct("HTTPIngressRuleValue", {
  paths: required(list(HTTP_INGRESS_PATH)),
});

export const INGRESS_RULE: StructSchema = struct("IngressRule", {
  host: string(),
  http: HTTP_INGRESS_RULE_VALUE,
});

export const INGRESS_TLS: StructSchema = struct("IngressTLS", {
  hosts: list(string()),
  secretName: string(),
});

export const INGRESS_SPEC: StructSchema = struct("IngressSpec", {
  defaultBackend: INGRESS_BACKEND,
  ingressClassName: string(),
  rules: list(INGRESS_RULE),
  tls: list(INGRESS_TLS),
});

export const INGRESS: StructSchema = struct("Ingress", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: INGRESS_SPEC,
  status: document,
});

export const PERSISTENT_VOLUME_CLAIM: StructSchema = struct("PersistentVolumeClaim", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: PERSISTENT_VOLUME_CLAIM_SPEC,
  status: document,
});

export const TOPOLOGY_SELECTOR_LABEL_REQUIREMENT: StructSchema = struct("TopologySelectorLabelRequirement", {
  key: required(string()),
  values: required(list(string())),
});

export const TOPOLOGY_SELECTOR_TERM: StructSchema = struct("TopologySelectorTerm", {
  matchLabelExpressions: list(TOPOLOGY_SELECTOR_LABEL_REQUIREMENT),
});

export const STORAGE_CLASS: StructSchema = struct("StorageClass", {
  allowVolumeExpansion: boolean,
  allowedTopologies: list(TOPOLOGY_SELECTOR_TERM),
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  mountOptions: list(string()),
  parameters: map,
  provisioner: required(string()),
  reclaimPolicy: string({ enum: STORAGE_CLASS_RECLAIM_POLICIES }),
  volumeBindingMode: string({ enum: VOLUME_BINDING_MODES }),
});

export const POD_DISRUPTION_BUDGET_SPEC: StructSchema = struct("PodDisruptionBudgetSpec", {
  maxUnavailable: countOrPercent,
  minAvailable: countOrPercent,
  selector: LABEL_SELECTOR,
  unhealthyPodEvictionPolicy: string({ enum: UNHEALTHY_POD_EVICTION_POLICIES }),
});

export const POD_DISRUPTION_BUDGET: StructSchema = struct("PodDisruptionBudget", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: POD_DISRUPTION_BUDGET_SPEC,
  status: document,
});

export const HPA_SCALING_POLICY: StructSchema = struct("HPAScalingPolicy", {
  periodSeconds: required(integer()),
  type: required(string()),
  value: required(integer()),
});

export const HPA_SCALING_RULES: StructSchema = struct("HPAScalingRules", {
  policies: list(HPA_SCALING_POLICY),
  selectPolicy: string(),
  stabilizationWindowSeconds: integer(),
  tolerance: quantity,
});

export const HORIZONTAL_POD_AUTOSCALER_BEHAVIOR: StructSchema = struct("HorizontalPodAutoscalerBehavior", {
  scaleDown: HPA_SCALING_RULES,
  scaleUp: HPA_SCALING_RULES,
});

export const METRIC_TARGET: StructSchema = struct("MetricTarget", {
  averageUtilization: integer(),
  averageValue: quantity,
  type: required(string()),
  value: quantity,
});

export const CONTAINER_RESOURCE_METRIC_SOURCE: StructSchema = struct("ContainerResourceMetricSource", {
  container: required(string()),
  name: required(string()),
  target: required(METRIC_TARGET),
});

export const METRIC_IDENTIFIER: StructSchema = struct("MetricIdentifier", {
  name: required(string()),
  selector: LABEL_SELECTOR,
});

export const EXTERNAL_METRIC_SOURCE: StructSchema = struct("ExternalMetricSource", {
  metric: required(METRIC_IDENTIFIER),
  target: required(METRIC_TARGET),
});

export const CROSS_VERSION_OBJECT_REFERENCE: StructSchema = struct("CrossVersionObjectReference", {
  apiVersion: string(),
  kind: required(string()),
  name: required(string()),
});

export const OBJECT_METRIC_SOURCE: StructSchema = struct("ObjectMetricSource", {
  describedObject: required(CROSS_VERSION_OBJECT_REFERENCE),
  metric: required(METRIC_IDENTIFIER),
  target: required(METRIC_TARGET),
});

export const PODS_METRIC_SOURCE: StructSchema = struct("PodsMetricSource", {
  metric: required(METRIC_IDENTIFIER),
  target: required(METRIC_TARGET),
});

export const RESOURCE_METRIC_SOURCE: StructSchema = struct("ResourceMetricSource", {
  name: required(string()),
  target: required(METRIC_TARGET),
});

export const METRIC_SPEC: StructSchema = struct("MetricSpec", {
  containerResource: CONTAINER_RESOURCE_METRIC_SOURCE,
  external: EXTERNAL_METRIC_SOURCE,
  object: OBJECT_METRIC_SOURCE,
  pods: PODS_METRIC_SOURCE,
  resource: RESOURCE_METRIC_SOURCE,
  type: required(string()),
});

export const HORIZONTAL_POD_AUTOSCALER_SPEC: StructSchema = struct("HorizontalPodAutoscalerSpec", {
  behavior: HORIZONTAL_POD_AUTOSCALER_BEHAVIOR,
  maxReplicas: required(integer()),
  metrics: list(METRIC_SPEC),
  minReplicas: integer(),
  scaleTargetRef: required(CROSS_VERSION_OBJECT_REFERENCE),
});

export const HORIZONTAL_POD_AUTOSCALER: StructSchema = struct("HorizontalPodAutoscaler", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: required(HORIZONTAL_POD_AUTOSCALER_SPEC),
  status: document,
});

export const HORIZONTAL_POD_AUTOSCALER_SPEC_V1: StructSchema = struct("HorizontalPodAutoscalerSpec", {
  maxReplicas: required(integer()),
  minReplicas: integer(),
  scaleTargetRef: required(CROSS_VERSION_OBJECT_REFERENCE),
  targetCPUUtilizationPercentage: integer(),
});

export const HORIZONTAL_POD_AUTOSCALER_V1: StructSchema = struct("HorizontalPodAutoscaler", {
  apiVersion: required(string()),
  kind: required(string()),
  metadata: OBJECT_META,
  spec: required(HORIZONTAL_POD_AUTOSCALER_SPEC_V1),
  status: document,
});

export const SERVICE_ACCOUNT: StructSchema = struct("ServiceAccount", {
  apiVersion: required(string()),
  automountServiceAccountToken: boolean,
  imagePullSecrets: list(LOCAL_OBJECT_REFERENCE),
  kind: required(string()),
  metadata: OBJECT_META,
  secrets: list(OBJECT_REFERENCE),
});

/** The shape of each modelled kind, by `apiVersion` and `kind` ("apps/v1 Deployment"). */
const SHAPES: ReadonlyMap<string, StructSchema> = new Map([
  ["v1 Pod", POD],
  ["apps/v1 Deployment", DEPLOYMENT],
  ["apps/v1 StatefulSet", STATEFUL_SET],
  ["apps/v1 DaemonSet", DAEMON_SET],
  ["apps/v1 ReplicaSet", REPLICA_SET],
  ["v1 ReplicationController", REPLICATION_CONTROLLER],
  ["batch/v1 Job", JOB],
  ["batch/v1 CronJob", CRON_JOB],
  ["v1 Service", SERVICE],
  ["networking.k8s.io/v1 Ingress", INGRESS],
  ["v1 PersistentVolumeClaim", PERSISTENT_VOLUME_CLAIM],
  ["storage.k8s.io/v1 StorageClass", STORAGE_CLASS],
  ["policy/v1 PodDisruptionBudget", POD_DISRUPTION_BUDGET],
  ["autoscaling/v2 HorizontalPodAutoscaler", HORIZONTAL_POD_AUTOSCALER],
  ["autoscaling/v1 HorizontalPodAutoscaler", HORIZONTAL_POD_AUTOSCALER_V1],
  ["v1 ServiceAccount", SERVICE_ACCOUNT],
]);

/** Every modelled kind, as `[apiVersion, kind, shape]` (for the test that compares them with `kubernetes-models`). */
export const KUBERNETES_SHAPES: readonly (readonly [string, string, StructSchema])[] = [...SHAPES].map(([key, shape]) => [...(key.split(" ") as [string, string]), shape] as const);

/** The shape of an object of this `apiVersion` and `kind`; undefined for kinds and versions not modelled. */
export function kubernetesShape(apiVersion: string, kind: string): StructSchema | undefined {
  return SHAPES.get(`${apiVersion} ${kind}`);
}
