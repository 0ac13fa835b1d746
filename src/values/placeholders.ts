/**
 * Placeholders: parts of a string that a templating step fills in before AWS
 * ever sees the file, so the linter cannot know them. Recognized forms (the
 * catalog's decision on unknown values): `${…}` (shell, Terraform, CloudFormation
 * `Fn::Sub`), `{{…}}` (Go templates, Jinja, ecspresso), `$$…$$` with any number
 * of `$` on each side, `#{…}` (Octopus, Ruby), and `<UPPER_CASE>` angle tokens
 * (documentation placeholders such as `<ACCOUNT_ID>`).
 */
export type StringPart =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "placeholder"; readonly text: string };

/** Characters that can start a placeholder; strings without them skip the scan. */
const MAY_HOLD_PLACEHOLDER = /[$#{<]/;
const ANGLE_TOKEN = /<[A-Z][A-Z0-9_]*>/y;
/** The body of a `$$…$$` placeholder: text without `$` or spaces, matched where it starts. */
const DOLLAR_BODY = /[^$\s]*/y;

/** The characters of MAY_HOLD_PLACEHOLDER (`$`, `#`, `{`, `<`), by code, for the scan. */
function isPlaceholderStart(code: number): boolean {
  return code === 0x24 || code === 0x23 || code === 0x7b || code === 0x3c;
}

/** False when the string has no character a placeholder starts with (most strings): no need to split it. */
export function mayHoldPlaceholder(text: string): boolean {
  return MAY_HOLD_PLACEHOLDER.test(text);
}

/** Splits a string into literal text and placeholders. */
export function splitPlaceholders(text: string): readonly StringPart[] {
  if (!MAY_HOLD_PLACEHOLDER.test(text)) return [{ kind: "text", text }];
  const parts: StringPart[] = [];
  const scanner = new PlaceholderScanner(text);
  let last = 0;
  // A plain loop over character codes: a long run of `$` or `{` (a pasted blob) makes
  // every position a candidate, and a regex match per position costs ten times as much.
  for (let start = 0; start < text.length; start += 1) {
    if (!isPlaceholderStart(text.charCodeAt(start))) continue;
    const end = scanner.endAt(start);
    if (end === undefined) continue;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "placeholder", text: text.slice(start, end) });
    last = end;
    start = end - 1;
  }
  if (last < text.length || parts.length === 0) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/**
 * Finds the placeholder starting at a position, in linear time over the whole
 * string (a regex such as `(\${2,})[^$\s]+?\1|\{\{[\s\S]*?\}\}` backtracks over
 * a long run of `$` or an unclosed `{{`: quadratic, minutes for a 200,000-character
 * value). At each position the forms are tried in this order, the first that
 * fits wins: `${…}` and `#{…}` (to the first `}`), `{{…}}` (to the first `}}`),
 * `$$…$$` (a run of at least two `$`, text without `$` or spaces, and at least
 * as many `$` again: the run's last `$$` that the closing run can match), and
 * `<UPPER_CASE>`. The next `}` and `}}`, and each run of `$`, are found once
 * and reused, so no character is read more than a few times.
 */
class PlaceholderScanner {
  #brace = -2;
  #doubleBrace = -2;
  /** The run of `$` last measured: `[start, end)`, its body's end and its closing run's length. */
  #run: { start: number; end: number; bodyEnd: number; closing: number } | undefined;

  constructor(private readonly text: string) {}

  /** The end (exclusive) of the placeholder that starts at `start`, or undefined. */
  endAt(start: number): number | undefined {
    const text = this.text;
    const first = text[start];
    const second = text[start + 1];
    if ((first === "$" || first === "#") && second === "{") {
      const close = this.#nextBrace(start + 2);
      return close === -1 ? undefined : close + 1;
    }
    if (first === "{" && second === "{") {
      const close = this.#nextDoubleBrace(start + 2);
      return close === -1 ? undefined : close + 2;
    }
    if (first === "$" && second === "$") return this.#dollars(start);
    if (first === "<") {
      ANGLE_TOKEN.lastIndex = start;
      return ANGLE_TOKEN.test(text) ? ANGLE_TOKEN.lastIndex : undefined;
    }
    return undefined;
  }

  #nextBrace(from: number): number {
    if (this.#brace !== -1 && this.#brace < from) this.#brace = this.text.indexOf("}", from);
    return this.#brace;
  }

  #nextDoubleBrace(from: number): number {
    if (this.#doubleBrace !== -1 && this.#doubleBrace < from) this.#doubleBrace = this.text.indexOf("}}", from);
    return this.#doubleBrace;
  }

  /** `$$…$$` starting at `start`, inside a run of at least two `$`. */
  #dollars(start: number): number | undefined {
    const text = this.text;
    let run = this.#run;
    if (run === undefined || start < run.start || start >= run.end) {
      let end = start;
      while (text[end] === "$") end += 1;
      DOLLAR_BODY.lastIndex = end;
      DOLLAR_BODY.test(text);
      const bodyEnd = DOLLAR_BODY.lastIndex;
      let closingEnd = bodyEnd;
      while (text[closingEnd] === "$") closingEnd += 1;
      run = { start, end, bodyEnd, closing: closingEnd - bodyEnd };
      this.#run = run;
    }
    const opening = run.end - start;
    // No text between the runs, or a closing run shorter than this opening: a later start (fewer `$`) may fit.
    if (run.bodyEnd === run.end || run.closing < opening || opening < 2) return undefined;
    return run.bodyEnd + opening;
  }
}

/** True when every part of the string is a placeholder (nothing literal to judge). */
export function isOnlyPlaceholders(parts: readonly StringPart[]): boolean {
  return parts.every((part) => part.kind === "placeholder" || part.text.trim() === "");
}

/** True when the string holds at least one placeholder. */
export function hasPlaceholder(parts: readonly StringPart[]): boolean {
  return parts.some((part) => part.kind === "placeholder");
}

/**
 * Partly templated strings (`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/app:1.2`)
 * are read with each placeholder replaced by one "hole" character from the
 * Unicode private use area (U+E000 + its index). A hole is none of `.`, `:`,
 * `/`, `@`, so `parseImage` and `splitArn` split a templated string the way
 * they split a literal one, every component holding a placeholder shows it
 * (`hasHole`), and `restoreHoles` puts the placeholders back for messages.
 */
const HOLE_BASE = 0xe000;
const HOLES = /[\ue000-\uf8ff]/;
const HOLES_GLOBAL = /[\ue000-\uf8ff]/g;

/** The text of a string's parts with each placeholder replaced by a hole. */
export function withHoles(parts: readonly StringPart[]): string {
  let index = 0;
  return parts.map((part) => (part.kind === "placeholder" ? String.fromCharCode(HOLE_BASE + index++) : part.text)).join("");
}

/** True when a component of a templated string holds a placeholder (its value cannot be known). */
export function hasHole(text: string): boolean {
  return HOLES.test(text);
}

/** A component of a `withHoles` text with its placeholders written back, for messages. */
export function restoreHoles(text: string, parts: readonly StringPart[]): string {
  const placeholders = parts.filter((part) => part.kind === "placeholder").map((part) => part.text);
  return text.replace(HOLES_GLOBAL, (hole) => placeholders[hole.charCodeAt(0) - HOLE_BASE] ?? "");
}

/** The literal text before the first placeholder. */
export function literalPrefix(text: string): string {
  const index = text.search(HOLES);
  return index === -1 ? text : text.slice(0, index);
}

/** The literal characters of a templated component (holes removed), for judging what can be judged. */
export function literalCharacters(text: string): string {
  return text.replace(HOLES_GLOBAL, "");
}
