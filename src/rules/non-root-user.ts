/**
 * non-root-user: a container that runs as root (Linux) or as
 * ContainerAdministrator (Windows).
 *
 * Linux: `user` absent (the image's USER applies, root unless the image says
 * otherwise), `root`, UID `0`, or either with a group (`root:app`, `0:0`).
 * A non-root user in the root group (`1000:0`) is not root (RULES.md decision).
 * Windows: `containeradministrator` (any case), the administrator account of
 * Windows container images. An absent `user` on Windows is not reported: the
 * ECS API documents `user` as not supported for Windows containers, and the
 * default account depends on the image (Nano Server runs as ContainerUser).
 * Security Hub ECS.21 does fail it; the doc page says so.
 * Sources: ECS API `ContainerDefinition.user` (formats `user`, `user:group`,
 * `uid`, `uid:gid`, `user:gid`, `uid:group`),
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html ;
 * Security Hub ECS.20/ECS.21, https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html ;
 * AWS Config ecs-task-definition-windows-user-non-admin,
 * https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-windows-user-non-admin.html
 *
 * Kubernetes (RULES.md decision): a container (or init container) is fine
 * when a non-zero `runAsUser` or `runAsNonRoot: true` applies to it, its own
 * or else the pod's (src/facts/kubernetes-security.ts). Reported: `runAsUser: 0`
 * (kubelet refuses to start it when `runAsNonRoot: true` also applies, so
 * that case is left alone), `runAsNonRoot: false` with no `runAsUser`, and
 * neither set (not in fragments, nor when the pod's OS cannot be read). A
 * pod-level value is reported once, naming the containers it applies to.
 * `runAsGroup: 0` is not root. Windows pods: `windowsOptions.runAsUserName`
 * `ContainerAdministrator`. Custom resources are not read.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { securityMember, type WorkloadDocument } from "../documents/index.js";
import { containerLabel, podOperatingSystem, securityKey, setSecurityMember, WINDOWS_ADMINISTRATOR } from "../facts/kubernetes-security.js";
import { isMissing, itemLabel, literalString, present, replaceValue, yaml11Boolean, yaml11Number, type ObjectValue, type Value } from "../values/index.js";

type MessageId =
  | "missing"
  | "root"
  | "administrator"
  | "kubernetesMissing"
  | "kubernetesRoot"
  | "kubernetesPodRoot"
  | "kubernetesNonRootFalse"
  | "kubernetesPodNonRootFalse"
  | "kubernetesAdministrator"
  | "kubernetesPodAdministrator"
  | "setNonRoot";

/** Root on Linux: the user name `root` or UID 0 (`0`, `00`, …). */
const LINUX_ROOT = /^(?:root|0+)$/;

