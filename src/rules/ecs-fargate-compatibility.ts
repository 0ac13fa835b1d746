/**
 * ecs-fargate-compatibility: what a task definition that requires FARGATE may
 * not contain. ECS validates such a task definition against Fargate when it is
 * registered ("even if EC2 is also specified") and rejects it with a
 * ClientException; a task that never registers never runs.
 *
 * The rejected and restricted parameters, with their sources, are in
 * `src/facts/fargate.ts`. The task size itself is `ecs-fargate-task-size`'s; the
 * FireLens `config-file-type` is `ecs-log-configuration`'s.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { ECS_CAPABILITIES, normalizeCapability } from "../facts/capabilities.js";
import { ECS_ENUMS } from "../facts/ecs-enums.js";
import {
  FARGATE_ADDABLE_CAPABILITIES,
  FARGATE_LOG_DRIVERS,
  FARGATE_MAX_TIMEOUT_SECONDS,
  FARGATE_NETWORK_MODE,
  FARGATE_PID_MODES,
  FARGATE_REJECTED_CONTAINER_MEMBERS,
  FARGATE_REJECTED_LINUX_PARAMETERS,
  FARGATE_REJECTED_RESOURCE_TYPES,
  FARGATE_REJECTED_TASK_MEMBERS,
  type RejectedMember,
} from "../facts/fargate.js";
import {
  arrayValue,
  booleanValue,
  isMissing,
  itemLabel,
  literalString,
  numberValue,
  objectItems,
  objectValue,
  present,
  removeMember,
  setMember,
  type Entry,
  type ObjectValue,
  type Value,
} from "../values/index.js";
import { orList } from "../text.js";

type MessageIds =
  | "networkMode"
  | "missingNetworkMode"
  | "missingSize"
  | "taskMember"
  | "pidMode"
  | "containerMember"
  | "linuxParameter"
  | "capability"
  | "gpu"
  | "logDriver"
  | "timeout"
  | "sourcePath"
  | "dockerVolume"
  | "setAwsvpc"
  | "setPidModeTask"
  | "setTimeout"
  | "remove";

export default createRule<MessageIds>({
  name: "ecs-fargate-compatibility",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow task definition parameters that Fargate rejects in a task definition that requires FARGATE.",
      level: "error",
      platforms: ["ecs"],
      covers: "cfn-lint E3048",
    },
    messages: {
      networkMode: 'Fargate requires {{key}} "awsvpc", not "{{value}}"; set it to "awsvpc".',
      missingNetworkMode: 'Task definition has no {{key}}, but Fargate requires it to be "awsvpc"; set {{key}} to "awsvpc".',
      missingSize: "Task definition has no {{key}}, which Fargate requires; set a task {{key}} from the Fargate task sizes.",
      taskMember: "Fargate does not support {{key}}; remove it.",
      pidMode: 'Fargate does not support {{key}} "host"; use "task" or remove it.',
      containerMember: "Container {{container}} sets {{key}}, which Fargate does not support; remove it.",
      linuxParameter: "Container {{container}} sets {{key}} in its Linux parameters, which Fargate does not support; remove it.",
      capability: 'Container {{container}} adds the "{{capability}}" capability, but Fargate allows adding only {{allowed}}; remove it.',
      gpu: "Container {{container}} requests a GPU, which Fargate does not provide; run it on EC2 GPU instances or remove the requirement.",
      logDriver: 'Container {{container}} uses the "{{driver}}" log driver, which Fargate does not support; use {{allowed}}.',
      timeout: "Container {{container}} sets {{key}} to {{value}} seconds, above the Fargate maximum of {{max}}; set it to {{max}} or less.",
      sourcePath: "Volume {{volume}} sets a host {{key}}, which Fargate does not support; remove it to use task storage, or use an EFS volume.",
      dockerVolume: "Volume {{volume}} uses {{key}}, which Fargate does not support; use an EFS volume or task storage instead.",
      setAwsvpc: 'Set {{key}} to "awsvpc".',
      setPidModeTask: 'Set {{key}} to "task".',
      setTimeout: "Set {{key}} to {{max}}.",
      remove: "Remove {{key}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    const source = context.source;

    /** A suggestion that removes a member. */
    const removal = (object: ObjectValue, entry: Entry): Suggestion<MessageIds> => ({
      messageId: "remove",
      data: { key: entry.key },
      fix: removeMember(object, entry, source),
    });

    return {
      "ecs-task-definition"(document) {
        const task = document.task;
        if (!task || document.fargate !== true) return;

        // Network mode: awsvpc only; absent means bridge on Linux (default NAT on Windows), both rejected.
        const networkMode = present(task.get("networkMode"));
        // The key and suggestion are built only for a report: most Fargate tasks already say awsvpc.
        const setAwsvpc = (networkKey: string): Suggestion<MessageIds> => ({ messageId: "setAwsvpc", data: { key: networkKey }, fix: setMember(task, "networkMode", FARGATE_NETWORK_MODE, source) });
        if (networkMode === undefined) {
          const networkKey = task.keyName("networkMode");
          context.reportMissing(task, "missingNetworkMode", { key: networkKey }, { suggest: [setAwsvpc(networkKey)] });
        } else {
          const mode = literalString(networkMode);
          if (mode !== undefined && isOneOf(mode, ECS_ENUMS.NetworkMode) && mode !== FARGATE_NETWORK_MODE) {
            const networkKey = task.keyName("networkMode");
            context.report(networkMode, "networkMode", { key: networkKey, value: mode }, { suggest: [setAwsvpc(networkKey)] });
          }
        }

        // Task size: required (whether the pair is valid is ecs-fargate-task-size's).
        for (const name of TASK_SIZE_MEMBERS) {
          if (isMissing(task.get(name))) context.reportMissing(task, "missingSize", { key: task.keyName(name) });
        }

        for (const entry of rejectedEntries(task, FARGATE_REJECTED_TASK_MEMBERS)) {
          context.report(entry, "taskMember", { key: entry.key }, { suggest: [removal(task, entry)] });
        }
        const pidMode = task.entry("pidMode");
        const pid = literalString(pidMode?.value);
        if (pidMode && pid !== undefined && isOneOf(pid, ECS_ENUMS.PidMode) && !FARGATE_PID_MODES.includes(pid)) {
          context.report(pidMode.value, "pidMode", { key: pidMode.key }, {
            suggest: [{ messageId: "setPidModeTask", data: { key: pidMode.key }, fix: setMember(task, "pidMode", "task", source) }, removal(task, pidMode)],
          });
        }

        for (const container of document.containers) checkContainer(container);
        for (const volume of document.volumes) checkVolume(volume);
      },
    };

    // The container's or volume's label (`itemLabel`) is made at each report, not for every container.
    function checkContainer(container: ObjectValue): void {
      for (const entry of rejectedEntries(container, FARGATE_REJECTED_CONTAINER_MEMBERS)) {
        context.report(entry, "containerMember", { container: itemLabel(container), key: entry.key }, { suggest: [removal(container, entry)] });
      }

      const linuxParameters = objectValue(container.get("linuxParameters"));
      if (linuxParameters) {
        for (const entry of rejectedEntries(linuxParameters, FARGATE_REJECTED_LINUX_PARAMETERS)) {
          context.report(entry, "linuxParameter", { container: itemLabel(container), key: entry.key }, { suggest: [removal(linuxParameters, entry)] });
        }
        const added = arrayValue(objectValue(linuxParameters.get("capabilities"))?.get("add"));
        for (const item of added?.items ?? []) {
          const capability = literalString(item);
          if (capability === undefined) continue;
          const normalized = normalizeCapability(capability);
          // Names ECS does not know are valid-schema's.
          if (!isOneOf(normalized, ECS_CAPABILITIES) || FARGATE_ADDABLE_CAPABILITIES.includes(normalized)) continue;
          context.report(item, "capability", { container: itemLabel(container), capability, allowed: listing(FARGATE_ADDABLE_CAPABILITIES) });
        }
      }

      for (const requirement of objectItems(container.get("resourceRequirements"))) {
        const type = requirement.get("type");
        const name = literalString(type);
        if (type && name !== undefined && FARGATE_REJECTED_RESOURCE_TYPES.includes(name)) context.report(type, "gpu", { container: itemLabel(container) });
      }

      const logDriver = objectValue(container.get("logConfiguration"))?.get("logDriver");
      const driver = literalString(logDriver);
      if (logDriver && driver !== undefined && isOneOf(driver, ECS_ENUMS.LogDriver) && !FARGATE_LOG_DRIVERS.includes(driver)) {
        context.report(logDriver, "logDriver", { container: itemLabel(container), driver, allowed: listing(FARGATE_LOG_DRIVERS) });
      }

      for (const name of TIMEOUT_MEMBERS) {
        const value = container.get(name);
        const seconds = numberValue(value);
        if (value === undefined || seconds === undefined || seconds <= FARGATE_MAX_TIMEOUT_SECONDS) continue;
        const key = container.keyName(name);
        const data = { container: itemLabel(container), key, value: seconds, max: FARGATE_MAX_TIMEOUT_SECONDS };
        context.report(value, "timeout", data, {
          suggest: [{ messageId: "setTimeout", data: { key, max: FARGATE_MAX_TIMEOUT_SECONDS }, fix: setMember(container, name, FARGATE_MAX_TIMEOUT_SECONDS, source) }],
        });
      }
    }

    function checkVolume(volume: ObjectValue): void {
      const host = objectValue(volume.get("host"));
      const sourcePath = host?.entry("sourcePath");
      if (host && sourcePath && isSet(sourcePath.value, "present")) {
        context.report(sourcePath, "sourcePath", { volume: itemLabel(volume), key: sourcePath.key }, { suggest: [removal(host, sourcePath)] });
      }
      const dockerVolume = volume.entry("dockerVolumeConfiguration");
      if (dockerVolume && isSet(dockerVolume.value, "present")) context.report(dockerVolume, "dockerVolume", { volume: itemLabel(volume), key: dockerVolume.key });
    }
  },
});

