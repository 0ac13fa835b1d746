/**
 * Compares a shape table of `src/facts/*-schema.ts` with the shape the AWS SDK
 * (`@aws-sdk/client-*`, devDependencies kept at the newest version) ships:
 * the same members at every depth, the same types (string, number, boolean,
 * timestamp, list, map, struct, union) and the same required members. A member
 * AWS adds fails the test (with a diff naming its path) instead of becoming a
 * false "unknown key" report from `valid-schema`.
 *
 * The SDK ships its shapes as schema arrays (`@smithy/core` schema format):
 * - structure `[3, namespace, name, traits, memberNames, memberSchemas, requiredCount?]`
 *   (the first `requiredCount` members are required); union `[4, …same…]`;
 * - list `[1, namespace, name, traits, itemSchema]`; map `[2, namespace, name, traits, keySchema, valueSchema]`;
 * - simple `[0, namespace, name, traits, schema]` (a named scalar);
 * - scalars as numbers (`SCHEMA` in `@smithy/core/schema`): 0 string, 1 number
 *   (Integer, Long, Float and Double alike), 2 boolean, 4–7 timestamp, 15 document,
 *   17/19 big integer/decimal, 21 blob; `64 | n` a list of n, `128 | n` a map to n;
 * - a member schema may be a thunk `() => schema`, or `[schema, traits]`.
 *
 * The SDK does not tell Integer from Double (both are 1), so an SDK number
 * matches a table `integer` whole or `fractional` (`double`); which one a member
 * is comes from the API model (botocore `Integer`/`Double` shapes), not from here.
 * Timestamps match a table `timestamp`, documents a table `document`.
 *
 * Usage: `compareWithSdk(sdk.CreateServiceRequest$, CREATE_SERVICE, "CreateServiceRequest")`
 * returns the differences as lines; expect them to equal `[]`.
 */
import { memberSchema, type Schema } from "../../src/facts/schema.js";

/** A shape reduced to what both sides say: kinds, member names, required flags. */
export type Shape =
  | { readonly kind: "string" | "integer" | "boolean" | "timestamp" | "map" | "document" | "other"; readonly detail?: string }
  | { readonly kind: "list"; readonly items: Shape }
  | { readonly kind: "struct" | "union"; readonly name: string; readonly members: Readonly<Record<string, { readonly shape: Shape; readonly required: boolean }>> };

const STRUCTURE = 3;
const UNION = 4;
const LIST = 1;
const MAP = 2;
const SIMPLE = 0;

const LIST_MODIFIER = 64;
const MAP_MODIFIER = 128;
const SCALARS: Readonly<Record<number, Shape>> = {
  0: { kind: "string" },
  1: { kind: "integer" },
  2: { kind: "boolean" },
  4: { kind: "timestamp" },
  5: { kind: "timestamp" },
  6: { kind: "timestamp" },
  7: { kind: "timestamp" },
  15: { kind: "document" },
  17: { kind: "other", detail: "big integer" },
  19: { kind: "other", detail: "big decimal" },
  21: { kind: "other", detail: "blob" },
};

/** Unwraps thunks and `[schema, traits]` member pairs down to a schema array or a scalar code. */
function resolve(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    if (typeof current === "function") current = (current as () => unknown)();
    else if (Array.isArray(current) && current.length === 2 && (typeof current[0] === "function" || typeof current[0] === "number" || Array.isArray(current[0]))) current = current[0];
    else return current;
  }
}

