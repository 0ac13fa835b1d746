/**
 * eks-resources: containers without a CPU request, a memory request and a
 * memory limit.
 *
 * The scheduler places pods by their requests, and Fargate sizes each pod's
 * micro-VM from them (no requests: 0.25 vCPU and 0.5 GB); a container without a
 * memory limit can take the node's memory from its neighbours. A limit without
 * a request counts as the request: Kubernetes copies it (RULES.md decision).
 * CPU limits are not required (they throttle; peers disagree).
 * https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-configuration.html
 * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 */
import { createRule } from "../create-rule.js";
import { joinedList } from "../text.js";
import { quantityState } from "../facts/eks-workloads.js";
import { containerLabel } from "../facts/kubernetes-security.js";
import { objectValue, present, type ObjectValue, type Value } from "../values/index.js";

/** What a container needs, as messages name it and where it goes. */
const MEMBERS = [
  ["CPU request", "resources.requests.cpu"],
  ["memory request", "resources.requests.memory"],
  ["memory limit", "resources.limits.memory"],
] as const;

export default createRule({
  name: "eks-resources",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a CPU request, a memory request and a memory limit on every Kubernetes container.",
      level: "warn",
      platforms: ["eks"],
      covers: "kube-linter unset-cpu-requirements, unset-memory-requirements; Polaris cpuRequestsMissing, memoryRequestsMissing, memoryLimitsMissing; CKV_K8S_10, CKV_K8S_12, CKV_K8S_13",
    },
    messages: {
      missing:
        "{{container}} of {{workload}} has no {{missing}}: {{why}}; set {{members}}.",
    },
  },
  create(context) {
    return {
      "kubernetes-workload"(document) {
        if (!document.builtIn || document.fragment) return;
        const pod = objectValue(document.podSpec?.get("resources"));
        for (const container of document.allContainers) {
          const resources = present(container.get("resources"));
          if (resources !== undefined && resources.kind !== "object") continue;
          const set = (kind: "requests" | "limits", resource: string): boolean => sets(resources, kind, resource) || sets(pod, kind, resource);
          const memoryLimit = set("limits", "memory");
          const missing = MEMBERS.filter(([, member]) => {
            if (member === "resources.requests.cpu") return !set("requests", "cpu") && !set("limits", "cpu");
            return member === "resources.limits.memory" ? !memoryLimit : !memoryLimit && !set("requests", "memory");
          });
          if (missing.length === 0) continue;
          context.reportMissing(container, "missing", {
            container: containerLabel(document, container),
            workload: document.label,
            why: why(document.objectKind === "DaemonSet", !memoryLimit),
            missing: joinedList(missing.map(([what]) => what), "or"),
            members: joinedList(missing.map(([, member]) => member), "and"),
          });
        }
      },
    };
  },
});

/**
 * True when `resources` (a container's, or the pod-level one of Kubernetes
 * 1.32+) sets `requests.cpu` or the like to a non-zero quantity, or to a value
 * that cannot be known; false when absent or zero.
 */
function sets(resources: ObjectValue | undefined, kind: "requests" | "limits", resource: string): boolean {
  const holder: Value | undefined = present(resources?.get(kind));
  if (holder === undefined) return false;
  if (holder.kind !== "object") return true;
  const state = quantityState(holder.getExact(resource));
  return state === "set" || state === "unknown";
}

/**
 * Why the missing members matter, as far as they apply: Fargate runs no
 * DaemonSet (src/facts/eks-fargate.ts), and the memory limit's reason only when
 * the limit is missing.
 */
function why(daemonSet: boolean, memoryLimitMissing: boolean): string {
  const reasons = ["the scheduler places pods by their requests"];
  if (!daemonSet) reasons.push("Fargate sizes its pods from them");
  if (memoryLimitMissing) reasons.push("a container without a memory limit can take the node's memory");
  return joinedList(reasons, "and");
}
