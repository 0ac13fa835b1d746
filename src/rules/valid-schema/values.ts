/**
 * valid-schema: values — strings (enums, lengths, patterns, timestamps),
 * integers, booleans, lists and maps, with the fixes that write a value as the
 * type the API takes. Objects are structs.ts's.
 */
import type { IntegerSchema, ListSchema, MapSchema, Schema, StringSchema } from "../../facts/schema.js";
import { replaceValue, yaml11Boolean, yaml11Number, type Value } from "../../values/index.js";
import { yaml11Reading } from "./kubernetes.js";
import { passes, quotedInteger, stringProblem } from "./shapes.js";
import { checkDuplicates, checkStruct } from "./structs.js";
import { nullIsUnset, readsYaml11, removal, type Extras, type Subject, type Walk } from "./walk.js";
import { actualText, allowedText, clip, expectedText, isAlias, lowerFirst, rangeText } from "./words.js";

export function checkValue(walk: Walk, value: Value, schema: Schema, subject: Subject): void {
  if (value.kind === "unknown") return;
  // A string with placeholders is a string, but its value is not known: nothing more to judge.
  if (value.kind === "string" && value.literal === undefined) return;
  // Kubernetes and eksctl (Go's decoder) take null as unset, in lists and maps too.
  if (value.kind === "null" && nullIsUnset(walk)) return;
  // A YAML alias to a scalar is judged where its anchor is defined (one report, and a fix there).
  if (value.syntax === "yaml" && value.kind !== "object" && value.kind !== "array" && isAlias(value)) return;
  switch (schema.type) {
    case "string":
      return checkString(walk, value, schema, subject);
    case "integer":
      return checkInteger(walk, value, schema, subject);
    case "boolean":
      // Kubernetes and eksctl read a plain YAML `yes` or `on` as true.
      if (value.kind === "boolean" || (readsYaml11(walk) && yaml11Boolean(value) !== undefined)) return;
      return wrongType(walk, value, schema, subject, value.kind === "string" && /^(?:true|false)$/i.test(value.value) ? value.value.toLowerCase() === "true" : undefined);
    case "list":
      return checkList(walk, value, schema, subject);
    case "map":
      // A Smithy document (`hookDetails`) is any JSON.
      if (schema.document) return;
      return checkMap(walk, value, schema, subject);
    case "struct":
      if (value.kind === "array" && walk.listForStruct?.(value, schema, subject) === true) return;
      if (value.kind !== "object") return wrongType(walk, value, schema, subject);
      return checkStruct(walk, value, schema);
  }
}

/** A value written as another type: an autofix, or in Kubernetes and eksctl a suggestion (the user says what was meant: `yes` may have meant "true"). */
function conversion(walk: Walk, value: Value, replacement: string | number | boolean): Extras {
  const fix = replaceValue(value, replacement, walk.source);
  return readsYaml11(walk) ? { suggest: [{ messageId: "convert", data: { value: JSON.stringify(replacement) }, fix }] } : { fix };
}

function wrongType(walk: Walk, value: Value, schema: Schema, subject: Subject, replacement?: string | number | boolean, extras?: Extras): void {
  walk.context.report(value, "wrongType", { subject: subject(), expected: expectedText(schema), actual: actualText(value) }, replacement === undefined ? extras : conversion(walk, value, replacement));
}

