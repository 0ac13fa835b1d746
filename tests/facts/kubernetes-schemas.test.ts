/**
 * The Kubernetes shape tables (`src/facts/kubernetes-*-schema.ts`) agree with an
 * independent source, the `kubernetes-models` package (a devDependency pinned to
 * one version, generated from the Kubernetes OpenAPI document; read by
 * `tests/support/kubernetes-shapes.ts`):
 *
 * - every member of our tables, at every depth, exists there with the same type
 *   (string, integer, boolean, list, map, object of the same name, IntOrString,
 *   Quantity) and the same required flag (except where validation requires more:
 *   `REQUIRED_BY_VALIDATION`);
 * - every enum value of ours is one it lists (where it lists the field's values);
 * - every member it has, our tables have too — except those in `NOT_MODELLED`,
 *   each with the reason. A member Kubernetes adds fails here (naming its path),
 *   instead of becoming a false "unknown field" report from `valid-schema`.
 *
 * `status` (what the cluster reports) is free-form in our tables and not compared.
 */
import { describe, expect, it } from "vitest";
import { KUBERNETES_SHAPES } from "../../src/facts/kubernetes-schema.js";
import { memberSchema, type Schema } from "../../src/facts/schema.js";
import { loadKinds, MODELS_VERSION, type KubeShape } from "../support/kubernetes-shapes.js";

/** Members `kubernetes-models` has that our tables leave out, by path, with the reason. Empty: the tables are complete. */
const NOT_MODELLED: ReadonlyMap<string, string> = new Map([]);

/**
 * Members our tables require where `kubernetes-models` does not, because the API
 * server's validation does, with the reason.
 */
const REQUIRED_BY_VALIDATION: ReadonlyMap<string, string> = new Map([
  // A Job's pod template (batch/v1 validation): the pod default, Always, is not allowed —
  // "spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"".
  ["PodSpec.restartPolicy", "a Job's pod template"],
]);

/**
 * Enums we judge where `kubernetes-models` types the field as a plain string (its
 * Go type has no `+enum` marker), with the source of the values.
 */
const ENUMS_WITHOUT_MARKER: ReadonlyMap<string, string> = new Map([
  // apimachinery `LabelSelectorOperator`; `ValidateLabelSelectorRequirement`: "not a valid selector operator".
  ["LabelSelectorRequirement.operator", "In, NotIn, Exists, DoesNotExist"],
  // core/v1 `ContainerRestartPolicy` (reference/eks-facts-apis.md §4).
  ["Container.restartPolicy", "Always, OnFailure, Never"],
  ["EphemeralContainer.restartPolicy", "Always, OnFailure, Never"],
]);

function describeKube(shape: KubeShape): string {
  switch (shape.kind) {
    case "list":
      return `list of ${describeKube(shape.items)}`;
    case "map":
      return `map of ${describeKube(shape.values)}`;
    case "struct":
      return `object ${shape.name}`;
    case "enum":
      return `enum ${shape.values.join("|")}`;
    case "other":
      return `other (${shape.detail})`;
    default:
      return shape.kind;
  }
}

function describeTable(schema: Schema): string {
  switch (schema.type) {
    case "string":
      return schema.numbers === "integer" ? "int-or-string" : schema.numbers === "any" ? "quantity" : schema.enum ? `enum ${schema.enum.join("|")}` : "string";
    case "list":
      return `list of ${describeTable(schema.items)}`;
    case "map":
      return schema.document ? "free-form" : `map of ${schema.values ? describeTable(schema.values) : "string"}`;
    case "struct":
      return `object ${schema.name}`;
    default:
      return schema.type;
  }
}

