/**
 * What the document kinds read from AWS API inputs and outputs have in common:
 * the root as written, the form it came in (an API input, a describe output, a
 * CloudFormation resource…) and the object that holds the API members. Each
 * kind adds the facts its rules need.
 */
import type { StructSchema } from "../facts/schema.js";
import { isAbsentObjectNode, literalString, objectItems, type ObjectValue, type Value } from "../values/index.js";

const OUTPUT_FORMS: ReadonlySet<string> = new Set(["describe", "get", "list"]);

export abstract class ApiDocument<Form extends string> {
  constructor(
    /** The document root as written (for a describe output, the whole response). */
    readonly root: Value,
    readonly form: Form,
    /** The object holding the API members (a request, one item of a describe list, a resource's `Properties`). */
    readonly object: ObjectValue,
  ) {}

  /**
   * True for AWS's own output (describe, get and list responses): reported, but
   * given no fixes or suggestions — the file records the resource's state, it is
   * not what creates it. `createRule` drops them, so rules need not check.
   */
  get output(): boolean {
    return OUTPUT_FORMS.has(this.form);
  }

  /** The logical ID of the CloudFormation resource the document was read from. */
  get logicalId(): string | undefined {
    return this.object.style === "cloudformation" ? logicalIdOf(this.object) : undefined;
  }

  /** A literal member of the object. */
  protected literal(apiName: string): string | undefined {
    return literalString(this.object.get(apiName));
  }
}

/** True when every key of an object is one of `known` (and there is at least one key). */
export function onlyKeys(object: ObjectValue, known: ReadonlySet<string>): boolean {
  const entries = object.entries;
  return entries.length > 0 && entries.every((entry) => known.has(entry.key));
}

/** True when the object has at least one of the keys. */
export function hasAnyKey(object: ObjectValue, keys: readonly string[]): boolean {
  return keys.some((key) => object.entryExact(key) !== undefined);
}

/**
 * The items of a describe output's list (`{"services": [...]}`) that look like
 * the described resource (`identifying` keys), or nothing when the root is not
 * such an output. Other members of the response (`failures`, `nextToken`) may sit beside the list.
 */
export function describedItems(root: ObjectValue, listKey: string, identifying: readonly string[], responseKeys: ReadonlySet<string>): readonly ObjectValue[] {
  const entry = root.entryExact(listKey);
  if (!entry || entry.value.kind !== "array") return [];
  if (!root.entries.every((item) => item.key === listKey || responseKeys.has(item.key))) return [];
  const items = objectItems(entry.value);
  if (items.length === 0 || items.length !== entry.value.items.length) return [];
  return items.every((item) => hasAnyKey(item, identifying)) ? items : [];
}

/** The last part of an ARN or a name (`arn:aws:ecs:…:cluster/prod` → `prod`). */
export function shortName(reference: string): string {
  if (!reference.startsWith("arn:")) return reference;
  const resource = reference.split(":").slice(5).join(":");
  const slash = resource.lastIndexOf("/");
  return slash === -1 ? resource : resource.slice(slash + 1);
}

/** Not a Kubernetes object, not a CloudFormation template: an API input in the CLI's camelCase. */
export function isCamelCaseApiObject(object: ObjectValue): boolean {
  return object.entryExact("apiVersion") === undefined && object.entryExact("kind") === undefined && object.entryExact("Resources") === undefined;
}

/** Four keys in five are members: a typo or two still leaves a document recognized (and `valid-schema` reports them). */
export function mostlyKnown(object: ObjectValue, known: ReadonlySet<string>): boolean {
  return knownShare(object, known) >= 0.8;
}

/** At least half the keys are members: for an object whose identifying key is there. */
export function halfKnown(object: ObjectValue, known: ReadonlySet<string>): boolean {
  return knownShare(object, known) >= 0.5;
}

function knownShare(object: ObjectValue, known: ReadonlySet<string>): number {
  const entries = object.entries;
  if (entries.length === 0) return 0;
  let count = 0;
  for (const entry of entries) if (known.has(entry.key)) count += 1;
  return count / entries.length;
}

/** The member names of API shapes (`src/facts/*-schema.ts`), for recognizing their documents. */
export function membersOf(...shapes: readonly StructSchema[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const shape of shapes) for (const name of Object.keys(shape.members)) names.add(name);
  return names;
}

/** The logical ID of the resource whose `Properties` (written or absent) an object is. */
export function logicalIdOf(properties: ObjectValue): string | undefined {
  const holder = properties.parent;
  if (holder?.kind !== "member") return undefined;
  if (isAbsentObjectNode(properties.node)) return holder.key;
  const resource = holder.object.parent;
  return resource?.kind === "member" ? resource.key : undefined;
}

/**
 * What a reference names: a literal string (a name or an ARN), or the logical ID
 * a CloudFormation `Ref`/`Fn::GetAtt` points at (resolved, where it can be, by
 * the same file's lookups).
 */
export function referenceName(value: Value | undefined): string | undefined {
  if (value?.kind === "unknown") return value.refersTo;
  return literalString(value);
}