function checkString(walk: Walk, value: Value, schema: StringSchema, subject: Subject): void {
  // Timestamps: ISO 8601 text (AWS CLI v2) or epoch seconds (CLI v1, the raw API).
  if (schema.timestamp && (value.kind === "string" || value.kind === "number")) return;
  if (value.kind === "string") {
    const text = value.literal;
    if (text === undefined) return;
    if (readsYaml11(walk)) {
      const reading = yaml11Reading(value);
      // A plain `yes` where Kubernetes or eksctl wants a string is a boolean to it; a plain `1_000` an integer, which IntOrString takes.
      if (reading !== undefined && schema.numbers === undefined) return void walk.context.report(value, walk.eksctl ? "yaml11ConfigType" : "yaml11Type", { subject: subject(), value: text, actual: reading }, conversion(walk, value, text));
      if (reading === "an integer") return;
      // Kubernetes defaults most fields left empty.
      if (text === "") return;
    }
    return checkStringValue(walk, value, text, schema, subject);
  }
  // An IntOrString takes whole numbers, a Quantity any number.
  if (value.kind === "number" && schema.numbers !== undefined) return schema.numbers === "integer" ? checkInteger(walk, value, INTEGER, subject) : undefined;
  // apprunner.yaml: how App Runner turns a YAML number or boolean into text is not documented; only an enum is judged.
  if (walk.appRunnerConfig && (value.kind === "number" || value.kind === "boolean") && schema.enum === undefined) return;
  // A number or boolean where the API wants a string (task-level cpu/memory, environment values): quote it.
  const text = value.kind === "number" || value.kind === "boolean" ? scalarText(walk.source, value) : undefined;
  wrongType(walk, value, schema, subject, text !== undefined && stringProblem(text, schema) === undefined ? text : undefined);
}

function checkStringValue(walk: Walk, value: Value, text: string, schema: StringSchema, subject: Subject): void {
  const problem = stringProblem(text, schema);
  if (problem === undefined) return;
  const shown = clip(text);
  switch (problem) {
    case "enum": {
      const allowed = schema.enum!;
      // Lower-cased once: a long value (a pasted blob) is not lower-cased again for each allowed value.
      const lower = text.toLowerCase();
      const sameCase = allowed.filter((item) => item.toLowerCase() === lower);
      if (sameCase.length === 1) {
        walk.context.report(value, "enumCase", { subject: subject(), fixed: sameCase[0]!, value: shown }, { fix: replaceValue(value, sameCase[0]!, walk.source) });
      } else {
        walk.context.report(value, "enumValue", { subject: subject(), allowed: allowedText(allowed), value: shown });
      }
      return;
    }
    case "short":
      if (text.length === 0) walk.context.report(value, "empty", { subject: subject() });
      else walk.context.report(value, "tooShort", { subject: subject(), min: schema.minLength!, length: text.length });
      return;
    case "long":
      walk.context.report(value, "tooLong", { subject: subject(), max: schema.maxLength!, length: text.length });
      return;
    case "pattern": {
      // "must be up to 36 characters …, not """ would contradict itself: an empty value is reported as empty.
      if (text === "") return walk.context.report(value, "empty", { subject: subject() });
      // `targetPort: "8080"`: an IntOrString whose number is written as a string.
      const number = schema.numbers === "integer" ? quotedInteger(text) : undefined;
      walk.context.report(value, "patternMismatch", { subject: subject(), pattern: schema.pattern!.description, value: shown }, number === undefined ? undefined : conversion(walk, value, number));
      return;
    }
  }
}

