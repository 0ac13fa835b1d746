/**
 * Text edits for fixes and suggestions, written the way the file is written:
 * JSON or YAML, block or flow, the object's own indentation and quote style,
 * and its key style (`transitEncryption` or `TransitEncryption`).
 * Every function is pure: it takes the source text and returns one edit.
 */
import { isEmbeddedNode } from "./embedded.js";
import { keyCandidates, type KeyStyle } from "./key-style.js";
import { isAbsentObjectNode, type ArrayValue, type Entry, type ObjectValue, type Spanned, type Value } from "./value.js";

export interface Edit {
  readonly range: readonly [number, number];
  readonly text: string;
  /** Set on the edit the helpers give for a value they cannot edit (see `UNEDITABLE`). */
  readonly uneditable?: true;
}

/**
 * What the helpers answer for a value read from JSON embedded in a string
 * (`embeddedJson`): its text would need escaping, so it cannot be edited here.
 * `createRule` drops any fix or suggestion that holds this edit, so a rule
 * that builds edits eagerly (valid-schema's suggestions) never writes a wrong one
 * and never crashes.
 */
export const UNEDITABLE: Edit = { range: [0, 0], text: "", uneditable: true };

/**
 * Whether an edit takes away a YAML anchor (`&name`) that an alias (`*name`)
 * after it, in the same document, still refers to: the file would no longer
 * parse ("Aliased anchor not found"). A removed list item or member, or a
 * replaced value, may hold the anchor of a later alias (`- &base {…}` then
 * `- *base`). Read from the text: a `&` inside a string only makes the answer
 * cautious, and the scan stops at the document's end (aliases do not cross it).
 */
export function orphansAlias(edit: Edit, source: string): boolean {
  const [start, end] = edit.range;
  // Only the replaced text is searched (not the file after it): each edit costs its own length.
  const replaced = source.slice(start, end);
  if (!replaced.includes("&")) return false;
  let rest: string | undefined;
  for (const match of replaced.matchAll(ANCHOR)) {
    const name = match[1]!;
    if (anchorIn(edit.text, `&${name}`)) continue;
    rest ??= source.slice(end, documentEnd(source, end));
    if (anchorIn(rest, `*${name}`)) return true;
  }
  return false;
}

/** An anchor's name: up to a space, a line break or a flow indicator. */
const ANCHOR = /&([^\s,[\]{}]+)/g;
const NAME_END = /[\s,[\]{}]/;

/** Whether `text` holds `token` (`&name` or `*name`) as a whole name, not as the start of a longer one. */
function anchorIn(text: string, token: string): boolean {
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
    const next = text[at + token.length];
    if (next === undefined || NAME_END.test(next)) return true;
  }
  return false;
}

/** Where the YAML document holding `offset` ends: the next `---` or `...` line, else the end of the file. */
function documentEnd(source: string, offset: number): number {
  const marker = /^(?:---|\.\.\.)(?=\s|$)/gm;
  marker.lastIndex = offset;
  return marker.exec(source)?.index ?? source.length;
}

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

const YAML_RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
const YAML_PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_./@-]*(?::[A-Za-z0-9_./@*-]+)*$/;

/** A value as text in the file's syntax (JSON, or YAML flow style for collections). */
export function serialize(value: JsonValue, syntax: "json" | "yaml", style: KeyStyle = "api"): string {
  if (style !== "api") return serialize(restyleKeys(value, style), syntax);
  if (syntax === "json") return JSON.stringify(value);
  if (typeof value === "string") return yamlString(value);
  if (Array.isArray(value)) return `[${value.map((item: JsonValue) => serialize(item, syntax)).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([key, item]) => `${yamlString(key)}: ${serialize(item, syntax)}`)
      .join(", ")}}`;
  }
  return JSON.stringify(value);
}

/**
 * A value written by a fix is given with API member names (`{capacityProvider: "FARGATE"}`);
 * into a CloudFormation resource it goes in that style (`{CapacityProvider: FARGATE}`).
 */
function restyleKeys(value: JsonValue, style: KeyStyle): JsonValue {
  if (Array.isArray(value)) return value.map((item: JsonValue) => restyleKeys(item, style));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [keyCandidates(key, style)[0] ?? key, restyleKeys(item, style)]));
}

function yamlString(text: string): string {
  return YAML_PLAIN_SAFE.test(text) && !YAML_RESERVED.test(text) ? text : JSON.stringify(text);
}


