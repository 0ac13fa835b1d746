/**
 * valid-schema: objects — a struct's keys (unknown, misspelt, in another case,
 * repeated, describe output), its members' values, the required members it
 * lacks, and its unions. Values of other types are values.ts's (the two modules
 * call each other: a member may be a list of structs).
 */
import { PATCH_DIRECTIVE } from "../../facts/kubernetes.js";
import type { StructSchema } from "../../facts/schema.js";
import { closestName } from "../../text.js";
import { renameKey, type Entry, type ObjectValue, type Value } from "../../values/index.js";
import { keysOf, passes, repeatedKeys, sameCaseKey, type KnownMember } from "./shapes.js";
import { checkValue } from "./values.js";
import { mayLack, nullIsUnset, readsYaml11, removal, removeHolder, type Extras, type Walk } from "./walk.js";

/** JSON keeps the last of two equal keys (the AWS CLI's `json.loads`, Go's decoder); YAML parsers refuse them, and so does eksctl (go-yaml's strict mode reads JSON too). */
export function checkDuplicates(walk: Walk, object: ObjectValue): ReadonlySet<string> | undefined {
  if (object.syntax !== "json") return undefined;
  const repeated = repeatedKeys(object);
  if (repeated === undefined) return undefined;
  for (const entry of object.entries) {
    // The earlier of two equal keys is the one whose value is dropped.
    if (repeated.has(entry.key) && object.entryExact(entry.key) !== entry) walk.context.report(entry, walk.eksctl ? "duplicateConfigKey" : "duplicateKey", { key: entry.key }, { suggest: [removal(walk, object, entry)] });
  }
  return repeated;
}

export function checkStruct(walk: Walk, object: ObjectValue, shape: StructSchema, level: "task" | "wrapper" | "other" = "other"): void {
  const repeated = checkDuplicates(walk, object);
  const { byKey: known, members, required } = keysOf(shape, object.style);
  const hasMerge = object.hasMerge;
  /** Members a misspelt key (or, in a container list, a key in another case) was taken for: not reported missing as well. */
  let misspelt: Set<string> | undefined;
  /** Required members written as own keys; when all are, none needs looking up again. */
  let requiredWritten = 0;
  // One pass: a known key's value is checked where it is met, anything else is reported
  // (the order of reports does not matter: ESLint sorts them by position).
  for (const entry of object.entries) {
    const member = known.get(entry.key);
    if (member !== undefined) {
      // With a YAML merge, members are read through it below. Of equal keys, only the last (the one JSON.parse keeps) is judged.
      if (hasMerge || (repeated !== undefined && repeated.has(entry.key) && object.entryExact(entry.key) !== entry)) continue;
      if (member.required) requiredWritten += 1;
      if (level === "wrapper" && member.apiName === "taskDefinition") checkMember(walk, object, shape, member, false, level);
      else checkMemberValue(walk, entry.value, shape, entry.key, member);
      continue;
    }
    if (walk.describedRoot?.object === object && walk.describedRoot.members.has(entry.key)) {
      if (!walk.allowDescribeOutput) walk.context.report(entry, "describeOnly", { key: entry.key, output: walk.describedRoot.output, input: walk.describedRoot.input }, { suggest: [removal(walk, object, entry)] });
      continue;
    }
    const sameCase = sameCaseKey(entry.key, known);
    if (walk.goDecoded && sameCase !== undefined) {
      // Go applies the key to the member it spells: judge its value as that member's.
      const meant = known.get(sameCase)!;
      (misspelt ??= new Set()).add(meant.apiName);
      checkMemberValue(walk, entry.value, shape, entry.key, meant);
      continue;
    }
    // A strategic-merge directive (`$patch: delete`) in a Kubernetes patch is kubectl's and kustomize's, not a field.
    if (walk.kubernetes && PATCH_DIRECTIVE.test(entry.key)) continue;
    const meant = reportUnknown(walk, object, entry, shape, known, sameCase);
    if (meant !== undefined) (misspelt ??= new Set()).add(known.get(meant)!.apiName);
  }
  if (hasMerge) {
    // A YAML merge may supply any member: read each through the merge.
    for (const member of members) checkMember(walk, object, shape, member, misspelt?.has(member.apiName) === true, level);
  } else if (!mayLack(walk, object) && (requiredWritten < required.length || object.style !== "api")) {
    // The required members not written. (In the API style each member has one key, so the count
    // above is of distinct members; other styles may spell a member two ways, and look each up.)
    for (const member of required) if (!object.entry(member.apiName)) checkMember(walk, object, shape, member, misspelt?.has(member.apiName) === true, level);
  }
  if (shape.union || shape.oneOf) checkUnion(walk, object, shape);
}

/** Reports a key the shape does not have; answers the key it was probably meant to be. */
function reportUnknown(walk: Walk, object: ObjectValue, entry: Entry, shape: StructSchema, known: ReadonlyMap<string, KnownMember>, sameCase: string | undefined): string | undefined {
  const present = new Set(object.entries.map((item) => item.key));
  if (walk.appRunnerConfig) return reportUnknownFileKey(walk, object, entry, shape, known, present);
  if (sameCase !== undefined) {
    const data = { shape: shape.name, key: entry.key, name: sameCase };
    // The right spelling is there too: renaming would repeat it, so the message says to remove this one.
    if (present.has(sameCase)) walk.context.report(entry, "caseBesideMember", data, { suggest: [removal(walk, object, entry)] });
    else walk.context.report(entry, walk.eksctl ? "configFieldCase" : walk.kubernetes ? "fieldCase" : "memberCase", data, { fix: renameKey(entry, sameCase, object.syntax, walk.source) });
    return sameCase;
  }
  const near = closestName(
    entry.key,
    [...known.keys()].filter((key) => !present.has(key)),
  );
  const remove = removal(walk, object, entry);
  if (near === undefined) {
    walk.context.report(entry, walk.eksctl ? "unknownConfigField" : walk.kubernetes ? "unknownField" : "unknownMember", { shape: shape.name, key: entry.key }, { suggest: [remove] });
    return undefined;
  }
  walk.context.report(
    entry,
    walk.eksctl ? "unknownConfigFieldNear" : walk.kubernetes ? "unknownFieldNear" : "unknownMemberNear",
    { shape: shape.name, key: entry.key, name: near },
    { suggest: [{ messageId: "rename", data: { key: entry.key, name: near }, fix: renameKey(entry, near, object.syntax, walk.source) }, remove] },
  );
  return near;
}

