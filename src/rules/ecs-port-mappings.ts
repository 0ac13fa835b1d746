/**
 * ecs-port-mappings: port mappings that ECS rejects for the task's network mode.
 *
 * - `awsvpc` and `host`: `hostPort` must be absent or equal to `containerPort`; a
 *   dynamic `hostPort: 0` does not exist there. ECS: `When networkMode=awsvpc, the
 *   host ports and container ports in port mappings must match`.
 * - A host port mapped twice in one task (the same port and protocol): ECS:
 *   `TCP host port '3000' is mapped multiple times in task.` In `awsvpc` and `host`
 *   mode the host port is the container port, so this is the same `containerPort`
 *   and protocol twice, in one container or across containers; in `bridge` mode, the
 *   same non-zero `hostPort` twice.
 * - `none`: no port mappings at all.
 * Facts and sources: `src/facts/network-modes.ts` (aws-facts §1.3.1).
 *
 * The network mode comes from `document.networkMode` (absent means `bridge` on
 * Linux); when it is unknown, and for bare container lists, nothing depends on it
 * and nothing is reported.
 */
import { createRule } from "../create-rule.js";
import { ECS_ENUMS } from "../facts/ecs-enums.js";
import { DEFAULT_PORT_PROTOCOL, DYNAMIC_HOST_PORT, EXPLICIT_HOST_PORT_MODES, HOST_PORT_IS_CONTAINER_PORT, NO_PORT_MAPPINGS } from "../facts/network-modes.js";
import { itemLabel, literalString, numberValue, objectItems, present, removeMember, replaceValue, type ObjectValue, type Value } from "../values/index.js";

export default createRule({
  name: "ecs-port-mappings",
  meta: {
    type: "problem",
    docs: {
      description: "Require port mappings that the task's network mode allows: `hostPort` equal to `containerPort` in `awsvpc` and `host` mode, no port mapped twice, none in `none` mode.",
      level: "error",
      platforms: ["ecs"],
      covers: "cfn-lint E3053",
    },
    messages: {
      hostPortMismatch:
        'In network mode "{{mode}}", {{hostPort}} must equal {{containerPort}}, but it is {{host}} for container port {{port}}; set {{hostPort}} to {{port}} or remove it.',
      dynamicHostPort: 'Dynamic host ports ({{hostPort}} 0) do not exist in network mode "{{mode}}"; set {{hostPort}} to {{containerPort}} {{port}} or remove it.',
      duplicatePort:
        "{{protocol}} port {{port}} is already mapped in this task (container {{first}}), and ECS rejects a host port mapped twice; remove this mapping or use another port.",
      noneMode: 'Container {{container}} has {{key}}, but the task\'s network mode "none" allows no port mappings; remove them.',
      removePortMappings: "Remove {{key}}.",
    },
    fixable: "code",
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const mode = document.networkMode;
        if (mode === undefined) return;
        const containers = document.containers;

        if (NO_PORT_MAPPINGS.includes(mode)) {
          for (const container of containers) {
            const entry = container.entry("portMappings");
            if (entry?.value.kind !== "array" || entry.value.items.length === 0) continue;
            context.report(entry, "noneMode", { container: itemLabel(container), key: entry.key }, {
              suggest: [{ messageId: "removePortMappings", data: { key: entry.key }, fix: removeMember(container, entry, context.source) }],
            });
          }
          return;
        }

        const hostIsContainer = HOST_PORT_IS_CONTAINER_PORT.includes(mode);
        const explicitHostPorts = EXPLICIT_HOST_PORT_MODES.includes(mode);
        /** The first container that maps each `protocol/port`: its label is made only for a report. */
        const seen = new Map<string, ObjectValue>();

        for (const container of containers) {
          for (const mapping of objectItems(container.get("portMappings"))) {
            const containerPortValue = mapping.get("containerPort");
            const hostPortValue = present(mapping.get("hostPort"));
            const containerPort = port(containerPortValue);
            const hostPort = port(hostPortValue);

            if (hostIsContainer && containerPort !== undefined && hostPort !== undefined && hostPort !== containerPort) {
              const keys = { mode, hostPort: mapping.keyName("hostPort"), containerPort: mapping.keyName("containerPort"), port: containerPort };
              const fix = replaceValue(hostPortValue!, containerPort, context.source);
              if (hostPort === DYNAMIC_HOST_PORT) context.report(hostPortValue!, "dynamicHostPort", keys, { fix });
              else context.report(hostPortValue!, "hostPortMismatch", { ...keys, host: hostPort }, { fix });
            }

            // The port bound on the host (or the task's network interface), and what to report a duplicate on.
            let bound: number | undefined;
            let at: Value | undefined;
            if (hostIsContainer) {
              bound = containerPort;
              at = containerPortValue;
            } else if (explicitHostPorts && hostPort !== undefined && hostPort !== DYNAMIC_HOST_PORT) {
              bound = hostPort;
              at = hostPortValue;
            }
            const protocol = protocolOf(mapping);
            if (bound === undefined || at === undefined || protocol === undefined) continue;
            const key = `${protocol}/${bound}`;
            const first = seen.get(key);
            if (first === undefined) seen.set(key, container);
            else context.report(at, "duplicatePort", { protocol: protocol.toUpperCase(), port: bound, first: itemLabel(first) });
          }
        }
      },
    };
  },
});

/** A port number (a non-negative integer; in CloudFormation also `"80"`, which it converts); anything else is valid-schema's. */
function port(value: Value | undefined): number | undefined {
  const number = numberValue(value);
  return number !== undefined && Number.isInteger(number) && number >= 0 ? number : undefined;
}

/** The mapping's protocol (`tcp` when absent); undefined when unknown or not an ECS protocol. */
function protocolOf(mapping: ObjectValue): string | undefined {
  const value = present(mapping.get("protocol"));
  if (value === undefined) return DEFAULT_PORT_PROTOCOL;
  const protocol = literalString(value);
  return protocol !== undefined && (ECS_ENUMS.TransportProtocol as readonly string[]).includes(protocol) ? protocol : undefined;
}
