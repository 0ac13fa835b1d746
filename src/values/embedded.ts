/**
 * JSON embedded in a string: an ECR lifecycle policy as `put-lifecycle-policy`
 * input (`"lifecyclePolicyText": "{\"rules\": […]}"`), a repository policy's
 * `policyText`, a CloudFormation `LifecyclePolicyText: |` block scalar.
 *
 * `embeddedJson` parses the string's decoded text with a strict JSON parser of
 * its own (json-text.ts) that places every node of the inner AST in OUTER
 * coordinates as it makes it, so a rule reports inside the string at the right
 * line and column. Text that is not JSON is read again by jsonc-eslint-parser
 * (strict JSON mode, checked against `JSON.parse`) for its message and
 * position: rare, so the slower parser is fine there. Positions come from a
 * map of each decoded character to where it is written in the file (the start
 * of its escape), built from the string's source text for every JSON string and
 * YAML scalar style. The map is replayed and must reproduce the decoded string
 * exactly; when it does not (a folded block `>`, an alias, an unusual escape),
 * every inner position falls back to the whole string: less precise, never
 * wrong.
 *
 * Values inside embedded JSON cannot be edited by the helpers in edit.ts (their
 * text would need escaping): `isEmbedded` tells, and the edit helpers refuse.
 */
import * as parser from "jsonc-eslint-parser";
import { restyle, valueOf } from "./build.js";
import { JsonTextNode, parseJsonText, type Placement } from "./json-text.js";
import type { KeyStyle } from "./key-style.js";
import type { Entry, Position, SourceLocation, Spanned, Value } from "./value.js";

/** The parsed root, or where and why the text is not JSON. */
export type EmbeddedJson =
  | { readonly ok: true; readonly value: Value }
  | {
      readonly ok: false;
      /** The parser's message, without a final period and without printing the content. */
      readonly message: string;
      /** Where the error is, in the outer file. */
      readonly loc: SourceLocation;
      /** The same place as offsets, so the error is a `Spanned` (report it with `unknownAt(error, holder, "unsupported")`). */
      readonly range: readonly [number, number];
    };

/** True when the value (or the member, by its key) was read from JSON embedded in a string: edit helpers refuse it. */
export function isEmbedded(at: Value | Entry): boolean {
  return ("keyNode" in at ? at.keyNode : at.node) instanceof JsonTextNode;
}

/** True when the node is part of embedded JSON (for the edit helpers). */
export function isEmbeddedNode(node: Spanned): boolean {
  return node instanceof JsonTextNode;
}

/** The parse of each string node, shared by every rule that asks; `null` when the text cannot be judged. */
const cache = new WeakMap<object, EmbeddedJson | null>();

/**
 * The JSON held by a string value, with positions in the outer file (`source`
 * is the whole file's text). Undefined when the value is not a fully literal
 * string (a placeholder or unknown value cannot be judged), or in the rare case
 * where the strict parser and `JSON.parse` disagree. Keys are read in the API
 * style by default: embedded policies are the API's own documents even inside
 * CloudFormation.
 */
export function embeddedJson(value: Value, source: string, style: KeyStyle = "api"): EmbeddedJson | undefined {
  if (value.kind !== "string" || value.literal === undefined) return undefined;
  const node = value.node;
  let result = cache.get(node);
  if (result === undefined) {
    result = parseEmbedded(value.literal, node, source);
    cache.set(node, result);
  }
  if (result === null) return undefined;
  return result.ok && style !== result.value.style ? { ok: true, value: restyle(result.value, style) } : result;
}

/* ---------------- parsing ---------------- */

interface InnerToken {
  type: string;
  value: string;
  range: [number, number];
}

function parseEmbedded(text: string, node: Spanned, source: string): EmbeddedJson | null {
  if (text.trim() === "") return { ok: false, message: "Expected a JSON value, but the string is empty", loc: node.loc, range: node.range };
  const mapper = mapperFor(text, node, source);
  const root = parseJsonText(text, mapper);
  return root === undefined ? whyNotJson(text, mapper) : { ok: true, value: valueOf(root, "json", "api") };
}

