/**
 * Task and container sizes as the ECS API accepts them. Task-level `cpu` and
 * `memory` are strings in the API: CPU units (`"1024"`) or vCPUs (`"1 vCPU"`,
 * `"1vcpu"`), MiB (`"2048"`) or GB (`"2 GB"`, `"2GB"`); ECS converts them at
 * registration. CloudFormation and most tools also take plain numbers.
 * Anything else (a fraction, a negative number, other text) is for
 * `valid-schema`: these helpers answer undefined.
 * Source: API RegisterTaskDefinitionRequest.cpu/.memory
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html ;
 * cfn-lint `fargate_cpu_memory.json` accepts the same forms (aws-facts §2.1).
 */
import type { Value } from "../values/index.js";

const UNITS_PER_VCPU = 1024;
const MIB_PER_GB = 1024;

/** CPU units from `256`, `"256"`, `"0.25 vCPU"`, `"1vcpu"`. */
export function cpuUnits(value: Value | undefined): number | undefined {
  return parseSize(value, /^(\d+(?:\.\d+)?)\s*vcpu$/i, UNITS_PER_VCPU);
}

/** MiB from `512`, `"512"`, `"2 GB"`, `"2GB"`. */
export function memoryMiB(value: Value | undefined): number | undefined {
  return parseSize(value, /^(\d+(?:\.\d+)?)\s*gb$/i, MIB_PER_GB);
}

function parseSize(value: Value | undefined, unitPattern: RegExp, perUnit: number): number | undefined {
  if (value?.kind === "number") return Number.isInteger(value.value) && value.value >= 0 ? value.value : undefined;
  if (value?.kind !== "string" || value.literal === undefined) return undefined;
  const text = value.literal.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const match = unitPattern.exec(text);
  return match ? Math.round(Number(match[1]) * perUnit) : undefined;
}

/* ---------- writing sizes back, for fixes and suggestions ---------- */

/** `1 vCPU`, `2GB`: an amount in vCPUs or GB, with its spacing and the unit's case. */
const UNIT_SIZE = /^(\d+(?:\.\d+)?)(\s*)(vcpu|gb)$/i;

/**
 * An amount (CPU units or MiB) written the way `like` writes its own size, so
 * that a suggested value reads like the file: a number stays a number, a
 * numeric string gives a numeric string, and `"1 vCPU"` / `"2 GB"` give the
 * same unit form (spacing kept, and the unit's case when `like` is of the same
 * dimension) when the amount is whole in that unit — or always, with
 * `fractions` (App Runner's `"0.25 vCPU"`, `"0.5 GB"`) — else a numeric string.
 * `like` may be the other dimension's value (a `Memory` written like its `Cpu`).
 * Used by ecs-fargate-task-size and apprunner-instance-size.
 */
export function spellSize(like: Value, amount: number, dimension: "cpu" | "memory", options: { readonly fractions?: boolean } = {}): string | number {
  if (like.kind === "number") return amount;
  const text = like.kind === "string" ? (like.literal ?? "").trim() : "";
  const match = UNIT_SIZE.exec(text);
  const perUnit = dimension === "cpu" ? UNITS_PER_VCPU : MIB_PER_GB;
  if (match && (amount % perUnit === 0 || options.fractions === true)) {
    const sameDimension = (match[3]!.toLowerCase() === "vcpu") === (dimension === "cpu");
    const unit = sameDimension ? match[3]! : dimension === "cpu" ? "vCPU" : "GB";
    return `${amount / perUnit}${match[2]}${unit}`;
  }
  return String(amount);
}

/** The value of a sorted list closest to `target`; a tie goes to the larger one. */
export function nearestOf(values: readonly number[], target: number): number {
  let best = values[0]!;
  for (const value of values) if (Math.abs(value - target) <= Math.abs(best - target)) best = value;
  return best;
}
