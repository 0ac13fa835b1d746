/**
 * Builds `Value`s from the three ASTs our rules can receive:
 * - jsonc-eslint-parser (`JSONObjectExpression`, …), set by our configs for JSON;
 * - yaml-eslint-parser (`YAMLMapping`, …), set by our configs for YAML and also
 *   what eslint-plugin-yml's `yml/yaml` language gives;
 * - Momoa (`Object`, `Member`, …), what `@eslint/json`'s `json/json` language
 *   gives when a user's own config keeps it for `*.json` (ESLint then ignores
 *   our `parser` option, so our rules must read Momoa too).
 */
import type { KeyStyle } from "./key-style.js";
import { hasPlaceholder, isOnlyPlaceholders, mayHoldPlaceholder, splitPlaceholders } from "./placeholders.js";
import {
  ArrayValue,
  ObjectValue,
  StringValue,
  unknownAt,
  type Entry,
  type ObjectContent,
  type Spanned,
  type Syntax,
  type UnknownReason,
  type Value,
  type ValueParent,
  type ValueSite,
} from "./value.js";

/* The parts of the parser ASTs we read. Kept structural so the plugin does not depend on parser types at run time. */
interface AstNode extends Spanned {
  readonly type: string;
}
type Any = AstNode & Record<string, unknown>;

interface Site {
  readonly syntax: Syntax;
  readonly style: KeyStyle;
}

/** One site object per syntax and key style, shared by every value built in it. */
const SITES: Readonly<Record<Syntax, Readonly<Record<KeyStyle, Site>>>> = {
  json: { api: { syntax: "json", style: "api" }, cloudformation: { syntax: "json", style: "cloudformation" } },
  yaml: { api: { syntax: "yaml", style: "api" }, cloudformation: { syntax: "yaml", style: "cloudformation" } },
};
function siteOf(syntax: Syntax, style: KeyStyle): Site {
  return SITES[syntax][style];
}

/** Builds the value of a parser node, in a key style. */
export function valueOf(node: AstNode, syntax: Syntax, style: KeyStyle, parent?: ValueParent): Value {
  return build(node as Any, siteOf(syntax, style), parent);
}

/** The same value seen in another key style (a CloudFormation resource's `Properties`). */
export function restyle(value: Value, style: KeyStyle): Value {
  if (value.style === style) return value;
  // A value's node is the parser node it was built from (for an aliased one, the alias, which resolves again).
  return build(value.node as Any, siteOf(value.syntax, style), value.parent);
}

function build(node: Any, site: Site, parent: ValueParent): Value {
  switch (node.type) {
    // jsonc-eslint-parser
    case "JSONObjectExpression":
      return jsonObject(node, site, parent);
    case "JSONArrayExpression":
      return new ArrayValue(site.syntax, site.style, node, parent, loadArray);
    case "JSONLiteral":
      return scalar(node.value, node, site, parent);
    case "JSONUnaryExpression": {
      const argument = node.argument as Any;
      const magnitude = argument.type === "JSONLiteral" ? argument.value : argument.type === "JSONIdentifier" ? Number(argument.name) : NaN;
      return typeof magnitude === "number" && Number.isFinite(magnitude)
        ? scalar(node.operator === "-" ? -magnitude : magnitude, node, site, parent)
        : unknown(node, site, parent, "unsupported");
    }
    case "JSONTemplateLiteral": {
      const quasis = node.quasis as { value: { cooked: string } }[];
      return scalar(quasis.map((quasi) => quasi.value.cooked).join(""), node, site, parent);
    }
    // Momoa (@eslint/json)
    case "Object":
      return jsonObject(node, site, parent);
    case "Array":
      return new ArrayValue(site.syntax, site.style, node, parent, loadArray);
    case "String":
    case "Number":
    case "Boolean":
      return scalar(node.value, node, site, parent);
    case "Null":
      return scalar(null, node, site, parent);
    // yaml-eslint-parser
    case "YAMLMapping":
      return yamlObject(node, site, parent);
    case "YAMLSequence":
      return new ArrayValue(site.syntax, site.style, node, parent, loadArray);
    case "YAMLScalar":
      return scalar(node.value, node, site, parent);
    case "YAMLAlias":
      return yamlAlias(node, site, parent);
    case "YAMLWithMeta":
      return yamlWithMeta(node, site, parent);
    default:
      return unknown(node, site, parent, "unsupported");
  }
}