/**
 * Why the text is not JSON, in jsonc-eslint-parser's words (the parser this
 * module used before it had its own, whose messages users know). Null when
 * the two parsers disagree (that parser refuses a repeated `__proto__` key,
 * which JSON.parse takes): say nothing rather than something wrong.
 */
function whyNotJson(text: string, mapper: Placement): EmbeddedJson | null {
  let tokens: InnerToken[];
  // JSON strings may hold U+2028 and U+2029 as they are; the parser (JavaScript's rules) refuses them: stand-ins of the same length.
  const separators = separatorStandIns(text);
  try {
    const result = parser.parseForESLint(separators ? separators.hide(text) : text, { jsonSyntax: "JSON" });
    tokens = (result.ast as unknown as { tokens: InnerToken[] }).tokens;
  } catch (error) {
    if (parsesAsJson(text)) return null;
    const index = (error as { index?: unknown }).index;
    const message = messageOf(error);
    return invalid(typeof index === "number" ? index : 0, separators ? separators.restore(message) : message, text, mapper);
  }
  // In JSON mode the parser still takes a few JavaScript forms (`\x41`, `\v`, raw tabs in strings, `\u00a0` as space).
  const problem = strictProblem(text, tokens);
  if (problem) return invalid(problem.index, problem.message, text, mapper);
  if (!parsesAsJson(text)) return invalid(0, "Not valid JSON", text, mapper);
  // Both take it, so parseJsonText left it for its nesting depth (see MAX_DEPTH there): not judged.
  return null;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function invalid(index: number, message: string, text: string, mapper: Placement): EmbeddedJson {
  let at = Math.max(0, Math.min(index, text.length));
  // At the end of the text: its last character that is not white space.
  if (at === text.length) at = Math.max(0, text.trimEnd().length - 1);
  // One character: a surrogate pair counts as one.
  const next = at < text.length ? at + (isHighSurrogate(text.charCodeAt(at)) && at + 1 < text.length ? 2 : 1) : at;
  const range = mapper.range(at, next);
  return { ok: false, message, loc: mapper.loc(range), range };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The parser's message without its final period, a long quoted token shortened. */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : "Not valid JSON";
  return message.replace(/'([^']{24})[^']+'/g, "'$1…'").replace(/\.$/, "");
}

const JSON_WHITESPACE = /[^ \t\n\r]/;
const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** The first thing JSON.parse would refuse that the parser's JSON mode took: whitespace between tokens, string contents. */
function strictProblem(text: string, tokens: readonly InnerToken[]): { index: number; message: string } | undefined {
  let previous = 0;
  for (const token of [...tokens, undefined]) {
    const gapEnd = token ? token.range[0] : text.length;
    const bad = text.slice(previous, gapEnd).search(JSON_WHITESPACE);
    if (bad !== -1) return { index: previous + bad, message: "Unexpected character" };
    if (token === undefined) break;
    if (token.type === "String") {
      const [start, end] = token.range;
      if (text[start] !== '"') return { index: start, message: "Strings must use double quotes" };
      for (let index = start + 1; index < end - 1; index += 1) {
        const code = text.charCodeAt(index);
        if (code < 0x20) return { index, message: "Bad control character in string literal" };
        if (code !== 0x5c) continue;
        const escape = text[index + 1] ?? "";
        if (escape === "u") {
          if (!HEX4.test(text.slice(index + 2, index + 6))) return { index, message: "Bad Unicode escape" };
          index += 5;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== "") {
          index += 1;
        } else {
          return { index, message: "Bad escaped character" };
        }
      }
    }
    previous = token.range[1];
  }
  return undefined;
}

interface StandIns {
  hide(text: string): string;
  restore(text: string): string;
}

