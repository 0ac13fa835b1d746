/**
 * The Kubernetes pod spec: containers (ports, environment, probes, lifecycle
 * hooks, resources, security context), scheduling (affinity, tolerations,
 * topology spread), the pod security context, and the pod templates workloads hold.
 *
 * Source: Kubernetes API reference, "Pod" and "Container"
 * (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/),
 * `kubernetes/api` `core/v1/types.go`, and the API server's validation
 * (`pkg/apis/core/validation`: probe and lifecycle handlers, restart policies);
 * checked against `kubernetes-models` by `tests/facts/kubernetes-schemas.test.ts`.
 */
import {
  CONTAINER_RESTART_POLICIES,
  DNS_POLICIES,
  JOB_RESTART_POLICIES,
  LIFECYCLE_HANDLERS,
  MOUNT_PROPAGATION_MODES,
  NODE_SELECTOR_OPERATORS,
  PROBE_HANDLERS,
  PROTOCOLS,
  PULL_POLICIES,
  REPLICATED_RESTART_POLICIES,
  RESTART_POLICIES,
  SECURITY_PROFILE_TYPES,
  TAINT_EFFECTS,
  TERMINATION_MESSAGE_POLICIES,
  TOLERATION_OPERATORS,
  UNSATISFIABLE_ACTIONS,
  URI_SCHEMES,
} from "./kubernetes-enums.js";
import { LABEL_SELECTOR, LOCAL_OBJECT_REFERENCE, OBJECT_META, portNumberOrName, quantity } from "./kubernetes-meta-schema.js";
import { OBJECT_FIELD_SELECTOR, RESOURCE_FIELD_SELECTOR, VOLUME } from "./kubernetes-volume-schema.js";
import { boolean, integer, list, map, mapOf, required, string, struct, type StructSchema } from "./schema.js";

export const NODE_SELECTOR_REQUIREMENT: StructSchema = struct("NodeSelectorRequirement", {
  key: required(string()),
  operator: required(string({ enum: NODE_SELECTOR_OPERATORS })),
  values: list(string()),
});

export const NODE_SELECTOR_TERM: StructSchema = struct("NodeSelectorTerm", {
  matchExpressions: list(NODE_SELECTOR_REQUIREMENT),
  matchFields: list(NODE_SELECTOR_REQUIREMENT),
});

export const PREFERRED_SCHEDULING_TERM: StructSchema = struct("PreferredSchedulingTerm", {
  preference: required(NODE_SELECTOR_TERM),
  weight: required(integer()),
});

export const NODE_SELECTOR: StructSchema = struct("NodeSelector", {
  nodeSelectorTerms: required(list(NODE_SELECTOR_TERM)),
});

export const NODE_AFFINITY: StructSchema = struct("NodeAffinity", {
  preferredDuringSchedulingIgnoredDuringExecution: list(PREFERRED_SCHEDULING_TERM),
  requiredDuringSchedulingIgnoredDuringExecution: NODE_SELECTOR,
});

export const POD_AFFINITY_TERM: StructSchema = struct("PodAffinityTerm", {
  labelSelector: LABEL_SELECTOR,
  matchLabelKeys: list(string()),
  mismatchLabelKeys: list(string()),
  namespaceSelector: LABEL_SELECTOR,
  namespaces: list(string()),
  topologyKey: required(string()),
});

export const WEIGHTED_POD_AFFINITY_TERM: StructSchema = struct("WeightedPodAffinityTerm", {
  podAffinityTerm: required(POD_AFFINITY_TERM),
  weight: required(integer()),
});

export const POD_AFFINITY: StructSchema = struct("PodAffinity", {
  preferredDuringSchedulingIgnoredDuringExecution: list(WEIGHTED_POD_AFFINITY_TERM),
  requiredDuringSchedulingIgnoredDuringExecution: list(POD_AFFINITY_TERM),
});

export const POD_ANTI_AFFINITY: StructSchema = struct("PodAntiAffinity", {
  preferredDuringSchedulingIgnoredDuringExecution: list(WEIGHTED_POD_AFFINITY_TERM),
  requiredDuringSchedulingIgnoredDuringExecution: list(POD_AFFINITY_TERM),
});

export const AFFINITY: StructSchema = struct("Affinity", {
  nodeAffinity: NODE_AFFINITY,
  podAffinity: POD_AFFINITY,
  podAntiAffinity: POD_ANTI_AFFINITY,
});

export const CONFIG_MAP_KEY_SELECTOR: StructSchema = struct("ConfigMapKeySelector", {
  key: required(string()),
  name: string(),
  optional: boolean,
});

