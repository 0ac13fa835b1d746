/**
 * Every rule over ../shared/corpus: 280 real configuration files from public
 * repositories. Nothing throws; every task definition, and every service,
 * run-task input, capacity provider and ECR policy, is recognized as the kind
 * it is; nothing in the other folders is taken for a document (so, until the
 * other platforms land, nothing there is reported at all).
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
const SERVICES_FOLDER = "ecs-services-and-more";
/** What each file of the services folder is, as `kind/form`. */
const SERVICES_FOLDER_KINDS: Readonly<Record<string, readonly string[]>> = {
  "aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__config-file-type-file__runtask_firelens.json": ["ecs-run-task/run-task"],
  "aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__send-fb-internal-metrics-to-cw__runtask_firelen.json": ["ecs-run-task/run-task"],
  "aws-samples__aws-modern-application-workshop__module-2__aws-cli__capacity-provider-definition.json": ["ecs-capacity-provider/create"],
  "aws-samples__aws-modern-application-workshop__module-2__aws-cli__ecr-policy.json": ["ecr-policy/policy"],
  "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition-starter-account.json": ["ecs-service/create"],
  "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition.json": ["ecs-service/create"],
  "kayac__ecspresso__tests__ci__ecs-service-def-daemon.json": ["ecs-service/create"],
  "kayac__ecspresso__tests__ci__overrides.json": ["ecs-run-task/overrides"],
  "kayac__ecspresso__tests__ecs-service-def.json": ["ecs-service/create"],
  "kayac__ecspresso__tests__sv.json": ["ecs-service/create"],
  "trussworks__terraform-aws-ecr-repo__lifecycle-policy.json": ["ecr-lifecycle-policy/policy"],
};
/** Folders whose files are documents the plugin reads (and so may get reports). */
const DOCUMENT_FOLDERS = new Set([TASK_DEFINITION_FOLDER, SERVICES_FOLDER]);

function folders(): string[] {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function kindsIn(folder: string, file: string): string[] {
  const text = readFileSync(`${corpus}${folder}/${file}`, "utf8");
  const parser = file.endsWith(".json") ? jsonParser : yamlParser;
  return documentsOf(parser.parseForESLint(text, {}).ast as never, text).map((document) => `${document.kind}/${document.form}`);
}

describe.skipIf(!present)("corpus", () => {
  it("holds the folders this suite expects", () => {
    expect(folders()).toEqual(["apprunner", "cloudformation", "ecs-services-and-more", "ecs-task-definitions", "eksctl", "helm-templates", "kubernetes", "odd"]);
  });

  it("recognizes every file in the task-definition folder as one task definition", () => {
    const files = readdirSync(`${corpus}${TASK_DEFINITION_FOLDER}`);
    expect(files.length).toBe(58);
    for (const file of files) expect(kindsIn(TASK_DEFINITION_FOLDER, file)[0], file).toMatch(/^ecs-task-definition\//);
    for (const file of files) expect(kindsIn(TASK_DEFINITION_FOLDER, file), file).toHaveLength(1);
  });

  it("recognizes each file of the services folder as the kind it is", () => {
    const files = readdirSync(`${corpus}${SERVICES_FOLDER}`).sort();
    expect(files).toEqual(Object.keys(SERVICES_FOLDER_KINDS).sort());
    const kinds = new Map(Object.entries(SERVICES_FOLDER_KINDS));
    for (const file of files) expect(kindsIn(SERVICES_FOLDER, file), file).toEqual(kinds.get(file));
  });

  it("recognizes nothing in the other folders (Kubernetes, eksctl, App Runner, CloudFormation without ECR resources, Helm, odd)", () => {
    let checked = 0;
    for (const folder of folders().filter((name) => !DOCUMENT_FOLDERS.has(name))) {
      for (const file of readdirSync(`${corpus}${folder}`)) {
        expect(kindsIn(folder, file), `${folder}/${file}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBe(213);
  });

  it("runs every rule (strict) over every file without a crash, and reports only on the documents it reads", async () => {
    const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: plugin.configs.strict, ignore: false });
    const results = await eslint.lintFiles(["."]);
    expect(results.length).toBe(282);
    for (const result of results) {
      const fatal = result.messages.filter((message) => message.fatal);
      expect(fatal, result.filePath).toEqual([]);
      const folder = result.filePath.slice(corpus.length).split("/")[0] ?? "";
      if (!DOCUMENT_FOLDERS.has(folder)) expect(result.messages.map((message) => `${message.ruleId}: ${message.message}`), result.filePath).toEqual([]);
    }
  });
});

describe.skipIf(!present)("corpus: services and ECR files", () => {
  it("get these reports with strict, the task definitions serving as the project index — each read and judged true", async () => {
    const settings = { "aws-containers": { project: ["ecs-task-definitions/*.json", `${SERVICES_FOLDER}/*.json`] } };
    const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: [...plugin.configs.strict, { settings }], ignore: false });
    const results = await eslint.lintFiles([SERVICES_FOLDER]);
    const found = results
      .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(corpus.length + SERVICES_FOLDER.length + 1)}:${message.line}:${message.column} ${message.ruleId ?? "fatal"}`))
      .sort();
    // Fargate task with a public IP; rolling services without a circuit breaker; "REPLACE_ME_…" and an
    // 11-digit account in target group ARNs (AWS rejects both); EC2 launch type instead of a capacity
    // provider; a "tagged" lifecycle rule without tagPrefixList/tagPatternList (ECR requires one).
    expect(found).toMatchInlineSnapshot(`
      [
        "aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__config-file-type-file__runtask_firelens.json:7:31 aws-containers/ecs-service-public-ip",
        "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition-starter-account.json:10:5 aws-containers/ecs-service-circuit-breaker",
        "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition-starter-account.json:32:31 aws-containers/arn-format",
        "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition.json:27:25 aws-containers/arn-format",
        "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition.json:5:3 aws-containers/ecs-service-circuit-breaker",
        "kayac__ecspresso__tests__ecs-service-def.json:12:17 aws-containers/ecs-service-capacity-provider",
        "kayac__ecspresso__tests__sv.json:22:25 aws-containers/arn-format",
        "kayac__ecspresso__tests__sv.json:25:17 aws-containers/ecs-service-capacity-provider",
        "trussworks__terraform-aws-ecr-repo__lifecycle-policy.json:25:22 aws-containers/ecr-lifecycle-policy",
      ]
    `);
  });
});
