/**
 * ecs-fargate-task-size: a Fargate task definition whose task-level `cpu` and
 * `memory` are not one of the sizes Fargate offers (for its operating system).
 *
 * ECS rejects such a task definition at registration: `ClientException: Invalid
 * 'cpu' setting for task.` (Terraform: `No Fargate configuration exists for given
 * values.`). The sizes, with their sources, are in `src/facts/fargate.ts`; sizes
 * are read with `src/facts/task-size.ts` (CPU units or `"1 vCPU"`, MiB or `"2 GB"`).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { FARGATE_UNVERIFIED_CPU, fargateSizesFor, type FargateOs, type FargateTaskSize } from "../facts/fargate.js";
import { cpuUnits, memoryMiB, nearestOf, spellSize } from "../facts/task-size.js";
import { present, replaceValue, type Edit, type Value } from "../values/index.js";
import { orList } from "../text.js";

type MessageIds = "invalidCpu" | "invalidMemory" | "setValue" | "setPair";

export default createRule<MessageIds>({
  name: "ecs-fargate-task-size",
  meta: {
    type: "problem",
    docs: {
      description: "Require a Fargate task `cpu`/`memory` pair that Fargate offers.",
      level: "error",
      platforms: ["ecs"],
      covers: "cfn-lint E3047",
    },
    messages: {
      invalidCpu: "Fargate has no task size with {{key}} {{cpu}} CPU units{{forOs}}; use {{allowed}} CPU units.",
      invalidMemory: "Fargate does not offer {{memoryKey}} {{memory}} MiB with {{cpuKey}} {{cpu}} CPU units{{forOs}}; with that CPU use {{allowed}} MiB.",
      setValue: "Set {{key}} to {{value}}.",
      setPair: "Set {{cpuKey}} to {{cpu}} and {{memoryKey}} to {{memory}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const task = document.task;
        if (!task || document.fargate !== true) return;
        // Windows sizes are a subset of Linux sizes with the same memory: a pair invalid on Linux is invalid everywhere.
        const os: FargateOs = document.os === "windows" ? "windows" : "linux";
        const forOs = os === "windows" ? " on Windows" : "";

        const cpuValue = present(task.get("cpu"));
        const memoryValue = present(task.get("memory"));
        // A missing cpu or memory is ecs-fargate-compatibility's report.
        if (cpuValue === undefined) return;
        const cpu = cpuUnits(cpuValue);
        if (cpu === undefined || FARGATE_UNVERIFIED_CPU.includes(cpu)) return;
        const memory = memoryValue === undefined ? undefined : memoryMiB(memoryValue);

        const sizes = fargateSizesFor(os);
        const row = sizes.find((size) => size.cpu === cpu);
        // A valid size (the common case) needs neither the keys nor the edits.
        if (row !== undefined && (memory === undefined || memoryValue === undefined || row.memory.includes(memory))) return;
        const keys = { cpuKey: task.keyName("cpu"), memoryKey: task.keyName("memory") };
        const edit = new Edits(context.source, keys, cpuValue, memoryValue);

        if (row === undefined) {
          const suggest: Suggestion<MessageIds>[] = [];
          const nearest = nearestCpu(sizes, cpu);
          if (memory !== undefined && memoryValue !== undefined) {
            const smallest = smallestCpuFor(sizes, memory);
            if (smallest) suggest.push(edit.cpu(smallest.cpu));
            if (nearest.cpu !== smallest?.cpu) {
              suggest.push(nearest.memory.includes(memory) ? edit.cpu(nearest.cpu) : edit.pair(nearest.cpu, nearestOf(nearest.memory, memory)));
            }
          } else {
            suggest.push(edit.cpu(nearest.cpu));
          }
          context.report(cpuValue, "invalidCpu", { key: keys.cpuKey, cpu, forOs, allowed: describe(sizes.map((size) => size.cpu)) }, { suggest });
          return;
        }

        if (memory === undefined || memoryValue === undefined) return;
        const suggest: Suggestion<MessageIds>[] = [edit.memory(nearestOf(row.memory, memory))];
        const smallest = smallestCpuFor(sizes, memory);
        if (smallest && smallest.cpu !== cpu) suggest.push(edit.cpu(smallest.cpu));
        context.report(memoryValue, "invalidMemory", { ...keys, memory, cpu, forOs, allowed: describe(row.memory) }, { suggest });
      },
    };
  },
});

/** Builds the suggestions, writing each new value the way the file writes the old one. */
class Edits {
  constructor(
    private readonly source: string,
    private readonly keys: { readonly cpuKey: string; readonly memoryKey: string },
    private readonly cpuValue: Value,
    private readonly memoryValue: Value | undefined,
  ) {}

  cpu(units: number): Suggestion<MessageIds> {
    const value = spellSize(this.cpuValue, units, "cpu");
    return { messageId: "setValue", data: { key: this.keys.cpuKey, value: written(value) }, fix: replaceValue(this.cpuValue, value, this.source) };
  }

  memory(mib: number): Suggestion<MessageIds> {
    const memoryValue = this.memoryValue!;
    const value = spellSize(memoryValue, mib, "memory");
    return { messageId: "setValue", data: { key: this.keys.memoryKey, value: written(value) }, fix: replaceValue(memoryValue, value, this.source) };
  }

  pair(units: number, mib: number): Suggestion<MessageIds> {
    const memoryValue = this.memoryValue!;
    const cpu = spellSize(this.cpuValue, units, "cpu");
    const memory = spellSize(memoryValue, mib, "memory");
    const fix: Edit[] = [replaceValue(this.cpuValue, cpu, this.source), replaceValue(memoryValue, memory, this.source)];
    return { messageId: "setPair", data: { ...this.keys, cpu: written(cpu), memory: written(memory) }, fix };
  }
}

/** A new value as messages show it: a number bare, a string in double quotes (`"2 GB"`). */
function written(value: string | number): string {
  return JSON.stringify(value);
}

function nearestCpu(sizes: readonly FargateTaskSize[], cpu: number): FargateTaskSize {
  const units = nearestOf(
    sizes.map((size) => size.cpu),
    cpu,
  );
  return sizes.find((size) => size.cpu === units)!;
}

/** The smallest size whose memory list holds `memory`. */
function smallestCpuFor(sizes: readonly FargateTaskSize[], memory: number): FargateTaskSize | undefined {
  return sizes.find((size) => size.memory.includes(memory));
}

/** `512, 1024 or 2048`, or `4096 to 16384 in steps of 1024` for a long even run. */
function describe(values: readonly number[]): string {
  const step = values.length > 1 ? values[1]! - values[0]! : 0;
  const even = values.every((value, index) => index === 0 || value - values[index - 1]! === step);
  if (values.length > 4 && even) return `${values[0]} to ${values[values.length - 1]} in steps of ${step}`;
  return orList(values.map(String));
}

