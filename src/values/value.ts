/**
 * A format-neutral view of a JSON or YAML value.
 *
 * Rules never look at parser nodes: they read `Value`s. A value is one of the
 * JSON types, or `unknown` when the linter cannot know it statically (a
 * CloudFormation intrinsic, a YAML tag outside the core schema, an alias that
 * does not resolve, a string that is only a placeholder). Rules never report on
 * unknown values and never treat them as missing.
 *
 * Objects and arrays convert their children lazily, on first access, so a file
 * that no recognizer claims costs one look at its root and nothing more.
 */
import { keyCandidates, type KeyStyle } from "./key-style.js";
import { withHoles, type StringPart } from "./placeholders.js";

export interface Position {
  readonly line: number;
  readonly column: number;
}
export interface SourceLocation {
  readonly start: Position;
  readonly end: Position;
}
/** Anything a report can sit on: a parser node, or a span made from one. */
export interface Spanned {
  readonly loc: SourceLocation;
  readonly range: readonly [number, number];
}

export type Syntax = "json" | "yaml";

/** Where a value sits in its parent, for reports about what is missing from it. */
export type ValueParent =
  | Entry
  | { readonly kind: "item"; readonly array: ArrayValue; readonly index: number }
  | undefined;

/** Shared by every value: how it is written, where it is, and what holds it. */
export interface ValueSite {
  readonly syntax: Syntax;
  readonly style: KeyStyle;
  /** What reports about the value itself point at (for an alias: the alias). */
  readonly node: Spanned;
  readonly parent: ValueParent;
}

/** A member of an object; it is also the parent of its value. */
export interface Entry {
  readonly kind: "member";
  /** The object the member belongs to. */
  readonly object: ObjectValue;
  /** The key as written. */
  readonly key: string;
  readonly keyNode: Spanned;
  readonly value: Value;
  /** The member's whole span (key through value), for removing it. */
  readonly span: Spanned;
}

export type UnknownReason = "intrinsic" | "tag" | "placeholder" | "alias" | "merge" | "unsupported";

export interface UnknownValue extends ValueSite {
  readonly kind: "unknown";
  readonly reason: UnknownReason;
  /**
   * For a CloudFormation `Ref` or `Fn::GetAtt` (`!Ref X`, `!GetAtt X.Arn`): the
   * logical ID (or parameter name) it refers to, so a document can find another
   * resource of the same template. The value itself stays unknown.
   */
  readonly refersTo?: string;
}
export interface NumberValue extends ValueSite {
  readonly kind: "number";
  readonly value: number;
}
export interface BooleanValue extends ValueSite {
  readonly kind: "boolean";
  readonly value: boolean;
}
export interface NullValue extends ValueSite {
  readonly kind: "null";
}

export type ScalarValue = StringValue | NumberValue | BooleanValue | NullValue;
export type Value = ObjectValue | ArrayValue | ScalarValue | UnknownValue;

/** What an adapter supplies for an object: its own members and its YAML merge sources. */
export interface ObjectContent {
  readonly entries: readonly Entry[];
  /** Values merged in by YAML `<<` keys, in precedence order (earlier wins). */
  readonly merged: readonly Value[];
  /** The `<<` key, where "may be set by a merge" is located. */
  readonly mergeKey: Spanned | undefined;
}

/** Objects with at most this many members are searched without an index. */
const SMALL_OBJECT = 12;

export class ObjectValue implements ValueSite {
  readonly kind = "object";
  #content: ObjectContent | undefined;
  #index: Map<string, Entry> | undefined;

  constructor(
    readonly syntax: Syntax,
    readonly style: KeyStyle,
    readonly node: Spanned,
    readonly parent: ValueParent,
    private readonly load: (self: ObjectValue) => ObjectContent,
    /**
     * The node that writes the members, where edits go: `node` itself, except
     * for a YAML alias, which is reported at the alias but whose members are
     * written at its anchor.
     */
    readonly contentNode: Spanned = node,
  ) {}

  private get content(): ObjectContent {
    this.#content ??= this.load(this);
    return this.#content;
  }

  /** Own members in source order (not those a YAML merge key brings in). */
  get entries(): readonly Entry[] {
    return this.content.entries;
  }

  /** True when a YAML merge key may supply members not listed in `entries`. */
  get hasMerge(): boolean {
    return this.content.mergeKey !== undefined;
  }

  /** The member whose key is exactly `key` (last one wins, as in JSON.parse). */
  entryExact(key: string): Entry | undefined {
    const entries = this.content.entries;
    if (entries.length <= SMALL_OBJECT) {
      // Most objects are small: scanning beats building a Map for each.
      for (let index = entries.length - 1; index >= 0; index -= 1) if (entries[index]!.key === key) return entries[index];
      return undefined;
    }
    if (this.#index === undefined) {
      this.#index = new Map();
      for (const entry of entries) this.#index.set(entry.key, entry);
    }
    return this.#index.get(key);
  }

