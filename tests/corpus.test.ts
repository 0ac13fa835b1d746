/**
 * Every rule over ../shared/corpus: 280 real configuration files from public
 * repositories. Nothing throws, every parseable task definition is recognized,
 * and nothing outside the task-definition folder is taken for one (so, until
 * the other platforms land, nothing there is reported at all).
 * A clone without ../shared skips this file with one line saying so.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { documentsOf } from "../src/documents/index.js";
import { jsonParser, yamlParser } from "../src/parsers/index.js";
import plugin from "../src/index.js";

const corpus = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));
const present = existsSync(corpus);
if (!present) console.log(`corpus tests skipped: ${corpus} not found (it sits beside the repository on CI and in development)`);

const TASK_DEFINITION_FOLDER = "ecs-task-definitions";

function folders(): string[] {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function kindsIn(folder: string, file: string): string[] {
  const text = readFileSync(`${corpus}${folder}/${file}`, "utf8");
  const parser = file.endsWith(".json") ? jsonParser : yamlParser;
  return documentsOf(parser.parseForESLint(text, {}).ast as never).map((document) => document.kind);
}

describe.skipIf(!present)("corpus", () => {
  it("holds the folders this suite expects", () => {
    expect(folders()).toEqual(["apprunner", "cloudformation", "ecs-services-and-more", "ecs-task-definitions", "eksctl", "helm-templates", "kubernetes", "odd"]);
  });

  it("recognizes every file in the task-definition folder as one task definition", () => {
    const files = readdirSync(`${corpus}${TASK_DEFINITION_FOLDER}`);
    expect(files.length).toBe(58);
    for (const file of files) expect(kindsIn(TASK_DEFINITION_FOLDER, file), file).toEqual(["ecs-task-definition"]);
  });

  it("recognizes no task definition anywhere else", () => {
    let checked = 0;
    for (const folder of folders().filter((name) => name !== TASK_DEFINITION_FOLDER)) {
      for (const file of readdirSync(`${corpus}${folder}`)) {
        expect(kindsIn(folder, file), `${folder}/${file}`).not.toContain("ecs-task-definition");
        checked += 1;
      }
    }
    expect(checked).toBe(224);
  });

  it("runs every rule (strict) over every file without a crash, and reports only on task definitions", async () => {
    const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: plugin.configs.strict, ignore: false });
    const results = await eslint.lintFiles(["."]);
    expect(results.length).toBe(282);
    for (const result of results) {
      const fatal = result.messages.filter((message) => message.fatal);
      expect(fatal, result.filePath).toEqual([]);
      const folder = result.filePath.slice(corpus.length).split("/")[0];
      if (folder !== TASK_DEFINITION_FOLDER) expect(result.messages.map((message) => `${message.ruleId}: ${message.message}`), result.filePath).toEqual([]);
    }
  });
});