/** Two characters the text does not hold, to stand for U+2028 and U+2029 while the parser reads it. */
function separatorStandIns(text: string): StandIns | undefined {
  if (!/[\u2028\u2029]/.test(text)) return undefined;
  const free: string[] = [];
  for (let code = 0xf8ff; free.length < 2 && code >= 0xe000; code -= 1) if (!text.includes(String.fromCharCode(code))) free.push(String.fromCharCode(code));
  const [line, paragraph] = free;
  if (line === undefined || paragraph === undefined) return undefined;
  return {
    hide: (value) => value.replaceAll("\u2028", line).replaceAll("\u2029", paragraph),
    restore: (value) => value.replaceAll(line, "\u2028").replaceAll(paragraph, "\u2029"),
  };
}

/* ---------------- positions ---------------- */

/**
 * Where each decoded character is written: `starts[i]` is the outer offset
 * where character `i` starts (`starts[length]`: where the content ends),
 * `ends[i]` where character `i - 1` ends (`ends[0]`: where the content starts).
 */
interface Decoded {
  starts: number[];
  ends: number[];
}

function mapperFor(text: string, node: Spanned, source: string): Placement {
  const whole: Placement = { range: () => node.range, loc: () => node.loc };
  const decoded = decode(node, source, text);
  if (decoded === undefined) return whole;
  // jsonc-eslint-parser counts lines as JavaScript does (U+2028 and U+2029 too); Momoa and YAML only CR and LF.
  const lines = lineTable(source, (node as { type?: unknown }).type === "JSONLiteral" ? "javascript" : "plain");
  // Lines as the parser counts them, columns in the base of the holder's AST (0 for jsonc/yaml, 1 for Momoa).
  const start = lines.position(node.range[0]);
  const end = lines.position(node.range[1]);
  const base = node.loc.start.column - start.column;
  if (start.line !== node.loc.start.line || end.line !== node.loc.end.line || end.column + base !== node.loc.end.column) return whole;
  const [low, high] = node.range;
  const clamp = (offset: number): number => Math.min(high, Math.max(low, offset));
  const at = (offset: number): Position => {
    const position = lines.position(offset);
    return { line: position.line, column: position.column + base };
  };
  return {
    range: (from, to) => {
      const outerStart = clamp(decoded.starts[from] ?? high);
      return [outerStart, to > from ? Math.max(outerStart, clamp(decoded.ends[to] ?? high)) : outerStart];
    },
    loc: (range) => ({ start: at(range[0]), end: at(range[1]) }),
  };
}

/** Builds the map of a decoded string, checking as it goes that the replay gives the string the parser decoded. */
class Builder {
  readonly starts: number[] = [];
  readonly ends: number[];
  /** False once a pushed character differs from the expected one. */
  private matches = true;

  constructor(
    private readonly expected: string,
    contentStart: number,
  ) {
    this.ends = [contentStart];
  }

