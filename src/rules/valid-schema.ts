/**
 * valid-schema: what the AWS APIs, or the AWS CLI before them, reject in a
 * document's shape — unknown keys, `null`, wrong types, enum values, ranges,
 * lengths, patterns, list sizes, required members, unions, JSON duplicate keys,
 * and policies written as strings that are not JSON.
 *
 * The shapes are in `src/facts/*-schema.ts` (each checked against the newest
 * AWS SDK by `tests/facts/*-schema.test.ts`): task definitions, services,
 * run-task input, clusters, capacity providers, Application Auto Scaling,
 * EventBridge, Scheduler and ECR inputs. Describe outputs other than a task
 * definition's are AWS's own output and are not judged, nor are CloudFormation
 * resources (their shapes differ from the API's; cfn-lint checks them) — except
 * the lifecycle policy JSON a repository resource holds.
 * What the CLI rejects client-side (unknown keys at any depth, `null`, wrong
 * scalar types) is in reference/aws-facts.md §1.5 (botocore `validate.py`);
 * enums, ranges and patterns come from the API model. Values that cannot be
 * known (placeholders, intrinsics, YAML tags, merge keys) are never judged, and
 * members a YAML merge may supply are never missing. Bare container lists
 * (Terraform `container_definitions`, decoded by Go's encoding/json) may hold
 * `null` members and member names in any case.
 */
import { createRule, type ReportExtras, type Suggestion } from "../create-rule.js";
import { CREATE_REPOSITORY, LIFECYCLE_POLICY, PUT_LIFECYCLE_POLICY, PUT_REGISTRY_POLICY, PUT_REGISTRY_SCANNING_CONFIGURATION, SET_REPOSITORY_POLICY } from "../facts/ecr-schema.js";
import { PUT_SCALING_POLICY, PUT_SCHEDULED_ACTION, REGISTER_SCALABLE_TARGET } from "../facts/autoscaling-schema.js";
import { CREATE_SCHEDULE, PUT_RULE, PUT_TARGETS, TARGET_LIST } from "../facts/eventbridge-schema.js";
import { CREATE_CAPACITY_PROVIDER, CREATE_CLUSTER, CREATE_SERVICE, PUT_CLUSTER_CAPACITY_PROVIDERS, RUN_TASK, SERVICE, TASK_OVERRIDE, UPDATE_SERVICE } from "../facts/ecs-service-schema.js";
import { DESCRIBE_ONLY_MEMBERS, DESCRIBE_WRAPPER_MEMBERS, CONTAINER_DEFINITION, TASK_DEFINITION } from "../facts/ecs-task-definition-schema.js";
import { list, memberSchema, struct, type IntegerSchema, type ListSchema, type Schema, type StringSchema, type StructSchema } from "../facts/schema.js";
import { closestName } from "../text.js";
import type { EmbeddedPolicy } from "../documents/index.js";
import { keyCandidates, removeMember, renameKey, replaceValue, unknownAt, type Entry, type KeyStyle, type ObjectValue, type Value } from "../values/index.js";

type MessageIds =
  | "unknownMember"
  | "unknownMemberNear"
  | "memberCase"
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
  | "remove";

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

/** Enum tables longer than this are summarized in messages. */
const ENUM_LISTED = 8;
/** Values longer than this are cut in messages. */
const VALUE_SHOWN = 60;

