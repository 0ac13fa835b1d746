/**
 * apprunner-instance-size: an App Runner service whose
 * `InstanceConfiguration.Cpu` and `Memory` are not one of the instance sizes
 * App Runner offers.
 *
 * The API's patterns take every CPU value (0.25–4 vCPU) and every memory value
 * (0.5–12 GB) on its own, but App Runner runs only 11 pairs of them (the
 * "App Runner supported configurations" table,
 * https://docs.aws.amazon.com/apprunner/latest/dg/architecture.html#architecture.vcpu-memory ;
 * src/facts/apprunner.ts `INSTANCE_SIZES`). An absent `Cpu` is 1 vCPU and an
 * absent `Memory` 2 GB (API `InstanceConfiguration`), so `Cpu: 4 vCPU` alone
 * asks for 4 vCPU with 2 GB. In UpdateService input an absent member keeps the
 * service's current value, which the file does not show: only a written pair is judged there.
 *
 * Values are read as the API's patterns take them (`"1024"`, `"1 vCPU"`,
 * `"2048"`, `"2 GB"`; numbers too, which CloudFormation converts); anything else
 * is valid-schema's, and unknown values are not judged. Suggestions write the
 * new size the way the file writes its sizes (src/facts/task-size.ts `spellSize`).
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { cpuLabel, cpuUnitsOf, DEFAULT_CPU_UNITS, DEFAULT_MEMORY_MIB, INSTANCE_SIZES, memoryLabel, memoryMiBOf } from "../facts/apprunner.js";
import { nearestOf, spellSize } from "../facts/task-size.js";
import { orList } from "../text.js";
import { present, setMember, type ObjectValue, type Value } from "../values/index.js";

type MessageIds = "invalidPair" | "invalidWithDefaultCpu" | "invalidWithDefaultMemory" | "setValue";

export default createRule<MessageIds>({
  name: "apprunner-instance-size",
  meta: {
    type: "problem",
    docs: {
      description: "Require an App Runner `Cpu`/`Memory` pair that App Runner offers.",
      level: "error",
      platforms: ["apprunner"],
      covers: "— (no peer)",
    },
    messages: {
      invalidPair: "App Runner offers no instance with {{cpuKey}} {{cpu}} and {{memoryKey}} {{memory}}; {{cpu}} comes with {{memories}}, and {{memory}} with {{cpus}}.",
      invalidWithDefaultCpu:
        "App Runner offers no instance with {{memoryKey}} {{memory}} and {{cpuKey}} {{cpu}}, the default when {{cpuKey}} is absent; set {{cpuKey}} to {{cpus}}, or {{memoryKey}} to {{memories}}.",
      invalidWithDefaultMemory: "App Runner offers no instance with {{cpuKey}} {{cpu}} and {{memoryKey}} {{memory}}, the default when {{memoryKey}} is absent; with {{cpu}} set {{memoryKey}} to {{memories}}.",
      setValue: "Set {{key}} to {{value}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "apprunner-service"(document) {
        const instance = document.instanceConfiguration;
        if (instance === undefined) return;
        const cpuValue = document.cpu;
        const memoryValue = document.memory;
        if (cpuValue === undefined && memoryValue === undefined) return;
        // A written value must be one the API takes (else valid-schema's); an absent one is the default, except in UpdateService input.
        const defaults = document.form !== "update";
        const cpu = cpuValue === undefined ? (defaults ? DEFAULT_CPU_UNITS : undefined) : cpuUnitsOf(cpuValue);
        const memory = memoryValue === undefined ? (defaults ? DEFAULT_MEMORY_MIB : undefined) : memoryMiBOf(memoryValue);
        if (cpu === undefined || memory === undefined) return;
        const memories = INSTANCE_SIZES.get(cpu);
        // Every CPU the pattern takes has a row; a value outside them was not parsed.
        if (memories === undefined || memories.includes(memory)) return;

        const keys = { cpuKey: instance.keyName("Cpu"), memoryKey: instance.keyName("Memory") };
        const edits = new Edits(context.source, instance, keys);
        const data = { ...keys, cpu: cpuLabel(cpu), memory: memoryLabel(memory), memories: sizes(memories, memoryLabel), cpus: sizes(cpusWith(memory), cpuLabel) };
        const nearestMemory = nearestOf(memories, memory);
        const smallestCpu = cpusWith(memory)[0];

        if (memoryValue === undefined) {
          // `Cpu` alone: add the memory that size needs, or lower the CPU to one that comes with 2 GB.
          const suggest = [edits.set("Memory", nearestMemory, "memory", cpuValue!)];
          if (smallestCpu !== undefined) suggest.push(edits.set("Cpu", smallestCpu, "cpu", cpuValue!));
          context.report(cpuValue!, "invalidWithDefaultMemory", data, { suggest });
          return;
        }
        const suggest: Suggestion<MessageIds>[] = [];
        if (cpuValue === undefined) {
          if (smallestCpu !== undefined) suggest.push(edits.set("Cpu", smallestCpu, "cpu", memoryValue));
          suggest.push(edits.set("Memory", nearestMemory, "memory", memoryValue));
          context.report(memoryValue, "invalidWithDefaultCpu", data, { suggest });
          return;
        }
        suggest.push(edits.set("Memory", nearestMemory, "memory", memoryValue));
        if (smallestCpu !== undefined && smallestCpu !== cpu) suggest.push(edits.set("Cpu", smallestCpu, "cpu", cpuValue));
        context.report(memoryValue, "invalidPair", data, { suggest });
      },
    };
  },
});

/** Builds the suggestions: a member set (or added) in the spelling of the size beside it. */
class Edits {
  constructor(
    private readonly source: string,
    private readonly instance: ObjectValue,
    private readonly keys: { readonly cpuKey: string; readonly memoryKey: string },
  ) {}

  /** `Cpu` or `Memory` set to `amount`, written like `like` (the value it replaces, or the other size). */
  set(member: "Cpu" | "Memory", amount: number, dimension: "cpu" | "memory", like: Value): Suggestion<MessageIds> {
    const value = spellSize(present(this.instance.get(member)) ?? like, amount, dimension, { fractions: true });
    const key = member === "Cpu" ? this.keys.cpuKey : this.keys.memoryKey;
    return { messageId: "setValue", data: { key, value: JSON.stringify(value) }, fix: setMember(this.instance, member, value, this.source) };
  }
}

/** The CPU sizes (units) that come with a memory size, smallest first. */
function cpusWith(memory: number): readonly number[] {
  const cpus: number[] = [];
  for (const [cpu, memories] of INSTANCE_SIZES) if (memories.includes(memory)) cpus.push(cpu);
  return cpus;
}

/** `8 GB, 10 GB or 12 GB`. */
function sizes(amounts: readonly number[], label: (amount: number) => string): string {
  return orList(amounts.map(label));
}
