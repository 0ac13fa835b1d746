/**
 * Kubernetes pod and container security contexts, as the security rules
 * (`no-privileged`, `no-host-namespaces`, `no-privilege-escalation`,
 * `readonly-root-filesystem`, `non-root-user`) read them: which pods run on
 * Windows, how a container's setting is found (its own `securityContext`,
 * else the pod's), and how a rule writes a member into a container's
 * `securityContext`.
 *
 * Sources:
 * - `SecurityContext` and `PodSecurityContext`, Kubernetes API reference
 *   (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/):
 *   "If set in both SecurityContext and PodSecurityContext, the value specified
 *   in SecurityContext takes precedence" (runAsUser, runAsGroup, runAsNonRoot,
 *   seLinuxOptions, seccompProfile, appArmorProfile, windowsOptions — each
 *   `windowsOptions` field on its own, kubelet `DetermineEffectiveSecurityContext`).
 * - `allowPrivilegeEscalation`: "AllowPrivilegeEscalation is true always when
 *   the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN. Note that this
 *   field cannot be set when spec.os.name is windows." Unset, the container
 *   runtime does not set `no_new_privs`: escalation is allowed. The API server
 *   rejects `allowPrivilegeEscalation: false` together with `privileged: true`
 *   or `capabilities.add: [CAP_SYS_ADMIN]` (`ValidateSecurityContext`,
 *   kubernetes `pkg/apis/core/validation/validation.go`).
 * - The pod's operating system: `spec.os.name` (`linux`/`windows`), or the
 *   well-known node label `kubernetes.io/os` (and its deprecated
 *   `beta.kubernetes.io/os`) in `nodeSelector` or required node affinity
 *   (https://kubernetes.io/docs/reference/labels-annotations-taints/#kubernetes-io-os ;
 *   https://kubernetes.io/docs/concepts/windows/user-guide/ ;
 *   EKS Windows pods: https://docs.aws.amazon.com/eks/latest/userguide/windows-support.html).
 *   `readOnlyRootFilesystem`, `runAsNonRoot`/`runAsUser` and
 *   `allowPrivilegeEscalation` do not apply to Windows containers.
 * - Bidirectional mount propagation "is allowed only in privileged containers"
 *   (https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation ; the
 *   API server rejects it otherwise, `ValidateVolumeMounts`): CSI node plugins
 *   and similar drivers mount file systems for the node this way.
 */
import type { WorkloadDocument } from "../documents/kubernetes.js";
import { itemLabel, literalString, objectItems, objectValue, present, setMember, type Edit, type JsonValue, type ObjectValue } from "../values/index.js";

/** Node labels that name a node's operating system (`linux`, `windows`). */
export const OS_NODE_LABELS: readonly string[] = ["kubernetes.io/os", "beta.kubernetes.io/os"];

/** The `mountPropagation` only a privileged container may use. */
export const PRIVILEGED_MOUNT_PROPAGATION = "Bidirectional";

/** The first of a container's volume mounts with Bidirectional propagation, which needs `privileged: true`. */
export function privilegedMount(container: ObjectValue): ObjectValue | undefined {
  return objectItems(container.get("volumeMounts")).find((mount) => literalString(mount.get("mountPropagation")) === PRIVILEGED_MOUNT_PROPAGATION);
}

/** The capability with which a container can always escalate privileges (compared without `CAP_`). */
export const ESCALATING_CAPABILITY = "SYS_ADMIN";

/** The administrator account of Windows container images (compared case-insensitively). */
export const WINDOWS_ADMINISTRATOR = "containeradministrator";

export type PodOperatingSystem = "linux" | "windows" | "unknown";

/**
 * The operating system the pods run on: `windows` when `spec.os.name`, a
 * `nodeSelector` OS label or every required node-affinity term says so;
 * `unknown` when one of those cannot be read (a placeholder, a YAML merge);
 * `linux` otherwise (the default on EKS).
 */
export function podOperatingSystem(document: WorkloadDocument): PodOperatingSystem {
  const spec = document.podSpec;
  if (spec === undefined) return "unknown";
  const os = present(spec.get("os"));
  if (os?.kind === "unknown") return "unknown";
  const name = os?.kind === "object" ? present(os.get("name")) : undefined;
  if (name !== undefined) {
    const text = literalString(name);
    if (text === undefined) return "unknown";
    return text === "windows" ? "windows" : "linux";
  }
  const selector = present(spec.get("nodeSelector"));
  if (selector !== undefined) {
    if (selector.kind !== "object") return selector.kind === "unknown" ? "unknown" : "linux";
    for (const label of OS_NODE_LABELS) {
      const value = present(selector.getExact(label));
      if (value === undefined) continue;
      const text = literalString(value);
      if (text === undefined) return "unknown";
      if (text === "windows") return "windows";
    }
  }
  return affinityOperatingSystem(spec);
}

/** `windows` when every required node-affinity term keeps the pod to Windows nodes. */
function affinityOperatingSystem(spec: ObjectValue): PodOperatingSystem {
  const required = present(objectValue(objectValue(objectValue(spec.get("affinity"))?.get("nodeAffinity"))?.get("requiredDuringSchedulingIgnoredDuringExecution"))?.get("nodeSelectorTerms"));
  if (required?.kind !== "array" || required.items.length === 0) return "linux";
  for (const term of required.items) {
    const expressions = term.kind === "object" ? present(term.get("matchExpressions")) : undefined;
    if (expressions?.kind !== "array") return "linux";
    const windows = expressions.items.some((expression) => {
      if (expression.kind !== "object") return false;
      const key = literalString(expression.get("key"));
      const values = present(expression.get("values"));
      return (
        key !== undefined &&
        OS_NODE_LABELS.includes(key) &&
        literalString(expression.get("operator")) === "In" &&
        values?.kind === "array" &&
        values.items.length > 0 &&
        values.items.every((item) => literalString(item) === "windows")
      );
    });
    if (!windows) return "linux";
  }
  return "windows";
}




/** How messages name a container: `Container "web"`, `Init container "setup"`. */
export function containerLabel(document: WorkloadDocument, container: ObjectValue): string {
  return `${document.isInit(container) ? "Init container" : "Container"} ${itemLabel(container)}`;
}

/** `securityContext.<name>`, as messages name a member. */
export function securityKey(name: string): string {
  return `securityContext.${name}`;
}

/**
 * Sets a member of a container's (or pod spec's) `securityContext`, adding the
 * `securityContext` when it is absent.
 */
export function setSecurityMember(holder: ObjectValue, name: string, value: JsonValue, source: string): Edit {
  const context = objectValue(holder.get("securityContext"));
  return context === undefined ? setMember(holder, "securityContext", { [name]: value }, source) : setMember(context, name, value, source);
}
