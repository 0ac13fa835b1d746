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
