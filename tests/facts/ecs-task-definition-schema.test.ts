/**
 * The RegisterTaskDefinition shape in `src/facts/ecs-task-definition-schema.ts`
 * agrees with `@aws-sdk/client-ecs` (a devDependency kept at the newest version):
 * the same members at every depth, the same types (string, integer, boolean,
 * list, map, struct, union) and the same required members. A member AWS adds
 * fails this test (with a diff naming its path) instead of becoming a false
 * "unknown key" report from `valid-schema`.
 *
 * The SDK ships its shapes as schema arrays (`@smithy/core` schema format):
 * - structure `[3, namespace, name, traits, memberNames, memberSchemas, requiredCount?]`
 *   (the first `requiredCount` members are required); union `[4, …same…]`;
 * - list `[1, namespace, name, traits, itemSchema]`; map `[2, namespace, name, traits, keySchema, valueSchema]`;
 * - simple `[0, namespace, name, traits, schema]` (a named scalar);
 * - scalars as numbers: 0 string, 1 number, 2 boolean, 4 timestamp, 21 blob;
 *   `64 | n` a list of n, `128 | n` a map to n;
 * - a member schema may be a thunk `() => schema` or `[thunk, traits]`.
 */
import * as ecs from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import { TASK_DEFINITION } from "../../src/facts/ecs-task-definition-schema.js";
import { memberSchema, type Schema } from "../../src/facts/schema.js";

/** A shape reduced to what both sides say: kinds, member names, required flags. */
type Shape =
  | { readonly kind: "string" | "integer" | "boolean" | "map" | "other"; readonly detail?: string }
  | { readonly kind: "list"; readonly items: Shape }
  | { readonly kind: "struct" | "union"; readonly name: string; readonly members: Readonly<Record<string, { readonly shape: Shape; readonly required: boolean }>> };

const STRUCTURE = 3;
const UNION = 4;
const LIST = 1;
const MAP = 2;
const SIMPLE = 0;

function resolve(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    if (typeof current === "function") current = (current as () => unknown)();
    else if (Array.isArray(current) && typeof current[0] === "function") current = (current[0] as () => unknown)();
    else return current;
  }
}

function fromSdk(raw: unknown): Shape {
  const schema = resolve(raw);
  if (typeof schema === "number") {
    if (schema === 0) return { kind: "string" };
    // The ECS model's numbers here are all `Integer`/`BoxedInteger`.
    if (schema === 1) return { kind: "integer" };
    if (schema === 2) return { kind: "boolean" };
    if ((schema & 64) !== 0) return { kind: "list", items: fromSdk(schema & ~64) };
    if ((schema & 128) !== 0) return (schema & ~128) === 0 ? { kind: "map" } : { kind: "other", detail: `map of ${schema & ~128}` };
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
      return value.kind === "string" ? { kind: "map" } : { kind: "other", detail: `map of ${value.kind}` };
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

function fromTable(schema: Schema): Shape {
  switch (schema.type) {
    case "string":
    case "integer":
    case "boolean":
    case "map":
      return { kind: schema.type };
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

function describeShape(shape: Shape): string {
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

/** Differences as readable lines: `path: SDK …, table …`. */
function compare(sdk: Shape, table: Shape, path: string, out: string[]): void {
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

describe("RegisterTaskDefinitionRequest shape matches @aws-sdk/client-ecs", () => {
  const sdkShape = fromSdk((ecs as unknown as Record<string, unknown>).RegisterTaskDefinitionRequest$);

  it("decodes the SDK's schema", () => {
    expect(sdkShape.kind).toBe("struct");
    if (sdkShape.kind !== "struct") return;
    expect(Object.keys(sdkShape.members)).toContain("containerDefinitions");
  });

  it("has the same members, types and required members at every depth", () => {
    const differences: string[] = [];
    compare(sdkShape, fromTable(TASK_DEFINITION), "RegisterTaskDefinitionRequest", differences);
    expect(differences).toEqual([]);
  });
});
