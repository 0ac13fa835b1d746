/**
 * The eksctl ClusterConfig table (src/facts/eksctl-schema.ts) is what
 * scripts/eksctl-schema.mjs makes of eksctl's JSON schema. CI has neither network
 * nor the eksctl mirror, so the schema's relevant part is committed as
 * tests/facts/eksctl-schema.json (`node scripts/eksctl-schema.mjs <schema.json> --extract`):
 * the table made again from it must be the committed table, and every struct of
 * the table must have exactly the extract's properties, with its enforced enums
 * and required members.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CUSTOM_DECODING, EKSCTL_VERSION, ENFORCED_ENUMS, ENFORCED_REQUIRED, generate, type JsonSchema } from "../../scripts/eksctl-schema.mjs";
import { EKSCTL_VERSION as FACTS_VERSION } from "../../src/facts/eksctl.js";
import { CLUSTER_CONFIG } from "../../src/facts/eksctl-schema.js";
import { memberSchema, type Schema, type StructSchema } from "../../src/facts/schema.js";

const extractText = readFileSync(new URL("eksctl-schema.json", import.meta.url), "utf8");
const extract = JSON.parse(extractText) as JsonSchema;
const table = readFileSync(new URL("../../src/facts/eksctl-schema.ts", import.meta.url), "utf8");

/** Every struct the ClusterConfig reaches, by name. */
function structs(): Map<string, StructSchema> {
  const found = new Map<string, StructSchema>();
  const visit = (schema: Schema): void => {
    if (schema.type === "list") return visit(schema.items);
    if (schema.type !== "struct" || found.has(schema.name)) return;
    found.set(schema.name, schema);
    for (const member of Object.values(schema.members)) visit(memberSchema(member));
  };
  visit(CLUSTER_CONFIG);
  return found;
}

describe("eksctl ClusterConfig table", () => {
  it("is the table scripts/eksctl-schema.mjs makes of the extract", () => {
    expect(generate(extract)).toBe(table);
  });

  it("differs when the schema loses one property (the comparison is real)", () => {
    const changed = JSON.parse(extractText) as JsonSchema;
    delete changed.definitions.NodeGroup!.properties!.privateNetworking;
    expect(generate(changed)).not.toBe(table);
  });

  it("is of the eksctl release the other facts are of", () => {
    expect(EKSCTL_VERSION).toBe(FACTS_VERSION);
    expect(table).toContain(`eksctl ${FACTS_VERSION}`);
  });

  it("has every property of every definition, and no other, as eksctl's schema says", () => {
    const byName = structs();
    expect(byName.size).toBeGreaterThan(60);
    for (const [name, struct] of byName) {
      const definition = extract.definitions[name];
      expect(definition, name).toBeDefined();
      expect(Object.keys(struct.members).sort(), name).toEqual(Object.keys(definition!.properties ?? {}).sort());
      for (const [member, value] of Object.entries(struct.members)) {
        const path = `${name}.${member}`;
        expect(value.required === true, path).toBe(path in ENFORCED_REQUIRED && (definition!.required ?? []).includes(member));
        let schema = memberSchema(value);
        if (schema.type === "list") schema = schema.items;
        if (schema.type === "string" && schema.enum) expect(path in ENFORCED_ENUMS, path).toBe(true);
      }
    }
    // Types that decode themselves are any value in the table, and in the extract empty.
    for (const name of Object.keys(CUSTOM_DECODING)) expect(extract.definitions[name], name).toEqual({});
  });

  it("enumerates what eksctl enforces, from the schema", () => {
    const nodeGroup = structs().get("NodeGroup")!;
    const amiFamily = memberSchema(nodeGroup.members.amiFamily!);
    expect(amiFamily.type === "string" && amiFamily.enum).toContain("AmazonLinux2023");
    expect(memberSchema(nodeGroup.members.volumeType!)).toEqual({ type: "string" });
    expect(nodeGroup.members.name!.required).toBe(true);
  });
});
