/**
 * ecs-container-references: names inside a task definition that point at nothing,
 * and container dependencies ECS cannot honour.
 *
 * - `mountPoints[].sourceVolume` not declared in the task's `volumes`
 *   ("sourceVolume must name a task volumes[].name");
 * - `dependsOn[].containerName`, `links` (`name` or `name:alias`),
 *   `volumesFrom[].sourceContainer` and `proxyConfiguration.containerName`
 *   naming no container;
 * - the `awsfirelens` log driver with no container carrying `firelensConfiguration`
 *   (RegisterTaskDefinition: "When awsfirelens log driver is specified in log
 *   configuration, a firelens configuration object must be configured in one of
 *   the containers");
 * - `dependsOn` cycles;
 * - `HEALTHY` on a container without `healthCheck` ("This requires that the
 *   dependent container has health checks configured"), `COMPLETE`/`SUCCESS` on
 *   an essential one ("This condition can't be set on an essential container").
 * Sources: API ContainerDependency, ContainerDefinition, ProxyConfiguration
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html ;
 * aws-facts §1.3; FireLens error quoted in turnerlabs/fargate#60 and OctopusDeploy/Issues#7821.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { FIRELENS_LOG_DRIVER } from "../facts/awslogs.js";
import type { ECS_ENUMS } from "../facts/ecs-enums.js";
import { closestName } from "../text.js";
import { isMissing, itemLabel, literalString, objectItems, objectValue, present, replaceValue, type ObjectValue, type Value } from "../values/index.js";

type Condition = (typeof ECS_ENUMS.ContainerCondition)[number];
/** The condition that needs a health check on the container waited for. */
const NEEDS_HEALTH_CHECK: Condition = "HEALTHY";
/** Conditions that wait for a container to exit, so it may not be essential. */
const WAITS_FOR_EXIT: readonly Condition[] = ["COMPLETE", "SUCCESS"];

type MessageIds =
  | "unknownDependency"
  | "unknownLink"
  | "unknownVolumesFrom"
  | "unknownProxyContainer"
  | "unknownSourceVolume"
  | "firelensWithoutRouter"
  | "healthyWithoutHealthCheck"
  | "exitConditionOnEssential"
  | "dependencyCycle"
  | "useName";

