/**
 * ecs-service-platform-version: Fargate services, run-task input and scheduled
 * tasks pinned to a Linux platform version below 1.4.0 (RULES.md Decisions:
 * `LATEST`, `1.4.0` and an omitted version are fine).
 *
 * Windows platform versions are numbered on their own, and Windows' only one is
 * 1.0.0 — the same number as a retired Linux version. So the task's operating
 * system decides: a Windows task definition (same file or project index), or a
 * described service whose `platformFamily` is Windows, is never reported; a
 * Linux one is reported below 1.4.0; when the operating system cannot be known,
 * only versions that cannot be Windows ones (1.1.0–1.3.0) are reported. Facts
 * and sources: src/facts/ecs-service-practices.ts.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { ecsParameters, referenceName, SCHEDULE_TARGET_LABEL, targetLabel } from "../documents/index.js";
import { EVENTBRIDGE_ENUMS } from "../facts/eventbridge-enums.js";
import { FARGATE_LAUNCH_TYPE } from "../facts/ecs-placement.js";
import {
  belowMinLinuxPlatformVersion,
  LATEST_PLATFORM_VERSION_NAME,
  MIN_LINUX_PLATFORM_VERSION,
  platformFamilyOs,
  SUGGESTED_NUMERIC_PLATFORM_VERSION,
  WINDOWS_PLATFORM_VERSIONS,
} from "../facts/ecs-service-practices.js";
import { literalString, removeMember, replaceValue, type Entry, type ObjectValue } from "../values/index.js";

type MessageIds = "oldVersion" | "oldTargetVersion" | "useLatest" | "useNumeric" | "remove";
type Os = "linux" | "windows" | "unknown";

const EVENTBRIDGE_LAUNCH_TYPES: readonly string[] = EVENTBRIDGE_ENUMS.LaunchType;

export default createRule<MessageIds>({
  name: "ecs-service-platform-version",
  meta: {
    type: "suggestion",
    docs: {
      description: "Report Fargate services and tasks pinned to a Linux platform version below 1.4.0.",
      level: "warn",
      platforms: ["ecs"],
      covers: "Security Hub ECS.10, CT.ECS.PR.1, CKV_AWS_332",
    },
    messages: {
      oldVersion:
        '{{subject}} pins {{key}} "{{version}}", a deprecated Linux Fargate platform version (Fargate retires every version below {{minimum}} and then starts no new tasks on it); use "LATEST" or remove it.',
      oldTargetVersion:
        '{{subject}} pins {{key}} "{{version}}", a deprecated Linux Fargate platform version (Fargate retires every version below {{minimum}} and then starts no new tasks on it); set it to "{{minimum}}" or remove it.',
      useLatest: 'Set {{key}} to "LATEST".',
      useNumeric: 'Set {{key}} to "{{version}}".',
      remove: 'Remove {{key}} (Fargate then uses "LATEST").',
    },
    hasSuggestions: true,
  },
  create(context) {
    /** The operating system of the task definition a reference names, when it is found. */
    function osOf(reference: string | undefined): Os {
      if (reference === undefined) return "unknown";
      return context.related.taskDefinition(reference)?.os ?? "unknown";
    }

    /** `edits`: the version to suggest, "LATEST" (API and CloudFormation) or a number (EventBridge and Scheduler take only numbers). */
    function check(subject: string, object: ObjectValue, entry: Entry | undefined, os: Os, edits: "api" | "numeric", target = false): void {
      if (!entry) return;
      const version = literalString(entry.value);
      if (version === undefined || version === LATEST_PLATFORM_VERSION_NAME || !belowMinLinuxPlatformVersion(version)) return;
      if (os === "windows" || (os === "unknown" && WINDOWS_PLATFORM_VERSIONS.includes(version))) return;
      const key = entry.key;
      const suggest: Suggestion<MessageIds>[] = [];
      if (edits === "api") suggest.push({ messageId: "useLatest", data: { key }, fix: replaceValue(entry.value, LATEST_PLATFORM_VERSION_NAME, context.source) });
      if (edits === "numeric") {
        suggest.push({ messageId: "useNumeric", data: { key, version: SUGGESTED_NUMERIC_PLATFORM_VERSION }, fix: replaceValue(entry.value, SUGGESTED_NUMERIC_PLATFORM_VERSION, context.source) });
      }
      suggest.push({ messageId: "remove", data: { key }, fix: removeMember(object, entry, context.source) });
      context.report(entry.value, target ? "oldTargetVersion" : "oldVersion", { subject, key, version, minimum: MIN_LINUX_PLATFORM_VERSION }, { suggest });
    }

    /** EventBridge and Scheduler `EcsParameters` (PascalCase; `PlatformVersion` is numeric only there). */
    function checkEcsParameters(subject: string, ecs: ObjectValue): void {
      const launchType = literalString(ecs.get("LaunchType"));
      // A platform version off Fargate is ecs-scheduled-task's report.
      if (launchType !== undefined && launchType !== FARGATE_LAUNCH_TYPE && EVENTBRIDGE_LAUNCH_TYPES.includes(launchType)) return;
      // `TaskDefinitionArn: !Ref TaskDef` names a task definition of the same template.
      check(subject, ecs, ecs.entry("PlatformVersion"), osOf(referenceName(ecs.get("TaskDefinitionArn"))), "numeric", true);
    }

    return {
      "ecs-service"(document) {
        if (document.fargate === false) return;
        const object = document.object;
        const family = literalString(object.get("platformFamily"));
        const familyOs = family === undefined ? undefined : platformFamilyOs(family);
        const subject = document.label;
        check(subject, object, object.entry("platformVersion"), familyOs ?? osOf(document.taskDefinitionReference), "api");
      },
      "ecs-run-task"(document) {
        if (document.form !== "run-task" || document.fargate === false) return;
        check(document.label, document.object, document.object.entry("platformVersion"), osOf(document.taskDefinitionReference), "api");
      },
      "eventbridge-targets"(document) {
        for (const target of document.ecsTargets) {
          checkEcsParameters(targetLabel(target), ecsParameters(target)!);
        }
      },
      "scheduler-schedule"(document) {
        const ecs = document.ecsParameters;
        if (ecs) checkEcsParameters(SCHEDULE_TARGET_LABEL, ecs);
      },
    };
  },
});
