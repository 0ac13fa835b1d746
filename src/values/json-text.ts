/**
 * A strict JSON parser (RFC 8259: exactly the text `JSON.parse` accepts) for
 * JSON held in a string, see embedded.ts. It gives the node shapes build.ts
 * reads from jsonc-eslint-parser (`JSONObjectExpression`, `JSONProperty`,
 * `JSONArrayExpression`, `JSONLiteral`), already placed in the OUTER file: each
 * node's range goes through the caller's placement as it is made, its `loc`
 * when first read (most nodes are never reported on).
 *
 * It only says whether the text is JSON: when it is not, the caller asks the
 * slower parser why, so error messages stay the ones users know.
 */
import type { SourceLocation, Spanned } from "./value.js";

/** Where inner offsets are in the outer file. */
export interface Placement {
  /** The outer range of the inner text `start..end`. */
  range(start: number, end: number): readonly [number, number];
  /** The location of an outer range. */
  loc(range: readonly [number, number]): SourceLocation;
}

/** What every node shares: the text it was read from and where that text is. */
interface Source {
  readonly text: string;
  readonly place: Placement;
}

/** A node of JSON read from a string; its class is what tells embedded nodes apart. */
export abstract class JsonTextNode implements Spanned {
  abstract readonly type: string;
  readonly range: readonly [number, number];
  #loc: SourceLocation | undefined;

  constructor(
    protected readonly source: Source,
    /** Where the node is in the inner text. */
    readonly innerStart: number,
    readonly innerEnd: number,
  ) {
    this.range = source.place.range(innerStart, innerEnd);
  }

  get loc(): SourceLocation {
    this.#loc ??= this.source.place.loc(this.range);
    return this.#loc;
  }
}

export class JsonTextLiteral extends JsonTextNode {
  readonly type = "JSONLiteral";
  constructor(
    source: Source,
    start: number,
    end: number,
    /** The decoded value; a negative number is one literal (jsonc-eslint-parser makes it a unary minus: build.ts reads both alike). */
    readonly value: string | number | boolean | null,
  ) {
    super(source, start, end);
  }

  /** The literal as written in the inner text. */
  get raw(): string {
    return this.source.text.slice(this.innerStart, this.innerEnd);
  }
}

export class JsonTextProperty extends JsonTextNode {
  readonly type = "JSONProperty";
  constructor(
    source: Source,
    readonly key: JsonTextLiteral,
    readonly value: JsonTextNode,
  ) {
    super(source, key.innerStart, value.innerEnd);
  }
}

export class JsonTextObject extends JsonTextNode {
  readonly type = "JSONObjectExpression";
  constructor(
    source: Source,
    start: number,
    end: number,
    readonly properties: readonly JsonTextProperty[],
  ) {
    super(source, start, end);
  }
}

export class JsonTextArray extends JsonTextNode {
  readonly type = "JSONArrayExpression";
  constructor(
    source: Source,
    start: number,
    end: number,
    readonly elements: readonly JsonTextNode[],
  ) {
    super(source, start, end);
  }
}

/**
 * The root node of a JSON text, or undefined when it is not JSON. Also
 * undefined for two things JSON allows that jsonc-eslint-parser (which the
 * caller asks why) refuses, so that the caller does not judge them, as before
 * this parser: an object that repeats the key `__proto__` (JavaScript refuses
 * it), and nesting deeper than `MAX_DEPTH` (the parser runs out of stack a
 * little deeper; values that deep would also be too deep for recursive rules).
 */
export function parseJsonText(text: string, place: Placement): JsonTextNode | undefined {
  try {
    const reader = new Reader({ text, place });
    const root = reader.value();
    reader.skipWhiteSpace();
    return reader.index === text.length ? root : undefined;
  } catch {
    // Not JSON, or not read (see above).
    return undefined;
  }
}

/** Objects and arrays nested deeper than this are not read. */
const MAX_DEPTH = 500;

/** Thrown where the text stops being JSON; the caller only needs to know that it is not. */
class NotJson extends Error {}

/* Character codes. */
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const LOWER_B = 0x62;
const LOWER_E = 0x65;
const LOWER_F = 0x66;
const LOWER_N = 0x6e;
const LOWER_R = 0x72;
const LOWER_T = 0x74;
const LOWER_U = 0x75;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

class Reader {
  readonly text: string;
  index = 0;
  /** Objects and arrays open around the reading point. */
  private depth = 0;

  constructor(private readonly source: Source) {
    this.text = source.text;
  }

  /** A value, after optional white space. */
  value(): JsonTextNode {
    this.skipWhiteSpace();
    const code = this.text.charCodeAt(this.index);
    switch (code) {
      case OPEN_BRACE:
        return this.object();
      case OPEN_BRACKET:
        return this.array();
      case QUOTE:
        return this.string();
      case LOWER_T:
        return this.word("true", true);
      case LOWER_F:
        return this.word("false", false);
      case LOWER_N:
        return this.word("null", null);
      default:
        if (code === MINUS || (code >= ZERO && code <= NINE)) return this.number();
        throw new NotJson();
    }
  }

  skipWhiteSpace(): void {
    const text = this.text;
    let index = this.index;
    for (;;) {
      const code = text.charCodeAt(index);
      if (code !== SPACE && code !== LINE_FEED && code !== CARRIAGE_RETURN && code !== TAB) break;
      index += 1;
    }
    this.index = index;
  }

