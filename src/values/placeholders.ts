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

const PLACEHOLDER = /\$\{[^}]*\}|\{\{[\s\S]*?\}\}|(\${2,})[^$\s]+?\1|#\{[^}]*\}|<[A-Z][A-Z0-9_]*>/g;
/** Characters that can start a placeholder; strings without them skip the regex. */
const MAY_HOLD_PLACEHOLDER = /[$#{<]/;

/** False when the string has no character a placeholder starts with (most strings): no need to split it. */
export function mayHoldPlaceholder(text: string): boolean {
  return MAY_HOLD_PLACEHOLDER.test(text);
}

/** Splits a string into literal text and placeholders. */
export function splitPlaceholders(text: string): readonly StringPart[] {
  if (!MAY_HOLD_PLACEHOLDER.test(text)) return [{ kind: "text", text }];
  const parts: StringPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "placeholder", text: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
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
