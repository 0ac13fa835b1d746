/**
 * readonly-root-filesystem: a Linux container whose root file system is
 * writable (`readonlyRootFilesystem` absent or false).
 *
 * A read-only root keeps an intruder from changing the container's programs
 * and configuration; the paths the application writes get volumes or tmpfs
 * mounts of their own. Not supported for Windows containers, which are skipped
 * (so is a task whose operating system cannot be read).
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
 * Security Hub ECS.5: https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5
 *
 * Kubernetes: `securityContext.readOnlyRootFilesystem` not true on a container
 * or an init container (kube-linter no-read-only-root-fs reads both; an init
 * container runs with the pod's volumes and credentials too). Absent reports
 * only in whole pods (not fragments) whose operating system is known to be
 * Linux; Windows pods (`spec.os.name`, the `kubernetes.io/os` node selector)
 * are skipped, as on ECS. Custom resources are not read.
 * Sources: src/facts/kubernetes-security.ts.
 */
import { createRule } from "../create-rule.js";
import { securityMember } from "../documents/index.js";
import { containerLabel, podOperatingSystem, securityKey, setSecurityMember } from "../facts/kubernetes-security.js";
import { booleanValue, isMissing, itemLabel, replaceValue, setMember, yaml11Boolean } from "../values/index.js";

export default createRule({
  name: "readonly-root-filesystem",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require Linux containers to have a read-only root file system (ECS `readonlyRootFilesystem`, Kubernetes `readOnlyRootFilesystem`).",
      level: "warn",
      platforms: ["ecs", "eks"],
      covers: "Security Hub ECS.5, CT.ECS.PR.6, kube-linter no-read-only-root-fs, Polaris notReadOnlyRootFilesystem",
    },
    messages: {
      missing:
        "Container {{container}} has a writable root file system ({{key}} is not set); set {{key}} to true and give the paths it writes to their own volumes.",
      disabled:
        "Container {{container}} has a writable root file system ({{key}} is false); set {{key}} to true and give the paths it writes to their own volumes.",
      kubernetesMissing:
        "{{container}} of {{workload}} has a writable root file system ({{key}} is not set); set {{key}} to true and give the paths it writes to volumes of their own (an emptyDir).",
      kubernetesDisabled:
        "{{container}} of {{workload}} has a writable root file system ({{key}} is false); set {{key}} to true and give the paths it writes to volumes of their own (an emptyDir).",
      setTrue: "Set {{key}} to true (then mount a volume at each path the application writes to).",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        if (document.os !== "linux") return;
        for (const container of document.containers) {
          const value = container.get("readonlyRootFilesystem");
          if (isMissing(value)) {
            const key = container.keyName("readonlyRootFilesystem");
            context.reportMissing(container, "missing", { container: itemLabel(container), key }, {
              suggest: [{ messageId: "setTrue", data: { key }, fix: setMember(container, "readonlyRootFilesystem", true, context.source) }],
            });
          } else if (value !== undefined && booleanValue(value) === false) {
            const key = container.keyName("readonlyRootFilesystem");
            context.report(value, "disabled", { container: itemLabel(container), key }, {
              suggest: [{ messageId: "setTrue", data: { key }, fix: replaceValue(value, true, context.source) }],
            });
          }
        }
      },
      "kubernetes-workload"(document) {
        if (!document.builtIn || document.allContainers.length === 0) return;
        const os = podOperatingSystem(document);
        if (os === "windows") return;
        const key = securityKey("readOnlyRootFilesystem");
        const whole = os === "linux" && !document.fragment;
        for (const container of document.allContainers) {
          const value = securityMember(container, "readOnlyRootFilesystem");
          if (value === undefined) {
            if (!whole) continue;
            context.reportMissing(container, "kubernetesMissing", { container: containerLabel(document, container), workload: document.label, key }, {
              suggest: [{ messageId: "setTrue", data: { key }, fix: setSecurityMember(container, "readOnlyRootFilesystem", true, context.source) }],
            });
          } else if (yaml11Boolean(value) === false) {
            context.report(value, "kubernetesDisabled", { container: containerLabel(document, container), workload: document.label, key }, {
              suggest: [{ messageId: "setTrue", data: { key }, fix: replaceValue(value, true, context.source) }],
            });
          }
        }
      },
    };
  },
});