export default createRule<MessageId>({
  name: "non-root-user",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require containers to run as a non-root user (Linux) or a non-administrator account (Windows).",
      level: "warn",
      platforms: ["ecs", "eks"],
      covers: "Security Hub ECS.20, ECS.21, CT.ECS.PR.3, kube-linter run-as-non-root",
    },
    messages: {
      missing:
        "Container {{container}} sets no {{key}}, so it runs as root unless its image sets a non-root USER; set {{key}} to a non-root user such as \"1000:1000\".",
      root: "Container {{container}} runs as root ({{key}} is {{user}}); set {{key}} to a non-root user such as \"1000:1000\".",
      administrator:
        "Container {{container}} runs as the Windows administrator account ({{key}} is {{user}}); set {{key}} to a non-administrator account such as \"ContainerUser\".",
      kubernetesMissing:
        "{{container}} of {{workload}} sets neither runAsNonRoot nor runAsUser, nor does its pod, so it runs as its image's user, root unless the image sets a non-root USER; set {{key}} to true or runAsUser to a non-zero user ID.",
      kubernetesRoot: "{{container}} of {{workload}} runs as root ({{key}} is 0); set {{key}} to a non-zero user ID such as 1000.",
      kubernetesPodRoot: "{{workload}} runs {{containers}} as root (the pod's {{key}} is 0); set {{key}} to a non-zero user ID such as 1000.",
      kubernetesNonRootFalse:
        "{{container}} of {{workload}} may run as root ({{key}} is false and no runAsUser applies), so it runs as its image's user, root unless the image sets a non-root USER; set {{key}} to true or runAsUser to a non-zero user ID.",
      kubernetesPodNonRootFalse:
        "{{workload}} lets {{containers}} run as root (the pod's {{key}} is false and no runAsUser applies), so they run as their images' users, root unless an image sets a non-root USER; set {{key}} to true or runAsUser to a non-zero user ID.",
      kubernetesAdministrator:
        "{{container}} of {{workload}} runs as the Windows administrator account ({{key}} is {{user}}); set {{key}} to a non-administrator account such as \"ContainerUser\".",
      kubernetesPodAdministrator:
        "{{workload}} runs {{containers}} as the Windows administrator account (the pod's {{key}} is {{user}}); set {{key}} to a non-administrator account such as \"ContainerUser\".",
      setNonRoot: "Set {{key}} to true (the kubelet then refuses to start the container if its image runs as root).",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const os = document.os;
        if (os === "unknown") return;
        for (const container of document.containers) {
          const value = container.get("user");
          // The label and key are made only for a report.
          if (value === undefined || isMissing(value)) {
            if (os === "linux") context.reportMissing(container, "missing", { container: itemLabel(container), key: container.keyName("user") });
            continue;
          }
          const name = userName(value);
          if (name === undefined) continue;
          const user = value.kind === "string" ? value.value : value.kind === "number" ? String(value.value) : "";
          if (os === "linux") {
            if (name.trim() === "" && user.trim() === "") context.report(value, "missing", { container: itemLabel(container), key: container.keyName("user") });
            else if (LINUX_ROOT.test(name)) context.report(value, "root", { container: itemLabel(container), key: container.keyName("user"), user: JSON.stringify(user) });
          } else if (name.toLowerCase() === WINDOWS_ADMINISTRATOR) {
            context.report(value, "administrator", { container: itemLabel(container), key: container.keyName("user"), user: JSON.stringify(user) });
          }
        }
      },
      "kubernetes-workload"(document) {
        if (!document.builtIn || document.allContainers.length === 0) return;
        const os = podOperatingSystem(document);
        if (os === "windows") checkWindowsPod(context, document);
        else checkLinuxPod(context, document, os === "linux" && !document.fragment);
      },
    };
  },
});

type Context = RuleContext<MessageId, []>;

/**
 * A Linux pod's containers. A pod-level value that makes containers root is
 * reported once, at the value, naming the containers that inherit it.
 * `missing`: report containers with neither setting (a whole pod whose OS is known).
 */
function checkLinuxPod(context: Context, document: WorkloadDocument, missing: boolean): void {
  const inheritRoot: ObjectValue[] = [];
  const inheritNonRootFalse: ObjectValue[] = [];
  for (const container of document.allContainers) {
    const user = document.securitySetting(container, "runAsUser");
    const nonRoot = document.securitySetting(container, "runAsNonRoot");
    if (user !== undefined) {
      // Not a number (unknown, a string) is left alone; UID 0 with runAsNonRoot: true never starts.
      if (yaml11Number(user.value) !== 0 || (nonRoot !== undefined && yaml11Boolean(nonRoot.value) === true)) continue;
      if (user.from === "pod") inheritRoot.push(container);
      else context.report(user.value, "kubernetesRoot", { container: containerLabel(document, container), workload: document.label, key: securityKey("runAsUser") });
    } else if (nonRoot !== undefined) {
      if (yaml11Boolean(nonRoot.value) !== false) continue;
      if (nonRoot.from === "pod") inheritNonRootFalse.push(container);
      else {
        const key = securityKey("runAsNonRoot");
        context.report(nonRoot.value, "kubernetesNonRootFalse", { container: containerLabel(document, container), workload: document.label, key }, {
          suggest: [{ messageId: "setNonRoot", data: { key }, fix: replaceValue(nonRoot.value, true, context.source) }],
        });
      }
    } else if (missing) {
      const key = securityKey("runAsNonRoot");
      context.reportMissing(container, "kubernetesMissing", { container: containerLabel(document, container), workload: document.label, key }, {
        suggest: [{ messageId: "setNonRoot", data: { key }, fix: setSecurityMember(container, "runAsNonRoot", true, context.source) }],
      });
    }
  }
  const podUser = securityMember(document.podSpec, "runAsUser");
  if (inheritRoot.length > 0 && podUser !== undefined) {
    context.report(podUser, "kubernetesPodRoot", { workload: document.label, containers: containerList(inheritRoot), key: securityKey("runAsUser") });
  }
  const podNonRoot = securityMember(document.podSpec, "runAsNonRoot");
  if (inheritNonRootFalse.length > 0 && podNonRoot !== undefined) {
    const key = securityKey("runAsNonRoot");
    context.report(podNonRoot, "kubernetesPodNonRootFalse", { workload: document.label, containers: containerList(inheritNonRootFalse), key }, {
      suggest: [{ messageId: "setNonRoot", data: { key }, fix: replaceValue(podNonRoot, true, context.source) }],
    });
  }
}