function checkInteger(walk: Walk, value: Value, schema: IntegerSchema, subject: Subject): void {
  if (value.kind === "string") {
    // Kubernetes and eksctl read a plain YAML `0b101`, `0644` or `1_000` as an integer.
    if (readsYaml11(walk) && yaml11Number(value) !== undefined) return;
    // "512" where the API wants 512: unquote plain integers.
    return wrongType(walk, value, schema, subject, quotedInteger(value.literal!));
  }
  if (value.kind !== "number") return wrongType(walk, value, schema, subject);
  if (schema.fractional) {
    if ((schema.min !== undefined && value.value < schema.min) || (schema.max !== undefined && value.value > schema.max)) {
      walk.context.report(value, "outOfRange", { subject: subject(), range: rangeText(schema), value: value.value });
    }
    return;
  }
  // eksctl: go-yaml reads `3.0` as a float, which sigs.k8s.io/yaml writes as JSON `3`, a whole number to Go.
  if (walk.eksctl) {
    if (!Number.isInteger(value.value)) walk.context.report(value, "notInteger", { subject: subject(), value: clip(walk.source.slice(value.node.range[0], value.node.range[1])) });
    return;
  }
  // `512.0` parses as a float in Python and Go, which reject it for an integer member.
  const start = value.node.range[0];
  const end = value.node.range[1];
  if (!Number.isInteger(value.value) || (mayBeFloatLiteral(walk.source, start, end) && FLOAT_LITERAL.test(walk.source.slice(start, end)))) {
    const raw = walk.source.slice(start, end);
    const fix = Number.isSafeInteger(value.value) ? replaceValue(value, value.value, walk.source) : undefined;
    walk.context.report(value, "notInteger", { subject: subject(), value: clip(raw) }, fix ? { fix } : undefined);
    return;
  }
  if ((schema.min !== undefined && value.value < schema.min) || (schema.max !== undefined && value.value > schema.max)) {
    walk.context.report(value, "outOfRange", { subject: subject(), range: rangeText(schema), value: value.value });
  }
}

function checkList(walk: Walk, value: Value, schema: ListSchema, subject: Subject): void {
  if (value.kind !== "array") return wrongType(walk, value, schema, subject);
  const items = value.items;
  if (schema.maxItems !== undefined && items.length > schema.maxItems) {
    walk.context.report(value, "tooManyItems", { subject: subject(), count: items.length, max: schema.maxItems });
  }
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (item.kind !== "null" && passes(item, schema.items, readsYaml11(walk))) continue;
    if (item.kind === "object" && schema.items.type === "struct") {
      checkStruct(walk, item, schema.items);
      continue;
    }
    const itemSubject = (): string => `Item ${index + 1} of ${lowerFirst(subject())}`;
    if (item.kind === "null" && !nullIsUnset(walk)) wrongType(walk, item, schema.items, itemSubject);
    else checkValue(walk, item, schema.items, itemSubject);
  }
}

/** Maps (`dockerLabels`, log `options`, `labels`, Kubernetes `limits`): keys are the user's, values strings (or the map's `values`). */
function checkMap(walk: Walk, value: Value, schema: MapSchema, subject: Subject): void {
  if (value.kind !== "object") return wrongType(walk, value, schema, subject);
  checkDuplicates(walk, value);
  const values = schema.values ?? STRING;
  for (const entry of value.entries) {
    const item = entry.value;
    // Strings (almost every value) and unknown values are fine.
    if (item.kind !== "null" && passes(item, values, readsYaml11(walk))) continue;
    const itemSubject = (): string => `Entry "${entry.key}" of ${lowerFirst(subject())}`;
    // `"awslogs-create-group": true` → `"true"`: the API takes only strings here.
    if (item.kind !== "null" || nullIsUnset(walk)) checkValue(walk, item, values, itemSubject);
    else wrongType(walk, item, values, itemSubject, undefined, { suggest: [removal(walk, value, entry)] });
  }
}

/** False when a number's text has no `.`, `e` or `E`, which every float literal has: most numbers, decided without slicing the text. */
function mayBeFloatLiteral(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = source.charCodeAt(index);
    if (code === 46 /* . */ || code === 101 /* e */ || code === 69 /* E */) return true;
  }
  return false;
}

/** A number's or boolean's text as written, for turning it into a string. */
function scalarText(source: string, value: Value & { kind: "number" | "boolean" }): string {
  const raw = source.slice(value.node.range[0], value.node.range[1]);
  if (value.kind === "number") return NUMBER_LITERAL.test(raw) ? raw : String(value.value);
  return /^(?:true|false)$/i.test(raw) ? raw : String(value.value);
}

const STRING: StringSchema = { type: "string" };
const INTEGER: IntegerSchema = { type: "integer" };
const NUMBER_LITERAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const FLOAT_LITERAL = /^[-+]?(?:\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][-+]?\d+)$/;
