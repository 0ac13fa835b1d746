/**
 * ecs-network-mode: Linux task definitions that do not use the `awsvpc`
 * network mode (`bridge`, `none`, or none given, which means `bridge`).
 *
 * In `awsvpc` mode each task gets its own elastic network interface, private
 * IP address and security groups; in `bridge` mode every task on an instance
 * shares the instance's interface and security groups. AWS recommends `awsvpc`
 * "unless you have a specific need to use a different network mode".
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html
 *
 * Skipped (RULES.md decisions): `host` (no-host-namespaces), Windows (only the
 * default mode or awsvpc exist there), tasks compatible only with EXTERNAL
 * (ECS Anywhere, where awsvpc is not available; CT.ECS.PR.4 skips them too),
 * tasks that require FARGATE (ecs-fargate-compatibility reports them as errors),
 * bare container lists, and anything unknown.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { ECS_ENUMS } from "../facts/ecs-enums.js";
import { AWSVPC } from "../facts/network-modes.js";
import { literalString, present, setMember, type ObjectValue } from "../values/index.js";

/** Modes this rule reports (`host` is no-host-namespaces'). */
const REPORTED_MODES: readonly string[] = ECS_ENUMS.NetworkMode.filter((mode) => mode !== AWSVPC && mode !== "host");

export default createRule({
  name: "ecs-network-mode",
  meta: {
    type: "suggestion",
    docs: {
      description: "Prefer the `awsvpc` network mode for Linux task definitions, so each task gets its own network interface and security groups.",
      level: "warn",
      platforms: ["ecs"],
      covers: "CT.ECS.PR.4; AWS Config ecs-awsvpc-networking-enabled",
    },
    messages: {
      notAwsvpc: 'Task definition uses network mode "{{mode}}"; set {{key}} to "awsvpc" so each task gets its own network interface and security groups.',
      missing: 'Task definition has no {{key}}, so it uses network mode "bridge"; set {{key}} to "awsvpc" so each task gets its own network interface and security groups.',
      setAwsvpc: 'Set {{key}} to "awsvpc".',
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const task = document.task;
        if (!task || document.os !== "linux") return;
        const compatibilities = document.compatibilities;
        if (compatibilities === "unknown" || compatibilities.has("FARGATE")) return;
        if (onlyExternal(compatibilities)) return;

        // The key and the suggestion are built only for a report.
        const value = present(task.get("networkMode"));
        if (value === undefined) {
          const key = task.keyName("networkMode");
          context.reportMissing(task, "missing", { key }, { suggest: setAwsvpc(task, key, context.source) });
          return;
        }
        const mode = literalString(value);
        if (mode !== undefined && REPORTED_MODES.includes(mode)) {
          const key = task.keyName("networkMode");
          context.report(value, "notAwsvpc", { key, mode }, { suggest: setAwsvpc(task, key, context.source) });
        }
      },
    };
  },
});

/** The one suggestion: set the network mode to awsvpc. */
function setAwsvpc(task: ObjectValue, key: string, source: string): Suggestion<"setAwsvpc">[] {
  return [{ messageId: "setAwsvpc", data: { key }, fix: setMember(task, "networkMode", AWSVPC, source) }];
}

/** Whether every listed compatibility is EXTERNAL (true for none), without copying the set. */
function onlyExternal(compatibilities: ReadonlySet<string>): boolean {
  for (const name of compatibilities) if (name !== "EXTERNAL") return false;
  return true;
}
