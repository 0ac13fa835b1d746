/**
 * Odd input never crashes a rule: anchors, aliases, merge keys, tags, empty
 * documents, flow style, BOM and CRLF, wrong types everywhere, nulls, templates,
 * broken syntax (a parse error message, not a crash), and a 5 MB file.
 * Every rule runs (the strict config), through jsonc/yaml parsers and through
 * @eslint/json's language for JSON.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import json from "@eslint/json";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

const oddFolder = fileURLToPath(new URL("./fixtures/odd/", import.meta.url));
const BROKEN = new Set(["broken.json", "broken.yaml"]);

function eslintFor(cwd: string, extra: Linter.Config[] = []): ESLint {
  return new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...plugin.configs.strict, ...extra], ignore: false });
}

async function lintFolder(cwd: string, extra: Linter.Config[] = []) {
  return eslintFor(cwd, extra).lintFiles(["."]);
}

describe("odd fixtures", () => {
  it("lints every odd file without a crash; only broken syntax is fatal, with the parser's message", async () => {
    const results = await lintFolder(oddFolder);
    expect(results.map((result) => result.filePath.slice(oddFolder.length)).sort()).toEqual(readdirSync(oddFolder).sort());
    for (const result of results) {
      const name = result.filePath.slice(oddFolder.length);
      const fatal = result.messages.filter((message) => message.fatal);
      if (BROKEN.has(name)) {
        expect(fatal, name).toHaveLength(1);
        expect(fatal[0]!.message, name).toMatch(/^Parsing error: /);
        expect(fatal[0]!.line, name).toBeGreaterThan(0);
      } else {
        expect(fatal.map((message) => message.message), name).toEqual([]);
      }
    }
  });

  it("lints the JSON files through @eslint/json's language too", async () => {
    const results = await lintFolder(oddFolder, [{ files: ["**/*.json"], plugins: { json }, language: "json/json" }]);
    for (const result of results.filter((item) => item.filePath.endsWith(".json"))) {
      const name = result.filePath.slice(oddFolder.length);
      const fatal = result.messages.filter((message) => message.fatal);
      expect(fatal.length, name).toBe(BROKEN.has(name) ? 1 : 0);
    }
  });

  it("leaves a Helm template alone", async () => {
    const [result] = await eslintFor(oddFolder).lintFiles(["helm-template.yaml"]);
    expect(result!.messages).toEqual([]);
  });
});

describe("a 5 MB task definition", () => {
  it.each(["json", "yaml"] as const)("is linted without a crash (%s)", async (syntax) => {
    const folder = mkdtempSync(join(tmpdir(), "aws-containers-huge-"));
    const containers = Array.from({ length: 640 }, (_, index) => ({
      name: `container-${index}`,
      image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/app-${index}:1.0.${index}`,
      essential: index === 0,
      memory: 512,
      environment: Array.from({ length: 60 }, (_unused, variable) => ({ name: `SETTING_${variable}`, value: `value-${index}-${variable}-${"x".repeat(80)}` })),
    }));
    const task = { family: "huge", networkMode: "awsvpc", requiresCompatibilities: ["FARGATE"], cpu: "4096", memory: "8192", containerDefinitions: containers };
    const text = syntax === "json" ? JSON.stringify(task, null, 2) : toYaml(task);
    expect(text.length).toBeGreaterThan(5_000_000);
    writeFileSync(join(folder, `huge.${syntax}`), text);
    const [result] = await eslintFor(folder).lintFiles(["."]);
    expect(result!.messages.filter((message) => message.fatal)).toEqual([]);
  });
});

describe("values nested 10,000 levels deep", () => {
  it.each([
    ["deep.json", `{"family": "deep", "containerDefinitions": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`],
    ["deep.yaml", `family: deep\ncontainerDefinitions: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`],
  ])("%s: one parsing error that says the nesting is too deep, not a stack error", async (name, text) => {
    const folder = mkdtempSync(join(tmpdir(), "aws-containers-deep-"));
    writeFileSync(join(folder, name), text);
    const [result] = await eslintFor(folder).lintFiles(["."]);
    const fatal = result!.messages.filter((message) => message.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]!.message).toMatch(/^Parsing error: Values are nested too deeply to parse/);
    expect(fatal[0]!.line).toBeGreaterThan(0);
  });
});

/** A small YAML writer for the generated file (block style, quoted strings). */
function toYaml(value: unknown, indent = ""): string {
  if (Array.isArray(value)) return value.map((item) => `${indent}- ${toYaml(item, `${indent}  `).trimStart()}`).join("");
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([key, item]) => (item && typeof item === "object" ? `${indent}${key}:\n${toYaml(item, `${indent}  `)}` : `${indent}${key}: ${JSON.stringify(item)}\n`))
      .join("");
  }
  return `${JSON.stringify(value)}\n`;
}
