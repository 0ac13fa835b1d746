/**
 * no-privileged: a container with `privileged: true`.
 *
 * A privileged container gets every capability, every host device and no
 * seccomp or AppArmor confinement: root in it is root on the instance.
 * ECS `privileged` is container-level only (RULES.md decision); it is not
 * supported for Windows containers or on Fargate.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
 * Security Hub ECS.4: https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4
 *
 * Kubernetes: a container's or init container's `securityContext.privileged`
 * (there is no pod-level `privileged`), read as YAML 1.1 (`yes` is true).
 * Custom resources are not read. A container with a Bidirectional volume mount
 * (which needs privilege: src/facts/kubernetes-security.ts) gets a message that
 * says so and no suggestion.
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/
 */
import { createRule } from "../create-rule.js";
import { securityMember } from "../documents/index.js";
import { containerLabel, privilegedMount, securityKey } from "../facts/kubernetes-security.js";
import { booleanValue, itemLabel, replaceValue, yaml11Boolean } from "../values/index.js";

export default createRule({
  name: "no-privileged",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow privileged containers (`privileged: true`).",
      level: "error",
      platforms: ["ecs", "eks"],
      covers: "Security Hub ECS.4, CT.ECS.PR.11, kube-linter privileged-container, Polaris runAsPrivileged, CKV_K8S_16",
    },
    messages: {
      privileged:
        "Container {{container}} runs privileged, with every capability and every host device, so root in it is root on the host; set {{key}} to false and add only the capabilities it needs.",
      kubernetesPrivileged:
        "{{container}} of {{workload}} runs privileged, with every capability and every device of the node, so root in it is root on the node; set {{key}} to false and add only the capabilities it needs.",
      kubernetesPrivilegedMount:
        "{{container}} of {{workload}} runs privileged, with every capability and every device of the node, so root in it is root on the node; its mount of volume {{volume}} uses Bidirectional propagation, which Kubernetes allows only in a privileged container: unless it mounts file systems for the node (as a CSI driver does), set that mountPropagation to HostToContainer and {{key}} to false.",
      setFalse: "Set {{key}} to false.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          const value = container.get("privileged");
          if (value === undefined || booleanValue(value) !== true) continue;
          const key = container.keyName("privileged");
          context.report(value, "privileged", { container: itemLabel(container), key }, {
            suggest: [{ messageId: "setFalse", data: { key }, fix: replaceValue(value, false, context.source) }],
          });
        }
      },
      "kubernetes-workload"(document) {
        if (!document.builtIn) return;
        for (const container of document.allContainers) {
          const value = securityMember(container, "privileged");
          if (value === undefined || yaml11Boolean(value) !== true) continue;
          const key = securityKey("privileged");
          const data = { container: containerLabel(document, container), workload: document.label, key };
          // No suggestion there: privileged false alone gives a pod the API server rejects.
          const mount = privilegedMount(container);
          if (mount !== undefined) context.report(value, "kubernetesPrivilegedMount", { ...data, volume: itemLabel(mount) });
          else context.report(value, "kubernetesPrivileged", data, { suggest: [{ messageId: "setFalse", data: { key }, fix: replaceValue(value, false, context.source) }] });
        }
      },
    };
  },
});
