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