export const FILE_KEY_SELECTOR: StructSchema = struct("FileKeySelector", {
  key: required(string()),
  optional: boolean,
  path: required(string()),
  volumeName: required(string()),
});

export const SECRET_KEY_SELECTOR: StructSchema = struct("SecretKeySelector", {
  key: required(string()),
  name: string(),
  optional: boolean,
});

export const ENV_VAR_SOURCE: StructSchema = struct("EnvVarSource", {
  configMapKeyRef: CONFIG_MAP_KEY_SELECTOR,
  fieldRef: OBJECT_FIELD_SELECTOR,
  fileKeyRef: FILE_KEY_SELECTOR,
  resourceFieldRef: RESOURCE_FIELD_SELECTOR,
  secretKeyRef: SECRET_KEY_SELECTOR,
});

export const ENV_VAR: StructSchema = struct("EnvVar", {
  name: required(string()),
  value: string(),
  valueFrom: ENV_VAR_SOURCE,
});

export const CONFIG_MAP_ENV_SOURCE: StructSchema = struct("ConfigMapEnvSource", {
  name: string(),
  optional: boolean,
});

export const SECRET_ENV_SOURCE: StructSchema = struct("SecretEnvSource", {
  name: string(),
  optional: boolean,
});

export const ENV_FROM_SOURCE: StructSchema = struct("EnvFromSource", {
  configMapRef: CONFIG_MAP_ENV_SOURCE,
  prefix: string(),
  secretRef: SECRET_ENV_SOURCE,
});

export const EXEC_ACTION: StructSchema = struct("ExecAction", {
  command: list(string()),
});

export const HTTP_HEADER: StructSchema = struct("HTTPHeader", {
  name: required(string()),
  value: required(string()),
});

export const HTTP_GET_ACTION: StructSchema = struct("HTTPGetAction", {
  host: string(),
  httpHeaders: list(HTTP_HEADER),
  path: string(),
  port: required(portNumberOrName),
  scheme: string({ enum: URI_SCHEMES }),
});

export const SLEEP_ACTION: StructSchema = struct("SleepAction", {
  seconds: required(integer()),
});

export const TCP_SOCKET_ACTION: StructSchema = struct("TCPSocketAction", {
  host: string(),
  port: required(portNumberOrName),
});

export const LIFECYCLE_HANDLER: StructSchema = struct("LifecycleHandler", {
  exec: EXEC_ACTION,
  httpGet: HTTP_GET_ACTION,
  sleep: SLEEP_ACTION,
  tcpSocket: TCP_SOCKET_ACTION,
}, { oneOf: { members: LIFECYCLE_HANDLERS, atLeastOne: true } });

export const LIFECYCLE: StructSchema = struct("Lifecycle", {
  postStart: LIFECYCLE_HANDLER,
  preStop: LIFECYCLE_HANDLER,
  stopSignal: string(),
});

export const GRPC_ACTION: StructSchema = struct("GRPCAction", {
  port: required(integer()),
  service: string(),
});

export const PROBE: StructSchema = struct("Probe", {
  exec: EXEC_ACTION,
  failureThreshold: integer(),
  grpc: GRPC_ACTION,
  httpGet: HTTP_GET_ACTION,
  initialDelaySeconds: integer(),
  periodSeconds: integer(),
  successThreshold: integer(),
  tcpSocket: TCP_SOCKET_ACTION,
  terminationGracePeriodSeconds: integer(),
  timeoutSeconds: integer(),
}, { oneOf: { members: PROBE_HANDLERS, atLeastOne: true } });

export const CONTAINER_PORT: StructSchema = struct("ContainerPort", {
  containerPort: required(integer({ min: 1, max: 65535 })),
  hostIP: string(),
  hostPort: integer(),
  name: string(),
  protocol: string({ enum: PROTOCOLS }),
});

export const CONTAINER_RESIZE_POLICY: StructSchema = struct("ContainerResizePolicy", {
  resourceName: required(string()),
  restartPolicy: required(string()),
});

export const RESOURCE_CLAIM: StructSchema = struct("ResourceClaim", {
  name: required(string()),
  request: string(),
});

export const RESOURCE_REQUIREMENTS: StructSchema = struct("ResourceRequirements", {
  claims: list(RESOURCE_CLAIM),
  limits: mapOf(quantity),
  requests: mapOf(quantity),
});

export const CONTAINER_RESTART_RULE_ON_EXIT_CODES: StructSchema = struct("ContainerRestartRuleOnExitCodes", {
  operator: required(string()),
  values: list(integer()),
});

export const CONTAINER_RESTART_RULE: StructSchema = struct("ContainerRestartRule", {
  action: required(string()),
  exitCodes: CONTAINER_RESTART_RULE_ON_EXIT_CODES,
});