  /**
   * The member for an API name (`taskRoleArn`), in this object's key style
   * (`TaskRoleArn` in CloudFormation). Own members only.
   */
  entry(apiName: string): Entry | undefined {
    if (this.style === "api") return this.entryExact(apiName);
    for (const key of keyCandidates(apiName, this.style)) {
      const found = this.entryExact(key);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The value of a member by API name. When the object does not list it but a
   * YAML merge key may supply it, the merged value if it resolves, else an
   * unknown value at the merge key: a merge "may satisfy any key".
   */
  get(apiName: string): Value | undefined {
    const own = this.entry(apiName);
    if (own) return own.value;
    // Members are often absent: decide that without making the merge lookup.
    if (this.content.mergeKey === undefined) return undefined;
    return this.fromMerge((object) => object.get(apiName));
  }

  /** Like `get`, for a key that is not styled (user-defined map keys such as log options). */
  getExact(key: string): Value | undefined {
    const own = this.entryExact(key);
    if (own) return own.value;
    if (this.content.mergeKey === undefined) return undefined;
    return this.fromMerge((object) => object.getExact(key));
  }

  /** The same object, reported at another node (a YAML alias that refers to it). */
  at(node: Spanned, parent: ValueParent): ObjectValue {
    return new ObjectValue(this.syntax, this.style, node, parent, () => this.content, this.contentNode);
  }

  /** The key as this object's style writes it, for messages and fixes. */
  keyName(apiName: string): string {
    const written = this.entry(apiName)?.key;
    if (written !== undefined) return written;
    return this.style === "api" ? apiName : (keyCandidates(apiName, this.style)[0] ?? apiName);
  }

  /**
   * A merge key counts as "may satisfy any key" (the decision): a key
   * found in a merged mapping gives that value; any other key gives an unknown
   * value at the `<<` key, so no rule calls it missing.
   */
  private fromMerge(lookup: (object: ObjectValue) => Value | undefined): Value | undefined {
    const { merged, mergeKey } = this.content;
    if (mergeKey === undefined) return undefined;
    for (const source of merged) {
      const found = source.kind === "object" ? lookup(source) : undefined;
      if (found) return found;
    }
    return unknownAt(mergeKey, this, "merge");
  }
}

export class StringValue implements ValueSite {
  readonly kind = "string";
  #parts: readonly StringPart[] | undefined;

  constructor(
    readonly syntax: Syntax,
    readonly style: KeyStyle,
    readonly node: Spanned,
    readonly parent: ValueParent,
    /** The text, placeholders included. */
    readonly value: string,
    /** The text when it holds no placeholder; otherwise undefined (not fully known). */
    readonly literal: string | undefined,
    parts?: readonly StringPart[],
  ) {
    this.#parts = parts;
  }

  /** Literal text and placeholders in order (one literal part when fully known); made on first use. */
  get parts(): readonly StringPart[] {
    this.#parts ??= [{ kind: "text", text: this.value }];
    return this.#parts;
  }

  /**
   * The text with each placeholder replaced by a "hole" character (see
   * `withHoles` in placeholders.ts), so templated strings split like literal ones.
   */
  get holed(): string {
    return this.literal ?? withHoles(this.parts);
  }

  /** The same string, reported at another node (a YAML alias that refers to it). */
  at(node: Spanned, parent: ValueParent): StringValue {
    return new StringValue(this.syntax, this.style, node, parent, this.value, this.literal, this.#parts);
  }
}

export class ArrayValue implements ValueSite {
  readonly kind = "array";
  #items: readonly Value[] | undefined;
  #objects: readonly ObjectValue[] | undefined;

  constructor(
    readonly syntax: Syntax,
    readonly style: KeyStyle,
    readonly node: Spanned,
    readonly parent: ValueParent,
    private readonly load: (self: ArrayValue) => readonly Value[],
    /** The node that writes the items, where edits go (see `ObjectValue.contentNode`). */
    readonly contentNode: Spanned = node,
  ) {}

  get items(): readonly Value[] {
    this.#items ??= this.load(this);
    return this.#items;
  }

  /** The items that are objects (containers, volumes, port mappings…), computed once for every rule that asks. */
  get objects(): readonly ObjectValue[] {
    this.#objects ??= this.items.filter((item): item is ObjectValue => item.kind === "object");
    return this.#objects;
  }

  /** The same array, reported at another node (a YAML alias that refers to it). */
  at(node: Spanned, parent: ValueParent): ArrayValue {
    return new ArrayValue(this.syntax, this.style, node, parent, () => this.items, this.contentNode);
  }
}

/** An unknown value standing in for something at `node`. */
export function unknownAt(node: Spanned, holder: ValueSite, reason: UnknownReason): UnknownValue {
  return { kind: "unknown", reason, node, parent: undefined, syntax: holder.syntax, style: holder.style };
}

const absentObjects = new WeakSet<Spanned>();
const NO_CONTENT: ObjectContent = { entries: [], merged: [], mergeKey: undefined };

/**
 * An object the file does not write but the API reads as empty: a CloudFormation
 * resource without `Properties`. It has no members; a member missing from it is
 * reported at its parent's key (the resource's logical ID); the edit helpers do
 * not edit it (they would write into the wrong mapping).
 */
export function absentObject(holder: ValueSite, style: KeyStyle, parent: Entry): ObjectValue {
  const node: Spanned = { loc: parent.keyNode.loc, range: parent.keyNode.range };
  absentObjects.add(node);
  return new ObjectValue(holder.syntax, style, node, parent, () => NO_CONTENT);
}

/** True for the node of an `absentObject`. */
export function isAbsentObjectNode(node: Spanned): boolean {
  return absentObjects.has(node);
}