/** Replaces a value, keeping a YAML string's quote style. */
export function replaceValue(value: Value, replacement: JsonValue, source: string): Edit {
  if (isEmbeddedNode(value.node)) return UNEDITABLE;
  const entry = value.parent?.kind === "member" ? value.parent : undefined;
  if (entry && value.node === entry.span) {
    // A YAML `key:` with no value: write the value after the colon.
    return { range: [entry.span.range[1], entry.span.range[1]], text: ` ${serialize(replacement, value.syntax, value.style)}` };
  }
  const [start, end] = value.node.range;
  let text = serialize(replacement, value.syntax, value.style);
  if (value.syntax === "yaml" && (value.kind === "object" || value.kind === "array") && source[start] !== "{" && source[start] !== "[") {
    const afterColon = flowAfterColon(entry, value.node, text, source);
    if (afterColon) return afterColon;
  }
  if (value.syntax === "yaml" && typeof replacement === "string") {
    const quote = source[start];
    if (quote === '"') text = JSON.stringify(replacement);
    else if (quote === "'") text = `'${replacement.replace(/'/g, "''")}'`;
  }
  return { range: [start, end], text };
}

/** Renames a key, keeping its quotes. */
export function renameKey(entry: Entry, newKey: string, syntax: "json" | "yaml", source: string): Edit {
  if (isEmbeddedNode(entry.keyNode)) return UNEDITABLE;
  const [start, end] = entry.keyNode.range;
  const quote = source[start];
  let text: string;
  if (quote === '"') text = JSON.stringify(newKey);
  else if (quote === "'") text = `'${newKey.replace(/'/g, "''")}'`;
  else text = syntax === "json" ? JSON.stringify(newKey) : yamlString(newKey);
  return { range: [start, end], text };
}

/**
 * Adds a member (by API name, written in the object's key style) after the
 * object's last member. A member the object already has, written with no
 * usable value (`addons: null`, `key:`), gets the value where it is: a second
 * key would not parse in YAML, and JSON would keep only the later one.
 */
export function insertMember(object: ObjectValue, apiName: string, value: JsonValue, source: string): Edit {
  const existing = object.entry(apiName);
  if (existing !== undefined) return replaceValue(existing.value, value, source);
  if (isEmbeddedNode(object.contentNode) || isAbsentObjectNode(object.contentNode)) return UNEDITABLE;
  const key = object.keyName(apiName);
  const keyText = object.syntax === "json" ? JSON.stringify(key) : yamlString(key);
  const member = `${keyText}: ${serialize(value, object.syntax, object.style)}`;
  const entries = object.entries;
  const last = entries[entries.length - 1];
  const [objectStart, objectEnd] = object.contentNode.range;
  const flow = object.syntax === "json" || source[objectStart] === "{";
  if (last === undefined) {
    // An empty mapping can only be written in flow style (`{}`).
    return { range: [objectStart, objectEnd], text: object.syntax === "json" ? `{ ${member} }` : `{${member}}` };
  }
  const firstKeyStart = entries[0]!.keyNode.range[0];
  const firstLineStart = lineStart(source, firstKeyStart);
  const insertAt = last.span.range[1];
  if (!flow) return { range: [insertAt, insertAt], text: `${lineBreakAt(source, insertAt)}${" ".repeat(firstKeyStart - firstLineStart)}${member}` };
  const indent = indentationBetween(source, firstLineStart, firstKeyStart);
  const multiline = indent !== undefined && firstLineStart > objectStart;
  const trailingComma = nextSignificant(source, insertAt) === ",";
  if (trailingComma) {
    const comma = source.indexOf(",", insertAt);
    return { range: [comma + 1, comma + 1], text: multiline ? `${lineBreakAt(source, insertAt)}${indent}${member},` : ` ${member},` };
  }
  return { range: [insertAt, insertAt], text: multiline ? `,${lineBreakAt(source, insertAt)}${indent}${member}` : `, ${member}` };
}

/** Sets a member: replaces its value when present, adds it otherwise. */
export function setMember(object: ObjectValue, apiName: string, value: JsonValue, source: string): Edit {
  const entry = object.entry(apiName);
  return entry ? replaceValue(entry.value, value, source) : insertMember(object, apiName, value, source);
}

/**
 * Sets members of a map held by `holder[key]` (a Kubernetes object's
 * `metadata.annotations`, say): each member written as null or with another
 * value is replaced where it is, the others are inserted together at one place,
 * and a map that is absent, null or empty is written whole. Undefined when the
 * map is not an object the edits can reach (a placeholder, a merge).
 */
