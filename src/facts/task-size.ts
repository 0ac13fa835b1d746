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