/**
 * `apprunner.yaml`: a key the file has, written in another case or without its
 * hyphen (`preRun`, `Pre_Run` for `pre-run`), is renamed; another key is
 * reported, with the nearest known key as a suggestion.
 */
function reportUnknownFileKey(walk: Walk, object: ObjectValue, entry: Entry, shape: StructSchema, known: ReadonlyMap<string, KnownMember>, present: ReadonlySet<string>): string | undefined {
  const spelling = spellingKey(entry.key);
  const meant = [...known.keys()].find((key) => spellingKey(key) === spelling);
  if (meant !== undefined) {
    const extras: Extras = present.has(meant) ? { suggest: [removal(walk, object, entry)] } : { fix: renameKey(entry, meant, object.syntax, walk.source) };
    walk.context.report(entry, "appRunnerKeySpelling", { shape: shape.name, key: entry.key, name: meant }, extras);
    return meant;
  }
  const near = closestName(
    entry.key,
    [...known.keys()].filter((key) => !present.has(key)),
  );
  const remove = removal(walk, object, entry);
  if (near === undefined) {
    walk.context.report(entry, "unknownAppRunnerKey", { shape: shape.name, key: entry.key }, { suggest: [remove] });
    return undefined;
  }
  walk.context.report(entry, "unknownAppRunnerKeyNear", { shape: shape.name, key: entry.key, name: near }, { suggest: [{ messageId: "rename", data: { key: entry.key, name: near }, fix: renameKey(entry, near, object.syntax, walk.source) }, remove] });
  return near;
}

/** A key without case, hyphens and underscores: `preRun`, `Pre_Run` and `pre-run` spell the same key. */
function spellingKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, "");
}

function checkMember(walk: Walk, object: ObjectValue, shape: StructSchema, member: KnownMember, misspelt: boolean, level: "task" | "wrapper" | "other"): void {
  const apiName = member.apiName;
  if (level === "wrapper" && apiName === "taskDefinition") {
    // The task definition inside is walked as the task; the wrapper itself is describe output.
    const entry = object.entry(apiName);
    if (!walk.allowDescribeOutput && entry) walk.context.report(entry, "describeWrapper", { key: entry.key });
    return;
  }
  const key = object.keyName(apiName);
  const value = object.get(apiName);
  if (value === undefined) {
    if (member.required && member.ownedBy === undefined && !misspelt && !mayLack(walk, object)) walk.context.reportMissing(object, "missingMember", { shape: shape.name, key });
    return;
  }
  checkMemberValue(walk, value, shape, key, member);
}

function checkMemberValue(walk: Walk, value: Value, shape: StructSchema, key: string, member: KnownMember): void {
  if (value.kind === "unknown") return;
  if (value.kind === "null") {
    // Kubernetes and eksctl (Go's decoder) take null as unset.
    if (member.ownedBy !== undefined || nullIsUnset(walk)) return;
    if (member.required) walk.context.report(value, "nullRequired", { shape: shape.name, key });
    else if (!walk.goDecoded) walk.context.report(value, "nullMember", { shape: shape.name, key }, { suggest: removeHolder(walk, value) });
    return;
  }
  const schema = member.schema;
  // Most values are fine: decide that before making a subject for messages.
  if (passes(value, schema, readsYaml11(walk))) return;
  if (value.kind === "object" && schema.type === "struct") return checkStruct(walk, value, schema);
  checkValue(walk, value, schema, () => `${shape.name} ${walk.kubernetes || walk.eksctl ? "field" : walk.appRunnerConfig ? "key" : "member"} ${key}`);
}

/**
 * A union (SharingStrategy) sets exactly one member; a `oneOf` (a probe's handler,
 * a volume's source) one of its members at most, and one at least when it says
 * so and the object is whole. Anything unknown may be the one.
 */
function checkUnion(walk: Walk, object: ObjectValue, shape: StructSchema): void {
  const names = shape.oneOf?.members ?? Object.keys(shape.members);
  const set: string[] = [];
  for (const apiName of names) {
    const key = object.keyName(apiName).toLowerCase();
    const spellings = walk.goDecoded ? object.entries.filter((entry) => entry.key.toLowerCase() === key).map((entry) => entry.value) : [];
    const values = [object.get(apiName), ...spellings];
    if (values.some((value) => value?.kind === "unknown")) return;
    if (values.some((value) => value !== undefined && value.kind !== "null")) set.push(object.keyName(apiName));
  }
  if (set.length === 1) return;
  if (shape.oneOf && set.length > 1) {
    walk.context.reportMissing(object, "oneOfMany", { shape: shape.name, members: `${set.slice(0, -1).join(", ")} and ${set[set.length - 1]}` });
    return;
  }
  if (shape.oneOf && (!shape.oneOf.atLeastOne || mayLack(walk, object))) return;
  const members = names.map((apiName) => object.keyName(apiName)).join(", ");
  walk.context.reportMissing(object, "unionCount", { shape: shape.name, members, count: set.length === 0 ? "none" : String(set.length) });
}