export function setMapMembers(holder: ObjectValue, key: string, members: Readonly<Record<string, JsonValue>>, source: string): Edit | readonly Edit[] | undefined {
  const map = holder.get(key);
  if (map === undefined || map.kind === "null") return setMember(holder, key, members, source);
  if (map.kind !== "object" || map.hasMerge) return undefined;
  if (map.entries.length === 0) return replaceValue(map, members, source);
  const replaced: Edit[] = [];
  const inserted: Edit[] = [];
  for (const [name, value] of Object.entries(members)) {
    const entry = map.entryExact(name);
    if (entry) replaced.push(replaceValue(entry.value, value, source));
    else inserted.push(insertMember(map, name, value, source));
  }
  if (inserted.length === 0) return replaced;
  const first = inserted[0]!;
  // Insertions at one place are one edit (ESLint refuses overlapping ones).
  if (inserted.some((edit) => edit.uneditable || edit.range[0] !== first.range[0] || edit.range[1] !== first.range[1])) return { ...first, uneditable: true };
  return [...replaced, { range: first.range, text: inserted.map((edit) => edit.text).join("") }];
}

/** Removes a member with its separator (JSON comma, or its YAML lines). */
export function removeMember(object: ObjectValue, entry: Entry, source: string): Edit {
  if (isEmbeddedNode(object.contentNode)) return UNEDITABLE;
  const entries = object.entries;
  const index = entries.indexOf(entry);
  const flow = object.syntax === "json" || source[object.contentNode.range[0]] === "{";
  const [start, end] = entry.span.range;
  if (flow) {
    if (index > 0) return { range: [entries[index - 1]!.span.range[1], end], text: "" };
    const next = entries[index + 1];
    if (next) return { range: [start, next.keyNode.range[0]], text: "" };
    // The only member goes with its trailing comma (JSONC, YAML flow), which would otherwise stand alone.
    const through = nextSignificant(source, end) === "," ? source.indexOf(",", end) + 1 : end;
    const [objectStart, objectEnd] = object.contentNode.range;
    // With nothing but blanks around it (no comment to keep), the object becomes `{}`.
    if (source.slice(objectStart + 1, start).trim() === "" && source.slice(through, objectEnd - 1).trim() === "") return { range: [objectStart, objectEnd], text: "{}" };
    return { range: [start, through], text: "" };
  }
  if (entries.length === 1) {
    // A block mapping left without members would read as null (`key:`): leave an empty flow mapping instead.
    const holder = object.parent?.kind === "member" && object.contentNode === object.node ? object.parent : undefined;
    return flowAfterColon(holder, object.contentNode, "{}", source) ?? { range: object.contentNode.range, text: "{}" };
  }
  const from = lineStart(source, start);
  const onlyIndentBefore = source.slice(from, start).trim() === "";
  if (!onlyIndentBefore) {
    // The first key of a `- key: …` item: pull the next key up onto the dash line.
    const next = entries[index + 1];
    return { range: [start, next ? next.keyNode.range[0] : end], text: "" };
  }
  const lineEnd = source.indexOf("\n", end);
  return { range: [from, lineEnd === -1 ? source.length : lineEnd + 1], text: "" };
}

/** Appends an item to an array. */
export function appendItem(array: ArrayValue, value: JsonValue, source: string): Edit {
  if (isEmbeddedNode(array.contentNode)) return UNEDITABLE;
  const text = serialize(value, array.syntax, array.style);
  const items = array.items;
  const last = items[items.length - 1];
  const [start, end] = array.contentNode.range;
  const flow = array.syntax === "json" || source[start] === "[";
  if (last === undefined) return { range: [start, end], text: `[${text}]` };
  const lastEnd = last.node.range[1];
  if (flow) {
    const firstStart = items[0]!.node.range[0];
    const multiline = lineStart(source, firstStart) > start;
    const indent = indentationAt(source, firstStart) ?? "";
    return { range: [lastEnd, lastEnd], text: multiline ? `,${lineBreakAt(source, lastEnd)}${indent}${text}` : `, ${text}` };
  }
  // A block list starts at its first dash; an empty first item (`-` alone) is located at the list itself.
  const dash = source[start] === "-" ? start : dashBefore(source, items[0]!.node.range[0]);
  if (dash === -1) return UNEDITABLE;
  return { range: [lastEnd, lastEnd], text: `${lineBreakAt(source, lastEnd)}${" ".repeat(dash - lineStart(source, dash))}- ${text}` };
}

/**
 * Removes an item from an array with its separator: a JSON or flow item with
 * its comma, a YAML block item with its line. The only item leaves `[]`.
 */
