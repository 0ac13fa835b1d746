/**
 * no-host-namespaces: a task that shares the host's network, process or IPC
 * namespace (`networkMode`, `pidMode` or `ipcMode` set to `host`).
 *
 * - `networkMode: host`: containers use the instance's network stack: they
 *   listen on its interfaces and reach what listens on its loopback.
 * - `pidMode: host`: containers see, and as root can signal or trace, every
 *   process on the instance.
 * - `ipcMode: host`: containers share the instance's System V IPC and POSIX
 *   message queues and shared memory.
 * These are task-level members: a bare container list has none.
 * Sources: ECS API `RegisterTaskDefinition` (`networkMode`, `pidMode`,
 * `ipcMode`), https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html ;
 * reference/aws-facts.md §1.1, §2.3. Security Hub ECS.17 (network), ECS.3 (PID):
 * https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html
 *
 * Kubernetes: the pod spec's `hostNetwork`, `hostPID` and `hostIPC` set to true
 * (YAML 1.1: `yes` is true), for every workload kind; custom resources are not
 * read. A `hostNetwork` pod also reaches the instance metadata service as the
 * node does, whatever the hop limit (reference/eks-facts.md §3.5).
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/
 */
import { createRule } from "../create-rule.js";
import type { TaskDefinitionDocument } from "../documents/index.js";
import { literalString, removeMember, replaceValue, yaml11Boolean, type Edit, type ObjectValue } from "../values/index.js";

type MessageId = "networkHost" | "pidHost" | "ipcHost" | "hostNetwork" | "hostPID" | "hostIPC" | "useValue" | "setFalse" | "remove";

const MEMBERS = [
  { name: "networkMode", messageId: "networkHost" },
  { name: "pidMode", messageId: "pidHost" },
  { name: "ipcMode", messageId: "ipcHost" },
] as const;

/** The pod spec members that share a node namespace when true. */
const POD_MEMBERS = [
  { name: "hostNetwork", messageId: "hostNetwork" },
  { name: "hostPID", messageId: "hostPID" },
  { name: "hostIPC", messageId: "hostIPC" },
] as const;

export default createRule<MessageId>({
  name: "no-host-namespaces",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow sharing the host's network, process or IPC namespace (ECS `networkMode`, `pidMode`, `ipcMode` set to `host`; Kubernetes `hostNetwork`, `hostPID`, `hostIPC`).",
      level: "error",
      platforms: ["ecs", "eks"],
      covers: "Security Hub ECS.17, ECS.3, CT.ECS.PR.10, kube-linter host-network/host-pid/host-ipc, Polaris hostNetworkSet/hostPIDSet/hostIPCSet",
    },
    messages: {
      networkHost:
        "Task uses the host's network ({{key}} is \"host\"), so its containers listen on the instance's interfaces and can reach services bound to its loopback; set {{key}} to \"{{suggested}}\".",
      pidHost:
        "Task shares the host's process namespace ({{key}} is \"host\"), so its containers can see every process on the instance, and signal or trace them as root; set {{key}} to \"task\" or remove it.",
      ipcHost:
        "Task shares the host's IPC namespace ({{key}} is \"host\"), so its containers can read and write the instance's shared memory and message queues; set {{key}} to \"task\" or remove it.",
      hostNetwork:
        "{{workload}} uses the node's network ({{key}} is true), so its pods listen on the node's interfaces, reach services bound to its loopback, and reach the instance metadata service (the node's IAM role) whatever its hop limit; set {{key}} to false.",
      hostPID:
        "{{workload}} shares the node's process namespace ({{key}} is true), so its containers can see every process on the node, and signal or trace them as root; set {{key}} to false.",
      hostIPC:
        "{{workload}} shares the node's IPC namespace ({{key}} is true), so its containers can read and write the node's shared memory and message queues; set {{key}} to false.",
      useValue: "Set {{key}} to \"{{value}}\".",
      setFalse: "Set {{key}} to false.",
      remove: "Remove {{key}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const task = document.task;
        if (!task) return;
        for (const { name, messageId } of MEMBERS) {
          const value = task.get(name);
          if (value === undefined || literalString(value) !== "host") continue;
          const key = task.keyName(name);
          const replacement = replacementFor(name, document);
          const suggestion =
            replacement === undefined
              ? removal(task, name, key, context.source)
              : { messageId: "useValue" as const, data: { key, value: replacement }, fix: replaceValue(value, replacement, context.source) };
          const data: Record<string, string> = messageId === "networkHost" ? { key, suggested: replacement ?? "awsvpc" } : { key };
          context.report(value, messageId, data, { suggest: suggestion ? [suggestion] : [] });
        }
      },
      "kubernetes-workload"(document) {
        const spec = document.podSpec;
        if (!document.builtIn || spec === undefined) return;
        for (const { name, messageId } of POD_MEMBERS) {
          const value = spec.get(name);
          if (value === undefined || yaml11Boolean(value) !== true) continue;
          const entry = spec.entry(name);
          const suggest: { messageId: "setFalse" | "remove"; data: { key: string }; fix: Edit }[] = [{ messageId: "setFalse", data: { key: name }, fix: replaceValue(value, false, context.source) }];
          if (entry?.value === value) suggest.push({ messageId: "remove", data: { key: name }, fix: removeMember(spec, entry, context.source) });
          context.report(value, messageId, { workload: document.label, key: name }, { suggest });
        }
      },
    };
  },
});

/**
 * The value to suggest instead of `host`, or undefined to suggest removing the member.
 * - networkMode: `awsvpc` (Fargate requires it; ECS recommends it); `bridge` for
 *   tasks that may run on external instances, where `awsvpc` is not supported
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html:
 *   "must use the bridge, host, or none network modes").
 * - pidMode: `task` (the containers of the task share one namespace, which keeps
 *   what a sidecar that watches processes needs), except on Windows, which has
 *   no pidMode.
 * - ipcMode: `task` likewise, except on Windows and Fargate, which have no ipcMode.
 */
function replacementFor(name: (typeof MEMBERS)[number]["name"], document: TaskDefinitionDocument): string | undefined {
  switch (name) {
    case "networkMode":
      return document.external === true ? "bridge" : "awsvpc";
    case "pidMode":
      return document.os === "windows" ? undefined : "task";
    case "ipcMode":
      return document.os === "windows" || document.fargate === true ? undefined : "task";
  }
}

function removal(task: ObjectValue, name: string, key: string, source: string): { messageId: "remove"; data: { key: string }; fix: Edit } | undefined {
  const entry = task.entry(name);
  return entry ? { messageId: "remove", data: { key }, fix: removeMember(task, entry, source) } : undefined;
}