  /** Steps over `code` after optional white space, or throws. */
  private expect(code: number): void {
    this.skipWhiteSpace();
    if (this.text.charCodeAt(this.index) !== code) throw new NotJson();
    this.index += 1;
  }

  private object(): JsonTextObject {
    this.enter();
    const start = this.index;
    this.index += 1;
    const properties: JsonTextProperty[] = [];
    this.skipWhiteSpace();
    if (this.text.charCodeAt(this.index) === CLOSE_BRACE) {
      this.index += 1;
      this.depth -= 1;
      return new JsonTextObject(this.source, start, this.index, properties);
    }
    let proto = false;
    for (;;) {
      this.skipWhiteSpace();
      if (this.text.charCodeAt(this.index) !== QUOTE) throw new NotJson();
      const key = this.string();
      if (key.value === "__proto__") {
        if (proto) throw new NotJson();
        proto = true;
      }
      this.expect(COLON);
      properties.push(new JsonTextProperty(this.source, key, this.value()));
      this.skipWhiteSpace();
      const code = this.text.charCodeAt(this.index);
      this.index += 1;
      if (code === CLOSE_BRACE) {
        this.depth -= 1;
        return new JsonTextObject(this.source, start, this.index, properties);
      }
      if (code !== COMMA) throw new NotJson();
    }
  }

  private array(): JsonTextArray {
    this.enter();
    const start = this.index;
    this.index += 1;
    const elements: JsonTextNode[] = [];
    this.skipWhiteSpace();
    if (this.text.charCodeAt(this.index) === CLOSE_BRACKET) {
      this.index += 1;
      this.depth -= 1;
      return new JsonTextArray(this.source, start, this.index, elements);
    }
    for (;;) {
      elements.push(this.value());
      this.skipWhiteSpace();
      const code = this.text.charCodeAt(this.index);
      this.index += 1;
      if (code === CLOSE_BRACKET) {
        this.depth -= 1;
        return new JsonTextArray(this.source, start, this.index, elements);
      }
      if (code !== COMMA) throw new NotJson();
    }
  }

  /** One level deeper (an object or an array), or throws past `MAX_DEPTH`. */
  private enter(): void {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) throw new NotJson();
  }

  private word(word: string, value: boolean | null): JsonTextLiteral {
    const start = this.index;
    if (!this.text.startsWith(word, start)) throw new NotJson();
    this.index += word.length;
    return new JsonTextLiteral(this.source, start, this.index, value);
  }

  /** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` */
  private number(): JsonTextLiteral {
    const text = this.text;
    const start = this.index;
    let index = start;
    if (text.charCodeAt(index) === MINUS) index += 1;
    if (text.charCodeAt(index) === ZERO) index += 1;
    else index = this.digits(index);
    if (text.charCodeAt(index) === DOT) index = this.digits(index + 1);
    const code = text.charCodeAt(index);
    if (code === LOWER_E || code === UPPER_E) {
      index += 1;
      const sign = text.charCodeAt(index);
      if (sign === PLUS || sign === MINUS) index += 1;
      index = this.digits(index);
    }
    this.index = index;
    // The same conversion as JSON.parse's.
    return new JsonTextLiteral(this.source, start, index, Number(text.slice(start, index)));
  }

  /** Where one or more digits from `index` end, or throws. */
  private digits(index: number): number {
    const text = this.text;
    const first = index;
    for (let code = text.charCodeAt(index); code >= ZERO && code <= NINE; code = text.charCodeAt(index)) index += 1;
    if (index === first) throw new NotJson();
    return index;
  }

  private string(): JsonTextLiteral {
    const text = this.text;
    const start = this.index;
    let index = start + 1;
    // The decoded value so far, up to `chunk` (only built when there are escapes).
    let value = "";
    let chunk = index;
    for (;;) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) break;
      // A control character, or NaN past the end of the text.
      if (!(code >= SPACE)) throw new NotJson();
      if (code !== BACKSLASH) {
        index += 1;
        continue;
      }
      value += text.slice(chunk, index);
      value += this.escape(index);
      index += text.charCodeAt(index + 1) === LOWER_U ? 6 : 2;
      chunk = index;
    }
    value = chunk === start + 1 ? text.slice(chunk, index) : value + text.slice(chunk, index);
    this.index = index + 1;
    return new JsonTextLiteral(this.source, start, this.index, value);
  }

  /** The character an escape at `index` (its backslash) stands for. */
  private escape(index: number): string {
    switch (this.text.charCodeAt(index + 1)) {
      case QUOTE:
        return '"';
      case BACKSLASH:
        return "\\";
      case SLASH:
        return "/";
      case LOWER_B:
        return "\b";
      case LOWER_F:
        return "\f";
      case LOWER_N:
        return "\n";
      case LOWER_R:
        return "\r";
      case LOWER_T:
        return "\t";
      case LOWER_U: {
        let code = 0;
        for (let digit = index + 2; digit < index + 6; digit += 1) code = code * 16 + hexDigit(this.text.charCodeAt(digit));
        return String.fromCharCode(code);
      }
      default:
        throw new NotJson();
    }
  }
}

function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  throw new NotJson();
}
