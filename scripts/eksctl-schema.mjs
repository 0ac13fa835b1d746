#!/usr/bin/env node
/**
 * Writes src/facts/eksctl-schema.ts, the shape table `valid-schema` judges an
 * eksctl ClusterConfig with, from the JSON schema eksctl generates from its Go
 * types (pkg/apis/eksctl.io/v1alpha5/assets/schema.json).
 *
 *   node scripts/eksctl-schema.mjs [schema.json]            write src/facts/eksctl-schema.ts
 *   node scripts/eksctl-schema.mjs [schema.json] --extract  write tests/facts/eksctl-schema.json
 *   node scripts/eksctl-schema.mjs --stdout [schema.json]   print the table instead of writing it
 *
 * Without a path, the schema is read from the eksctl mirror
 * (git --git-dir=/work/.mirror/eksctl-io+eksctl/repo show HEAD:<path>). The
 * extract keeps, for every definition the ClusterConfig reaches, only what the
 * table is made of (property names, types, references, enums, required
 * members), so tests/facts/eksctl-schema.test.ts can make the table again
 * without the mirror and compare it with the committed one.
 *
 * How eksctl reads a config (pkg/eks/api.go ParseConfig: sigs.k8s.io/yaml
 * UnmarshalStrict, then encoding/json with DisallowUnknownFields) decides the
 * conversion:
 * - a definition with `additionalProperties: false` is a closed struct;
 * - `additionalProperties: {type: string}` is a string map (labels, tags);
 *   `additionalProperties: {}` and `{}` (InlineDocument, ARN) are any value;
 * - types whose Go type has its own UnmarshalJSON (CUSTOM_DECODING) are any
 *   value: inside them encoding/json runs without DisallowUnknownFields, and
 *   sigs.k8s.io/yaml's conversion of numbers to strings stops there;
 * - `enum` lists are kept only where eksctl rejects other values (ENFORCED_ENUMS).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const EKSCTL_VERSION = "0.230.0";
export const EKSCTL_COMMIT = "99984adb";
export const SCHEMA_PATH = "pkg/apis/eksctl.io/v1alpha5/assets/schema.json";
const MIRROR = "/work/.mirror/eksctl-io+eksctl/repo";
const ROOT = "ClusterConfig";

/** Definitions whose Go type decodes itself (UnmarshalJSON), with where: not judged inside. */
export const CUSTOM_DECODING = {
  // vpc.go AZSubnetMapping.UnmarshalJSON: json.Unmarshal into map[string]AZSubnetSpec (unknown keys ignored).
  AZSubnetMapping: "vpc.go AZSubnetMapping.UnmarshalJSON",
  // identity_provider.go IdentityProvider.UnmarshalJSON: `type` picks the struct, json.Unmarshal without DisallowUnknownFields.
  IdentityProvider: "identity_provider.go IdentityProvider.UnmarshalJSON",
  // types.go taintsWrapper.UnmarshalJSON: a {key: "value:effect"} map or a list of {key, value, effect}.
  taintsWrapper: "types.go taintsWrapper.UnmarshalJSON",
};

/**
 * Enums eksctl enforces, by `Definition.property`, with the check. The schema's
 * other enums are documentation: KubernetesNetworkConfig.ipFamily is compared
 * case-insensitively (validation.go validateKubernetesNetworkConfig), volumeType
 * goes to EC2 unchecked (which also takes "standard"), InstanceSelector.cpuArchitecture
 * to the EC2 instance selector, ClusterNAT.gateway is checked only when eksctl
 * makes the VPC (cfn/builder/vpc_ipv4.go addNATGateways), and IdentityProvider
 * is decoded by its own UnmarshalJSON.
 */