function unknown(node: AstNode, site: Site, parent: ValueParent, reason: UnknownReason): Value {
  return { kind: "unknown", reason, node, parent, syntax: site.syntax, style: site.style };
}

function scalar(raw: unknown, node: AstNode, site: Site, parent: ValueParent): Value {
  const { syntax, style } = site;
  if (typeof raw === "string") return stringValue(raw, { node, parent, syntax, style });
  if (typeof raw === "number") return { kind: "number", value: raw, node, parent, syntax, style };
  if (typeof raw === "boolean") return { kind: "boolean", value: raw, node, parent, syntax, style };
  if (raw === null) return { kind: "null", node, parent, syntax, style };
  return { kind: "unknown", reason: "unsupported", node, parent, syntax, style };
}

function stringValue(text: string, site: ValueSite): Value {
  const { syntax, style, node, parent } = site;
  if (!mayHoldPlaceholder(text)) return new StringValue(syntax, style, node, parent, text, text);
  const parts = splitPlaceholders(text);
  if (!hasPlaceholder(parts)) return new StringValue(syntax, style, node, parent, text, text, parts);
  if (isOnlyPlaceholders(parts)) return { kind: "unknown", reason: "placeholder", node, parent, syntax, style };
  return new StringValue(syntax, style, node, parent, text, undefined, parts);
}

/**
 * The items of an array, built on first use. Loaders are plain functions of the
 * value (not closures), so an array or object that no rule opens costs one small object.
 */
function loadArray(self: ArrayValue): readonly Value[] {
  const node = self.node as Any;
  const site = siteOf(self.syntax, self.style);
  // An empty flow-sequence slot (`[a, , b]`) or a YAML `- ` entry without content is null, located at the sequence.
  const children = node.type === "Array" ? (node.elements as { value: Any }[]).map((element) => element.value) : ((node.type === "YAMLSequence" ? node.entries : node.elements) as (Any | null)[]);
  const items: Value[] = new Array<Value>(children.length);
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    const parent = { kind: "item", array: self, index } as const;
    items[index] = child ? build(child, site, parent) : scalar(null, node, site, parent);
  }
  return items;
}

/* ---------- JSON (jsonc-eslint-parser and Momoa) ---------- */

/** JSON has no merge keys: every JSON object shares this. */
const NO_MERGE: readonly Value[] = [];

function jsonObject(node: Any, site: Site, parent: ValueParent): Value {
  // `properties`/`key` in jsonc-eslint-parser, `members`/`name` in Momoa.
  const momoa = node.type === "Object";
  const members = (momoa ? node.members : node.properties) as Any[];
  if (members.length === 1) {
    const only = members[0]!;
    const intrinsic = cloudFormationIntrinsic(jsonKey((momoa ? only.name : only.key) as Any), only.value as Any, node, site, parent);
    if (intrinsic) return intrinsic;
  }
  return new ObjectValue(site.syntax, site.style, node, parent, momoa ? loadMomoaObject : loadJsoncObject);
}

function loadJsoncObject(self: ObjectValue): ObjectContent {
  const site = siteOf(self.syntax, self.style);
  const properties = (self.node as Any).properties as Any[];
  const entries = new Array<Entry>(properties.length);
  for (let index = 0; index < properties.length; index += 1) {
    const property = properties[index]!;
    const keyNode = property.key as Any;
    entries[index] = member(self, jsonKey(keyNode) ?? "", keyNode, property.value as Any, property, site);
  }
  return { entries, merged: NO_MERGE, mergeKey: undefined };
}

function loadMomoaObject(self: ObjectValue): ObjectContent {
  const site = siteOf(self.syntax, self.style);
  const members = (self.node as Any).members as Any[];
  const entries = new Array<Entry>(members.length);
  for (let index = 0; index < members.length; index += 1) {
    const item = members[index]!;
    const keyNode = item.name as Any;
    entries[index] = member(self, jsonKey(keyNode) ?? "", keyNode, item.value as Any, spanOf(item), site);
  }
  return { entries, merged: NO_MERGE, mergeKey: undefined };
}

