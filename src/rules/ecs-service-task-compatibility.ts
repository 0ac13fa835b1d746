/**
 * ecs-service-task-compatibility: a service or a run-task input that runs its
 * task definition somewhere the task definition was not validated for (Fargate
 * without `FARGATE` in `requiresCompatibilities`: "Task definition does not
 * support launch_type FARGATE"), and Fargate tasks whose containers use a log
 * driver Fargate does not offer (cfn-lint E3054, E3713).
 *
 * Also a service whose `loadBalancers[]` name a container the task definition
 * does not have, or a `containerPort` that container does not map: CreateService
 * fails ("The container … did not have a container port … defined", RULES.md
 * decisions; API LoadBalancer: "The container name must be as it appears in a
 * container definition" and the port "must be one of the containerPort values in
 * the portMappings").
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html
 *
 * The task definition is looked up through `context.related` (same file, then
 * the project index); when it is not found, the rule says nothing.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { launchSite, type RunTaskDocument, type ServiceDocument, type TaskDefinitionDocument } from "../documents/index.js";
import { ECS_ENUMS } from "../facts/ecs-enums.js";
import { FARGATE_LAUNCH_TYPE } from "../facts/ecs-placement.js";
import { FARGATE_LOG_DRIVERS } from "../facts/fargate.js";
import { orList } from "../text.js";
import { itemLabel, literalString, numberValue, objectItems, objectValue, present, type ObjectValue } from "../values/index.js";

type MessageIds = "notFargateCompatible" | "notCompatible" | "logDriver" | "unknownLoadBalancerContainer" | "unmappedLoadBalancerPort";

export default createRule<MessageIds>({
  name: "ecs-service-task-compatibility",
  meta: {
    type: "problem",
    docs: {
      description: "Require the task definition of a service or task to be compatible with where it runs (launch type, capacity providers, Fargate log drivers).",
      level: "error",
      platforms: ["ecs"],
      covers: "cfn-lint E3054, E3713",
    },
    messages: {
      notFargateCompatible:
        'Task definition {{taskDefinition}} does not list "FARGATE" in {{key}}, so ECS will not run it on Fargate ({{via}}); add "FARGATE" to its {{key}}, or run the {{subject}} on a launch type it supports.',
      notCompatible:
        "Task definition {{taskDefinition}} is compatible with {{compatible}} only, so ECS will not run it with {{via}}; register it for {{launchType}}, or run the {{subject}} on a launch type it supports.",
      logDriver:
        'Task definition {{taskDefinition}} runs on Fargate here ({{via}}), but its container {{container}} uses the "{{driver}}" log driver, which Fargate does not support; use {{allowed}}.',
      unknownLoadBalancerContainer:
        "The load balancer names container {{container}}, which task definition {{taskDefinition}} does not have, so CreateService fails; name one of its containers ({{names}}).",
      unmappedLoadBalancerPort:
        "The load balancer sends traffic to port {{port}} of container {{container}}, which maps no such containerPort in task definition {{taskDefinition}} ({{ports}}), so CreateService fails; use a mapped port or add the port mapping.",
    },
  },
  create(context) {
    return {
      "ecs-service"(document) {
        check(context, document, "service");
      },
      "ecs-run-task"(document) {
        if (document.form === "run-task") check(context, document, "task");
      },
    };
  },
});


function check(context: RuleContext<MessageIds, []>, document: ServiceDocument | RunTaskDocument, subject: "service" | "task"): void {
  const reference = document.taskDefinitionReference;
  if (reference === undefined) return;
  const taskDefinition = context.related.taskDefinition(reference);
  if (!taskDefinition?.task) return;
  if (document.kind === "ecs-service") checkLoadBalancers(context, document, taskDefinition, JSON.stringify(reference));
  const launch = launchSite(document, context.related);
  if (!launch) return;
  const name = JSON.stringify(reference);

  const validated = validatedCompatibilities(taskDefinition);
  if (validated !== undefined) {
    // A describe output says what ECS validated the task definition for.
    if (!validated.includes(launch.launchType)) {
      context.report(launch.at, "notCompatible", { taskDefinition: name, compatible: orList(validated), via: launch.via, launchType: launch.launchType, subject });
      return;
    }
  } else if (launch.launchType === FARGATE_LAUNCH_TYPE && taskDefinition.fargate === false) {
    // Without FARGATE in requiresCompatibilities, ECS never validates it for Fargate. (EC2 cannot be judged this way:
    // a task definition that requires FARGATE is validated for EC2 too.)
    context.report(launch.at, "notFargateCompatible", { taskDefinition: name, key: taskDefinition.task.keyName("requiresCompatibilities"), via: launch.via, subject });
  }

  // A task definition that requires FARGATE has its log drivers checked where it is written (ecs-fargate-compatibility).
  if (launch.launchType !== FARGATE_LAUNCH_TYPE || taskDefinition.fargate === true || validated?.includes(FARGATE_LAUNCH_TYPE)) return;
  for (const container of taskDefinition.containers) {
    const driver = literalString(objectValue(container.get("logConfiguration"))?.get("logDriver"));
    if (driver === undefined || !(ECS_ENUMS.LogDriver as readonly string[]).includes(driver) || FARGATE_LOG_DRIVERS.includes(driver)) continue;
    context.report(launch.at, "logDriver", { taskDefinition: name, via: launch.via, container: itemLabel(container), driver, allowed: orList(FARGATE_LOG_DRIVERS) });
  }
}

/** Each load balancer's container and port against the task definition's containers and port mappings. */
function checkLoadBalancers(context: RuleContext<MessageIds, []>, service: ServiceDocument, taskDefinition: TaskDefinitionDocument, name: string): void {
  const balancers = objectItems(service.object.get("loadBalancers"));
  if (balancers.length === 0) return;
  const containers = new Map<string, ObjectValue>();
  for (const container of taskDefinition.containers) {
    const containerName = literalString(container.get("name"));
    // A container whose name cannot be read may be the one named: nothing can be said.
    if (containerName === undefined || container.hasMerge) return;
    containers.set(containerName, container);
  }
  for (const balancer of balancers) {
    const containerValue = balancer.get("containerName");
    const containerName = literalString(containerValue);
    if (containerName === undefined) continue;
    const container = containers.get(containerName);
    if (container === undefined) {
      context.report(containerValue!, "unknownLoadBalancerContainer", { container: JSON.stringify(containerName), taskDefinition: name, names: [...containers.keys()].map((known) => JSON.stringify(known)).join(", ") });
      continue;
    }
    const portValue = balancer.get("containerPort");
    const port = numberValue(portValue);
    if (port === undefined) continue;
    const mapped = mappedPorts(container);
    if (mapped === undefined || mapped.some((range) => port >= range[0] && port <= range[1])) continue;
    const ports = mapped.length === 0 ? "it maps no ports" : `it maps ${mapped.map((range) => (range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`)).join(", ")}`;
    context.report(portValue!, "unmappedLoadBalancerPort", { port, container: JSON.stringify(containerName), taskDefinition: name, ports });
  }
}

/** A container's mapped container ports as ranges; undefined when any mapping cannot be read. */
function mappedPorts(container: ObjectValue): Array<readonly [number, number]> | undefined {
  const mappings = present(container.get("portMappings"));
  if (mappings === undefined) return [];
  if (mappings.kind !== "array") return undefined;
  const ranges: Array<readonly [number, number]> = [];
  for (const item of mappings.items) {
    if (item.kind !== "object" || item.hasMerge) return undefined;
    const range = present(item.get("containerPortRange"));
    if (range !== undefined) {
      const match = /^(\d+)-(\d+)$/.exec(literalString(range) ?? "");
      if (!match) return undefined;
      ranges.push([Number(match[1]), Number(match[2])]);
      continue;
    }
    const port = present(item.get("containerPort"));
    if (port === undefined) continue;
    const number = numberValue(port);
    if (number === undefined) return undefined;
    ranges.push([number, number]);
  }
  return ranges;
}

/** The describe output's `compatibilities`, when every item is literal. */
function validatedCompatibilities(taskDefinition: TaskDefinitionDocument): readonly string[] | undefined {
  const value = present(taskDefinition.task?.get("compatibilities"));
  if (value?.kind !== "array" || value.items.length === 0) return undefined;
  const names: string[] = [];
  for (const item of value.items) {
    const text = literalString(item);
    if (text === undefined) return undefined;
    names.push(text);
  }
  return names;
}