export const ENFORCED_ENUMS = {
  // The recognizer takes any eksctl.io/ version; runtime.Decode knows only v1alpha5.
  "ClusterConfig.apiVersion": "scheme registration (v1alpha5 register.go)",
  "ClusterConfig.kind": "scheme registration (v1alpha5 register.go)",
  // validation.go validateCloudWatchLogging: "log type %q (cloudWatch.clusterLogging.enableTypes[%d]) is unknown".
  "ClusterCloudWatchLogging.enableTypes": "validation.go validateCloudWatchLogging",
  // validation.go validateNodeGroupBase, isSupportedAMIFamily: "AMI Family %s is not supported".
  "NodeGroup.amiFamily": "validation.go isSupportedAMIFamily",
  "ManagedNodeGroup.amiFamily": "validation.go isSupportedAMIFamily",
  // validation.go validateSupportType: "upgradePolicy.supportType must be either STANDARD or EXTENDED".
  "UpgradePolicy.supportType": "validation.go validateSupportType",
};

/**
 * Required members eksctl enforces, by `Definition.property`, with the check. The
 * schema's other `required` lists (`+required` markers) are not checked before use:
 * RemoteNetworkConfig.vpcGatewayID (examples/43-hybrid-nodes.yaml has none),
 * NodeGroupInstancesDistribution.instanceTypes (an instanceSelector may stand
 * for them), MetricsCollection.granularity, the ArgoCD capability's members,
 * and the identity providers' (decoded by their own UnmarshalJSON).
 */
export const ENFORCED_REQUIRED = {
  "ClusterConfig.apiVersion": "scheme registration",
  "ClusterConfig.kind": "scheme registration",
  "ClusterConfig.metadata": "cmdutils/configfile.go: ErrMustBeSet(\"metadata\")",
  "ClusterMeta.name": "cmdutils/configfile.go: ErrMustBeSet(\"metadata.name\")",
  "ClusterMeta.region": "cmdutils/configfile.go: ErrMustBeSet(\"metadata.region\")",
  "Addon.name": "addon.go Validate: \"name is required\"",
  "Capability.name": "capability.go Validate: \"capability name is required\"",
  "Capability.type": "capability.go Validate: \"capability type is required\"",
  "FargateProfile.name": "validation.go FargateProfile.Validate: \"invalid Fargate profile: empty name\"",
  "FargateProfileSelector.namespace": "validation.go FargateProfileSelector.Validate: \"empty namespace\"",
  "Karpenter.version": "validation.go validateKarpenterConfig: \"version field is required\"",
  "LaunchTemplate.id": "validation.go: \"launchTemplate.id is required if launchTemplate is set\"",
  "NodeGroup.name": "validation.go ValidateClusterConfig validateNg: \"%s.name must be set\"",
  "ManagedNodeGroup.name": "validation.go ValidateClusterConfig validateNg: \"%s.name must be set\"",
  "SecretsEncryption.keyARN": "validation.go: \"field secretsEncryption.keyARN is required\"",
};

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

function refName(ref) {
  const match = /^#\/definitions\/(.+)$/.exec(ref);
  if (!match) throw new Error(`unexpected $ref ${ref}`);
  return match[1];
}

/** The definitions ClusterConfig reaches, in the order they are met. */
function reachable(definitions) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    if (!(name in definitions)) throw new Error(`$ref to missing definition ${name}`);
    seen.add(name);
    if (name in CUSTOM_DECODING) return;
    visitSchema(definitions[name]);
  };
  const visitSchema = (schema) => {
    if (schema === null || typeof schema !== "object") return;
    if (schema.$ref) visit(refName(schema.$ref));
    if (schema.items) visitSchema(schema.items);
    if (schema.additionalProperties && typeof schema.additionalProperties === "object") visitSchema(schema.additionalProperties);
    for (const property of Object.values(schema.properties ?? {})) visitSchema(property);
  };
  visit(ROOT);
  return seen;
}

const KEPT = ["$ref", "type", "items", "additionalProperties", "enum", "properties", "required"];

