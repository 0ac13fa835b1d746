/**
 * EventBridge rules and targets, and EventBridge Scheduler schedules — the ways
 * people run ECS tasks on a schedule or on events (PascalCase members).
 *
 * - `eventbridge-rule`: PutRule input with a `ScheduleExpression` (`put`), or an
 *   item of `list-rules` output (`list`, `Rules`);
 * - `eventbridge-targets`: PutTargets input (`put-targets`: `Rule` and
 *   `Targets`), a bare list of targets (`targets-list`, the `--targets
 *   file://targets.json` file), or `list-targets-by-rule` output (`list`);
 * - `scheduler-schedule`: CreateSchedule/UpdateSchedule input (`create`) or
 *   `get-schedule` output (`get`).
 */
import { embeddedJson, literalString, objectItems, objectValue, type ObjectValue, type Value } from "../values/index.js";
import { ApiDocument, describedItems, hasAnyKey } from "./api-document.js";

export class EventBridgeRuleDocument extends ApiDocument<"put" | "list"> {
  readonly kind = "eventbridge-rule";
}

export class EventBridgeTargetsDocument extends ApiDocument<"put-targets" | "targets-list" | "list"> {
  readonly kind = "eventbridge-targets";

  /** The targets that are objects. */
  get targets(): readonly ObjectValue[] {
    return this.form === "targets-list" ? objectItems(this.root) : objectItems(this.object.get("Targets"));
  }

  /** The targets that run ECS tasks (their `EcsParameters` is an object). */
  get ecsTargets(): readonly ObjectValue[] {
    return this.targets.filter(runsEcsTasks);
  }
}

export class ScheduleDocument extends ApiDocument<"create" | "get"> {
  readonly kind = "scheduler-schedule";

  /** `Target`, when an object. */
  get target(): ObjectValue | undefined {
    return objectValue(this.object.get("Target"));
  }

  /** `Target`, when it runs ECS tasks (its `EcsParameters` is an object). */
  get ecsTarget(): ObjectValue | undefined {
    const target = this.target;
    return target && runsEcsTasks(target) ? target : undefined;
  }

  /** The target's `EcsParameters`, when an object. */
  get ecsParameters(): ObjectValue | undefined {
    return this.target && ecsParameters(this.target);
  }
}

/** A target's `EcsParameters`, when an object. */
export function ecsParameters(target: ObjectValue): ObjectValue | undefined {
  return objectValue(target.get("EcsParameters"));
}

/** How messages name a target of a rule: `Target "nightly"` (its `Id`), or `Target #2`. */
export function targetLabel(target: ObjectValue): string {
  const id = literalString(target.get("Id"));
  if (id !== undefined) return `Target ${JSON.stringify(id)}`;
  return target.parent?.kind === "item" ? `Target #${target.parent.index + 1}` : "The target";
}

/** How messages name a schedule's target. */
export const SCHEDULE_TARGET_LABEL = "The schedule's target";

function runsEcsTasks(target: ObjectValue): boolean {
  return ecsParameters(target) !== undefined;
}

/**
 * The task override an ECS target passes to RunTask: its `Input`, JSON text
 * such as `{"containerOverrides": [...]}` (EventBridge hands it to RunTask as
 * the overrides; Scheduler converts it to a TaskOverride), parsed with
 * positions inside the string. Undefined when absent, templated or not JSON.
 */
export function targetTaskOverride(target: ObjectValue, source: string): ObjectValue | undefined {
  const input = target.get("Input");
  const parsed = input === undefined ? undefined : embeddedJson(input, source);
  return parsed?.ok ? objectValue(parsed.value) : undefined;
}

export type EventBridgeDocuments = EventBridgeRuleDocument | EventBridgeTargetsDocument | ScheduleDocument;

/* ---------------- recognition ---------------- */

const LIST_RESPONSE = new Set(["NextToken", "ResponseMetadata"]);
/** Members only a Scheduler schedule has. Source: API-SCH CreateScheduleInput. */
const SCHEDULE_ONLY_MEMBERS = ["FlexibleTimeWindow", "Target", "ScheduleExpressionTimezone", "ActionAfterCompletion", "GroupName"];

export function recognizeEventBridge(root: Value): readonly EventBridgeDocuments[] {
  if (root.kind === "array") return isTargetList(root.items) ? [new EventBridgeTargetsDocument(root, "targets-list", objectItems(root)[0]!)] : [];
  if (root.kind !== "object") return [];
  if (root.entryExact("ScheduleExpression") !== undefined) {
    if (hasAnyKey(root, SCHEDULE_ONLY_MEMBERS)) return [new ScheduleDocument(root, root.entryExact("Arn") !== undefined ? "get" : "create", root)];
    return [new EventBridgeRuleDocument(root, "put", root)];
  }
  const targets = root.entryExact("Targets");
  if (targets?.value.kind === "array" && isTargetList(targets.value.items)) {
    const others = root.entries.filter((entry) => entry !== targets).map((entry) => entry.key);
    if (others.every((key) => key === "Rule" || key === "EventBusName")) return [new EventBridgeTargetsDocument(root, others.includes("Rule") ? "put-targets" : "list", root)];
    if (others.every((key) => LIST_RESPONSE.has(key))) return [new EventBridgeTargetsDocument(root, "list", root)];
  }
  const rules = describedItems(root, "Rules", ["ScheduleExpression"], LIST_RESPONSE);
  return rules.map((item) => new EventBridgeRuleDocument(root, "list", item));
}

/** A non-empty list of objects with `Id` and `Arn`: EventBridge targets. */
function isTargetList(items: readonly Value[]): boolean {
  return items.length > 0 && items.every((item) => item.kind === "object" && item.entryExact("Id") !== undefined && item.entryExact("Arn") !== undefined);
}
