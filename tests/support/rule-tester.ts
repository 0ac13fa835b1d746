/**
 * Runs a rule's cases with ESLint's own RuleTester under vitest.
 *
 * Cases are written once per syntax with `json` / `yaml` tagged templates
 * (dedented, so line and column numbers read naturally), and run under the
 * languages our configs set (`aws-containers/json`, `aws-containers/yaml`).
 * Every JSON case runs twice: also with @eslint/json's Momoa AST (what a
 * user's `language: "json/json"` gives), at the same positions.
 */
import { readFileSync } from "node:fs";
import json from "@eslint/json";
import { RuleTester, type Rule } from "eslint";
import { describe, it } from "vitest";
import { languages } from "../../src/languages/index.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export type Syntax = "json" | "yaml";

export interface ValidCase {
  readonly syntax: Syntax;
  readonly code: string;
  readonly filename?: string;
  readonly options?: readonly unknown[];
  readonly name?: string;
  /** ESLint settings, e.g. the project index: `{ "aws-containers": { project: ["tests/fixtures/…/*.json"] } }`. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface ExpectedSuggestion {
  readonly messageId: string;
  readonly data?: Record<string, unknown>;
  readonly output: string;
}

export interface ExpectedError {
  readonly messageId: string;
  readonly data?: Record<string, unknown>;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly suggestions?: readonly ExpectedSuggestion[] | null;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
  /** The fixed code; omit when the rule offers no autofix for this case. */
  readonly output?: string;
}

/** Removes the indentation common to every line and the first and last blank lines. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, "").replace(/\n[ \t]*$/, "").split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)![0].length));
  return `${lines.map((line) => line.slice(indent)).join("\n")}\n`;
}

function tagged(syntax: Syntax) {
  return (strings: TemplateStringsArray, ...values: unknown[]): ValidCase => ({
    syntax,
    code: dedent(String.raw({ raw: strings }, ...values)),
  });
}

/** A JSON case: json`{ … }`. Spread it and add `errors`, `output`, `options`. */
export const jsonCase = tagged("json");
/** A YAML case: yaml`key: value`. */
export const yamlCase = tagged("yaml");

/** A case read from tests/fixtures (a template several rules' tests share), JSON or YAML by its extension. */
export function fixtureCase(path: string): ValidCase {
  return { syntax: /\.ya?ml$/.test(path) ? "yaml" : "json", code: readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8") };
}

const FILENAMES: Record<Syntax, string> = { json: "task-definition.json", yaml: "task-definition.yaml" };

const testers = {
  jsonc: new RuleTester({ files: ["**/*.json", "**/*.jsonc", "**/*.json5"], plugins: { "aws-containers": { languages } }, language: "aws-containers/json" }),
  momoa: new RuleTester({ files: ["**/*.json"], plugins: { json }, language: "json/json" }),
  yaml: new RuleTester({ files: ["**/*.yaml", "**/*.yml"], plugins: { "aws-containers": { languages } }, language: "aws-containers/yaml" }),
};

function toTesterCase(item: ValidCase | InvalidCase): RuleTester.ValidTestCase & Partial<RuleTester.InvalidTestCase> {
  const filename = item.filename ?? FILENAMES[item.syntax];
  const converted: Record<string, unknown> = { code: item.code, filename };
  if (item.name) converted.name = item.name;
  if (item.options) converted.options = item.options;
  if (item.settings) converted.settings = item.settings;
  if ("errors" in item) {
    converted.errors = item.errors.map((error) => ({
      ...error,
      ...(error.suggestions ? { suggestions: error.suggestions.map((suggestion) => ({ ...suggestion })) } : {}),
    }));
    converted.output = item.output ?? null;
  }
  return converted as unknown as RuleTester.ValidTestCase & Partial<RuleTester.InvalidTestCase>;
}

/** Runs valid and invalid cases for one rule, in every syntax and AST they are written for. */
export function runRule(name: string, rule: Rule.RuleModule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const pick = (syntax: Syntax) => ({
    valid: cases.valid.filter((item) => item.syntax === syntax).map(toTesterCase),
    invalid: cases.invalid.filter((item) => item.syntax === syntax).map(toTesterCase) as RuleTester.InvalidTestCase[],
  });
  const jsonCases = pick("json");
  const yamlCases = pick("yaml");
  describe(`${name} (JSON, aws-containers/json)`, () => testers.jsonc.run(name, rule, jsonCases));
  describe(`${name} (JSON, @eslint/json)`, () => testers.momoa.run(name, rule, jsonCases));
  describe(`${name} (YAML)`, () => testers.yaml.run(name, rule, yamlCases));
}