/** Differences as lines, appended to `out`. `owner` is `Struct.member`, for the lists above. */
function compare(kube: KubeShape, table: Schema, path: string, owner: string, out: string[]): void {
  const mismatch = (): void => void out.push(`${path}: kubernetes-models has ${describeKube(kube)}, table has ${describeTable(table)}`);
  if (table.type === "map" && table.document) return; // free-form (status, fieldsV1): anything goes
  switch (table.type) {
    case "string": {
      if (table.numbers === "integer") return kube.kind === "int-or-string" ? undefined : mismatch();
      if (table.numbers === "any") return kube.kind === "quantity" ? undefined : mismatch();
      if (kube.kind !== "string" && kube.kind !== "enum") return mismatch();
      if (!table.enum) return;
      if (kube.kind === "enum") {
        for (const value of table.enum) if (!kube.values.includes(value)) out.push(`${path}: enum value "${value}" is not in kubernetes-models (${kube.values.join(", ")})`);
      } else if (!ENUMS_WITHOUT_MARKER.has(owner)) {
        out.push(`${path}: the table has an enum, kubernetes-models a plain string; list it in ENUMS_WITHOUT_MARKER with its source`);
      }
      return;
    }
    case "integer":
    case "boolean":
      return kube.kind === table.type ? undefined : mismatch();
    case "list":
      return kube.kind === "list" ? compare(kube.items, table.items, `${path}[]`, owner, out) : mismatch();
    case "map":
      if (kube.kind !== "map") return mismatch();
      return compare(kube.values, table.values ?? { type: "string" }, `${path}{}`, owner, out);
    case "struct": {
      if (kube.kind !== "struct") return mismatch();
      const kubeName = kube.name === "__type" ? "PersistentVolumeClaim" : kube.name; // an inline type: volumeClaimTemplates
      if (kubeName !== table.name) out.push(`${path}: kubernetes-models has object ${kubeName}, table has object ${table.name}`);
      const kubeMembers = kube.members();
      for (const [member, definition] of Object.entries(table.members)) {
        const theirs = kubeMembers[member];
        const memberPath = `${path}.${member}`;
        if (!theirs) {
          out.push(`${memberPath}: in the table, not in kubernetes-models`);
          continue;
        }
        const requiredByValidation = definition.required === true && REQUIRED_BY_VALIDATION.has(`${table.name}.${member}`);
        if (theirs.required !== (definition.required === true) && !requiredByValidation) out.push(`${memberPath}: kubernetes-models says ${theirs.required ? "required" : "optional"}, table says ${definition.required ? "required" : "optional"}`);
        compare(theirs.shape, memberSchema(definition), memberPath, `${table.name}.${member}`, out);
      }
      for (const [member, { shape }] of Object.entries(kubeMembers)) {
        if (member in table.members || NOT_MODELLED.has(`${table.name}.${member}`)) continue;
        out.push(`${path}.${member}: in kubernetes-models (${describeKube(shape)}), missing from the table`);
      }
      return;
    }
  }
}

describe(`Kubernetes shape tables match kubernetes-models ${MODELS_VERSION}`, () => {
  const shapes = loadKinds(KUBERNETES_SHAPES.map(([apiVersion, kind]) => [apiVersion, kind] as const));
  it.each(KUBERNETES_SHAPES)("%s %s", (apiVersion, kind, table) => {
    const kube = shapes.get(`${apiVersion}|${kind}`)!;
    const differences: string[] = [];
    compare(kube, table, `${apiVersion} ${kind}`, kind, differences);
    expect(differences).toEqual([]);
  });

  it("lists only members kubernetes-models has", () => {
    // Every path in NOT_MODELLED and ENUMS_WITHOUT_MARKER names a member of some table.
    const seen = new Set<string>();
    const visit = (schema: Schema, depth: number): void => {
      if (depth > 30) return;
      if (schema.type === "list") return visit(schema.items, depth + 1);
      if (schema.type !== "struct") return;
      for (const [member, definition] of Object.entries(schema.members)) {
        const key = `${schema.name}.${member}`;
        if (seen.has(key)) continue;
        seen.add(key);
        visit(memberSchema(definition), depth + 1);
      }
    };
    for (const [, , table] of KUBERNETES_SHAPES) visit(table, 0);
    for (const path of [...ENUMS_WITHOUT_MARKER.keys(), ...REQUIRED_BY_VALIDATION.keys()]) expect(seen, path).toContain(path);
    for (const path of NOT_MODELLED.keys()) expect(seen, path).not.toContain(path);
  });
});
