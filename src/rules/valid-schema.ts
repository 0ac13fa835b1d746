/**
 * valid-schema: what the AWS APIs, or the AWS CLI before them, reject in a
 * document's shape — unknown keys, `null`, wrong types, enum values, ranges,
 * lengths, patterns, list sizes, required members, unions, JSON duplicate keys,
 * and policies written as strings that are not JSON.
 *
 * The shapes are in `src/facts/*-schema.ts` (each checked against the newest
 * AWS SDK by `tests/facts/*-schema.test.ts`): task definitions, services,
 * run-task input, clusters, capacity providers, Application Auto Scaling,
 * EventBridge, Scheduler and ECR inputs, and the built-in Kubernetes kinds
 * (`src/facts/kubernetes-*-schema.ts`, checked against `kubernetes-models`).
 * Describe outputs other than a task
 * definition's are AWS's own output and are not judged, nor are CloudFormation
 * resources (their shapes differ from the API's; cfn-lint checks them) — except
 * the lifecycle policy JSON a repository resource holds.
 * What the CLI rejects client-side (unknown keys at any depth, `null`, wrong
 * scalar types) is in reference/aws-facts.md §1.5 (botocore `validate.py`);
 * enums, ranges and patterns come from the API model. Values that cannot be
 * known (placeholders, intrinsics, YAML tags, merge keys) are never judged, and
 * members a YAML merge may supply are never missing. Bare container lists
 * (Terraform `container_definitions`, decoded by Go's encoding/json) may hold
 * `null` members and member names in any case. Kubernetes objects are read as
 * the API server reads them (src/rules/valid-schema/kubernetes.ts): `null` is
 * unset, plain YAML 1.1 scalars are booleans and integers, IntOrString and
 * Quantity values take numbers or strings, and a fragment (a patch) is not
 * missing anything.
 */
import { createRule, type ReportExtras, type Suggestion } from "../create-rule.js";
import { CREATE_REPOSITORY, LIFECYCLE_POLICY, PUT_LIFECYCLE_POLICY, PUT_REGISTRY_POLICY, PUT_REGISTRY_SCANNING_CONFIGURATION, SET_REPOSITORY_POLICY } from "../facts/ecr-schema.js";
import { PUT_SCALING_POLICY, PUT_SCHEDULED_ACTION, REGISTER_SCALABLE_TARGET } from "../facts/autoscaling-schema.js";
import { CREATE_SCHEDULE, PUT_RULE, PUT_TARGETS, TARGET_LIST } from "../facts/eventbridge-schema.js";
import { CREATE_CAPACITY_PROVIDER, CREATE_CLUSTER, CREATE_SERVICE, PUT_CLUSTER_CAPACITY_PROVIDERS, RUN_TASK, SERVICE, TASK_OVERRIDE, UPDATE_SERVICE } from "../facts/ecs-service-schema.js";
import { DESCRIBE_ONLY_MEMBERS, DESCRIBE_WRAPPER_MEMBERS, CONTAINER_DEFINITION, TASK_DEFINITION } from "../facts/ecs-task-definition-schema.js";
import { PATCH_DIRECTIVE } from "../facts/kubernetes.js";
import { list, struct, type IntegerSchema, type ListSchema, type MapSchema, type Schema, type StringSchema, type StructSchema } from "../facts/schema.js";
import { closestName } from "../text.js";
import type { EmbeddedPolicy, KubernetesDocuments } from "../documents/index.js";
import { removeMember, renameKey, replaceValue, unknownAt, yaml11Boolean, yaml11Number, type Entry, type ObjectValue, type Value } from "../values/index.js";
import { kubernetesShapeOf, yaml11Reading } from "./valid-schema/kubernetes.js";
import { keysOf, passes, quotedInteger, repeatedKeys, sameCaseKey, stringProblem, type KnownMember } from "./valid-schema/shapes.js";
import { actualText, allowedText, clip, expectedText, isAlias, lowerFirst, rangeText } from "./valid-schema/words.js";

