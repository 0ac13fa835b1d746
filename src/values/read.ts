/**
 * Small readers over values. Each answers `undefined` when the value is absent,
 * `null` (every rule treats an optional `null` as absent), unknown, or of
 * another type — so a rule that reads through them never reports on what it
 * cannot know.
 */
import type { ArrayValue, ObjectValue, StringValue, Value } from "./value.js";

/** The value unless it is absent or `null`. */
export function present(value: Value | undefined): Value | undefined {
  return value === undefined || value.kind === "null" ? undefined : value;
}

/** True when the member is absent or `null` — and not possibly supplied by a YAML merge. */
export function isMissing(value: Value | undefined): boolean {
  return present(value) === undefined;
}

/** True when the value is known to be there (neither absent, null, nor unknown). */
export function isKnown(value: Value | undefined): value is Exclude<Value, { kind: "unknown" | "null" }> {
  return value !== undefined && value.kind !== "unknown" && value.kind !== "null";
}

/** The string, when fully literal. */
export function literalString(value: Value | undefined): string | undefined {
  return value?.kind === "string" ? value.literal : undefined;
}

/** The string value (literal or partly templated). */
export function stringValue(value: Value | undefined): StringValue | undefined {
  return value?.kind === "string" ? value : undefined;
}

/**
 * The number. CloudFormation converts a numeric string where a property takes a
 * number (`ContainerPort: "80"`), so in a CloudFormation resource one counts too.
 */
export function numberValue(value: Value | undefined): number | undefined {
  if (value?.kind === "number") return value.value;
  if (value?.kind === "string" && value.style === "cloudformation" && value.literal !== undefined && NUMERIC.test(value.literal)) return Number(value.literal);
  return undefined;
}

/** The boolean; in a CloudFormation resource also `"true"`/`"false"`, which CloudFormation converts. */
export function booleanValue(value: Value | undefined): boolean | undefined {
  if (value?.kind === "boolean") return value.value;
  if (value?.kind === "string" && value.style === "cloudformation" && value.literal !== undefined && /^(?:true|false)$/i.test(value.literal)) return value.literal.toLowerCase() === "true";
  return undefined;
}

const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

export function objectValue(value: Value | undefined): ObjectValue | undefined {
  return value?.kind === "object" ? value : undefined;
}

export function arrayValue(value: Value | undefined): ArrayValue | undefined {
  return value?.kind === "array" ? value : undefined;
}

/** The object items of an array value (other items are left to `valid-schema`). */
export function objectItems(value: Value | undefined): readonly ObjectValue[] {
  return value?.kind === "array" ? value.objects : [];
}

/** The literal strings of an array value. */
export function literalStrings(value: Value | undefined): readonly string[] {
  if (value?.kind !== "array") return [];
  const strings: string[] = [];
  for (const item of value.items) if (item.kind === "string" && item.literal !== undefined) strings.push(item.literal);
  return strings;
}

/** True when an array holds anything the linter cannot read (unknown items). */
export function hasUnknownItems(value: Value | undefined): boolean {
  return value?.kind === "array" && value.items.some((item) => item.kind === "unknown" || (item.kind === "string" && item.literal === undefined));
}

/** Follows a path of API member names through objects. */
export function path(value: Value | undefined, ...names: readonly string[]): Value | undefined {
  let current = value;
  for (const name of names) {
    if (current?.kind !== "object") return current?.kind === "unknown" ? current : undefined;
    current = current.get(name);
  }
  return current;
}

/**
 * How messages name an item of a list (a container, a volume): its literal
 * `name` in double quotes (`"web"`), else its position (`#2`).
 */
export function itemLabel(item: ObjectValue): string {
  const name = literalString(item.get("name"));
  if (name !== undefined) return JSON.stringify(name);
  return item.parent?.kind === "item" ? `#${item.parent.index + 1}` : "#1";
}

/* ---------- YAML 1.1 scalars, as Kubernetes reads them ---------- */

/**
 * Kubernetes decodes YAML with sigs.k8s.io/yaml, which resolves plain scalars
 * by YAML 1.1 rules (go-yaml v2): `yes`/`on`/`y` are true, `no`/`off`/`n` are
 * false, and `0644` is octal (420). yaml-eslint-parser reads YAML 1.2, where the
 * first are strings and `0644` is 644. Kubernetes rules read booleans and
 * integers through these two so that they judge what the API server receives.
 * Quoted scalars and JSON are left as they are.
 * Source: go-yaml v2 `resolve.go` (the resolve table and `strconv.ParseInt(…, 0, 64)`),
 * https://github.com/kubernetes-sigs/yaml (goyaml.v2 fork).
 */
const YAML11_TRUE = new Set(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
const YAML11_FALSE = new Set(["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]);

/** The raw text of a plain (unquoted) YAML scalar, or undefined for any other value. */
function plainYamlText(value: Value): string | undefined {
  if (value.syntax !== "yaml") return undefined;
  const node = value.node as { type?: string; style?: string; raw?: string };
  return node.type === "YAMLScalar" && node.style === "plain" ? node.raw : undefined;
}

/** The boolean as Kubernetes reads it: JSON/YAML booleans, and plain YAML 1.1 `yes`/`no`/`on`/`off`/`y`/`n`. */
export function yaml11Boolean(value: Value | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value.kind === "boolean") return value.value;
  if (value.kind !== "string") return undefined;
  const raw = plainYamlText(value);
  if (raw === undefined) return undefined;
  if (YAML11_TRUE.has(raw)) return true;
  return YAML11_FALSE.has(raw) ? false : undefined;
}

/** A YAML 1.1 integer: optional sign, then `0b…`, `0x…`, `0…` (octal) or decimal digits, with `_` separators. */
const YAML11_INTEGER = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[1-9][0-9_]*|0)$/;

/** The number as Kubernetes reads it: plain YAML `0644` is octal (420), `1_000` is 1000; otherwise the number as parsed. */
export function yaml11Number(value: Value | undefined): number | undefined {
  if (value === undefined || (value.kind !== "number" && value.kind !== "string")) return undefined;
  const raw = plainYamlText(value);
  if (raw !== undefined && YAML11_INTEGER.test(raw)) {
    const negative = raw.startsWith("-");
    const digits = raw.replace(/^[-+]/, "").replace(/_/g, "");
    const parsed = digits.startsWith("0b") ? parseInt(digits.slice(2), 2) : digits.startsWith("0x") ? parseInt(digits.slice(2), 16) : digits.length > 1 && digits.startsWith("0") ? parseInt(digits, 8) : Number(digits);
    return negative ? -parsed : parsed;
  }
  return value.kind === "number" ? value.value : undefined;
}