export default createRule<MessageIds, Options>({
  name: "valid-schema",
  meta: {
    type: "problem",
    docs: {
      description: "Report keys, types, values and required members that the AWS APIs or the AWS CLI would reject.",
      level: "error",
      platforms: ["ecs", "ecr"],
      covers: "cfn-lint E3002/E3030/E3034-style schema checks; eksctl validation",
    },
    messages: {
      unknownMember: '{{shape}} has no member "{{key}}"; the AWS CLI rejects unknown keys and no other tool applies them, so remove it or correct its name.',
      unknownMemberNear: '{{shape}} has no member "{{key}}"; the AWS CLI rejects unknown keys and no other tool applies them, so rename it to {{name}} or remove it.',
      memberCase: '{{shape}} member {{name}} is spelled "{{key}}"; member names are case-sensitive and the AWS CLI rejects this spelling, so rename it.',
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
        const meant = reportUnknown(object, entry, shape, known, sameCase);
        if (meant !== undefined) (misspelt ??= new Set()).add(known.get(meant)!.apiName);
      }
      if (hasMerge) {
        // A YAML merge may supply any member: read each through the merge.
        for (const member of members) checkMember(object, shape, member, misspelt?.has(member.apiName) === true, level);
      } else if (object !== partialRoot && (requiredWritten < required.length || object.style !== "api")) {
        // The required members not written. (In the API style each member has one key, so the count
        // above is of distinct members; other styles may spell a member two ways, and look each up.)
        for (const member of required) if (!object.entry(member.apiName)) checkMember(object, shape, member, misspelt?.has(member.apiName) === true, level);
      }
      if (shape.union) checkUnion(object, shape);
    }

    /** Reports a key the shape does not have; answers the key it was probably meant to be. */
    function reportUnknown(object: ObjectValue, entry: Entry, shape: StructSchema, known: ReadonlyMap<string, KnownMember>, sameCase: string | undefined): string | undefined {
      const present = new Set(object.entries.map((item) => item.key));
      if (sameCase !== undefined) {
        const extras: Extras = present.has(sameCase)
          ? { suggest: [removal(object, entry)] }
          : { fix: renameKey(entry, sameCase, object.syntax, source) };
        context.report(entry, "memberCase", { shape: shape.name, key: entry.key, name: sameCase }, extras);
        return sameCase;
      }
      const near = closestName(
        entry.key,
        [...known.keys()].filter((key) => !present.has(key)),
      );
      const remove = removal(object, entry);
      if (near === undefined) {
        context.report(entry, "unknownMember", { shape: shape.name, key: entry.key }, { suggest: [remove] });
        return undefined;
      }
      context.report(
        entry,
        "unknownMemberNear",
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
        if (member.required && member.ownedBy === undefined && !misspelt && object !== partialRoot) context.reportMissing(object, "missingMember", { shape: shape.name, key });
        return;
      }
      checkMemberValue(value, shape, key, member);
    }

    function checkMemberValue(value: Value, shape: StructSchema, key: string, member: KnownMember): void {
      if (value.kind === "unknown") return;
      if (value.kind === "null") {
        if (member.ownedBy !== undefined) return;
        if (member.required) context.report(value, "nullRequired", { shape: shape.name, key });
        else if (!goDecoded) context.report(value, "nullMember", { shape: shape.name, key }, { suggest: removeHolder(value) });
        return;
      }
      const schema = member.schema;
      // Most values are fine: decide that before making a subject for messages.
      if (passes(value, schema)) return;
      if (value.kind === "object" && schema.type === "struct") return checkStruct(value, schema);
      checkValue(value, schema, () => `${shape.name} member ${key}`);
    }

    /** A union (SharingStrategy) sets exactly one member; anything unknown may be the one. */
    function checkUnion(object: ObjectValue, shape: StructSchema): void {
      let count = 0;
      for (const apiName of Object.keys(shape.members)) {
        const key = object.keyName(apiName).toLowerCase();
        const spellings = goDecoded ? object.entries.filter((entry) => entry.key.toLowerCase() === key).map((entry) => entry.value) : [];
        const values = [object.get(apiName), ...spellings];
        if (values.some((value) => value?.kind === "unknown")) return;
        if (values.some((value) => value !== undefined && value.kind !== "null")) count += 1;
      }
      if (count === 1) return;
      const members = Object.keys(shape.members)
        .map((apiName) => object.keyName(apiName))
        .join(", ");
      context.reportMissing(object, "unionCount", { shape: shape.name, members, count: count === 0 ? "none" : String(count) });
    }

    /* ---------------- values ---------------- */

    function checkValue(value: Value, schema: Schema, subject: Subject): void {
      if (value.kind === "unknown") return;
      // A string with placeholders is a string, but its value is not known: nothing more to judge.
      if (value.kind === "string" && value.literal === undefined) return;
      // A YAML alias to a scalar is judged where its anchor is defined (one report, and a fix there).
      if (value.syntax === "yaml" && value.kind !== "object" && value.kind !== "array" && isAlias(value)) return;
      switch (schema.type) {
        case "string":
          return checkString(value, schema, subject);
        case "integer":
          return checkInteger(value, schema, subject);
        case "boolean":
          if (value.kind === "boolean") return;
          return wrongType(value, schema, subject, value.kind === "string" && /^(?:true|false)$/i.test(value.value) ? value.value.toLowerCase() === "true" : undefined);
        case "list":
          return checkList(value, schema, subject);
        case "map":
          // A Smithy document (`hookDetails`) is any JSON.
          if (schema.document) return;
          return checkMap(value, subject);
        case "struct":
          if (value.kind !== "object") return wrongType(value, schema, subject);
          return checkStruct(value, schema);
      }
    }

    function wrongType(value: Value, schema: Schema, subject: Subject, replacement?: string | number | boolean, extras?: Extras): void {
      const fix = replacement === undefined ? undefined : replaceValue(value, replacement, source);
      context.report(value, "wrongType", { subject: subject(), expected: expectedText(schema), actual: actualText(value) }, fix ? { fix } : extras);
    }

    function checkString(value: Value, schema: StringSchema, subject: Subject): void {
      // Timestamps: ISO 8601 text (AWS CLI v2) or epoch seconds (CLI v1, the raw API).
      if (schema.timestamp && (value.kind === "string" || value.kind === "number")) return;
      if (value.kind === "string") {
        if (value.literal !== undefined) checkStringValue(value, value.literal, schema, subject);
        return;
      }
      // A number or boolean where the API wants a string (task-level cpu/memory, environment values): quote it.
      const text = value.kind === "number" || value.kind === "boolean" ? scalarText(value) : undefined;
      wrongType(value, schema, subject, text !== undefined && stringProblem(text, schema) === undefined ? text : undefined);
    }

    function checkStringValue(value: Value, text: string, schema: StringSchema, subject: Subject): void {
      const problem = stringProblem(text, schema);
      if (problem === undefined) return;
      const shown = clip(text);
      switch (problem.kind) {
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
        case "pattern":
          context.report(value, "patternMismatch", { subject: subject(), pattern: schema.pattern!.description, value: shown });
          return;
      }
    }

    function checkInteger(value: Value, schema: IntegerSchema, subject: Subject): void {
      if (value.kind === "string") {
        // "512" where the API wants 512: unquote plain integers.
        const text = value.literal!;
        const number = /^-?(?:0|[1-9]\d{0,14})$/.test(text) ? Number(text) : undefined;
        return wrongType(value, schema, subject, number);
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
        if (item.kind !== "null" && passes(item, schema.items)) continue;
        if (item.kind === "object" && schema.items.type === "struct") {
          checkStruct(item, schema.items);
          continue;
        }
        const itemSubject = (): string => `Item ${index + 1} of ${lowerFirst(subject())}`;
        if (item.kind === "null") wrongType(item, schema.items, itemSubject);
        else checkValue(item, schema.items, itemSubject);
      }
    }

    /** String maps (`dockerLabels`, log `options`, `driverOpts`, `labels`): keys are the user's, values strings. */
    function checkMap(value: Value, subject: Subject): void {
      if (value.kind !== "object") return wrongType(value, STRING_MAP, subject);
      checkDuplicates(value);
      for (const entry of value.entries) {
        const item = entry.value;
        // Strings (almost every value) and unknown values are fine.
        if (item.kind === "string" || item.kind === "unknown") continue;
        const itemSubject = (): string => `Entry "${entry.key}" of ${lowerFirst(subject())}`;
        if (item.kind === "number" || item.kind === "boolean") {
          // `"awslogs-create-group": true` → `"true"`: the API takes only strings here.
          wrongType(item, STRING, itemSubject, scalarText(item));
        } else if (item.kind === "null") {
          wrongType(item, STRING, itemSubject, undefined, { suggest: [removal(value, entry)] });
        } else {
          wrongType(item, STRING, itemSubject);
        }
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
      goDecoded = false;
      describedRoot = options.describe ? { object, ...options.describe } : undefined;
      partialRoot = options.partial ? object : undefined;
      checkStruct(object, shape);
    }

    /** A policy written as a JSON string: its parse error, else its shape (when there is one to check). */
    function checkEmbedded(policy: EmbeddedPolicy, holderKey: string, shape: StructSchema | undefined): void {
      if (policy.status === "invalid") {
        context.report(unknownAt(policy, policy.holder, "unsupported"), "invalidJson", { subject: `The value of ${holderKey}`, problem: policy.message });
        return;
      }
      if (policy.status === "object" && shape) {
        goDecoded = false;
        describedRoot = undefined;
        partialRoot = undefined;
        checkStruct(policy.policy, shape);
      }
    }

    return {
      "ecs-task-definition"(document) {
        if (document.task?.style === "cloudformation") return;
        goDecoded = document.form === "container-list";
        describedRoot = undefined;
        partialRoot = undefined;
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
          goDecoded = false;
          describedRoot = undefined;
          partialRoot = undefined;
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
    };
  },
});

const STRING: StringSchema = { type: "string" };
const STRING_MAP: Schema = { type: "map" };
const NUMBER_LITERAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const FLOAT_LITERAL = /^[-+]?(?:\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][-+]?\d+)$/;