type MessageIds =
  | "unknownMember"
  | "unknownMemberNear"
  | "memberCase"
  | "unknownField"
  | "unknownFieldNear"
  | "fieldCase"
  | "yaml11Type"
  | "oneOfMany"
  | "duplicateKey"
  | "nullMember"
  | "nullRequired"
  | "missingMember"
  | "wrongType"
  | "enumValue"
  | "enumCase"
  | "notInteger"
  | "outOfRange"
  | "empty"
  | "tooShort"
  | "tooLong"
  | "patternMismatch"
  | "tooManyItems"
  | "unionCount"
  | "describeOnly"
  | "describeWrapper"
  | "invalidJson"
  | "rename"
  | "remove"
  | "convert";

type Options = [{ allowDescribeOutput?: boolean }];

/** The `describe-task-definition` response around the task definition (its `taskDefinition` is walked as the task). */
const DESCRIBE_WRAPPER: StructSchema = struct(
  "DescribeTaskDefinitionResponse",
  Object.fromEntries(DESCRIBE_WRAPPER_MEMBERS.map((name) => [name, name === "tags" ? TASK_DEFINITION.members.tags! : TASK_DEFINITION])),
);
const CONTAINER_LIST: ListSchema = list(CONTAINER_DEFINITION);
const DESCRIBE_ONLY = new Set(DESCRIBE_ONLY_MEMBERS);
/** Members of describe-services' Service that CreateService does not take. */
const SERVICE_OUTPUT_ONLY: ReadonlySet<string> = new Set(Object.keys(SERVICE.members).filter((name) => !(name in CREATE_SERVICE.members)));

/** The key holding a value (`lifecyclePolicyText`), for messages. */
function holderName(value: Value): string {
  return value.parent?.kind === "member" ? value.parent.key : "the policy";
}

/**
 * What a message calls the value (`ContainerDefinition member cpu`, `Item 2 of …`):
 * made only when something is reported, since almost every value is fine.
 */
type Subject = () => string;

