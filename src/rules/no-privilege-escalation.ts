/**
 * no-privilege-escalation: dangerous Linux capabilities added to a container
 * (ECS `linuxParameters.capabilities.add`, Kubernetes
 * `securityContext.capabilities.add`), and Kubernetes containers that may gain
 * privileges (`allowPrivilegeEscalation` not false).
 *
 * Docker's default set is small on purpose; adding `SYS_ADMIN`, `ALL` and the
 * like gives the container kernel interfaces that lead out of it. Names compare
 * case-insensitively, with or without `CAP_` (src/facts/capabilities.ts).
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html
 *
 * Kubernetes: `allowPrivilegeEscalation` unset is true (no `no_new_privs`), so
 * absent reports too (not in fragments). A privileged container, or one that
 * adds `SYS_ADMIN`, always escalates, and the API server refuses
 * `allowPrivilegeEscalation: false` with `privileged: true` or
 * `CAP_SYS_ADMIN`: those containers get the `no-privileged` report or the
 * capability report instead. Windows pods are skipped (neither field applies
 * there). Containers and init containers; custom resources are not read.
 * Sources: src/facts/kubernetes-security.ts.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { securityMember, type WorkloadDocument } from "../documents/index.js";
import { dangerousCapability, normalizeCapability } from "../facts/capabilities.js";
import { containerLabel, ESCALATING_CAPABILITY, podOperatingSystem, securityKey, setSecurityMember } from "../facts/kubernetes-security.js";
import { itemLabel, literalString, objectValue, removeItem, replaceValue, yaml11Boolean, type ArrayValue, type ObjectValue } from "../values/index.js";

type MessageId = "dangerous" | "kubernetesDangerous" | "remove" | "escalationMissing" | "escalationAllowed" | "setFalse";

export default createRule<MessageId>({
  name: "no-privilege-escalation",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow privilege escalation: dangerous added Linux capabilities (`ALL`, `SYS_ADMIN`, `NET_ADMIN`, …) and Kubernetes containers without `allowPrivilegeEscalation: false`.",
      level: "warn",
      platforms: ["ecs", "eks"],
      covers: "kube-linter privilege-escalation-container, Polaris dangerousCapabilities",
    },
    messages: {
      dangerous: "Container {{container}} adds capability {{capability}}, which lets it {{risk}}; remove it from {{key}}.",
      kubernetesDangerous: "{{container}} of {{workload}} adds capability {{capability}}, which lets it {{risk}}; remove it from {{key}}.",
      remove: "Remove {{capability}} from {{key}}.",
      escalationMissing:
        "{{container}} of {{workload}} lets its processes gain more privileges than they started with, through setuid programs ({{key}} is not set, and defaults to true); set {{key}} to false.",
      escalationAllowed: "{{container}} of {{workload}} lets its processes gain more privileges than they started with, through setuid programs ({{key}} is true); set {{key}} to false.",
      setFalse: "Set {{key}} to false.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          const linuxParameters = objectValue(container.get("linuxParameters"));
          const capabilities = objectValue(linuxParameters?.get("capabilities"));
          const add = capabilities?.get("add");
          if (linuxParameters === undefined || capabilities === undefined || add?.kind !== "array") continue;
          const key = [container.keyName("linuxParameters"), linuxParameters.keyName("capabilities"), capabilities.keyName("add")].join(".");
          reportCapabilities(context, add, "dangerous", { container: itemLabel(container), key });
        }
      },
      "kubernetes-workload"(document) {
        if (!document.builtIn || document.allContainers.length === 0) return;
        const os = podOperatingSystem(document);
        if (os === "windows") return;
        const whole = !document.fragment;
        for (const container of document.allContainers) {
          const add = objectValue(securityMember(container, "capabilities"))?.get("add");
          if (add?.kind === "array") {
            reportCapabilities(context, add, "kubernetesDangerous", { container: containerLabel(document, container), workload: document.label, key: securityKey("capabilities.add") });
            // With SYS_ADMIN a container always escalates; the capability's report says what to do.
            if (add.items.some((item) => normalizeCapability(literalString(item) ?? "") === ESCALATING_CAPABILITY)) continue;
          }
          checkEscalation(context, document, container, os === "linux" && whole);
        }
      },
    };
  },
});

/** Reports each dangerous capability in an `add` list; `data` names the container (and workload) and the list's key. */
function reportCapabilities(context: RuleContext<MessageId, []>, add: ArrayValue, messageId: "dangerous" | "kubernetesDangerous", data: Readonly<Record<string, string>> & { key: string }): void {
  const key = data.key;
  add.items.forEach((item, itemIndex) => {
    const capability = literalString(item);
    const risk = capability === undefined ? undefined : dangerousCapability(capability);
    if (capability === undefined || risk === undefined) return;
    const name = JSON.stringify(capability);
    context.report(item, messageId, { ...data, capability: name, risk }, {
      suggest: [{ messageId: "remove", data: { capability: name, key }, fix: removeItem(add, itemIndex, context.source) }],
    });
  });
}

/**
 * `allowPrivilegeEscalation` absent or true, on a container that is not
 * privileged. Absent is reported only when `missing` (a whole Linux pod).
 */
function checkEscalation(context: RuleContext<MessageId, []>, document: WorkloadDocument, container: ObjectValue, missing: boolean): void {
  const privileged = securityMember(container, "privileged");
  if (privileged !== undefined && yaml11Boolean(privileged) !== false) return;
  const value = securityMember(container, "allowPrivilegeEscalation");
  const key = securityKey("allowPrivilegeEscalation");
  if (value === undefined) {
    if (!missing) return;
    context.reportMissing(container, "escalationMissing", { container: containerLabel(document, container), workload: document.label, key }, {
      suggest: [{ messageId: "setFalse", data: { key }, fix: setSecurityMember(container, "allowPrivilegeEscalation", false, context.source) }],
    });
  } else if (yaml11Boolean(value) === true) {
    context.report(value, "escalationAllowed", { container: containerLabel(document, container), workload: document.label, key }, {
      suggest: [{ messageId: "setFalse", data: { key }, fix: replaceValue(value, false, context.source) }],
    });
  }
}