function jsonKey(key: Any): string | undefined {
  const value = key.value;
  // Almost every key is a string literal.
  if (typeof value === "string") return value;
  if (key.type === "JSONIdentifier" || key.type === "Identifier") return key.name as string;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

function member(object: ObjectValue, key: string, keyNode: Any, valueNode: Any, span: Spanned, site: Site): Entry {
  const entry: { kind: "member"; object: ObjectValue; key: string; keyNode: Spanned; value: Value; span: Spanned } = { kind: "member", object, key, keyNode, value: undefined as unknown as Value, span };
  entry.value = build(valueNode, site, entry);
  return entry;
}

/** Momoa's `Member` nodes carry no range; make one from their name and value. */
function spanOf(item: Any): Spanned {
  if (item.range) return item;
  const name = item.name as Any;
  const value = item.value as Any;
  return { loc: { start: name.loc.start, end: value.loc.end }, range: [name.range[0], value.range[1]] };
}

/**
 * CloudFormation intrinsic functions (`{"Ref": …}`, `{"Fn::GetAtt": …}`) are
 * unknown, except `Fn::Sub` over a string, whose literal parts can still be
 * judged (`Fn::Sub: "${Repo}:latest"` has the literal tag `latest`).
 */
function cloudFormationIntrinsic(key: string | undefined, argument: Any, node: AstNode, site: Site, parent: ValueParent): Value | undefined {
  if (key === undefined || (key !== "Ref" && !key.startsWith("Fn::") && key !== "Condition")) return undefined;
  if (key === "Fn::Sub") {
    const template = subTemplate(argument);
    if (template !== undefined) return stringValue(template, { node, parent, syntax: site.syntax, style: site.style });
  }
  if (key === "Fn::Join") {
    const template = joinTemplate(argument);
    if (template !== undefined) return stringValue(template, { node, parent, syntax: site.syntax, style: site.style });
  }
  if (key === "Ref" && isNoValue(argument)) return scalar(null, node, site, parent);
  if (key === "Ref" || key === "Fn::GetAtt") {
    const refersTo = referenceTarget(argument);
    if (refersTo !== undefined) return { kind: "unknown", reason: "intrinsic", refersTo, node, parent, syntax: site.syntax, style: site.style };
  }
  return unknown(node, site, parent, "intrinsic");
}

/**
 * `Fn::Join` / `!Join` over a literal delimiter and a literal list whose items
 * are strings, `Ref`s and `Fn::GetAtt`s, read as the `Fn::Sub` template it
 * amounts to (`!Join ["/", [service, !Ref Cluster, !GetAtt Svc.Name]]` is
 * `service/${Cluster}/${Svc.Name}`): its literal parts can be judged, and a
 * reference keeps the logical ID it names. Anything else inside: not read.
 */
function joinTemplate(argument: Any): string | undefined {
  const list = listItems(argument);
  if (list === undefined || list.length !== 2) return undefined;
  const delimiter = scalarString(list[0]!);
  const items = listItems(list[1]!);
  if (delimiter === undefined || items === undefined) return undefined;
  const parts: string[] = [];
  for (const item of items) {
    const text = scalarString(item);
    if (text !== undefined) {
      // A literal `${` would read as a placeholder: such an item is not read.
      if (text.includes("${")) return undefined;
      parts.push(text);
      continue;
    }
    const reference = joinReference(item);
    if (reference === undefined) return undefined;
    parts.push(`\${${reference}}`);
  }
  return parts.join(delimiter);
}

/** The items of a JSON or YAML list node (none for an empty YAML item, `-` with nothing after it). */
function listItems(node: Any | null): readonly Any[] | undefined {
  if (node === null) return undefined;
  if (node.type === "JSONArrayExpression") return node.elements as Any[];
  if (node.type === "Array") return (node.elements as { value: Any }[]).map((element) => element.value);
  if (node.type === "YAMLSequence") return node.entries as Any[];
  return undefined;
}

function scalarString(node: Any | null): string | undefined {
  if (node === null || (node.type !== "JSONLiteral" && node.type !== "String" && node.type !== "Number" && node.type !== "YAMLScalar")) return undefined;
  const value = node.value;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

/** `Ref X` as `X`, `Fn::GetAtt X.Y` as `X.Y`, in any of their spellings. */
function joinReference(node: Any | null): string | undefined {
  if (node === null) return undefined;
  if (node.type === "YAMLWithMeta") {
    const tag = (node.tag as { tag: string } | null)?.tag;
    const content = node.value as Any | null;
    if (!content) return undefined;
    if (tag === "!Ref") return scalarString(content);
    if (tag === "!GetAtt") return getAttName(content);
    return undefined;
  }
  const pairs =
    node.type === "JSONObjectExpression" ? (node.properties as Any[]).map((property) => [jsonKey(property.key as Any), property.value as Any] as const)
    : node.type === "Object" ? (node.members as Any[]).map((member) => [jsonKey(member.name as Any), member.value as Any] as const)
    : node.type === "YAMLMapping" ? (node.pairs as Any[]).map((pair) => [pair.key ? yamlKey(pair.key as Any) : undefined, pair.value as Any] as const)
    : undefined;
  if (pairs?.length !== 1) return undefined;
  const [key, value] = pairs[0]!;
  if (!value) return undefined;
  if (key === "Ref") return scalarString(value);
  if (key === "Fn::GetAtt") return getAttName(value);
  return undefined;
}

function getAttName(node: Any): string | undefined {
  const text = scalarString(node);
  if (text !== undefined) return text;
  const items = listItems(node);
  if (items?.length !== 2) return undefined;
  const [resource, attribute] = items.map((item) => scalarString(item));
  return resource !== undefined && attribute !== undefined ? `${resource}.${attribute}` : undefined;
}

/** `Ref: AWS::NoValue` removes the property: it reads as absent (as `null` does). */
function isNoValue(argument: Any): boolean {
  return (argument.type === "JSONLiteral" || argument.type === "String" || argument.type === "YAMLScalar") && argument.value === "AWS::NoValue";
}

/** The logical ID a `Ref`/`Fn::GetAtt` argument names: `"X"`, `"X.Arn"` or `["X", "Arn"]`. */
function referenceTarget(argument: Any): string | undefined {
  const first = argument.type === "JSONArrayExpression" ? (argument.elements as Any[])[0] : argument.type === "Array" ? (argument.elements as { value: Any }[])[0]?.value : argument.type === "YAMLSequence" ? (argument.entries as Any[])[0] : argument;
  const text = first && (first.type === "JSONLiteral" || first.type === "String" || first.type === "YAMLScalar") && typeof first.value === "string" ? first.value : undefined;
  if (text === undefined || text.length === 0) return undefined;
  // `Fn::GetAtt: X.Arn` names X; a Ref to a pseudo parameter (`AWS::Region`) names no resource.
  const name = argument === first ? text.split(".")[0]! : text;
  return name.startsWith("AWS::") ? undefined : name;
}

function subTemplate(argument: Any): string | undefined {
  const first = argument.type === "JSONArrayExpression" ? (argument.elements as Any[])[0] : argument.type === "Array" ? (argument.elements as { value: Any }[])[0]?.value : argument;
  if (first === undefined || first === null) return undefined;
  return typeof first.value === "string" && (first.type === "JSONLiteral" || first.type === "String" || first.type === "YAMLScalar") ? first.value : undefined;
}

/* ---------- YAML ---------- */

const MERGE_KEY = "<<";

function yamlObject(node: Any, site: Site, parent: ValueParent): Value {
  const pairs = node.pairs as Any[];
  if (pairs.length === 1) {
    const only = pairs[0]!;
    const key = only.key as Any | null;
    const intrinsic = key && key.type === "YAMLScalar" && only.value ? cloudFormationIntrinsic(String(key.value), only.value as Any, node, site, parent) : undefined;
    if (intrinsic) return intrinsic;
  }
  return new ObjectValue(site.syntax, site.style, node, parent, loadYamlObject);
}

function loadYamlObject(self: ObjectValue): ObjectContent {
  const site = siteOf(self.syntax, self.style);
  const pairs = (self.node as Any).pairs as Any[];
  const entries: Entry[] = [];
  let merged: Value[] | undefined;
  let mergeKey: Spanned | undefined;
  for (const pair of pairs) {
    const keyNode = pair.key as Any | null;
    const key = keyNode ? yamlKey(keyNode) : undefined;
    if (keyNode === null || key === undefined) continue;
    const valueNode = (pair.value as Any | null) ?? pair;
    if (key === MERGE_KEY && keyNode.type === "YAMLScalar" && (keyNode.style as string) === "plain") {
      mergeKey = keyNode;
      const source = build(valueNode, site, undefined);
      merged ??= [];
      if (source.kind === "array") merged.push(...source.items);
      else merged.push(source);
      continue;
    }
    if (valueNode === pair) {
      const entry: Entry & { value: Value } = { kind: "member", object: self, key, keyNode, value: undefined as unknown as Value, span: pair };
      entry.value = scalar(null, pair, site, entry);
      entries.push(entry);
    } else {
      entries.push(member(self, key, keyNode, valueNode, pair, site));
    }
  }
  return { entries, merged: merged ?? NO_MERGE, mergeKey };
}

function yamlKey(key: Any): string | undefined {
  const inner = key.type === "YAMLWithMeta" ? (key.value as Any | null) : key;
  if (inner === null || inner.type !== "YAMLScalar") return undefined;
  return String(inner.value);
}

function yamlAlias(node: Any, site: Site, parent: ValueParent): Value {
  const target = anchoredNode(node);
  if (target === undefined) return unknown(node, site, parent, "alias");
  const value = build(target, site, parent);
  // Report about the aliased value at the alias, where the reader sees it used.
  if (value.kind === "object" || value.kind === "array" || value.kind === "string") return value.at(node, parent);
  return { ...value, node, parent };
}

/** The node an alias refers to: the nearest anchor of that name before it in the same document. */
function anchoredNode(alias: Any): Any | undefined {
  let document: Any | undefined = alias;
  while (document && document.type !== "YAMLDocument") document = document.parent as Any | undefined;
  const anchors = (document?.anchors as Record<string, Any[]> | undefined)?.[alias.name as string];
  if (!anchors) return undefined;
  let found: Any | undefined;
  for (const anchor of anchors) {
    if (anchor.range[0] < alias.range[0]) found = anchor;
  }
  const holder = found?.parent as Any | undefined;
  const content = holder?.value as Any | null | undefined;
  // An anchor on the alias's own ancestor would be a cycle; YAML forbids it, but be safe.
  if (!content || (content.range[0] <= alias.range[0] && alias.range[1] <= content.range[1])) return undefined;
  return content;
}

/** YAML 1.2 core-schema tags change how a scalar reads; any other tag (`!Ref`, `!Sub`, `!!binary`) is unknown. */
const CORE_TAG = "tag:yaml.org,2002:";

function yamlWithMeta(node: Any, site: Site, parent: ValueParent): Value {
  const content = node.value as Any | null;
  const tag = (node.tag as { tag: string } | null)?.tag;
  if (tag === undefined) return content ? build(content, site, parent) : scalar(null, node, site, parent);
  if (tag === "!Sub" && content?.type === "YAMLScalar" && typeof content.value === "string") {
    return stringValue(content.value, { node, parent, syntax: site.syntax, style: site.style });
  }
  if (tag === "!Join" && content) {
    const template = joinTemplate(content);
    if (template !== undefined) return stringValue(template, { node, parent, syntax: site.syntax, style: site.style });
  }
  if (tag === "!Ref" && content && isNoValue(content)) return scalar(null, node, site, parent);
  if ((tag === "!Ref" || tag === "!GetAtt") && content) {
    const refersTo = referenceTarget(content);
    if (refersTo !== undefined) return { kind: "unknown", reason: "tag", refersTo, node, parent, syntax: site.syntax, style: site.style };
  }
  if (!tag.startsWith(CORE_TAG)) return unknown(node, site, parent, "tag");
  const name = tag.slice(CORE_TAG.length);
  if (content === null) return name === "str" ? scalar("", node, site, parent) : scalar(null, node, site, parent);
  if (name === "map" || name === "seq") return build(content, site, parent);
  if (content.type !== "YAMLScalar") return unknown(node, site, parent, "tag");
  const text = (content.strValue as string | undefined) ?? String(content.value);
  // The value is the tagged node, tag included: a fix that replaces it must not leave the tag behind (`!!int "512"` → `"512"`).
  switch (name) {
    case "str":
      return scalar(text, node, site, parent);
    case "int":
    case "float": {
      const number = typeof content.value === "number" ? content.value : Number(text);
      return Number.isNaN(number) && !/^\.nan$/i.test(text) ? unknown(node, site, parent, "tag") : scalar(number, node, site, parent);
    }
    case "bool":
      return /^(true|false)$/i.test(text) ? scalar(text.toLowerCase() === "true", node, site, parent) : unknown(node, site, parent, "tag");
    case "null":
      return scalar(null, node, site, parent);
    default:
      return unknown(node, site, parent, "tag");
  }
}

export { unknownAt };