  /** Decoded text written at `start..end` in the source (each UTF-16 unit maps to the whole). */
  push(chars: string, start: number, end: number): void {
    for (let index = 0; index < chars.length; index += 1) {
      if (chars.charCodeAt(index) !== this.expected.charCodeAt(this.starts.length)) this.matches = false;
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** The map, or undefined when the replay is not the expected string. */
  done(contentEnd: number): Decoded | undefined {
    if (!this.matches || this.starts.length !== this.expected.length) return undefined;
    this.starts.push(contentEnd);
    return { starts: this.starts, ends: this.ends };
  }
}

function decode(node: Spanned & { type?: unknown; style?: unknown }, source: string, expected: string): Decoded | undefined {
  const [start, end] = node.range;
  if (start < 0 || end > source.length || end <= start) return undefined;
  switch (node.type) {
    case "JSONLiteral": // jsonc-eslint-parser
    case "String": // Momoa (@eslint/json)
      return decodeJsonString(source, start, end, expected);
    case "YAMLScalar":
      switch (node.style) {
        case "double-quoted":
          return decodeYamlQuoted(source, start, end, true, expected);
        case "single-quoted":
          return decodeYamlQuoted(source, start, end, false, expected);
        case "plain":
          return decodeYamlFlow(source, start, end, false, new Builder(expected, start));
        case "literal":
          return decodeLiteralBlock(source, start, end, expected);
        default:
          return undefined; // folded blocks: the whole string
      }
    default:
      return undefined; // an alias, a `Fn::Sub`, a `!Sub` tag: the whole node
  }
}

const HEX = /^[0-9A-Fa-f]+$/;

function hexAt(source: string, from: number, length: number): number | undefined {
  const digits = source.slice(from, from + length);
  return digits.length === length && HEX.test(digits) ? Number.parseInt(digits, 16) : undefined;
}

/** A JSON string (or a JSONC/JSON5 one: single quotes, JavaScript escapes, line continuations). */
function decodeJsonString(source: string, start: number, end: number, expected: string): Decoded | undefined {
  const quote = source[start];
  if ((quote !== '"' && quote !== "'") || source[end - 1] !== quote || end - start < 2) return undefined;
  const out = new Builder(expected, start + 1);
  const close = end - 1;
  let index = start + 1;
  while (index < close) {
    const char = source[index]!;
    if (char !== "\\") {
      out.push(char, index, index + 1);
      index += 1;
      continue;
    }
    const escape = source[index + 1];
    const simple = escape === undefined ? undefined : JSON_ESCAPES[escape];
    if (simple !== undefined) {
      out.push(simple, index, index + 2);
      index += 2;
    } else if (escape === "u" && source[index + 2] === "{") {
      const closing = source.indexOf("}", index + 3);
      const code = closing === -1 ? undefined : hexAt(source, index + 3, closing - index - 3);
      if (code === undefined || code > 0x10ffff) return undefined;
      out.push(String.fromCodePoint(code), index, closing + 1);
      index = closing + 1;
    } else if (escape === "u" || escape === "x") {
      const length = escape === "u" ? 4 : 2;
      const code = hexAt(source, index + 2, length);
      if (code === undefined) return undefined;
      out.push(String.fromCharCode(code), index, index + 2 + length);
      index += 2 + length;
    } else if (escape === "\r" || escape === "\n" || escape === "\u2028" || escape === "\u2029") {
      index += escape === "\r" && source[index + 2] === "\n" ? 3 : 2; // a line continuation: nothing
    } else if (escape === "0" && !/[0-9]/.test(source[index + 2] ?? "")) {
      out.push("\0", index, index + 2);
      index += 2;
    } else if (escape === undefined || /[0-9]/.test(escape)) {
      return undefined; // legacy octal: not worth mapping
    } else {
      out.push(escape, index, index + 2); // an identity escape (`\'`, `\a` in JSON5)
      index += 2;
    }
  }
  return out.done(close);
}

const JSON_ESCAPES: Readonly<Record<string, string>> = { '"': '"', "'": "'", "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/** YAML double-quoted escapes (YAML 1.2 §5.7) that stand for one fixed character. */
const YAML_ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};
const YAML_HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function isBreak(char: string | undefined): boolean {
  return char === "\n" || char === "\r";
}
function isWhite(char: string | undefined): boolean {
  return char === " " || char === "\t";
}
function breakEnd(source: string, index: number): number {
  return source[index] === "\r" && source[index + 1] === "\n" ? index + 2 : index + 1;
}

function decodeYamlQuoted(source: string, start: number, end: number, double: boolean, expected: string): Decoded | undefined {
  const quote = double ? '"' : "'";
  if (source[start] !== quote || source[end - 1] !== quote || end - start < 2) return undefined;
  return decodeYamlFlow(source, start + 1, end - 1, double, new Builder(expected, start + 1), quote);
}

/**
 * A flow scalar's content (plain, or inside quotes): line folding (YAML 1.2
 * §6.5 and §7.3) and, in double quotes, escapes; `''` in single quotes.
 */
function decodeYamlFlow(source: string, start: number, end: number, double: boolean, out: Builder, quote?: string): Decoded | undefined {
  let index = start;
  while (index < end) {
    const char = source[index]!;
    if (double && char === "\\") {
      const escape = source[index + 1];
      if (escape === undefined || index + 1 >= end) return undefined;
      if (isBreak(escape)) {
        // An escaped line break joins the lines; empty lines after it are line feeds.
        index = fold(source, breakEnd(source, index + 1), end, out, false);
        continue;
      }
      const simple = YAML_ESCAPES[escape];
      if (simple !== undefined) {
        out.push(simple, index, index + 2);
        index += 2;
        continue;
      }
      const length = YAML_HEX_LENGTH[escape];
      const code = length === undefined ? undefined : hexAt(source, index + 2, length);
      if (length === undefined || code === undefined || code > 0x10ffff) return undefined;
      out.push(String.fromCodePoint(code), index, index + 2 + length);
      index += 2 + length;
      continue;
    }
    if (quote === "'" && char === "'") {
      if (source[index + 1] !== "'") return undefined;
      out.push("'", index, index + 2);
      index += 2;
      continue;
    }
    if (isWhite(char)) {
      let after = index;
      while (after < end && isWhite(source[after])) after += 1;
      if (after < end && isBreak(source[after])) {
        index = after; // trailing white space before a line break is not content
        continue;
      }
      for (; index < after; index += 1) out.push(source[index]!, index, index + 1);
      continue;
    }
    if (isBreak(char)) {
      index = fold(source, index, end, out, true);
      continue;
    }
    out.push(char, index, index + 1);
    index += 1;
  }
  return out.done(end);
}

/**
 * Folds the line break at `index` (or, when `asSpace` is false, the lines after
 * an escaped break that ends at `index`): each empty line that follows is a
 * line feed; with none, the break is a space. Returns where the next line's
 * content starts (its leading white space is not content).
 */
function fold(source: string, index: number, end: number, out: Builder, asSpace: boolean): number {
  // The line breaks in order; the n empty lines give n line feeds, written at the first n breaks.
  const breaks: number[] = asSpace ? [index] : [];
  let next = asSpace ? breakEnd(source, index) : index;
  let empty = 0;
  for (;;) {
    let content = next;
    while (content < end && isWhite(source[content])) content += 1;
    if (content < end && isBreak(source[content])) {
      empty += 1;
      breaks.push(content);
      next = breakEnd(source, content);
      continue;
    }
    if (empty === 0 && asSpace) out.push(" ", index, breakEnd(source, index));
    for (const at of breaks.slice(0, empty)) out.push("\n", at, breakEnd(source, at));
    return content;
  }
}

/** A literal block scalar (`|`, `|-`, `|+`, `|2`): YAML 1.2 §8.1.2. */
function decodeLiteralBlock(source: string, start: number, end: number, expected: string): Decoded | undefined {
  if (source[start] !== "|") return undefined;
  const header = /^\|([1-9][+-]?|[+-][1-9]?)?(?:[ \t]+#[^\r\n]*|[ \t]*)(?:\r\n|\r|\n|$)/.exec(source.slice(start, Math.min(source.length, start + 4096)));
  if (!header) return undefined;
  const indicators = header[1] ?? "";
  const chomping = indicators.includes("-") ? "strip" : indicators.includes("+") ? "keep" : "clip";
  const lines = blockLines(source, start + header[0].length, end);
  // Auto-detected indentation: the first line that is not only spaces.
  const firstContent = lines.find((line) => line.spaces < line.textEnd - line.start);
  if (firstContent === undefined) return undefined;
  if (!/[1-9]/.test(indicators)) return literalWithIndent(source, lines, firstContent.spaces, chomping, end, expected);
  // An explicit indentation is relative to the parent node's: try each; only the right one reproduces the value.
  for (let indent = 1; indent <= firstContent.spaces; indent += 1) {
    const decoded = literalWithIndent(source, lines, indent, chomping, end, expected);
    if (decoded !== undefined) return decoded;
  }
  return undefined;
}

interface BlockLine {
  /** Where the line starts, its leading spaces, where its text ends and where its line break ends. */
  readonly start: number;
  readonly spaces: number;
  readonly textEnd: number;
  readonly breakEnd: number;
}

/**
 * The lines after a block scalar's header (the indentation decides where the
 * scalar ends), up to the first line after the node with more than spaces: the
 * node ends with its last content line, and only empty lines after it can
 * still count (as kept line breaks).
 */
function blockLines(source: string, from: number, nodeEnd: number): BlockLine[] {
  const lines: BlockLine[] = [];
  let start = from;
  while (start < source.length) {
    let textEnd = start;
    while (textEnd < source.length && !isBreak(source[textEnd])) textEnd += 1;
    let spaces = 0;
    while (start + spaces < textEnd && source[start + spaces] === " ") spaces += 1;
    if (start >= nodeEnd && start + spaces < textEnd) break;
    const lineBreakEnd = textEnd < source.length ? breakEnd(source, textEnd) : textEnd;
    lines.push({ start, spaces, textEnd, breakEnd: lineBreakEnd });
    start = lineBreakEnd;
  }
  return lines;
}

function literalWithIndent(source: string, lines: readonly BlockLine[], indent: number, chomping: "strip" | "clip" | "keep", nodeEnd: number, expected: string): Decoded | undefined {
  if (indent < 1) return undefined;
  // The scalar's lines: empty ones (no more than `indent` spaces) and content ones, up to a less indented line.
  const body: { line: BlockLine; content: boolean }[] = [];
  for (const line of lines) {
    const length = line.textEnd - line.start;
    const onlySpaces = line.spaces === length;
    if (onlySpaces && length <= indent) body.push({ line, content: false });
    else if (line.spaces >= indent) body.push({ line, content: true });
    else break;
  }
  let last = -1;
  body.forEach((item, index) => {
    if (item.content) last = index;
  });
  if (last === -1) return undefined;
  const out = new Builder(expected, body[0]!.line.start);
  for (let index = 0; index <= last; index += 1) {
    const { line } = body[index]!;
    for (let offset = line.start + indent; offset < line.textEnd; offset += 1) out.push(source[offset]!, offset, offset + 1);
    if (index < last || chomping !== "strip") out.push("\n", line.textEnd, line.breakEnd);
  }
  if (chomping === "keep") for (const { line } of body.slice(last + 1)) out.push("\n", line.textEnd, line.breakEnd);
  return out.done(nodeEnd);
}

/* ---------------- lines ---------------- */

interface LineTable {
  position(offset: number): Position;
}

/** Which characters end a line: JavaScript's (CR, LF, CRLF, U+2028, U+2029) or only CR, LF and CRLF. */
type LineBreaks = "javascript" | "plain";

let lastTable: { source: string; breaks: LineBreaks; table: LineTable } | undefined;

/** The line starts of the last source asked about (rules ask about one file at a time). */
function lineTable(source: string, breaks: LineBreaks): LineTable {
  if (lastTable?.source === source && lastTable.breaks === breaks) return lastTable.table;
  const separators = breaks === "javascript";
  const starts = [0];
  for (let index = 0; index < source.length; index += 1) {
    const code = source.charCodeAt(index);
    // Most characters are above every line break.
    if (code > 0x0d && code < 0x2028) continue;
    if (code === 0x0a || (separators && (code === 0x2028 || code === 0x2029))) starts.push(index + 1);
    else if (code === 0x0d) {
      if (source.charCodeAt(index + 1) === 0x0a) index += 1;
      starts.push(index + 1);
    }
  }
  const table: LineTable = {
    position(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - starts[low]! };
    },
  };
  lastTable = { source, breaks, table };
  return table;
}
