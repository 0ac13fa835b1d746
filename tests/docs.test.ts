/**
 * Every rule's doc page: its sections, its header table (from metadata), and
 * its examples, each linted with the rule — every ❌ block must report, every ✅
 * block must not. A block preceded by `<!-- options: [...] -->` is linted with
 * those options; one preceded by `<!-- settings: {...} -->` with those settings
 * (a project index of fixture files, for checks that need a second document).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { Linter } from "eslint";
import * as jsoncParser from "jsonc-eslint-parser";
import * as yamlParser from "yaml-eslint-parser";
import { describe, expect, it } from "vitest";
import type { AwsContainersRule } from "../src/create-rule.js";

// Rules are found by file, not through the index, so a rule's page is checked before it is listed.
const ruleNames = readdirSync(new URL("../src/rules/", import.meta.url))
  .filter((file) => file.endsWith(".ts") && file !== "index.ts")
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();
const rules: Record<string, AwsContainersRule> = {};
for (const name of ruleNames) rules[name] = ((await import(`../src/rules/${name}.ts`)) as { default: AwsContainersRule }).default;
const plugin = { rules };

interface Example {
  readonly kind: "incorrect" | "correct";
  readonly lang: "json" | "yaml";
  readonly code: string;
  readonly options: unknown[];
  readonly settings: Record<string, unknown> | undefined;
  readonly line: number;
}

const REQUIRED_SECTIONS = ["## What it reports", "## Why", "## Examples", "### ❌ Incorrect", "### ✅ Correct", "## Options", "## When not to use it", "## Further reading"];
const LEVEL_CELL = { error: "🔴 error", warn: "⚠️ warn", strict: "— (strict only)" } as const;

function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split("\n");
  let kind: Example["kind"] | undefined;
  let options: unknown[] = [];
  let settings: Record<string, unknown> | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.startsWith("### ❌")) kind = "incorrect";
    else if (line.startsWith("### ✅")) kind = "correct";
    else if (line.startsWith("## ")) kind = undefined;
    const optionsComment = /^<!-- options: (.*) -->$/.exec(line);
    if (optionsComment) options = JSON.parse(optionsComment[1]!) as unknown[];
    const settingsComment = /^<!-- settings: (.*) -->$/.exec(line);
    if (settingsComment) settings = JSON.parse(settingsComment[1]!) as Record<string, unknown>;
    const fence = /^```(json|jsonc|yaml|yml)\s*$/.exec(line);
    if (fence && kind) {
      const start = index;
      const body: string[] = [];
      for (index += 1; index < lines.length && lines[index] !== "```"; index += 1) body.push(lines[index]!);
      examples.push({ kind, lang: fence[1]!.startsWith("y") ? "yaml" : "json", code: `${body.join("\n")}\n`, options, settings, line: start + 1 });
      options = [];
      settings = undefined;
    }
  }
  return examples;
}

function lint(name: string, example: Example): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(
    example.code,
    [
      { files: ["**/*.json"], languageOptions: { parser: jsoncParser } },
      { files: ["**/*.yaml"], languageOptions: { parser: yamlParser } },
      { files: ["**/*.json", "**/*.yaml"], plugins: { "aws-containers": plugin }, rules: { [`aws-containers/${name}`]: ["error", ...example.options] }, ...(example.settings ? { settings: example.settings } : {}) },
    ],
    { filename: `example.${example.lang}` },
  );
}

describe.each(Object.entries(rules))("docs/rules/%s.md", (name, rule) => {
  const page = new URL(`../docs/rules/${name}.md`, import.meta.url);
  const markdown = existsSync(page) ? readFileSync(page, "utf8") : "";
  const examples = examplesOf(markdown);

  it("has a doc page", () => {
    expect(markdown, `docs/rules/${name}.md`).not.toBe("");
  });

  it("has a title, the description and every section", () => {
    expect(markdown.startsWith(`# ${name}\n\n${rule.meta.docs.description}\n`)).toBe(true);
    for (const section of REQUIRED_SECTIONS) expect(markdown, section).toContain(`\n${section}\n`);
  });

  it("has a header table that agrees with the rule's metadata", () => {
    const { level, platforms } = rule.meta.docs;
    const configs = [level === "strict" ? undefined : "`recommended`", "`strict`", ...(level === "strict" ? [] : platforms.map((platform) => `\`${platform}\``))].filter(Boolean).join(", ");
    const row = `| ${LEVEL_CELL[level]} | ${configs} | ${rule.meta.fixable ? "🔧 yes" : "—"} | ${rule.meta.hasSuggestions ? "💡 yes" : "—"} |`;
    expect(markdown).toContain("| Level in `recommended` | Configs | Autofix | Suggestions |\n| --- | --- | --- | --- |\n" + row + "\n");
  });

  it("shows ❌ and ✅ examples in both JSON and YAML", () => {
    for (const kind of ["incorrect", "correct"] as const) {
      for (const lang of ["json", "yaml"] as const) {
        expect(examples.some((example) => example.kind === kind && example.lang === lang), `${kind} ${lang}`).toBe(true);
      }
    }
  });

  it.each(examples.map((example) => [`${example.kind} ${example.lang} example at line ${example.line}`, example] as const))("%s", (_title, example) => {
    const messages = lint(name, example);
    const fatal = messages.filter((message) => message.fatal);
    expect(fatal, "example parses").toEqual([]);
    const reports = messages.filter((message) => message.ruleId === `aws-containers/${name}`);
    if (example.kind === "incorrect") expect(reports.length, "❌ example reports").toBeGreaterThan(0);
    else expect(reports.map((report) => report.message), "✅ example does not report").toEqual([]);
  });
});