export const APP_ARMOR_PROFILE: StructSchema = struct("AppArmorProfile", {
  localhostProfile: string(),
  type: required(string({ enum: SECURITY_PROFILE_TYPES })),
});

export const CAPABILITIES: StructSchema = struct("Capabilities", {
  add: list(string()),
  drop: list(string()),
});

export const SE_LINUX_OPTIONS: StructSchema = struct("SELinuxOptions", {
  level: string(),
  role: string(),
  type: string(),
  user: string(),
});

export const SECCOMP_PROFILE: StructSchema = struct("SeccompProfile", {
  localhostProfile: string(),
  type: required(string({ enum: SECURITY_PROFILE_TYPES })),
});

export const WINDOWS_SECURITY_CONTEXT_OPTIONS: StructSchema = struct("WindowsSecurityContextOptions", {
  gmsaCredentialSpec: string(),
  gmsaCredentialSpecName: string(),
  hostProcess: boolean,
  runAsUserName: string(),
});

export const SECURITY_CONTEXT: StructSchema = struct("SecurityContext", {
  allowPrivilegeEscalation: boolean,
  appArmorProfile: APP_ARMOR_PROFILE,
  capabilities: CAPABILITIES,
  privileged: boolean,
  procMount: string(),
  readOnlyRootFilesystem: boolean,
  runAsGroup: integer(),
  runAsNonRoot: boolean,
  runAsUser: integer(),
  seLinuxOptions: SE_LINUX_OPTIONS,
  seccompProfile: SECCOMP_PROFILE,
  windowsOptions: WINDOWS_SECURITY_CONTEXT_OPTIONS,
});

export const VOLUME_DEVICE: StructSchema = struct("VolumeDevice", {
  devicePath: required(string()),
  name: required(string()),
});

export const VOLUME_MOUNT: StructSchema = struct("VolumeMount", {
  mountPath: required(string()),
  mountPropagation: string({ enum: MOUNT_PROPAGATION_MODES }),
  name: required(string()),
  readOnly: boolean,
  recursiveReadOnly: string(),
  subPath: string(),
  subPathExpr: string(),
});

export const CONTAINER: StructSchema = struct("Container", {
  args: list(string()),
  command: list(string()),
  env: list(ENV_VAR),
  envFrom: list(ENV_FROM_SOURCE),
  image: string(),
  imagePullPolicy: string({ enum: PULL_POLICIES }),
  lifecycle: LIFECYCLE,
  livenessProbe: PROBE,
  name: required(string()),
  ports: list(CONTAINER_PORT),
  readinessProbe: PROBE,
  resizePolicy: list(CONTAINER_RESIZE_POLICY),
  resources: RESOURCE_REQUIREMENTS,
  restartPolicy: string({ enum: CONTAINER_RESTART_POLICIES }),
  restartPolicyRules: list(CONTAINER_RESTART_RULE),
  securityContext: SECURITY_CONTEXT,
  startupProbe: PROBE,
  stdin: boolean,
  stdinOnce: boolean,
  terminationMessagePath: string(),
  terminationMessagePolicy: string({ enum: TERMINATION_MESSAGE_POLICIES }),
  tty: boolean,
  volumeDevices: list(VOLUME_DEVICE),
  volumeMounts: list(VOLUME_MOUNT),
  workingDir: string(),
});

export const POD_DNS_CONFIG_OPTION: StructSchema = struct("PodDNSConfigOption", {
  name: string(),
  value: string(),
});

export const POD_DNS_CONFIG: StructSchema = struct("PodDNSConfig", {
  nameservers: list(string()),
  options: list(POD_DNS_CONFIG_OPTION),
  searches: list(string()),
});

/** An ephemeral container has every Container field, and names the container it targets. */
export const EPHEMERAL_CONTAINER: StructSchema = struct("EphemeralContainer", { ...CONTAINER.members, targetContainerName: string() });

export const HOST_ALIAS: StructSchema = struct("HostAlias", {
  hostnames: list(string()),
  ip: required(string()),
});

export const POD_OS: StructSchema = struct("PodOS", {
  name: required(string()),
});

export const POD_READINESS_GATE: StructSchema = struct("PodReadinessGate", {
  conditionType: required(string()),
});

export const POD_RESOURCE_CLAIM: StructSchema = struct("PodResourceClaim", {
  name: required(string()),
  resourceClaimName: string(),
  resourceClaimTemplateName: string(),
});

export const POD_SCHEDULING_GATE: StructSchema = struct("PodSchedulingGate", {
  name: required(string()),
});

export const POD_SCHEDULING_GROUP: StructSchema = struct("PodSchedulingGroup", {
  podGroupName: string(),
});

