/**
 * No regular expression in the plugin backtracks out of linear time (issue 16).
 * The long fuzz run hung for good on a 58-character ECR scanning filter: AWS's
 * own pattern for it, `^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$`, takes
 * exponential time on a value that fails it. long-values.test.ts feeds long
 * runs of a few characters, which cannot reach every pattern (a value past a
 * schema's maxLength is never matched); this test asks recheck, a ReDoS
 * checker, about every regular expression literal in src/, and replays what
 * was found with the inputs that hung.
 */
import { readdirSync, readFileSync } from "node:fs";
import { Linter } from "eslint";
import * as jsoncParser from "jsonc-eslint-parser";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { jsonParser } from "../src/parsers/index.js";
import { wildcardMatches } from "../src/text.js";

const SOURCE = new URL("../src/", import.meta.url);

interface Literal {
  readonly at: string;
  readonly source: string;
  readonly flags: string;
}

/** Every regular expression literal in src/, with where it is. */
function regexLiterals(): Literal[] {
  const literals: Literal[] = [];
  const files = readdirSync(SOURCE, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  for (const file of files) {
    const text = readFileSync(new URL(file, SOURCE), "utf8");
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = (node as ts.RegularExpressionLiteral).text;
        const slash = literal.lastIndexOf("/");
        literals.push({ at: `src/${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return literals;
}

describe("regular expressions", () => {
  it("every literal in src/ runs in linear time (recheck)", { timeout: 240_000 }, () => {
    const literals = regexLiterals();
    expect(literals.length).toBeGreaterThan(200);
    const unsafe = literals.flatMap(({ at, source, flags }) => {
      const verdict = checkSync(source, flags, { timeout: 20_000 });
      return verdict.status === "safe" ? [] : [`${at} /${source}/${flags}: ${verdict.status}${verdict.status === "vulnerable" ? ` (${verdict.complexity.type}, attack ${verdict.attack.pattern})` : ""}`];
    });
    expect(unsafe).toEqual([]);
  });
});

describe("inputs that hung or took the square of their length", () => {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [
    { files: ["**/*.json"], languageOptions: { parser: jsoncParser }, plugins: { "aws-containers": plugin }, rules: { "aws-containers/valid-schema": "error" } },
  ];

  it.each([
    ["the value the fuzz run hung on", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:$(A)cron("],
    ["a run of wildcards that fails at its end", `${"*".repeat(60)}(`],
  ])("an ECR scanning filter, %s, is reported at once", (_name, filter) => {
    const text = JSON.stringify({ scanType: "ENHANCED", rules: [{ scanFrequency: "CONTINUOUS_SCAN", repositoryFilters: [{ filter, filterType: "WILDCARD" }] }] });
    const start = performance.now();
    const messages = linter.verify(text, config, { filename: "registry-scanning.json" });
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(messages.map((message) => message.messageId)).toContain("patternMismatch");
  });

  it("a text that fails to parse, with many `{{` and no `}}`, gets its parse error at once", () => {
    const text = `{ "a": ${"{{".repeat(200_000)}`;
    const start = performance.now();
    expect(() => jsonParser.parseForESLint(text)).toThrow();
    expect(performance.now() - start).toBeLessThan(2_000);
    // And a templated JSON file is still left alone (it used to fail with "Expected to be an expression, but got empty").
    const templated = jsonParser.parseForESLint('{\n  "image": {{ .Values.image | quote }}\n}\n').ast;
    expect(templated.body).toEqual([]);
    expect(templated.loc.end).toEqual({ line: 4, column: 0 });
  });

  it("wildcards match as EKS Fargate selectors do, in time linear in the stars", () => {
    expect(wildcardMatches("*", "")).toBe(true);
    expect(wildcardMatches("prod-*", "prod-web")).toBe(true);
    expect(wildcardMatches("prod-*", "dev-web")).toBe(false);
    expect(wildcardMatches("?ev", "dev")).toBe(true);
    expect(wildcardMatches("?ev", "ev")).toBe(false);
    expect(wildcardMatches("a*b*c", "axxbyyc")).toBe(true);
    expect(wildcardMatches("a*b*c", "axxbyy")).toBe(false);
    expect(wildcardMatches("*-worker", "batch-worker")).toBe(true);
    expect(wildcardMatches("**x", "abx")).toBe(true);
    const start = performance.now();
    expect(wildcardMatches(`${"a*".repeat(500)}b`, "a".repeat(5_000))).toBe(false);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