type StringProblem = { kind: "enum" } | { kind: "short" } | { kind: "long" } | { kind: "pattern" };

function stringProblem(text: string, schema: StringSchema): StringProblem | undefined {
  if (schema.enum && !schema.enum.includes(text)) return { kind: "enum" };
  if (schema.minLength !== undefined && text.length < schema.minLength) return { kind: "short" };
  if (schema.maxLength !== undefined && text.length > schema.maxLength) return { kind: "long" };
  if (schema.pattern && !schema.pattern.regex.test(text)) return { kind: "pattern" };
  return undefined;
}

/** The keys an object holds more than once (JSON keeps the last), or nothing when each is there once (almost always). */
function repeatedKeys(object: ObjectValue): ReadonlySet<string> | undefined {
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
interface KnownMember {
  readonly apiName: string;
  /** The schema, its function (a shape referring to itself or to a later one) called once here rather than for every value. */
  readonly schema: Schema;
  readonly required: boolean;
  /** See `Member.ownedBy`. */
  readonly ownedBy: string | undefined;
}

/** What `checkStruct` reads of a struct, made once per struct and key style. */
interface StructKeys {
  /** The keys the struct accepts in the style, each mapped to its member. */
  readonly byKey: ReadonlyMap<string, KnownMember>;
  /** Every member, in the table's order. */
  readonly members: readonly KnownMember[];
  /** The required members, in the table's order. */
  readonly required: readonly KnownMember[];
}

/** The accepted key that differs from a key only in case. */
function sameCaseKey(key: string, known: ReadonlyMap<string, KnownMember>): string | undefined {
  const lower = key.toLowerCase();
  for (const candidate of known.keys()) if (candidate.toLowerCase() === lower) return candidate;
  return undefined;
}

/** `keysOf`'s answers, by key style. */
const keyCaches: Readonly<Record<KeyStyle, WeakMap<StructSchema, StructKeys>>> = { api: new WeakMap(), cloudformation: new WeakMap() };
function keysOf(shape: StructSchema, style: KeyStyle): StructKeys {
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
 * known or meets the string's constraints, a boolean for a boolean, a timestamp, a
 * Smithy document. Anything else (numbers, lists, objects) is left to the full check.
 */
function passes(value: Value, schema: Schema): boolean {
  if (value.kind === "unknown") return true;
  if (value.kind === "string") {
    if (value.literal === undefined) return true;
    if (schema.type === "string") return stringProblem(value.literal, schema) === undefined;
  }
  switch (schema.type) {
    case "boolean":
      return value.kind === "boolean";
    case "string":
      return schema.timestamp === true && value.kind === "number";
    case "map":
      return schema.document === true;
    default:
      return false;
  }
}

function expectedText(schema: Schema): string {
  switch (schema.type) {
    case "string":
      return "a string";
    case "integer":
      return schema.fractional ? "a number" : "an integer";
    case "boolean":
      return "true or false";
    case "list":
      return `a list of ${pluralText(schema.items)}`;
    case "map":
      return "an object of string values";
    case "struct":
      return `a ${schema.name} object`;
  }
}

function pluralText(schema: Schema): string {
  switch (schema.type) {
    case "string":
      return "strings";
    case "integer":
      return schema.fractional ? "numbers" : "integers";
    case "boolean":
      return "booleans";
    case "list":
      return "lists";
    case "map":
      return "objects of string values";
    case "struct":
      return `${schema.name} objects`;
  }
}

function actualText(value: Value): string {
  switch (value.kind) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return value.value ? "true" : "false";
    case "null":
      return "null";
    case "array":
      return "a list";
    case "object":
      return "an object";
    case "unknown":
      return "an unknown value";
  }
}

function allowedText(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  if (quoted.length === 1) return quoted[0]!;
  if (quoted.length === 2) return `${quoted[0]} or ${quoted[1]}`;
  if (quoted.length <= ENUM_LISTED) return `one of ${quoted.join(", ")}`;
  return `one of ${quoted.length} values such as ${quoted.slice(0, 3).join(", ")}`;
}

function rangeText(schema: IntegerSchema): string {
  if (schema.min !== undefined && schema.max !== undefined) return `between ${schema.min} and ${schema.max}`;
  if (schema.min !== undefined) return `at least ${schema.min}`;
  return `at most ${schema.max}`;
}

function clip(text: string): string {
  return text.length > VALUE_SHOWN ? `${text.slice(0, VALUE_SHOWN - 1)}…` : text;
}

/** "ContainerDefinition member …" inside "Item 2 of …" stays as is; "The container list" becomes "the container list". */
function lowerFirst(subject: string): string {
  return subject.startsWith("The ") || subject.startsWith("Item ") || subject.startsWith("Entry ") ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

function isAlias(value: Value): boolean {
  return (value.node as { type?: string }).type === "YAMLAlias";
}