/** The shape of an SDK schema (`ecs.CreateServiceRequest$`, or any member schema). */
export function fromSdk(raw: unknown): Shape {
  const schema = resolve(raw);
  if (typeof schema === "number") {
    if (schema in SCALARS) return SCALARS[schema]!;
    if ((schema & LIST_MODIFIER) !== 0) return { kind: "list", items: fromSdk(schema & ~LIST_MODIFIER) };
    if ((schema & MAP_MODIFIER) !== 0) {
      const value = fromSdk(schema & ~MAP_MODIFIER);
      return value.kind === "string" ? { kind: "map" } : { kind: "other", detail: `map of ${describeShape(value)}` };
    }
    return { kind: "other", detail: `scalar code ${schema}` };
  }
  if (!Array.isArray(schema)) return { kind: "other", detail: String(schema) };
  const [code, , name] = schema as [number, string, string];
  switch (code) {
    case SIMPLE:
      return fromSdk(schema[4]);
    case LIST:
      return { kind: "list", items: fromSdk(schema[4]) };
    case MAP: {
      const value = fromSdk(schema[5]);
      return value.kind === "string" ? { kind: "map" } : { kind: "other", detail: `map of ${describeShape(value)}` };
    }
    case STRUCTURE:
    case UNION: {
      const names = schema[4] as string[];
      const schemas = schema[5] as unknown[];
      const requiredCount = (schema[6] as number | undefined) ?? 0;
      const members: Record<string, { shape: Shape; required: boolean }> = {};
      names.forEach((member, index) => {
        members[member] = { shape: fromSdk(schemas[index]), required: index < requiredCount };
      });
      return { kind: code === UNION ? "union" : "struct", name, members };
    }
    default:
      return { kind: "other", detail: `schema code ${code}` };
  }
}

/** The shape of a table of `src/facts/*-schema.ts`. */
export function fromTable(schema: Schema): Shape {
  switch (schema.type) {
    case "string":
      // An output timestamp is a string marked `timestamp` in the table (`timestamp` builder).
      return { kind: schema.timestamp ? "timestamp" : "string" };
    case "integer":
      // Whole or `fractional` (`double` builder) alike: the SDK says "number" for both.
      return { kind: "integer" };
    case "boolean":
      return { kind: "boolean" };
    case "map":
      // A Smithy document is a map marked `document` in the table (`document` builder).
      return { kind: schema.document ? "document" : "map" };
    case "list":
      return { kind: "list", items: fromTable(schema.items) };
    case "struct": {
      const members: Record<string, { shape: Shape; required: boolean }> = {};
      for (const [member, definition] of Object.entries(schema.members)) {
        members[member] = { shape: fromTable(memberSchema(definition)), required: definition.required === true };
      }
      return { kind: schema.union ? "union" : "struct", name: schema.name, members };
    }
  }
}

export function describeShape(shape: Shape): string {
  switch (shape.kind) {
    case "list":
      return `list of ${describeShape(shape.items)}`;
    case "struct":
    case "union":
      return `${shape.kind} ${shape.name}`;
    default:
      return shape.detail ? `${shape.kind} (${shape.detail})` : shape.kind;
  }
}

/** Differences as readable lines, appended to `out`: `path: SDK …, table …`. */
export function compare(sdk: Shape, table: Shape, path: string, out: string[]): void {
  if (sdk.kind === "list" && table.kind === "list") return compare(sdk.items, table.items, `${path}[]`, out);
  if ((sdk.kind === "struct" || sdk.kind === "union") && (table.kind === "struct" || table.kind === "union")) {
    if (sdk.kind !== table.kind || sdk.name !== table.name) out.push(`${path}: SDK has ${describeShape(sdk)}, table has ${describeShape(table)}`);
    for (const [member, { shape, required }] of Object.entries(sdk.members)) {
      const ours = table.members[member];
      const memberPath = `${path}.${member}`;
      if (!ours) {
        out.push(`${memberPath}: in the SDK (${describeShape(shape)}${required ? ", required" : ""}), missing from the table`);
        continue;
      }
      if (ours.required !== required) out.push(`${memberPath}: SDK says ${required ? "required" : "optional"}, table says ${ours.required ? "required" : "optional"}`);
      compare(shape, ours.shape, memberPath, out);
    }
    for (const member of Object.keys(table.members)) {
      if (!(member in sdk.members)) out.push(`${path}.${member}: in the table, not in the SDK`);
    }
    return;
  }
  if (sdk.kind !== table.kind || sdk.kind === "other") out.push(`${path}: SDK has ${describeShape(sdk)}, table has ${describeShape(table)}`);
}

/** All differences between an SDK schema (`ecs.CreateServiceRequest$`) and a table, as readable lines. */
export function compareWithSdk(sdkSchema: unknown, table: Schema, path: string): string[] {
  const out: string[] = [];
  compare(fromSdk(sdkSchema), fromTable(table), path, out);
  return out;
}
