/**
 * Our languages, `aws-containers/json` and `aws-containers/yaml`, as the
 * configs set them: the same reports as the parsers through ESLint's
 * JavaScript language gave (on examples/, the odd fixtures and, when present,
 * ../shared/corpus), `eslint-disable` and `eslint` comments in YAML and JSONC,
 * Helm templates left alone, syntax errors at their position, and other
 * plugins' rules (listeners, tokens, parser services) working on files our
 * language parsed.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { ESLint, type Linter, type Rule } from "eslint";
import * as jsonc from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import * as yaml from "yaml-eslint-parser";
import plugin from "../src/index.js";

const examples = fileURLToPath(new URL("../examples/", import.meta.url));
const odd = fileURLToPath(new URL("./fixtures/odd/", import.meta.url));
const corpus = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));

const TASK_DEFINITION_YAML = "family: web\ncontainerDefinitions:\n  - name: web\n    image: nginx:latest\n";

async function lintText(text: string, filePath: string, config: Linter.Config[] = plugin.configs.recommended): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({ cwd: "/project", overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(text, { filePath });
  return result!.messages;
}

const positions = (messages: Linter.LintMessage[]) => messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.message}`);

/** The configs as they were before the languages: our rules with the two parsers through ESLint's JavaScript language. */
function throughParsers(config: Linter.Config[]): Linter.Config[] {
  const rules = config.filter((object) => object.rules);
  return [
    { files: ["**/*.json", "**/*.jsonc", "**/*.json5"], languageOptions: { parser: jsonc } },
    { files: ["**/*.yaml", "**/*.yml"], languageOptions: { parser: yaml } },
    ...rules,
  ];
}

/** Every message, as text, per file; files that the bare parsers cannot read (templates: ours leave them alone) are left out. */
async function reportsIn(folder: string, config: Linter.Config[]): Promise<Map<string, string[]>> {
  const eslint = new ESLint({ cwd: folder, overrideConfigFile: true, overrideConfig: config, ignore: false });
  const results = await eslint.lintFiles(["."]);
  return new Map(
    results.map((result) => [
      result.filePath.slice(folder.length),
      result.messages.map((message) => JSON.stringify([message.ruleId, message.line, message.column, message.endLine, message.endColumn, message.message, message.fix, message.suggestions])),
    ]),
  );
}

