/**
 * Placeholders are found in linear time (issue 16: a long run of `$`, an
 * unclosed `{{` or `${` made the old regular expression backtrack for minutes),
 * with the same parts the regular expression gave.
 */
import { describe, expect, it } from "vitest";
import { splitPlaceholders, type StringPart } from "../../src/values/placeholders.js";

/** The regular expression the scanner replaced: its answers are the reference on short strings. */
const REFERENCE = /\$\{[^}]*\}|\{\{[\s\S]*?\}\}|(\${2,})[^$\s]+?\1|#\{[^}]*\}|<[A-Z][A-Z0-9_]*>/g;

function referenceParts(text: string): StringPart[] {
  const parts: StringPart[] = [];
  let last = 0;
  for (const match of text.matchAll(REFERENCE)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push({ kind: "placeholder", text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** A small deterministic generator (the test must not depend on Math.random). */
function* strings(count: number): Generator<string> {
  const alphabet = ["$", "$", "$", "#", "{", "{", "}", "}", "<", ">", "A", "B_", "a", " ", "x"];
  let seed = 20261206;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let index = 0; index < count; index += 1) {
    const length = next() % 14;
    let text = "";
    for (let position = 0; position < length; position += 1) text += alphabet[next() % alphabet.length];
    yield text;
  }
}

describe("splitPlaceholders", () => {
  it("gives the parts the reference expression gives, on 50,000 generated strings", () => {
    let compared = 0;
    for (const text of strings(50_000)) {
      expect(splitPlaceholders(text), JSON.stringify(text)).toEqual(referenceParts(text));
      compared += 1;
    }
    expect(compared).toBe(50_000);
  });

  it.each([
    ["${REPO}:latest", ["${REPO}", ":latest"]],
    ["$$$VAR$$$ and $$X$$", ["$$$VAR$$$", " and ", "$$X$$"]],
    ["$$$x$$", ["$", "$$x$$"]],
    ["{{ .Values.tag }}-#{Octopus.Tag}-<ACCOUNT_ID>", ["{{ .Values.tag }}", "-", "#{Octopus.Tag}", "-", "<ACCOUNT_ID>"]],
    ["${unclosed and {{ also", ["${unclosed and {{ also"]],
  ])("splits %s", (text, expected) => {
    expect(splitPlaceholders(text).map((part) => part.text)).toEqual(expected);
  });

  it.each([
    ["a run of $", "$".repeat(1_000_000)],
    ["unclosed {{", "{{".repeat(500_000)],
    ["unclosed ${", "${".repeat(500_000)],
    ["$$ runs without a closing run", "$$a".repeat(330_000)],
    ["unclosed #{", "#{".repeat(500_000)],
    ["angle brackets", "<A".repeat(500_000)],
  ])("reads 1 MB of %s in linear time", (_name, text) => {
    // Quadratic scanning takes minutes on a megabyte; linear takes milliseconds. The bound is loose for slow machines.
    const start = performance.now();
    splitPlaceholders(text);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