export default createRule<MessageIds, Options>({
  name: "valid-schema",
  meta: {
    type: "problem",
    docs: {
      description: "Report keys, types, values and required members that the AWS APIs, the AWS CLI or the Kubernetes API server would reject.",
      level: "error",
      platforms: ["ecs", "ecr", "eks"],
      covers: "cfn-lint E3002/E3030/E3034-style schema checks; eksctl validation",
    },
    messages: {
      unknownMember: '{{shape}} has no member "{{key}}"; the AWS CLI rejects unknown keys and no other tool applies them, so remove it or correct its name.',
      unknownMemberNear: '{{shape}} has no member "{{key}}"; the AWS CLI rejects unknown keys and no other tool applies them, so rename it to {{name}} or remove it.',
      memberCase: '{{shape}} member {{name}} is spelled "{{key}}"; member names are case-sensitive and the AWS CLI rejects this spelling, so rename it.',
      unknownField: '{{shape}} has no field "{{key}}"; Kubernetes rejects unknown fields (kubectl validates strictly) or drops them, so remove it or correct its name.',
      unknownFieldNear: '{{shape}} has no field "{{key}}"; Kubernetes rejects unknown fields (kubectl validates strictly) or drops them, so rename it to {{name}} or remove it.',
      fieldCase: '{{shape}} field {{name}} is spelled "{{key}}"; field names are case-sensitive and Kubernetes rejects or drops this spelling, so rename it.',
      yaml11Type: "{{subject}} must be a string, but Kubernetes reads YAML 1.1, where the plain {{value}} is {{actual}}; quote it.",
      oneOfMany: "{{shape}} sets {{members}}, but takes only one of them; keep one.",
      duplicateKey: 'Key "{{key}}" appears again later in this object and only the later value is kept; remove one of them.',
      nullMember: "{{shape}} member {{key}} is null, which the AWS CLI rejects; remove the member to leave it unset.",
      nullRequired: "{{shape}} member {{key}} is null, but it is required; give it a value.",
      missingMember: "{{shape}} has no {{key}}, which it requires; add it.",
      wrongType: "{{subject}} must be {{expected}}, not {{actual}}.",
      enumValue: '{{subject}} must be {{allowed}}, not "{{value}}".',
      enumCase: '{{subject}} must be "{{fixed}}", not "{{value}}"; the API values are case-sensitive.',
      notInteger: "{{subject}} must be a whole number, not {{value}}.",
      outOfRange: "{{subject}} must be {{range}}, not {{value}}.",
      empty: "{{subject}} must not be empty.",
      tooShort: "{{subject}} must be at least {{min}} characters long, not {{length}}.",
      tooLong: "{{subject}} must be at most {{max}} characters long, not {{length}}.",
      patternMismatch: '{{subject}} must be {{pattern}}, not "{{value}}".',
      tooManyItems: "{{subject}} has {{count}} items, more than the {{max}} the API accepts; remove some.",
      unionCount: "{{shape}} must set exactly one of {{members}}, not {{count}}.",
      describeOnly: "Member {{key}} is {{output}} output, which the AWS CLI rejects as an unknown parameter of {{input}}; remove it.",
      invalidJson: "{{subject}} is not valid JSON ({{problem}}), so the API rejects it; correct the JSON.",
      describeWrapper: "Key {{key}} wraps describe-task-definition output, which the AWS CLI rejects as an unknown parameter; register-task-definition takes the object inside it.",
      rename: 'Rename "{{key}}" to {{name}}.',
      remove: 'Remove "{{key}}".',
      convert: "Write it as {{value}}.",
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: { allowDescribeOutput: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowDescribeOutput: true }],
  },
  create(context) {
    const allowDescribeOutput = context.options[0]?.allowDescribeOutput !== false;
    const source = context.source;

    type Extras = ReportExtras<MessageIds> | undefined;
    const removal = (object: ObjectValue, entry: Entry): Suggestion<MessageIds> => ({
      messageId: "remove",
      data: { key: entry.key },
      fix: removeMember(object, entry, source),
    });
    /** A suggestion removing the member that holds a value, when the value is a member's. */
    const removeHolder = (value: Value): Suggestion<MessageIds>[] =>
      value.parent?.kind === "member" ? [removal(value.parent.object, value.parent)] : [];
    /**
     * A bare container list is Terraform's `container_definitions`, decoded by Go's
     * encoding/json: it takes `null` as unset and matches member names whatever their case.
     */
    let goDecoded = false;
    /** The root of an input whose describe-output members are accepted (unless the option says otherwise), and what to call them. */
    let describedRoot: { readonly object: ObjectValue; readonly members: ReadonlySet<string>; readonly output: string; readonly input: string } | undefined;
    /** The root of a partial definition (an ecspresso service file without serviceName): its required members may come from elsewhere. */
    let partialRoot: ObjectValue | undefined;
    /** A Kubernetes object: read as the API server reads it (see src/rules/valid-schema/kubernetes.ts). */
    let kubernetes = false;
    /** A Kubernetes fragment (a patch): nothing in it is missing. */
    let fragment = false;

    /** Sets the state for the document about to be walked. */
    function begin(state: { goDecoded?: boolean; describedRoot?: typeof describedRoot; partialRoot?: ObjectValue; kubernetes?: boolean; fragment?: boolean } = {}): void {
      goDecoded = state.goDecoded === true;
      describedRoot = state.describedRoot;
      partialRoot = state.partialRoot;
      kubernetes = state.kubernetes === true;
      fragment = state.fragment === true;
    }
    /** Required members of this object may be supplied elsewhere (a partial definition, a Kubernetes patch). */
    const mayLack = (object: ObjectValue): boolean => fragment || object === partialRoot;

    /* ---------------- objects ---------------- */

    /** JSON keeps the last of two equal keys (the AWS CLI's `json.loads`, Go's decoder); YAML parsers refuse them. */
    function checkDuplicates(object: ObjectValue): ReadonlySet<string> | undefined {
      if (object.syntax !== "json") return undefined;
      const repeated = repeatedKeys(object);
      if (repeated === undefined) return undefined;
      for (const entry of object.entries) {
        // The earlier of two equal keys is the one whose value is dropped.
        if (repeated.has(entry.key) && object.entryExact(entry.key) !== entry) context.report(entry, "duplicateKey", { key: entry.key }, { suggest: [removal(object, entry)] });
      }
      return repeated;
    }

    function checkStruct(object: ObjectValue, shape: StructSchema, level: "task" | "wrapper" | "other" = "other"): void {
      const repeated = checkDuplicates(object);
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
          if (level === "wrapper" && member.apiName === "taskDefinition") checkMember(object, shape, member, false, level);
          else checkMemberValue(entry.value, shape, entry.key, member);
          continue;
        }
        if (describedRoot?.object === object && describedRoot.members.has(entry.key)) {
          if (!allowDescribeOutput) context.report(entry, "describeOnly", { key: entry.key, output: describedRoot.output, input: describedRoot.input }, { suggest: [removal(object, entry)] });
          continue;
        }
        const sameCase = sameCaseKey(entry.key, known);
        if (goDecoded && sameCase !== undefined) {
          // Go applies the key to the member it spells: judge its value as that member's.
          const meant = known.get(sameCase)!;
          (misspelt ??= new Set()).add(meant.apiName);
          checkMemberValue(entry.value, shape, entry.key, meant);
          continue;
        }
        // A strategic-merge directive (`$patch: delete`) in a Kubernetes patch is kubectl's and kustomize's, not a field.
        if (kubernetes && PATCH_DIRECTIVE.test(entry.key)) continue;
        const meant = reportUnknown(object, entry, shape, known, sameCase);
        if (meant !== undefined) (misspelt ??= new Set()).add(known.get(meant)!.apiName);
      }
      if (hasMerge) {
        // A YAML merge may supply any member: read each through the merge.
        for (const member of members) checkMember(object, shape, member, misspelt?.has(member.apiName) === true, level);
      } else if (!mayLack(object) && (requiredWritten < required.length || object.style !== "api")) {
        // The required members not written. (In the API style each member has one key, so the count
        // above is of distinct members; other styles may spell a member two ways, and look each up.)
        for (const member of required) if (!object.entry(member.apiName)) checkMember(object, shape, member, misspelt?.has(member.apiName) === true, level);
      }
      if (shape.union || shape.oneOf) checkUnion(object, shape);
    }

    /** Reports a key the shape does not have; answers the key it was probably meant to be. */
    function reportUnknown(object: ObjectValue, entry: Entry, shape: StructSchema, known: ReadonlyMap<string, KnownMember>, sameCase: string | undefined): string | undefined {
      const present = new Set(object.entries.map((item) => item.key));
      if (sameCase !== undefined) {
        const extras: Extras = present.has(sameCase)
          ? { suggest: [removal(object, entry)] }
          : { fix: renameKey(entry, sameCase, object.syntax, source) };
        context.report(entry, kubernetes ? "fieldCase" : "memberCase", { shape: shape.name, key: entry.key, name: sameCase }, extras);
        return sameCase;
      }
      const near = closestName(
        entry.key,
        [...known.keys()].filter((key) => !present.has(key)),
      );
      const remove = removal(object, entry);
      if (near === undefined) {
        context.report(entry, kubernetes ? "unknownField" : "unknownMember", { shape: shape.name, key: entry.key }, { suggest: [remove] });
        return undefined;
      }
      context.report(
        entry,
        kubernetes ? "unknownFieldNear" : "unknownMemberNear",
        { shape: shape.name, key: entry.key, name: near },
        { suggest: [{ messageId: "rename", data: { key: entry.key, name: near }, fix: renameKey(entry, near, object.syntax, source) }, remove] },
      );
      return near;
    }

    function checkMember(object: ObjectValue, shape: StructSchema, member: KnownMember, misspelt: boolean, level: "task" | "wrapper" | "other"): void {
      const apiName = member.apiName;
      if (level === "wrapper" && apiName === "taskDefinition") {
        // The task definition inside is walked as the task; the wrapper itself is describe output.
        const entry = object.entry(apiName);
        if (!allowDescribeOutput && entry) context.report(entry, "describeWrapper", { key: entry.key });
        return;
      }
      const key = object.keyName(apiName);
      const value = object.get(apiName);
      if (value === undefined) {
        if (member.required && member.ownedBy === undefined && !misspelt && !mayLack(object)) context.reportMissing(object, "missingMember", { shape: shape.name, key });
        return;
      }
      checkMemberValue(value, shape, key, member);
    }

    function checkMemberValue(value: Value, shape: StructSchema, key: string, member: KnownMember): void {
      if (value.kind === "unknown") return;
      if (value.kind === "null") {
        // Kubernetes (Go's decoder) takes null as unset.
        if (member.ownedBy !== undefined || kubernetes) return;
        if (member.required) context.report(value, "nullRequired", { shape: shape.name, key });
        else if (!goDecoded) context.report(value, "nullMember", { shape: shape.name, key }, { suggest: removeHolder(value) });
        return;
      }
      const schema = member.schema;
      // Most values are fine: decide that before making a subject for messages.
      if (passes(value, schema, kubernetes)) return;
      if (value.kind === "object" && schema.type === "struct") return checkStruct(value, schema);
      checkValue(value, schema, () => `${shape.name} ${kubernetes ? "field" : "member"} ${key}`);
    }

    /**
     * A union (SharingStrategy) sets exactly one member; a `oneOf` (a probe's handler,
     * a volume's source) one of its members at most, and one at least when it says
     * so and the object is whole. Anything unknown may be the one.
     */
    function checkUnion(object: ObjectValue, shape: StructSchema): void {
      const names = shape.oneOf?.members ?? Object.keys(shape.members);
      const set: string[] = [];
      for (const apiName of names) {
        const key = object.keyName(apiName).toLowerCase();
        const spellings = goDecoded ? object.entries.filter((entry) => entry.key.toLowerCase() === key).map((entry) => entry.value) : [];
        const values = [object.get(apiName), ...spellings];
        if (values.some((value) => value?.kind === "unknown")) return;
        if (values.some((value) => value !== undefined && value.kind !== "null")) set.push(object.keyName(apiName));
      }
      if (set.length === 1) return;
      if (shape.oneOf && set.length > 1) {
        context.reportMissing(object, "oneOfMany", { shape: shape.name, members: `${set.slice(0, -1).join(", ")} and ${set[set.length - 1]}` });
        return;
      }
      if (shape.oneOf && (!shape.oneOf.atLeastOne || mayLack(object))) return;
      const members = names.map((apiName) => object.keyName(apiName)).join(", ");
      context.reportMissing(object, "unionCount", { shape: shape.name, members, count: set.length === 0 ? "none" : String(set.length) });
    }

    /* ---------------- values ---------------- */

    function checkValue(value: Value, schema: Schema, subject: Subject): void {
      if (value.kind === "unknown") return;
      // A string with placeholders is a string, but its value is not known: nothing more to judge.
      if (value.kind === "string" && value.literal === undefined) return;
      // Kubernetes (Go's decoder) takes null as unset, in lists and maps too.
      if (kubernetes && value.kind === "null") return;
      // A YAML alias to a scalar is judged where its anchor is defined (one report, and a fix there).
      if (value.syntax === "yaml" && value.kind !== "object" && value.kind !== "array" && isAlias(value)) return;
      switch (schema.type) {
        case "string":
          return checkString(value, schema, subject);
        case "integer":
          return checkInteger(value, schema, subject);
        case "boolean":
          // Kubernetes reads a plain YAML `yes` or `on` as true.
          if (value.kind === "boolean" || (kubernetes && yaml11Boolean(value) !== undefined)) return;
          return wrongType(value, schema, subject, value.kind === "string" && /^(?:true|false)$/i.test(value.value) ? value.value.toLowerCase() === "true" : undefined);
        case "list":
          return checkList(value, schema, subject);
        case "map":
          // A Smithy document (`hookDetails`) is any JSON.
          if (schema.document) return;
          return checkMap(value, schema, subject);
        case "struct":
          if (value.kind !== "object") return wrongType(value, schema, subject);
          return checkStruct(value, schema);
      }
    }

    /** A value written as another type: an autofix, or in Kubernetes a suggestion (the user says what was meant: `yes` may have meant "true"). */
    function conversion(value: Value, replacement: string | number | boolean): Extras {
      const fix = replaceValue(value, replacement, source);
      return kubernetes ? { suggest: [{ messageId: "convert", data: { value: JSON.stringify(replacement) }, fix }] } : { fix };
    }

    function wrongType(value: Value, schema: Schema, subject: Subject, replacement?: string | number | boolean, extras?: Extras): void {
      context.report(value, "wrongType", { subject: subject(), expected: expectedText(schema), actual: actualText(value) }, replacement === undefined ? extras : conversion(value, replacement));
    }

    function checkString(value: Value, schema: StringSchema, subject: Subject): void {
      // Timestamps: ISO 8601 text (AWS CLI v2) or epoch seconds (CLI v1, the raw API).
      if (schema.timestamp && (value.kind === "string" || value.kind === "number")) return;
      if (value.kind === "string") {
        const text = value.literal;
        if (text === undefined) return;
        if (kubernetes) {
          const reading = yaml11Reading(value);
          // A plain `yes` where Kubernetes wants a string is a boolean to it; a plain `1_000` an integer, which IntOrString takes.
          if (reading !== undefined && schema.numbers === undefined) return void context.report(value, "yaml11Type", { subject: subject(), value: text, actual: reading }, conversion(value, text));
          if (reading === "an integer") return;
          // Kubernetes defaults most fields left empty.
          if (text === "") return;
        }
        return checkStringValue(value, text, schema, subject);
      }
      // An IntOrString takes whole numbers, a Quantity any number.
      if (value.kind === "number" && schema.numbers !== undefined) return schema.numbers === "integer" ? checkInteger(value, INTEGER, subject) : undefined;
      // A number or boolean where the API wants a string (task-level cpu/memory, environment values): quote it.
      const text = value.kind === "number" || value.kind === "boolean" ? scalarText(value) : undefined;
      wrongType(value, schema, subject, text !== undefined && stringProblem(text, schema) === undefined ? text : undefined);
    }

    function checkStringValue(value: Value, text: string, schema: StringSchema, subject: Subject): void {
      const problem = stringProblem(text, schema);
      if (problem === undefined) return;
      const shown = clip(text);
      switch (problem) {
        case "enum": {
          const allowed = schema.enum!;
          const sameCase = allowed.filter((item) => item.toLowerCase() === text.toLowerCase());
          if (sameCase.length === 1) {
            context.report(value, "enumCase", { subject: subject(), fixed: sameCase[0]!, value: shown }, { fix: replaceValue(value, sameCase[0]!, source) });
          } else {
            context.report(value, "enumValue", { subject: subject(), allowed: allowedText(allowed), value: shown });
          }
          return;
        }
        case "short":
          if (text.length === 0) context.report(value, "empty", { subject: subject() });
          else context.report(value, "tooShort", { subject: subject(), min: schema.minLength!, length: text.length });
          return;
        case "long":
          context.report(value, "tooLong", { subject: subject(), max: schema.maxLength!, length: text.length });
          return;
        case "pattern": {
          // `targetPort: "8080"`: an IntOrString whose number is written as a string.
          const number = schema.numbers === "integer" ? quotedInteger(text) : undefined;
          context.report(value, "patternMismatch", { subject: subject(), pattern: schema.pattern!.description, value: shown }, number === undefined ? undefined : conversion(value, number));
          return;
        }
      }
    }

    function checkInteger(value: Value, schema: IntegerSchema, subject: Subject): void {
      if (value.kind === "string") {
        // Kubernetes reads a plain YAML `0b101` or `1_000` as an integer.
        if (kubernetes && yaml11Number(value) !== undefined) return;
        // "512" where the API wants 512: unquote plain integers.
        return wrongType(value, schema, subject, quotedInteger(value.literal!));
      }
      if (value.kind !== "number") return wrongType(value, schema, subject);
      if (schema.fractional) {
        if ((schema.min !== undefined && value.value < schema.min) || (schema.max !== undefined && value.value > schema.max)) {
          context.report(value, "outOfRange", { subject: subject(), range: rangeText(schema), value: value.value });
        }
        return;
      }
      // `512.0` parses as a float in Python and Go, which reject it for an integer member.
      const start = value.node.range[0];
      const end = value.node.range[1];
      if (!Number.isInteger(value.value) || (mayBeFloatLiteral(start, end) && FLOAT_LITERAL.test(source.slice(start, end)))) {
        const raw = source.slice(start, end);
        const fix = Number.isSafeInteger(value.value) ? replaceValue(value, value.value, source) : undefined;
        context.report(value, "notInteger", { subject: subject(), value: clip(raw) }, fix ? { fix } : undefined);
        return;
      }
      if ((schema.min !== undefined && value.value < schema.min) || (schema.max !== undefined && value.value > schema.max)) {
        context.report(value, "outOfRange", { subject: subject(), range: rangeText(schema), value: value.value });
      }
    }

    function checkList(value: Value, schema: ListSchema, subject: Subject): void {
      if (value.kind !== "array") return wrongType(value, schema, subject);
      const items = value.items;
      if (schema.maxItems !== undefined && items.length > schema.maxItems) {
        context.report(value, "tooManyItems", { subject: subject(), count: items.length, max: schema.maxItems });
      }
      for (let index = 0; index < items.length; index += 1) {
        const item = items[index]!;
        if (item.kind !== "null" && passes(item, schema.items, kubernetes)) continue;
        if (item.kind === "object" && schema.items.type === "struct") {
          checkStruct(item, schema.items);
          continue;
        }
        const itemSubject = (): string => `Item ${index + 1} of ${lowerFirst(subject())}`;
        if (item.kind === "null" && !kubernetes) wrongType(item, schema.items, itemSubject);
        else checkValue(item, schema.items, itemSubject);
      }
    }

    /** Maps (`dockerLabels`, log `options`, `labels`, Kubernetes `limits`): keys are the user's, values strings (or the map's `values`). */
    function checkMap(value: Value, schema: MapSchema, subject: Subject): void {
      if (value.kind !== "object") return wrongType(value, schema, subject);
      checkDuplicates(value);
      const values = schema.values ?? STRING;
      for (const entry of value.entries) {
        const item = entry.value;
        // Strings (almost every value) and unknown values are fine.
        if (item.kind !== "null" && passes(item, values, kubernetes)) continue;
        const itemSubject = (): string => `Entry "${entry.key}" of ${lowerFirst(subject())}`;
        // `"awslogs-create-group": true` → `"true"`: the API takes only strings here.
        if (item.kind !== "null" || kubernetes) checkValue(item, values, itemSubject);
        else wrongType(item, values, itemSubject, undefined, { suggest: [removal(value, entry)] });
      }
    }

    /** False when a number's text has no `.`, `e` or `E`, which every float literal has: most numbers, decided without slicing the text. */
    function mayBeFloatLiteral(start: number, end: number): boolean {
      for (let index = start; index < end; index += 1) {
        const code = source.charCodeAt(index);
        if (code === 46 /* . */ || code === 101 /* e */ || code === 69 /* E */) return true;
      }
      return false;
    }

    /** A number's or boolean's text as written, for turning it into a string. */
    function scalarText(value: Value & { kind: "number" | "boolean" }): string {
      const raw = source.slice(value.node.range[0], value.node.range[1]);
      if (value.kind === "number") return NUMBER_LITERAL.test(raw) ? raw : String(value.value);
      return /^(?:true|false)$/i.test(raw) ? raw : String(value.value);
    }

    /** An API input's root, with the state the walk needs reset. */
    function checkInput(object: ObjectValue, shape: StructSchema, options: { describe?: { members: ReadonlySet<string>; output: string; input: string }; partial?: boolean } = {}): void {
      // A CloudFormation resource's properties: cfn-lint's business (CloudFormation takes "80" for 80, and its shapes differ).
      if (object.style === "cloudformation") return;
      begin({ describedRoot: options.describe ? { object, ...options.describe } : undefined, partialRoot: options.partial ? object : undefined });
      checkStruct(object, shape);
    }

    /** A policy written as a JSON string: its parse error, else its shape (when there is one to check). */
    function checkEmbedded(policy: EmbeddedPolicy, holderKey: string, shape: StructSchema | undefined): void {
      if (policy.status === "invalid") {
        context.report(unknownAt(policy, policy.holder, "unsupported"), "invalidJson", { subject: `The value of ${holderKey}`, problem: policy.message });
        return;
      }
      if (policy.status === "object" && shape) {
        begin();
        checkStruct(policy.policy, shape);
      }
    }

    /** A Kubernetes object of a kind and version the tables model (custom resources and other kinds: nothing). */
    function checkKubernetes(document: KubernetesDocuments): void {
      const shape = kubernetesShapeOf(document);
      if (shape === undefined) return;
      begin({ kubernetes: true, fragment: document.fragment });
      checkStruct(document.root, shape);
    }

    return {
      "ecs-task-definition"(document) {
        if (document.task?.style === "cloudformation") return;
        begin({ goDecoded: document.form === "container-list" });
        if (goDecoded) {
          checkValue(document.root, CONTAINER_LIST, () => "The container list");
          return;
        }
        if (document.form === "describe" && document.root.kind === "object") checkStruct(document.root, DESCRIBE_WRAPPER, "wrapper");
        if (document.task) {
          describedRoot = { object: document.task, members: DESCRIBE_ONLY, output: "describe-task-definition", input: "register-task-definition" };
          checkStruct(document.task, TASK_DEFINITION, "task");
        }
      },
      "ecs-service"(document) {
        if (document.form === "describe") return;
        if (document.form === "update") return checkInput(document.object, UPDATE_SERVICE);
        // Service definition files (ecspresso, deploy actions) often leave the name to the tool, and may hold describe output.
        checkInput(document.object, CREATE_SERVICE, { describe: { members: SERVICE_OUTPUT_ONLY, output: "describe-services", input: "create-service" }, partial: document.object.entry("serviceName") === undefined });
      },
      "ecs-run-task"(document) {
        checkInput(document.object, document.form === "overrides" ? TASK_OVERRIDE : RUN_TASK);
      },
      "ecs-cluster"(document) {
        if (document.form === "create") checkInput(document.object, CREATE_CLUSTER);
        else if (document.form === "capacity-providers") checkInput(document.object, PUT_CLUSTER_CAPACITY_PROVIDERS);
      },
      "ecs-capacity-provider"(document) {
        if (document.form === "create") checkInput(document.object, CREATE_CAPACITY_PROVIDER);
      },
      "autoscaling-scalable-target"(document) {
        if (document.form === "register") checkInput(document.object, REGISTER_SCALABLE_TARGET);
      },
      "autoscaling-scaling-policy"(document) {
        if (document.form === "put") checkInput(document.object, PUT_SCALING_POLICY);
      },
      "autoscaling-scheduled-action"(document) {
        if (document.form === "put") checkInput(document.object, PUT_SCHEDULED_ACTION);
      },
      "eventbridge-rule"(document) {
        if (document.form === "put") checkInput(document.object, PUT_RULE);
      },
      "eventbridge-targets"(document) {
        if (document.form === "put-targets") checkInput(document.object, PUT_TARGETS);
        else if (document.form === "targets-list") {
          begin();
          checkValue(document.root, TARGET_LIST, () => "The target list");
        }
      },
      "scheduler-schedule"(document) {
        if (document.form === "create") checkInput(document.object, CREATE_SCHEDULE);
      },
      "ecr-repository"(document) {
        if (document.form === "create") checkInput(document.object, CREATE_REPOSITORY);
      },
      "ecr-registry-scanning"(document) {
        if (document.form === "put") checkInput(document.object, PUT_REGISTRY_SCANNING_CONFIGURATION);
      },
      "ecr-lifecycle-policy"(document) {
        if (document.form === "policy") return checkInput(document.object, LIFECYCLE_POLICY);
        if (document.form === "put") checkInput(document.object, PUT_LIFECYCLE_POLICY);
        checkEmbedded(document.policy, holderName(document.text), LIFECYCLE_POLICY);
      },
      "ecr-policy"(document) {
        if (document.form === "set-policy") checkInput(document.object, document.object.entry("repositoryName") ? SET_REPOSITORY_POLICY : PUT_REGISTRY_POLICY);
        // The IAM policy language itself is IAM's to validate: only a string that is not JSON is judged.
        if (document.form !== "policy") checkEmbedded(document.policy, holderName(document.text), undefined);
      },
      "kubernetes-workload": checkKubernetes,
      "kubernetes-service": checkKubernetes,
      "kubernetes-ingress": checkKubernetes,
      "kubernetes-persistent-volume-claim": checkKubernetes,
      "kubernetes-storage-class": checkKubernetes,
      "kubernetes-service-account": checkKubernetes,
      "kubernetes-pod-disruption-budget": checkKubernetes,
      "kubernetes-horizontal-pod-autoscaler": checkKubernetes,
    };
  },
});

const STRING: StringSchema = { type: "string" };
const INTEGER: IntegerSchema = { type: "integer" };
const NUMBER_LITERAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const FLOAT_LITERAL = /^[-+]?(?:\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][-+]?\d+)$/;