describe("the same reports as the parsers through the JavaScript language", () => {
  const folders = [examples, odd, ...(existsSync(corpus) ? [corpus] : [])];
  it.each(folders)("in %s, every rule (strict)", async (folder) => {
    const [before, after] = await Promise.all([reportsIn(folder, throughParsers(plugin.configs.strict)), reportsIn(folder, plugin.configs.strict)]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    let compared = 0;
    for (const [file, messages] of before) {
      // A template the bare parser fails on: ours yields no documents instead (tested below).
      if (messages.some((message) => message.startsWith("[null,") && message.includes("Parsing error"))) continue;
      expect(after.get(file), file).toEqual(messages);
      compared += messages.length;
    }
    expect(compared).toBeGreaterThan(0);
  }, 300_000);
});

describe("inline comments", () => {
  it("YAML: # eslint-disable-next-line, -line, and disable/enable blocks", async () => {
    const all = await lintText(TASK_DEFINITION_YAML, "/project/td.yaml");
    expect(positions(all)).toContain("4:12 aws-containers/image-tag-pinned");

    const nextLine = "family: web\ncontainerDefinitions:\n  - name: web\n    # eslint-disable-next-line aws-containers/image-tag-pinned -- pinned by the deploy job\n    image: nginx:latest\n";
    expect(positions(await lintText(nextLine, "/project/td.yaml"))).not.toContain("5:12 aws-containers/image-tag-pinned");

    const sameLine = "family: web\ncontainerDefinitions:\n  - name: web\n    image: nginx:latest # eslint-disable-line aws-containers/image-tag-pinned\n";
    expect(positions(await lintText(sameLine, "/project/td.yaml"))).not.toContain("4:12 aws-containers/image-tag-pinned");

    const block = `# eslint-disable\n${TASK_DEFINITION_YAML}# eslint-enable\n`;
    expect(await lintText(block, "/project/td.yaml")).toEqual([]);
  });

  it("YAML: # eslint rule: off configures the file", async () => {
    const configured = `# eslint aws-containers/image-tag-pinned: off\n${TASK_DEFINITION_YAML}`;
    expect(positions(await lintText(configured, "/project/td.yaml")).filter((text) => text.includes("image-tag-pinned"))).toEqual([]);
  });

  it("JSONC: // and /* */ comments disable and configure", async () => {
    const lineComment = '{\n  "family": "web",\n  "containerDefinitions": [{\n    "name": "web",\n    // eslint-disable-next-line aws-containers/image-tag-pinned\n    "image": "nginx:latest"\n  }]\n}\n';
    const all = await lintText(lineComment.replace(/ *\/\/.*\n/, ""), "/project/td.json");
    expect(positions(all)).toContain("5:14 aws-containers/image-tag-pinned");
    expect(positions(await lintText(lineComment, "/project/td.json"))).not.toContain("6:14 aws-containers/image-tag-pinned");

    const blockComment = '/* eslint aws-containers/image-tag-pinned: off */\n{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:latest"}]}\n';
    expect(positions(await lintText(blockComment, "/project/td.jsonc")).filter((text) => text.includes("image-tag-pinned"))).toEqual([]);
  });

  it("reports an unused directive as ESLint does, and a malformed inline config", async () => {
    const unused = "# eslint-disable-next-line aws-containers/ecr-scan-on-push\nfamily: web\ncontainerDefinitions:\n  - name: web\n    image: nginx:1.27\n";
    const eslint = new ESLint({ cwd: "/project", overrideConfigFile: true, overrideConfig: [...plugin.configs.recommended, { linterOptions: { reportUnusedDisableDirectives: "error" } }] });
    const [result] = await eslint.lintText(unused, { filePath: "/project/td.yaml" });
    expect(result!.messages.filter((message) => message.ruleId === null).map((message) => `${message.line}:${message.column} ${message.message}`)).toEqual([
      "1:1 Unused eslint-disable directive (no problems were reported from 'aws-containers/ecr-scan-on-push').",
    ]);
    const malformed = await lintText(`# eslint aws-containers/image-tag-pinned: [\n${TASK_DEFINITION_YAML}`, "/project/td.yaml");
    expect(malformed.filter((message) => message.ruleId === null)).toHaveLength(1);
  });
});

describe("files that are not JSON or YAML", () => {
  it("leaves a Helm template alone (no documents, no parse error)", async () => {
    expect(await lintText("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{- include \"x\" . | nindent 4 }}\n", "/project/templates/deployment.yaml")).toEqual([]);
  });

  it("reports a syntax error once, at its line and 1-based column", async () => {
    const [json] = await lintText('{"a": [1,}\n', "/project/bad.json");
    expect([json!.fatal, json!.line, json!.column, json!.message]).toEqual([true, 1, 10, "Parsing error: Unexpected token '}'."]);
    const [yamlError] = await lintText("a: [1\n", "/project/bad.yaml");
    expect([yamlError!.fatal, yamlError!.line, yamlError!.column]).toEqual([true, 2, 1]);
    expect(yamlError!.message).toMatch(/^Parsing error: Flow sequence/);
  });
});

describe("other plugins' rules on files our languages parsed", () => {
  /** A rule as eslint-plugin-yml's and eslint-plugin-jsonc's are written: parser services, node listeners, tokens, comments. */
  const probe: Rule.RuleModule = {
    meta: { type: "problem", schema: [] },
    create(context) {
      const { sourceCode } = context;
      const services = sourceCode.parserServices as { isYAML?: boolean; isJSON?: boolean };
      const source = sourceCode as unknown as { getFirstToken(node: unknown): { value: string } | null; getTokenAfter(node: unknown, options?: unknown): { value: string } | null; getAllComments(): unknown[] };
      const report = (node: unknown, text: string) => context.report({ loc: (node as { loc: Linter.LintMessage & { start: never; end: never } }).loc, message: text });
      return {
        YAMLPair(node: unknown) {
          if (services.isYAML) report(node, `pair starts with ${source.getFirstToken(node)?.value}; comments ${source.getAllComments().length}`);
        },
        JSONProperty(node: unknown) {
          if (services.isJSON) report(node, `property starts with ${source.getFirstToken(node)?.value}, then ${source.getTokenAfter((node as { key: unknown }).key)?.value}`);
        },
      };
    },
  };
  const config: Linter.Config[] = [...plugin.configs.recommended, { files: ["**/*.yaml", "**/*.json"], plugins: { other: { rules: { probe } } }, rules: { "other/probe": "error" } }];

  it("visits YAML nodes, with tokens and comments", async () => {
    const messages = (await lintText("# a comment\nname: web\n", "/project/other.yaml", config)).map((message) => message.message);
    expect(messages).toEqual(["pair starts with name; comments 1"]);
  });

  it("visits JSON nodes, with tokens", async () => {
    const messages = (await lintText('{"name": "web"}\n', "/project/other.json", config)).map((message) => message.message);
    expect(messages).toEqual(['property starts with "name", then :']);
  });

  it("takes JavaScript language options a user's config gives every file, without a config error", async () => {
    const withGlobals: Linter.Config[] = [{ languageOptions: { globals: { window: "readonly" }, parserOptions: { ecmaVersion: "latest" } } }, ...plugin.configs.recommended];
    expect(positions(await lintText(TASK_DEFINITION_YAML, "/project/td.yaml", withGlobals))).toContain("4:12 aws-containers/image-tag-pinned");
  });

  it("lets ESLint's own JavaScript rules, given every file by a config without `files`, run without error", async () => {
    const alone = await reportsIn(examples, plugin.configs.recommended);
    const withJavaScript = await reportsIn(examples, [js.configs.all, ...plugin.configs.recommended]);
    for (const [file, messages] of alone) {
      if (file.endsWith(".js")) continue;
      const ours = (withJavaScript.get(file) ?? []).filter((message) => message.startsWith('["aws-containers/'));
      expect(ours, file).toEqual(messages);
    }
  }, 120_000);
});