export function removeItem(array: ArrayValue, index: number, source: string): Edit {
  if (isEmbeddedNode(array.contentNode)) return UNEDITABLE;
  const items = array.items;
  const item = items[index]!;
  // An item goes with its anchor and tag (`&base {…}`), and the next item keeps its own.
  const [start, end] = withProperties(item.node);
  const flow = array.syntax === "json" || source[array.contentNode.range[0]] === "[";
  if (items.length === 1) {
    const holder = array.parent?.kind === "member" ? array.parent : undefined;
    return (flow ? undefined : flowAfterColon(holder, array.node, "[]", source)) ?? { range: array.node.range, text: "[]" };
  }
  // An empty YAML item (`-` alone) has no node of its own: it is located at the list, so where it is is not known.
  if (item.node === array.contentNode) return UNEDITABLE;
  if (flow) {
    const next = items[index + 1];
    if (next) return { range: [start, withProperties(next.node)[0]], text: "" };
    return { range: [items[index - 1]!.node.range[1], end], text: "" };
  }
  // A block item: its line, from the indentation before the dash through the line break.
  const dash = dashBefore(source, start);
  const lineStart = source.lastIndexOf("\n", dash - 1) + 1;
  const lineEnd = source.indexOf("\n", end);
  if (source.slice(lineStart, dash).trim() !== "") {
    // The dash shares its line with an outer item's dash (`- - X`): remove up to the next item.
    return { range: [dash, items[index + 1]?.node.range[0] ?? end], text: "" };
  }
  return { range: [lineStart, lineEnd === -1 ? source.length : lineEnd + 1], text: "" };
}

/**
 * A YAML block collection starts on the line after its key, and an indentless
 * list at the key's own column: a flow value (`{}`, `[]`, `[{…}]`) written in
 * its place would not parse, so it goes after the key's colon, after the
 * value's anchor and tag if it has them (`add: &caps []`: aliases still find
 * the anchor). Undefined when anything else stands between key and value.
 */
function flowAfterColon(holder: Entry | undefined, node: Spanned, text: string, source: string): Edit | undefined {
  if (holder === undefined) return undefined;
  // A comment after the colon (`key: # note`) is kept, after the value.
  const between = /^[ \t]*:((?:[ \t]+[&!]\S*)*)(?:[ \t]+(#[^\r\n]*)|[ \t]*)(?:[\r\n]\s*)?$/.exec(source.slice(holder.keyNode.range[1], node.range[0]));
  if (between === null) return undefined;
  return { range: [holder.keyNode.range[1], node.range[1]], text: `:${between[1]} ${text}${between[2] ? ` ${between[2]}` : ""}` };
}

/**
 * The line break of the file where a line is added (the one ending the line of
 * `offset`, else the one before it), so a CRLF file gets no bare `\n`. Called
 * only where a line is added: a one-line file is never searched.
 */
function lineBreakAt(source: string, offset: number): string {
  let at = source.indexOf("\n", offset);
  if (at === -1) at = source.lastIndexOf("\n", offset);
  return at > 0 && source[at - 1] === "\r" ? "\r\n" : "\n";
}

/**
 * A YAML node's range with its anchor and tag: a value is built from the
 * content of `&base {…}` or `!!map {…}`, whose properties stand before it.
 */
function withProperties(node: Spanned): readonly [number, number] {
  const parent = (node as { readonly parent?: { readonly type?: string; readonly range?: readonly [number, number] } }).parent;
  return parent?.type === "YAMLWithMeta" && parent.range !== undefined ? [parent.range[0], node.range[1]] : node.range;
}

/** The `-` of a YAML block list item, before where the item starts (which may itself begin with one: `-1`, a nested list). */
function dashBefore(source: string, itemStart: number): number {
  return source.lastIndexOf("-", itemStart - 1);
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf("\n", offset - 1) + 1;
}

/** The whitespace before `offset` on its line, or undefined when other text precedes it. */
function indentationAt(source: string, offset: number): string | undefined {
  return indentationBetween(source, lineStart(source, offset), offset);
}

/** `source` from `from` (a line start) to `offset` when it is only spaces and tabs, else undefined. */
function indentationBetween(source: string, from: number, offset: number): string | undefined {
  // A character loop: no substring or regex for the common case of text before the key.
  for (let index = from; index < offset; index += 1) {
    const code = source.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) return undefined;
  }
  return source.slice(from, offset);
}

const WHITESPACE = /\s/;

/** The first non-whitespace character within 200 characters of `offset` (as `/\S/` finds it). */
function nextSignificant(source: string, offset: number): string | undefined {
  const end = Math.min(source.length, offset + 200);
  for (let index = offset; index < end; index += 1) {
    const code = source.charCodeAt(index);
    // Spaces and line breaks are skipped without a regex; anything else rare goes through `\s`.
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) continue;
    const char = source[index]!;
    if (code > 0x20 && code < 0x7f) return char;
    if (!WHITESPACE.test(char)) return char;
  }
  return undefined;
}

/** A one-character span at the start of a node (an object's `{`), for reports with nothing better to point at. */
export function startOf(node: Spanned): Spanned {
  const { start } = node.loc;
  return { loc: { start, end: { line: start.line, column: start.column + 1 } }, range: [node.range[0], node.range[0] + 1] };
}