const TASK_SIZE_MEMBERS = ["cpu", "memory"] as const;
const TIMEOUT_MEMBERS = ["stopTimeout", "startTimeout"] as const;
const NO_ENTRIES: readonly Entry[] = [];

/** The members of an object that Fargate rejects, as written (own members only: a YAML merge is not judged). */
function rejectedEntries(object: ObjectValue, rejected: readonly RejectedMember[]): readonly Entry[] {
  // Usually there are none: the array is made only for the first one found.
  let found: Entry[] | undefined;
  for (const { name, setWhen } of rejected) {
    const entry = object.entry(name);
    if (entry && isSet(entry.value, setWhen)) (found ??= []).push(entry);
  }
  return found ?? NO_ENTRIES;
}

/** Whether a member asks for what Fargate rejects; unknown values and `null` never do. */
function isSet(value: Value, setWhen: RejectedMember["setWhen"]): boolean {
  switch (setWhen) {
    case "true":
      // In CloudFormation `"true"` counts too (it converts the string).
      return booleanValue(value) === true;
    case "nonEmptyList":
      return value.kind === "array" && value.items.length > 0;
    case "present":
      // An empty string asks for nothing; a placeholder may be empty once rendered.
      return value.kind !== "null" && value.kind !== "unknown" && !(value.kind === "string" && (value.literal === undefined || value.literal === ""));
  }
}

function isOneOf(value: string, values: readonly string[]): boolean {
  return values.includes(value);
}

/** `"a", "b" or "c"` */
function listing(values: readonly string[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return orList(quoted);
}
