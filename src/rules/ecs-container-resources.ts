/**
 * ecs-container-resources: container memory and CPU settings that ECS rejects
 * when the task definition is registered.
 *
 * - A container with neither `memory` nor `memoryReservation` in a task with no
 *   task-level `memory`, on EC2: "If using the EC2 launch type, you must specify
 *   either a task-level memory value or a container-level memory value" (API
 *   ContainerDefinition.memory); ECS answers `Invalid setting for container 'x'. At
 *   least one of 'memory' or 'memoryReservation' must be specified.`
 *   (sil-org/ecs-deploy#59, aws/aws-cli#4453).
 * - `memory` below `memoryReservation`: the hard limit under the soft limit. The API
 *   text says memory "must be greater than memoryReservation", but equal values
 *   register (ecs-cli writes `memory` = `memoryReservation` when no limit is given,
 *   aws/amazon-ecs-cli#570; the doc correction awsdocs/amazon-ecs-developer-guide#242
 *   says "greater than or equal to"), so only a lower `memory` is reported.
 * - A container `memory` above the task's: `ClientException: The 'memory' setting for
 *   container 'x' is greater than for the task.` (pulumi/pulumi-awsx#188, #1220).
 * - Containers' `memoryReservation` values adding up to more than the task's memory:
 *   `ClientException: The sum of all container 'memoryReservation' values cannot be
 *   greater than the value of the task 'memory'.` (cloudnativedaysjp/dreamkast-infra#4766).
 * - Containers' `cpu` values adding up to more than the task's: `The sum of all container
 *   'cpu' values cannot be greater than the value of the task 'cpu'.` (aws/aws-cdk#1553;
 *   aws-cdk's own check, which allows an equal sum).
 * The API text ("must be lower than the task memory value") is stricter than what
 * ECS rejects: a sum equal to the task's registers, so only a larger one is reported.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
 *
 * Only integer values are judged (other types are valid-schema's). A sum counts the
 * values it can read; those it cannot only make the real sum larger.
 */
import { createRule } from "../create-rule.js";
import { cpuUnits, memoryMiB } from "../facts/task-size.js";
import { isMissing, itemLabel, numberValue, present, type ObjectValue, type Value } from "../values/index.js";

export default createRule({
  name: "ecs-container-resources",
  meta: {
    type: "problem",
    docs: {
      description: "Require container memory and CPU settings that ECS accepts: memory on EC2, a hard limit not below the reservation, and no more than the task's.",
      level: "error",
      platforms: ["ecs"],
      covers: "ECS API (RegisterTaskDefinition)",
    },
    messages: {
      noMemory:
        "Container {{container}} has neither {{memory}} nor {{memoryReservation}} and the task has no {{taskMemory}}, which ECS rejects on EC2; set {{memoryReservation}} (or {{memory}}) on the container, or a task {{taskMemory}}.",
      belowReservation:
        "Container {{container}} has {{memory}} {{hard}} MiB below its {{memoryReservation}} {{soft}} MiB; the hard limit cannot be lower than the reservation, so raise {{memory}} or lower {{memoryReservation}}.",
      aboveTaskMemory:
        "Container {{container}} has {{memory}} {{value}} MiB, more than the task's {{taskMemory}} of {{task}} MiB, which ECS rejects; lower it or raise the task {{taskMemory}}.",
      reservationsAboveTask:
        "The containers' {{memoryReservation}} values add up to {{sum}} MiB, more than the task's {{taskMemory}} of {{task}} MiB, which ECS rejects; lower them or raise the task {{taskMemory}}.",
      cpuAboveTask:
        "The containers' {{cpu}} values add up to {{sum}} CPU units, more than the task's {{taskCpu}} of {{task}} units, which ECS rejects; lower them or raise the task {{taskCpu}}.",
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const containers = document.containers;
        for (const container of containers) {
          const hard = integer(container.get("memory"));
          const soft = integer(container.get("memoryReservation"));
          if (hard !== undefined && soft !== undefined && hard < soft) {
            context.report(container.get("memory")!, "belowReservation", {
              container: itemLabel(container),
              memory: container.keyName("memory"),
              memoryReservation: container.keyName("memoryReservation"),
              hard,
              soft,
            });
          }
        }

        const task = document.task;
        if (!task) return; // A bare container list: task-level memory and CPU are set elsewhere (Terraform).

        // EC2 needs a memory figure per container when the task has none. (With FARGATE the task memory
        // is required anyway: ecs-fargate-compatibility reports it missing.)
        if (document.ec2 === true && document.fargate === false && isMissing(task.get("memory"))) {
          for (const container of containers) {
            if (!isMissing(container.get("memory")) || !isMissing(container.get("memoryReservation"))) continue;
            context.reportMissing(container, "noMemory", {
              container: itemLabel(container),
              memory: container.keyName("memory"),
              memoryReservation: container.keyName("memoryReservation"),
              taskMemory: task.keyName("memory"),
            });
          }
        }

        // Task-level cpu and memory are ignored for Windows containers; what ECS checks for them was not verified.
        if (document.os !== "linux") return;

        const taskMemoryValue = present(task.get("memory"));
        const taskMemory = memoryMiB(taskMemoryValue);
        if (taskMemoryValue && taskMemory !== undefined) {
          for (const container of containers) {
            const hard = integer(container.get("memory"));
            if (hard === undefined || hard <= taskMemory) continue;
            context.report(container.get("memory")!, "aboveTaskMemory", {
              container: itemLabel(container),
              memory: container.keyName("memory"),
              value: hard,
              taskMemory: task.keyName("memory"),
              task: taskMemory,
            });
          }
          const reservations = sumOf(containers, "memoryReservation");
          if (reservations !== undefined && reservations.sum > taskMemory) {
            context.report(taskMemoryValue, "reservationsAboveTask", {
              memoryReservation: reservations.setBy.keyName("memoryReservation"),
              sum: reservations.sum,
              taskMemory: task.keyName("memory"),
              task: taskMemory,
            });
          }
        }

        const taskCpuValue = present(task.get("cpu"));
        const taskCpu = cpuUnits(taskCpuValue);
        const cpus = sumOf(containers, "cpu");
        if (taskCpuValue && taskCpu !== undefined && cpus !== undefined && cpus.sum > taskCpu) {
          const taskCpuKey = task.keyName("cpu");
          context.report(taskCpuValue, "cpuAboveTask", { cpu: cpus.setBy.keyName("cpu"), sum: cpus.sum, taskCpu: taskCpuKey, task: taskCpu });
        }
      },
    };
  },
});

/** A non-negative integer member value (in CloudFormation also `"512"`, which it converts); anything else is valid-schema's. */
function integer(value: Value | undefined): number | undefined {
  const number = numberValue(value);
  return number !== undefined && Number.isInteger(number) && number >= 0 ? number : undefined;
}

/**
 * The sum of the readable values of a container member, and the first container that sets it
 * (whose key, as written, names the member in a message); undefined when no container sets it.
 */
function sumOf(containers: readonly ObjectValue[], apiName: string): { sum: number; setBy: ObjectValue } | undefined {
  let sum = 0;
  let setBy: ObjectValue | undefined;
  for (const container of containers) {
    const value = integer(container.get(apiName));
    if (value === undefined) continue;
    sum += value;
    setBy ??= container;
  }
  return setBy === undefined ? undefined : { sum, setBy };
}
