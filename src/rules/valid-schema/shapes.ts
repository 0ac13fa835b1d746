/**
 * valid-schema: how the walk reads a shape table — the keys a struct accepts in
 * a key style, repeated JSON keys, string constraints, and the quick test that
 * settles most values without a full check.
 */
import type { Schema, StringSchema, StructSchema } from "../../facts/schema.js";
import { memberSchema } from "../../facts/schema.js";
import { keyCandidates, type KeyStyle, type ObjectValue, type Value } from "../../values/index.js";
import { yaml11Reading } from "./kubernetes.js";

export type StringProblem = "enum" | "short" | "long" | "pattern";

export function stringProblem(text: string, schema: StringSchema): StringProblem | undefined {
  if (schema.enum && !schema.enum.includes(text)) return "enum";
  if (schema.minLength !== undefined && text.length < schema.minLength) return "short";
  if (schema.maxLength !== undefined && text.length > schema.maxLength) return "long";
  if (schema.pattern && !schema.pattern.regex.test(text)) return "pattern";
  return undefined;
}

/** A whole number written as a string (`"8080"`): its value, for writing it as a number. */
export function quotedInteger(text: string): number | undefined {
  return /^-?(?:0|[1-9]\d{0,14})$/.test(text) ? Number(text) : undefined;
}

/** The keys an object holds more than once (JSON keeps the last), or nothing when each is there once (almost always). */
export function repeatedKeys(object: ObjectValue): ReadonlySet<string> | undefined {
  const entries = object.entries;
  let repeated: Set<string> | undefined;
  if (entries.length > 32) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.key)) (repeated ??= new Set()).add(entry.key);
      else seen.add(entry.key);
    }
    return repeated;
  }
  // Most objects are small: comparing each key with those after it allocates nothing.
  for (let index = 0; index < entries.length - 1; index += 1) {
    const key = entries[index]!.key;
    for (let later = index + 1; later < entries.length; later += 1) {
      if (entries[later]!.key === key) {
        (repeated ??= new Set()).add(key);
        break;
      }
    }
  }
  return repeated;
}

/** A member of a struct as the walk reads it. */
export interface KnownMember {
  readonly apiName: string;
  /** The schema, its function (a shape referring to itself or to a later one) called once here rather than for every value. */
  readonly schema: Schema;
  readonly required: boolean;
  /** See `Member.ownedBy`. */
  readonly ownedBy: string | undefined;
}

/** What `checkStruct` reads of a struct, made once per struct and key style. */
export interface StructKeys {
  /** The keys the struct accepts in the style, each mapped to its member. */
  readonly byKey: ReadonlyMap<string, KnownMember>;
  /** Every member, in the table's order. */
  readonly members: readonly KnownMember[];
  /** The required members, in the table's order. */
  readonly required: readonly KnownMember[];
}

/** The accepted key that differs from a key only in case. */
export function sameCaseKey(key: string, known: ReadonlyMap<string, KnownMember>): string | undefined {
  const lower = key.toLowerCase();
  for (const candidate of known.keys()) if (candidate.toLowerCase() === lower) return candidate;
  return undefined;
}

/** `keysOf`'s answers, by key style. */
const keyCaches: Readonly<Record<KeyStyle, WeakMap<StructSchema, StructKeys>>> = { api: new WeakMap(), cloudformation: new WeakMap() };
export function keysOf(shape: StructSchema, style: KeyStyle): StructKeys {
  const cache = style === "api" ? keyCaches.api : keyCaches.cloudformation;
  let keys = cache.get(shape);
  if (keys === undefined) {
    const byKey = new Map<string, KnownMember>();
    const members: KnownMember[] = [];
    for (const [apiName, member] of Object.entries(shape.members)) {
      // Made while linting, when every table (and every shape a function refers to) is defined.
      const known: KnownMember = { apiName, schema: memberSchema(member), required: member.required === true, ownedBy: member.ownedBy };
      members.push(known);
      for (const key of keyCandidates(apiName, style)) byKey.set(key, known);
    }
    keys = { byKey, members, required: members.filter((member) => member.required) };
    cache.set(shape, keys);
  }
  return keys;
}

/**
 * True when `checkValue` would find nothing to report in a value (not null) for a
 * schema, decided without walking it: an unknown value, a string that is not fully
 * known or meets the string's constraints (and, in Kubernetes, is not a plain YAML
 * 1.1 boolean or integer), a boolean for a boolean, a timestamp, a number for a
 * Quantity, a Smithy document. Anything else (numbers, lists, objects) is left to the full check.
 */
export function passes(value: Value, schema: Schema, kubernetes: boolean): boolean {
  if (value.kind === "unknown") return true;
  if (value.kind === "string") {
    if (value.literal === undefined) return true;
    if (schema.type === "string") return stringProblem(value.literal, schema) === undefined && !(kubernetes && yaml11Reading(value) !== undefined);
  }
  switch (schema.type) {
    case "boolean":
      return value.kind === "boolean";
    case "string":
      return value.kind === "number" && (schema.timestamp === true || schema.numbers === "any");
    case "map":
      return schema.document === true;
    default:
      return false;
  }
}