/** A Windows pod's containers: `windowsOptions.runAsUserName` naming the administrator account (each field of `windowsOptions` is inherited on its own). */
function checkWindowsPod(context: Context, document: WorkloadDocument): void {
  const key = securityKey("windowsOptions.runAsUserName");
  const podName = runAsUserName(document.podSpec);
  const inherit: ObjectValue[] = [];
  for (const container of document.allContainers) {
    const own = runAsUserName(container);
    if (own === "unknown") continue;
    if (own === undefined) {
      if (podName !== undefined && podName !== "unknown" && isAdministrator(podName)) inherit.push(container);
    } else if (isAdministrator(own)) {
      context.report(own, "kubernetesAdministrator", { container: containerLabel(document, container), workload: document.label, key, user: JSON.stringify(literalString(own)) });
    }
  }
  if (inherit.length > 0 && podName !== undefined && podName !== "unknown") {
    context.report(podName, "kubernetesPodAdministrator", { workload: document.label, containers: containerList(inherit), key, user: JSON.stringify(literalString(podName)) });
  }
}

/** `securityContext.windowsOptions.runAsUserName` of a container or pod spec; "unknown" when the context cannot be read. */
function runAsUserName(holder: ObjectValue | undefined): Value | "unknown" | undefined {
  const options = securityMember(holder, "windowsOptions");
  if (options === undefined) return undefined;
  if (options.kind !== "object") return "unknown";
  const name = present(options.get("runAsUserName"));
  return name?.kind === "unknown" ? "unknown" : name;
}

function isAdministrator(value: Value): boolean {
  return literalString(value)?.toLowerCase() === WINDOWS_ADMINISTRATOR;
}

/** `container "web"`, `containers "web" and "agent"`, `containers "a", "b" and "c"`. */
function containerList(containers: readonly ObjectValue[]): string {
  const labels = containers.map((container) => itemLabel(container));
  if (labels.length === 1) return `container ${labels[0]}`;
  return `containers ${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/**
 * The user part of `user[:group]` when it is known: the whole literal before
 * the first `:`, or the literal text before a placeholder that follows the
 * colon (`root:${GID}` → `root`). Undefined when the user part holds a
 * placeholder or the value is not a string. In a CloudFormation resource a
 * number is the string CloudFormation makes of it (`User: 0` is UID 0).
 */
function userName(value: Value): string | undefined {
  if (value.kind === "number" && value.style === "cloudformation") return String(value.value);
  if (value.kind !== "string") return undefined;
  const literal = literalString(value);
  if (literal !== undefined) {
    const colon = literal.indexOf(":");
    return colon === -1 ? literal : literal.slice(0, colon);
  }
  const first = value.parts[0];
  if (first?.kind !== "text") return undefined;
  const colon = first.text.indexOf(":");
  return colon === -1 ? undefined : first.text.slice(0, colon);
}
