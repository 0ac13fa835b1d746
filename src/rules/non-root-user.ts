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
 */
import { createRule } from "../create-rule.js";
import { isMissing, itemLabel, literalString, type Value } from "../values/index.js";

/** Root on Linux: the user name `root` or UID 0 (`0`, `00`, …). */
const LINUX_ROOT = /^(?:root|0+)$/;
/** The administrator account of Windows container images (compared case-insensitively). */
const WINDOWS_ADMINISTRATOR = "containeradministrator";

export default createRule({
  name: "non-root-user",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require containers to run as a non-root user (Linux) or a non-administrator account (Windows).",
      level: "warn",
      platforms: ["ecs"],
      covers: "Security Hub ECS.20, ECS.21, CT.ECS.PR.3, kube-linter run-as-non-root",
    },
    messages: {
      missing:
        "Container {{container}} sets no {{key}}, so it runs as root unless its image sets a non-root USER; set {{key}} to a non-root user such as \"1000:1000\".",
      root: "Container {{container}} runs as root ({{key}} is {{user}}); set {{key}} to a non-root user such as \"1000:1000\".",
      administrator:
        "Container {{container}} runs as the Windows administrator account ({{key}} is {{user}}); set {{key}} to a non-administrator account such as \"ContainerUser\".",
    },
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
    };
  },
});

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