/** A schema with only what the table is made of. */
function reduce(schema) {
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  for (const key of KEPT) {
    if (!(key in schema)) continue;
    const value = schema[key];
    if (key === "properties") out.properties = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, reduce(property)]));
    else if (key === "items" || (key === "additionalProperties" && typeof value === "object")) out[key] = reduce(value);
    else out[key] = value;
  }
  return out;
}

/** The extract tests/facts/eksctl-schema.json holds: the reachable definitions, reduced. */
export function extract(schema) {
  const names = reachable(schema.definitions);
  const definitions = {};
  for (const name of [...names].sort()) definitions[name] = name in CUSTOM_DECODING ? {} : reduce(schema.definitions[name]);
  return { source: `eksctl ${EKSCTL_VERSION} (${EKSCTL_COMMIT}) ${SCHEMA_PATH}, reduced by scripts/eksctl-schema.mjs --extract`, $ref: `#/definitions/${ROOT}`, definitions };
}

function constantName(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toUpperCase();
}

function isStruct(definition) {
  return definition.additionalProperties === false && definition.properties !== undefined;
}

/** The TypeScript text of the table. */
export function generate(schema) {
  const definitions = schema.definitions;
  const names = reachable(definitions);
  const structs = [...names].filter((name) => !(name in CUSTOM_DECODING) && isStruct(definitions[name]));
  const enums = new Map(); // JSON of the values → constant name
  const enumLines = [];
  const emitted = new Set();
  const blocks = [];

  const enumConstant = (owner, property, values) => {
    const key = JSON.stringify(values);
    let name = enums.get(key);
    if (name === undefined) {
      name = `${constantName(property)}_VALUES`;
      if ([...enums.values()].includes(name)) name = `${constantName(owner)}_${name}`;
      enums.set(key, name);
      enumLines.push(`const ${name} = [${values.map((value) => JSON.stringify(value)).join(", ")}];`);
    }
    return name;
  };

  /** [expression, refersLater]: the schema's builder text. */
  const schemaText = (property, owner, propertyName) => {
    if (property.$ref) {
      const target = refName(property.$ref);
      const definition = definitions[target];
      if (target in CUSTOM_DECODING) return ["document", false];
      if (isStruct(definition)) return [constantName(target), !emitted.has(target)];
      return schemaText(definition, owner, propertyName);
    }
    if (property.type === "array" || property.items) {
      if (!property.items) return ["list(document)", false];
      const [items, later] = schemaText(property.items, owner, propertyName);
      return [`list(${items})`, later];
    }
    if (property.type === "object" || property.additionalProperties !== undefined) {
      const values = property.additionalProperties;
      if (values && typeof values === "object" && values.type === "string" && !values.enum) return ["map", false];
      if (values && typeof values === "object" && (values.$ref || values.type)) {
        throw new Error(`${owner}.${propertyName}: a map of ${JSON.stringify(values)} has no table form; add it to CUSTOM_DECODING or the generator`);
      }
      return ["document", false];
    }
    switch (property.type) {
      case "string": {
        const kept = property.enum && `${owner}.${propertyName}` in ENFORCED_ENUMS;
        return [kept ? `string({ enum: ${enumConstant(owner, propertyName, property.enum)} })` : "string()", false];
      }
      case "integer":
        return ["integer()", false];
      case "number":
        return ["double()", false];
      case "boolean":
        return ["boolean", false];
      case undefined:
        // `{}`: any value (ARN, whose Go type decodes text).
        return ["document", false];
      default:
        throw new Error(`${owner}.${propertyName}: unexpected type ${JSON.stringify(property.type)}`);
    }
  };

  const emit = (name) => {
    if (emitted.has(name)) return;
    const definition = definitions[name];
    // Definitions referred to first, so most references are direct (cycles use `later`).
    emitted.add(name);
    const required = new Set((definition.required ?? []).filter((member) => `${name}.${member}` in ENFORCED_REQUIRED));
    const lines = [];
    for (const [propertyName, property] of Object.entries(definition.properties)) {
      const [text, later] = schemaText(property, name, propertyName);
      const value = later ? `() => ${text}` : text;
      const key = /^[A-Za-z_$][\w$]*$/.test(propertyName) ? propertyName : JSON.stringify(propertyName);
      lines.push(`  ${key}: ${required.has(propertyName) ? `required(${value})` : later ? `later(${value})` : value},`);
    }
    blocks.push(`export const ${constantName(name)}: StructSchema = struct(${JSON.stringify(name)}, {\n${lines.join("\n")}\n});`);
  };

  // Post-order from the root: a struct after the structs it refers to.
  const order = [];
  const visiting = new Set();
  const done = new Set();
  const dependencies = (schemaNode, out) => {
    if (!schemaNode || typeof schemaNode !== "object") return;
    if (schemaNode.$ref) {
      const target = refName(schemaNode.$ref);
      if (target in CUSTOM_DECODING) return;
      if (isStruct(definitions[target])) out.push(target);
      else dependencies(definitions[target], out);
      return;
    }
    dependencies(schemaNode.items, out);
    if (typeof schemaNode.additionalProperties === "object") dependencies(schemaNode.additionalProperties, out);
  };
  const walk = (name) => {
    if (done.has(name) || visiting.has(name)) return;
    visiting.add(name);
    const refs = [];
    for (const property of Object.values(definitions[name].properties)) dependencies(property, refs);
    for (const ref of refs) walk(ref);
    visiting.delete(name);
    done.add(name);
    order.push(name);
  };
  walk(ROOT);
  for (const name of structs.sort()) walk(name);
  for (const name of order) emit(name);

  const header = `/**
 * The eksctl ClusterConfig (eksctl.io/v1alpha5) as eksctl ${EKSCTL_VERSION} decodes it:
 * every definition the config reaches, its fields, their types, the enums
 * and required members eksctl enforces. \`valid-schema\` judges a
 * ClusterConfig with \`CLUSTER_CONFIG\`.
 *
 * Source: eksctl ${EKSCTL_VERSION} (commit ${EKSCTL_COMMIT}), ${SCHEMA_PATH}
 * (generated by eksctl from its Go types). Kept out: types that decode
 * themselves (${Object.keys(CUSTOM_DECODING).join(", ")}: any value here) and the
 * schema's enums eksctl does not enforce — see scripts/eksctl-schema.mjs.
 * Checked by tests/facts/eksctl-schema.test.ts against tests/facts/eksctl-schema.json.
 *
 * Generated by scripts/eksctl-schema.mjs; do not edit.
 */
`;
  const body = [...blocks];
  const used = new Set(["struct", "StructSchema"]);
  const text = [...enumLines, ...body].join("\n");
  for (const builder of ["boolean", "document", "double", "integer", "later", "list", "map", "required", "string"]) {
    if (new RegExp(`[:(] *(?:\\(\\) => )?${builder}\\b`).test(text)) used.add(builder);
  }
  const imports = [...used].filter((name) => name !== "StructSchema").sort();
  return `${header}import { ${imports.join(", ")}, type StructSchema } from "./schema.js";\n\n${enumLines.join("\n")}\n\n${body.join("\n\n")}\n`;
}

function readSchema(path) {
  if (path) return JSON.parse(readFileSync(path, "utf8"));
  return JSON.parse(execFileSync("git", [`--git-dir=${MIRROR}`, "show", `HEAD:${SCHEMA_PATH}`], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const path = args.find((arg) => !arg.startsWith("--"));
  const schema = readSchema(path);
  if (args.includes("--extract")) {
    writeFileSync(join(root, "tests/facts/eksctl-schema.json"), `${JSON.stringify(extract(schema), null, 1)}\n`);
  } else if (args.includes("--stdout")) {
    process.stdout.write(generate(schema));
  } else {
    writeFileSync(join(root, "src/facts/eksctl-schema.ts"), generate(schema));
  }
}
