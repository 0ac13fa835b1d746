/**
 * valid-schema: how messages word types, values, ranges and subjects.
 */
import type { IntegerSchema, Schema } from "../../facts/schema.js";
import type { Value } from "../../values/index.js";

/** Enum tables longer than this are summarized in messages. */
const ENUM_LISTED = 8;
/** Values longer than this are cut in messages. */
const VALUE_SHOWN = 60;

export function expectedText(schema: Schema): string {
  switch (schema.type) {
    case "string":
      return schema.numbers === "integer" ? "an integer or a string" : schema.numbers === "any" ? "a number or a string" : "a string";
    case "integer":
      return schema.fractional ? "a number" : "an integer";
    case "boolean":
      return "true or false";
    case "list":
      return `a list of ${pluralText(schema.items)}`;
    case "map":
      return schema.values ? `an object of ${pluralText(schema.values)}` : "an object of string values";
    case "struct":
      return schema.description ?? `a ${schema.name} object`;
  }
}

export function pluralText(schema: Schema): string {
  switch (schema.type) {
    case "string":
      return schema.numbers === "integer" ? "integers or strings" : schema.numbers === "any" ? "numbers or strings" : "strings";
    case "integer":
      return schema.fractional ? "numbers" : "integers";
    case "boolean":
      return "booleans";
    case "list":
      return "lists";
    case "map":
      return "objects of string values";
    case "struct":
      return schema.description === undefined ? `${schema.name} objects` : `items each ${schema.description}`;
  }
}

export function actualText(value: Value): string {
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

export function allowedText(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  if (quoted.length === 1) return quoted[0]!;
  if (quoted.length === 2) return `${quoted[0]} or ${quoted[1]}`;
  if (quoted.length <= ENUM_LISTED) return `one of ${quoted.join(", ")}`;
  return `one of ${quoted.length} values such as ${quoted.slice(0, 3).join(", ")}`;
}

export function rangeText(schema: IntegerSchema): string {
  if (schema.min !== undefined && schema.max !== undefined) return `between ${schema.min} and ${schema.max}`;
  if (schema.min !== undefined) return `at least ${schema.min}`;
  return `at most ${schema.max}`;
}

export function clip(text: string): string {
  return text.length > VALUE_SHOWN ? `${text.slice(0, VALUE_SHOWN - 1)}…` : text;
}

/** "ContainerDefinition member …" inside "Item 2 of …" stays as is; "The container list" becomes "the container list", "Section run key env" "section run key env". */
export function lowerFirst(subject: string): string {
  return subject.startsWith("The ") || subject.startsWith("Item ") || subject.startsWith("Entry ") || subject.startsWith("Section ") ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

export function isAlias(value: Value): boolean {
  return (value.node as { type?: string }).type === "YAMLAlias";
}
