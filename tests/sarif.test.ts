/**
 * SARIF for GitHub code scanning: examples/ copied into an empty project with
 * the packed package, ESLint and @microsoft/eslint-formatter-sarif, linted with
 * the command of the README's workflow. The output is validated against the
 * SARIF 2.1.0 schema (the rtm.5 schema its `$schema` names, as Microsoft's
 * @microsoft/jest-sarif ships it, with the ajv that package validates with),
 * and each result is checked against ESLint's JSON output for the same run:
 * rule id, severity, message, file and region (start and end line and column),
 * and its rule's help URI, our docs page, which exists in docs/rules/.
 */
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPOSITORY_URL } from "../src/create-rule.js";
import { packedTarball, root, runEslint, scratchProject, type LintResult } from "./support/packed.js";

/** The README workflow's ESLint arguments. */
const SARIF_ARGS = [".", "--format", "@microsoft/eslint-formatter-sarif", "--output-file", "eslint-results.sarif"];

interface SarifRegion {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } };
    artifacts?: { location: { uri: string } }[];
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region?: SarifRegion } }[];
    }[];
    invocations?: unknown[];
  }[];
}

let folder = "";
let sarif: SarifLog;
let sarifText = "";
let eslintResults: LintResult[] = [];
let sarifStatus: number | null = null;

beforeAll(() => {
  folder = scratchProject({}, [packedTarball(), "eslint@10.15.0", "@microsoft/eslint-formatter-sarif@3.1.0"], "aws-containers-sarif-");
  cpSync(join(root, "examples"), folder, { recursive: true });
  const json = runEslint(folder, [".", "--format", "json"]);
  eslintResults = JSON.parse(json.stdout) as LintResult[];
  // As in the README's workflow: suppressed reports (eslint-disable comments) are left out.
  const run = runEslint(folder, SARIF_ARGS, { SARIF_ESLINT_IGNORE_SUPPRESSED: "true" });
  sarifStatus = run.status;
  sarifText = readFileSync(join(folder, "eslint-results.sarif"), "utf8");
  sarif = JSON.parse(sarifText) as SarifLog;
}, 600_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
}, 300_000);

describe("eslint --format @microsoft/eslint-formatter-sarif on examples/", () => {
  it("exits as ESLint does when it finds errors, with the report written to the file", () => {
    expect(sarifStatus).toBe(1);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.tool.driver.name).toBe("ESLint");
    expect(sarif.runs[0]!.invocations).toBeUndefined(); // no configuration or internal errors
  });

  it("is valid SARIF 2.1.0", () => {
    const jestSarif = createRequire(join(root, "node_modules/@microsoft/jest-sarif/package.json"));
    const schema = JSON.parse(readFileSync(jestSarif.resolve("./lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")) as { title: string };
    expect(schema.title).toContain("2.1.0");
    // The schema is draft-04, which ajv 6 (what @microsoft/jest-sarif validates with) reads with its meta-schema.
    const Ajv = jestSarif("ajv") as new (options: object) => {
      addMetaSchema(schema: object): void;
      validate(schema: object, data: unknown): boolean;
      errors?: unknown[] | null;
    };
    const ajv = new Ajv({ schemaId: "auto", allErrors: true });
    ajv.addMetaSchema(jestSarif("ajv/lib/refs/json-schema-draft-04.json") as object);
    const valid = ajv.validate(schema, JSON.parse(sarifText));
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("has one result for each report, with its rule id, severity, message, file and region", () => {
    const expected = eslintResults.flatMap((result) =>
      result.messages.map((message) => ({
        ruleId: message.ruleId,
        level: message.severity === 2 ? "error" : "warning",
        text: message.message,
        uri: pathToFileURL(result.filePath).href,
        region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
      })),
    );
    const actual = sarif.runs[0]!.results.map((result) => {
      const location = result.locations[0]!.physicalLocation;
      return { ruleId: result.ruleId, level: result.level, text: result.message.text, uri: location.artifactLocation.uri, region: location.region };
    });
    expect(expected.length).toBeGreaterThan(50);
    expect(actual).toEqual(expected);
  });

  it("names files by URIs inside the project, which upload-sarif makes relative to the checkout", () => {
    const projectUri = `${pathToFileURL(folder).href}/`;
    for (const result of sarif.runs[0]!.results) expect(result.locations[0]!.physicalLocation.artifactLocation.uri.startsWith(projectUri)).toBe(true);
    expect(sarif.runs[0]!.artifacts!.every((artifact) => artifact.location.uri.startsWith(projectUri))).toBe(true);
  });

  it("links each result's rule to its docs page", () => {
    const { rules } = sarif.runs[0]!.tool.driver;
    const ruleIds = new Set(sarif.runs[0]!.results.map((result) => result.ruleId));
    expect(rules.map((rule) => rule.id).sort()).toEqual([...ruleIds].sort());
    for (const result of sarif.runs[0]!.results) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
    for (const rule of rules) {
      const name = rule.id.replace(/^aws-containers\//, "");
      expect(rule.id).toBe(`aws-containers/${name}`);
      expect(rule.helpUri).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
      expect(existsSync(join(root, "docs/rules", `${name}.md`)), rule.id).toBe(true);
    }
  });

  it("is the command the README's workflow runs", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const text of [`npx eslint ${SARIF_ARGS.join(" ")}`, 'SARIF_ESLINT_IGNORE_SUPPRESSED: "true"', "github/codeql-action/upload-sarif@", "security-events: write", "sarif_file: eslint-results.sarif"])
      expect(readme.includes(text), `README.md has ${text}`).toBe(true);
  });
});