export default createRule<MessageIds>({
  name: "ecs-container-references",
  meta: {
    type: "problem",
    docs: {
      description:
        "Disallow references to containers and volumes that do not exist, FireLens logging without a log router, and container dependencies ECS cannot honour.",
      level: "error",
      platforms: ["ecs"],
      covers: "ECS API (RegisterTaskDefinition)",
    },
    messages: {
      unknownDependency: "Container {{container}} depends on {{name}}, which is not a container of this task definition; name one of its containers.",
      unknownLink: "Container {{container}} links to {{name}}, which is not a container of this task definition; name one of its containers.",
      unknownVolumesFrom: "Container {{container}} mounts the volumes of {{name}}, which is not a container of this task definition; name one of its containers.",
      unknownProxyContainer:
        "The proxy configuration names {{name}}, which is not a container of this task definition; set it to the name of the container that runs the proxy (the App Mesh Envoy sidecar, for example), or add that container.",
      unknownSourceVolume: "Container {{container}} mounts volume {{name}}, which the task definition does not declare in {{key}}; declare it or mount a declared volume.",
      firelensWithoutRouter:
        'Container {{container}} uses log driver "awsfirelens", but no container has a {{key}}, which ECS refuses; add a FireLens log router container.',
      healthyWithoutHealthCheck:
        'Container {{container}} waits for {{name}} with condition "HEALTHY", but {{name}} has no {{key}}, which that condition requires; add a health check to {{name}} or use condition "START".',
      exitConditionOnEssential:
        'Container {{container}} waits for {{name}} with condition {{condition}}, which ECS does not allow on an essential container (the task stops when it exits); make {{name}} non-essential or use condition "START".',
      dependencyCycle: "Containers {{cycle}} depend on each other in a cycle, so none of them can start; remove one of these dependencies.",
      useName: "Use {{suggestion}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    /** Reports a name that matches nothing, with the closest known name as a suggestion. */
    const reportUnknown = (value: Value, messageId: MessageIds, data: Record<string, string>, name: string, known: Iterable<string>, rewrite: (name: string) => string = (n) => n): void => {
      const suggestion = closestName(name, known);
      const suggest: Suggestion<MessageIds>[] =
        suggestion === undefined
          ? []
          : [{ messageId: "useName", data: { suggestion: JSON.stringify(suggestion) }, fix: replaceValue(value, rewrite(suggestion), context.source) }];
      context.report(value, messageId, { ...data, name: JSON.stringify(name) }, { suggest });
    };

    return {
      "ecs-task-definition"(document) {
        const containers = document.containers;
        const list = document.containerList;
        const byName = new Map<string, ObjectValue>();
        // Whether every container's name is known: only then does "no container has this name" hold.
        const itemsKnown = list?.kind === "array" && !list.items.some((item) => item.kind === "unknown");
        let namesKnown = itemsKnown;
        containers.forEach((container) => {
          const name = present(container.get("name"));
          const text = literalString(name);
          if (name !== undefined && text === undefined) namesKnown = false;
          if (text !== undefined && !byName.has(text)) byName.set(text, container);
        });
        const names = [...byName.keys()];
        const volumeNames = declaredVolumes(document.task);
        const edges = new Map<string, { target: string; value: Value }[]>();

        for (const container of containers) {
          // The container's label is made only for a report (`itemLabel(container)`): most containers have none.
          const own = literalString(container.get("name"));

          for (const dependency of objectItems(container.get("dependsOn"))) {
            const value = dependency.get("containerName");
            const target = literalString(value);
            if (!value || target === undefined) continue;
            const targetContainer = byName.get(target);
            if (!targetContainer) {
              if (namesKnown) reportUnknown(value, "unknownDependency", { container: itemLabel(container) }, target, names);
              continue;
            }
            if (own !== undefined) edges.set(own, [...(edges.get(own) ?? []), { target, value }]);
            const conditionValue = dependency.get("condition");
            const condition = literalString(conditionValue);
            if (!conditionValue || condition === undefined) continue;
            if (condition === NEEDS_HEALTH_CHECK && isMissing(targetContainer.get("healthCheck"))) {
              context.report(conditionValue, "healthyWithoutHealthCheck", { container: itemLabel(container), name: JSON.stringify(target), key: targetContainer.keyName("healthCheck") });
            }
            if ((WAITS_FOR_EXIT as readonly string[]).includes(condition) && document.essential(targetContainer) === true) {
              context.report(conditionValue, "exitConditionOnEssential", { container: itemLabel(container), name: JSON.stringify(target), condition: JSON.stringify(condition) });
            }
          }

          if (namesKnown) {
            const links = present(container.get("links"));
            if (links?.kind === "array") {
              for (const item of links.items) {
                const text = literalString(item);
                if (text === undefined) continue;
                const separator = text.indexOf(":");
                const target = separator === -1 ? text : text.slice(0, separator);
                const alias = separator === -1 ? "" : text.slice(separator);
                if (!byName.has(target)) reportUnknown(item, "unknownLink", { container: itemLabel(container) }, target, names, (name) => `${name}${alias}`);
              }
            }
            for (const source of objectItems(container.get("volumesFrom"))) {
              const value = source.get("sourceContainer");
              const target = literalString(value);
              if (value && target !== undefined && !byName.has(target)) reportUnknown(value, "unknownVolumesFrom", { container: itemLabel(container) }, target, names);
            }
          }

          if (volumeNames) {
            for (const mountPoint of objectItems(container.get("mountPoints"))) {
              const value = mountPoint.get("sourceVolume");
              const volume = literalString(value);
              if (value && volume !== undefined && !volumeNames.has(volume)) {
                reportUnknown(value, "unknownSourceVolume", { container: itemLabel(container), key: document.task!.keyName("volumes") }, volume, volumeNames);
              }
            }
          }

          const driverValue = objectValue(present(container.get("logConfiguration")))?.get("logDriver");
          if (driverValue && literalString(driverValue) === FIRELENS_LOG_DRIVER && itemsKnown && !containers.some((other) => present(other.get("firelensConfiguration")))) {
            context.report(driverValue, "firelensWithoutRouter", { container: itemLabel(container), key: container.keyName("firelensConfiguration") });
          }
        }

        const proxy = objectValue(present(document.task?.get("proxyConfiguration")));
        const proxyName = proxy?.get("containerName");
        const proxyTarget = literalString(proxyName);
        if (proxyName && proxyTarget !== undefined && namesKnown && !byName.has(proxyTarget)) {
          reportUnknown(proxyName, "unknownProxyContainer", {}, proxyTarget, names);
        }

        // Without dependencies between known containers there is no cycle to look for.
        if (edges.size > 0) {
          for (const { cycle, value } of cycles(names, edges)) {
            context.report(value, "dependencyCycle", { cycle: cycle.map((name) => JSON.stringify(name)).join(" → ") });
          }
        }
      },
    };
  },
});


/**
 * The names of the task's volumes, or undefined when they cannot be known: no
 * task level (a bare container list), volumes that cannot be read, or a volume
 * whose name cannot be read.
 */
function declaredVolumes(task: ObjectValue | undefined): ReadonlySet<string> | undefined {
  if (!task) return undefined;
  const volumes = present(task.get("volumes"));
  const names = new Set<string>();
  if (volumes === undefined) return names;
  if (volumes.kind !== "array") return undefined;
  for (const item of volumes.items) {
    if (item.kind === "unknown") return undefined;
    if (item.kind !== "object") continue;
    const name = present(item.get("name"));
    if (name === undefined) continue;
    const text = literalString(name);
    if (text === undefined) return undefined;
    names.add(text);
  }
  return names;
}

/** Each dependency that closes a cycle (a back edge of a depth-first walk), with the cycle it closes. */
function cycles(names: readonly string[], edges: ReadonlyMap<string, readonly { target: string; value: Value }[]>): { cycle: string[]; value: Value }[] {
  const found: { cycle: string[]; value: Value }[] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (name: string): void => {
    state.set(name, "open");
    path.push(name);
    for (const edge of edges.get(name) ?? []) {
      const seen = state.get(edge.target);
      if (seen === "open") found.push({ cycle: [...path.slice(path.indexOf(edge.target)), edge.target], value: edge.value });
      else if (seen === undefined) visit(edge.target);
    }
    path.pop();
    state.set(name, "done");
  };
  for (const name of names) if (!state.has(name)) visit(name);
  return found;
}