export const SYSCTL: StructSchema = struct("Sysctl", {
  name: required(string()),
  value: required(string()),
});

export const POD_SECURITY_CONTEXT: StructSchema = struct("PodSecurityContext", {
  appArmorProfile: APP_ARMOR_PROFILE,
  fsGroup: integer(),
  fsGroupChangePolicy: string(),
  runAsGroup: integer(),
  runAsNonRoot: boolean,
  runAsUser: integer(),
  seLinuxChangePolicy: string(),
  seLinuxOptions: SE_LINUX_OPTIONS,
  seccompProfile: SECCOMP_PROFILE,
  supplementalGroups: list(integer()),
  supplementalGroupsPolicy: string(),
  sysctls: list(SYSCTL),
  windowsOptions: WINDOWS_SECURITY_CONTEXT_OPTIONS,
});

export const TOLERATION: StructSchema = struct("Toleration", {
  effect: string({ enum: TAINT_EFFECTS }),
  key: string(),
  operator: string({ enum: TOLERATION_OPERATORS }),
  tolerationSeconds: integer(),
  value: string(),
});

export const TOPOLOGY_SPREAD_CONSTRAINT: StructSchema = struct("TopologySpreadConstraint", {
  labelSelector: LABEL_SELECTOR,
  matchLabelKeys: list(string()),
  maxSkew: required(integer()),
  minDomains: integer(),
  nodeAffinityPolicy: string(),
  nodeTaintsPolicy: string(),
  topologyKey: required(string()),
  whenUnsatisfiable: required(string({ enum: UNSATISFIABLE_ACTIONS })),
});

export const POD_SPEC: StructSchema = struct("PodSpec", {
  activeDeadlineSeconds: integer(),
  affinity: AFFINITY,
  automountServiceAccountToken: boolean,
  containers: required(list(CONTAINER)),
  dnsConfig: POD_DNS_CONFIG,
  dnsPolicy: string({ enum: DNS_POLICIES }),
  enableServiceLinks: boolean,
  ephemeralContainers: list(EPHEMERAL_CONTAINER),
  hostAliases: list(HOST_ALIAS),
  hostIPC: boolean,
  hostNetwork: boolean,
  hostPID: boolean,
  hostUsers: boolean,
  hostname: string(),
  hostnameOverride: string(),
  imagePullSecrets: list(LOCAL_OBJECT_REFERENCE),
  initContainers: list(CONTAINER),
  nodeName: string(),
  nodeSelector: map,
  os: POD_OS,
  overhead: mapOf(quantity),
  preemptionPolicy: string(),
  priority: integer(),
  priorityClassName: string(),
  readinessGates: list(POD_READINESS_GATE),
  resourceClaims: list(POD_RESOURCE_CLAIM),
  resources: RESOURCE_REQUIREMENTS,
  restartPolicy: string({ enum: RESTART_POLICIES }),
  runtimeClassName: string(),
  schedulerName: string(),
  schedulingGates: list(POD_SCHEDULING_GATE),
  schedulingGroup: POD_SCHEDULING_GROUP,
  securityContext: POD_SECURITY_CONTEXT,
  serviceAccount: string(),
  serviceAccountName: string(),
  setHostnameAsFQDN: boolean,
  shareProcessNamespace: boolean,
  subdomain: string(),
  terminationGracePeriodSeconds: integer(),
  tolerations: list(TOLERATION),
  topologySpreadConstraints: list(TOPOLOGY_SPREAD_CONSTRAINT),
  volumes: list(VOLUME),
});

/**
 * A pod template whose `restartPolicy` its workload restricts. A Job's must say
 * it: the pod default, `Always`, is not one a Job takes ("spec.template.spec.restartPolicy:
 * Required value: valid values: "OnFailure", "Never"").
 */
function podTemplate(restartPolicies: readonly string[], restartPolicyRequired: boolean): StructSchema {
  const restartPolicy = string({ enum: restartPolicies });
  return struct("PodTemplateSpec", {
    metadata: OBJECT_META,
    spec: struct("PodSpec", { ...POD_SPEC.members, restartPolicy: restartPolicyRequired ? required(restartPolicy) : restartPolicy }),
  });
}

/** The pod template of a Deployment, StatefulSet, DaemonSet, ReplicaSet or ReplicationController: pods that always restart. */
export const REPLICATED_POD_TEMPLATE_SPEC: StructSchema = podTemplate(REPLICATED_RESTART_POLICIES, false);
/** The pod template of a Job (and of a CronJob's job template): pods that end. */
export const JOB_POD_TEMPLATE_SPEC: StructSchema = podTemplate(JOB_RESTART_POLICIES, true);
