/**
 * How the shape tables in `src/facts/*-schema.ts` describe an API input:
 * structures with members, lists, string maps and scalars with their enums and
 * ranges. `valid-schema` walks a document against them; other rules and the
 * recognizers read member names from them. Names are API (camelCase) names;
 * `src/values/key-style.ts` says how CloudFormation spells them.
 */
export type Schema = StringSchema | IntegerSchema | BooleanSchema | ListSchema | MapSchema | StructSchema;

export interface StringSchema {
  readonly type: "string";
  /** Allowed values, from `src/facts/*-enums.ts`. */
  readonly enum?: readonly string[];
  /** Values must match (the API's pattern), with a human description for the message. */
  readonly pattern?: { readonly regex: RegExp; readonly description: string };
  readonly minLength?: number;
  readonly maxLength?: number;
  /**
   * An output timestamp (`createdAt` in describe output): ISO 8601 text as AWS CLI v2
   * prints it, or epoch seconds (a number) as CLI v1 and the raw API print it.
   * The SDK's timestamp shapes; only in output shapes.
   */
  readonly timestamp?: boolean;
  /**
   * Numbers are accepted too (Kubernetes): whole ones for an `IntOrString`
   * (`integer`: ports, `maxUnavailable`), any for a `Quantity` (`any`: `0.5`
   * beside `"500m"`). The other constraints apply to strings only.
   */
  readonly numbers?: "integer" | "any";
}
export interface IntegerSchema {
  readonly type: "integer";
  readonly min?: number;
  readonly max?: number;
  /** A Double in the API (`stepPercent`): fractions are allowed. Built with `double`. */
  readonly fractional?: boolean;
}
export interface BooleanSchema {
  readonly type: "boolean";
}
export interface ListSchema {
  readonly type: "list";
  readonly items: Schema;
  readonly maxItems?: number;
}
/** A map of string keys to string values (`dockerLabels`, log `options`): keys are the user's, not styled. */
export interface MapSchema {
  readonly type: "map";
  /** A Smithy document (`hookDetails`), a Kubernetes free-form object (`status`, `fieldsV1`): any JSON value, not judged inside. Built with `document`. */
  readonly document?: boolean;
  /** The values, when not any string (Kubernetes resource quantities: `limits`, `requests`). Built with `mapOf`. */
  readonly values?: StringSchema;
}
export interface StructSchema {
  readonly type: "struct";
  /** The API shape name, for messages (`ContainerDefinition`). */
  readonly name: string;
  readonly members: Readonly<Record<string, Member>>;
  /** A union: exactly one member must be set. */
  readonly union?: boolean;
  /**
   * Members of which at most one may be set, and at least one when `atLeastOne`
   * (a Kubernetes probe's handler; a volume's source, which defaults to `emptyDir`).
   */
  readonly oneOf?: { readonly members: readonly string[]; readonly atLeastOne: boolean };
  /** What messages call a value of this shape where something else is written; `a <name> object` when absent (an `apprunner.yaml` section: `a mapping`). */
  readonly description?: string;
}
export interface Member {
  /** A function where the shape refers to itself or to a shape defined later. */
  readonly schema: Schema | (() => Schema);
  readonly required?: boolean;
  /**
   * The rule that reports this member missing (or null) instead of `valid-schema`,
   * because it can say more (`ecs-efs-volume` for an EFS volume's `fileSystemId`).
   * `valid-schema` still checks the member's value when it is there.
   */
  readonly ownedBy?: string;
}

export function memberSchema(member: Member): Schema {
  return typeof member.schema === "function" ? member.schema() : member.schema;
}

/* Builders, so the tables read like the API reference. */
export const string = (options: Omit<StringSchema, "type"> = {}): StringSchema => ({ type: "string", ...options });
export const integer = (options: Omit<IntegerSchema, "type"> = {}): IntegerSchema => ({ type: "integer", ...options });
export const boolean: BooleanSchema = { type: "boolean" };
/** An output timestamp, see `StringSchema.timestamp`. */
export const timestamp: StringSchema = { type: "string", timestamp: true };
export const map: MapSchema = { type: "map" };
/** A Double in the API, see `IntegerSchema.fractional`. */
export const double = (options: Omit<IntegerSchema, "type" | "fractional"> = {}): IntegerSchema => ({ type: "integer", fractional: true, ...options });
/** A Smithy document, see `MapSchema.document`. */
export const document: MapSchema = { type: "map", document: true };
export const list = (items: Schema, options: Omit<ListSchema, "type" | "items"> = {}): ListSchema => ({ type: "list", items, ...options });
/** A map whose values are not any string, see `MapSchema.values`. */
export const mapOf = (values: StringSchema): MapSchema => ({ type: "map", values });
export const struct = (name: string, members: Record<string, Member | Schema>, options: Pick<StructSchema, "union" | "oneOf" | "description"> = {}): StructSchema => ({
  type: "struct",
  name,
  members: Object.fromEntries(Object.entries(members).map(([key, value]) => [key, "schema" in value ? value : { schema: value }])),
  ...options,
});
export const required = (schema: Schema | (() => Schema)): Member => ({ schema, required: true });
export const later = (schema: () => Schema): Member => ({ schema });
