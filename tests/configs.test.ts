/**
 * The configs as users write them: spread into a flat config array, or passed to
 * `defineConfig({ extends: [...] })` (also narrowed to some files); and the
 * files they cover and ignore.
 */
import { ESLint } from "eslint";
import { defineConfig } from "eslint/config";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

const TASK_DEFINITION = JSON.stringify({ family: "web", containerDefinitions: [{ name: "web", image: "nginx:latest" }] });

async function rulesReported(config: unknown, filePath: string, text = TASK_DEFINITION): Promise<string[]> {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config as never, cwd: "/project" });
  const [result] = await eslint.lintText(text, { filePath });
  return [...new Set(result!.messages.map((message) => message.ruleId ?? "").filter((ruleId) => ruleId.startsWith("aws-containers/")))].sort();
}

describe("configs", () => {
  it("work spread into a config array", async () => {
    expect(await rulesReported([...plugin.configs.recommended], "/project/ecs/web.json")).toContain("aws-containers/image-tag-pinned");
  });

  it("work in defineConfig({ extends })", async () => {
    const config = defineConfig({ extends: [plugin.configs.recommended] });
    expect(await rulesReported(config, "/project/ecs/web.json")).toContain("aws-containers/ecs-task-role");
  });

  it("work in defineConfig({ files, extends }), only on those files", async () => {
    const config = defineConfig({ files: ["ecs/**"], extends: [plugin.configs.ecs] });
    expect(await rulesReported(config, "/project/ecs/web.json")).toContain("aws-containers/ecs-task-role");
    expect(await rulesReported(config, "/project/other/web.json")).toEqual([]);
  });

  it("cover JSON, JSONC, JSON5 and YAML files", async () => {
    const yaml = "family: web\ncontainerDefinitions:\n  - name: web\n    image: nginx:latest\n";
    for (const [path, text] of [
      ["/project/td.json", TASK_DEFINITION],
      ["/project/td.jsonc", TASK_DEFINITION],
      ["/project/td.json5", TASK_DEFINITION],
      ["/project/td.yaml", yaml],
      ["/project/td.yml", yaml],
    ] as const) {
      expect(await rulesReported(plugin.configs.recommended, path, text), path).toContain("aws-containers/image-tag-pinned");
    }
  });

  it("ignore lockfiles", async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: plugin.configs.recommended, cwd: "/project" });
    // No object of ours matches a lockfile, so ESLint does not lint it at all.
    expect(await eslint.isPathIgnored("/project/package-lock.json")).toBe(true);
    expect(await eslint.isPathIgnored("/project/sub/pnpm-lock.yaml")).toBe(true);
    expect(await rulesReported(plugin.configs.recommended, "/project/package-lock.json")).toEqual([]);
    expect(await rulesReported(plugin.configs.recommended, "/project/pnpm-lock.yaml", "family: web\ncontainerDefinitions: []\n")).toEqual([]);
  });

  it("strict turns on every rule and ecs the recommended ECS rules", () => {
    const count = (name: keyof typeof plugin.configs) => new Set(plugin.configs[name].flatMap((object) => Object.keys(object.rules ?? {}))).size;
    expect(count("strict")).toBe(Object.keys(plugin.rules).length);
    expect(count("ecs")).toBeLessThanOrEqual(count("recommended"));
  });
});

/** A Kubernetes Deployment and an ECR repository whose rules (arn-format, valid-schema) the ECS and ECR configs share. */
const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers:\n        - { name: web, image: nginx:latest }\n";
const BAD_ARN_TASK_DEFINITION = JSON.stringify({ family: "web", taskRoleArn: "arn:aws:iam:123456789012:role/web", containerDefinitions: [{ name: "web", image: "nginx:1.27" }] });

describe("platform configs judge their platform's documents alone", () => {
  it("the ecr config reports nothing on a task definition, though it shares arn-format with ecs", async () => {
    expect(await rulesReported([...plugin.configs.ecs], "/project/td.json", BAD_ARN_TASK_DEFINITION)).toContain("aws-containers/arn-format");
    expect(await rulesReported([...plugin.configs.ecr], "/project/td.json", BAD_ARN_TASK_DEFINITION)).toEqual([]);
  });

  it("the ecs config reports nothing on a Kubernetes manifest, eks does", async () => {
    expect(await rulesReported([...plugin.configs.ecs], "/project/web.yaml", DEPLOYMENT)).toEqual([]);
    expect(await rulesReported([...plugin.configs.eks], "/project/web.yaml", DEPLOYMENT)).toContain("aws-containers/image-tag-pinned");
  });

  it("two platform configs judge both platforms, and recommended with one of them judges all", async () => {
    const both = [...plugin.configs.ecs, ...plugin.configs.eks];
    expect(await rulesReported(both, "/project/web.yaml", DEPLOYMENT)).toContain("aws-containers/image-tag-pinned");
    expect(await rulesReported(both, "/project/td.json", BAD_ARN_TASK_DEFINITION)).toContain("aws-containers/arn-format");
    const withRecommended = [...plugin.configs.apprunner, ...plugin.configs.recommended, ...plugin.configs.ecr];
    expect(await rulesReported(withRecommended, "/project/web.yaml", DEPLOYMENT)).toContain("aws-containers/image-tag-pinned");
  });

  it("a config that names rules itself judges every platform, and settings can name platforms", async () => {
    const byHand = [{ files: ["**/*.yaml"], plugins: { "aws-containers": plugin }, language: "aws-containers/yaml", rules: { "aws-containers/image-tag-pinned": "warn" } }];
    expect(await rulesReported(byHand, "/project/web.yaml", DEPLOYMENT)).toEqual(["aws-containers/image-tag-pinned"]);
    expect(await rulesReported([...byHand, { settings: { "aws-containers": { platforms: { ecs: true } } } }], "/project/web.yaml", DEPLOYMENT)).toEqual([]);
  });
});

describe("settings mistakes stop the run with a message that names them", () => {
  const lint = (settings: unknown) => rulesReported([...plugin.configs.recommended, { settings: { "aws-containers": settings } }], "/project/td.json");
  it.each([
    [{ projects: ["infra/**"] }, 'ESLint settings["aws-containers"] has no key "projects" (did you mean "project"?); its keys are "project" and "platforms".'],
    [{ project: 7 }, 'ESLint settings["aws-containers"].project must be a glob pattern or a list of them, not a number.'],
    [{ platforms: ["ecs"] }, 'ESLint settings["aws-containers"].platforms must be an object such as { ecs: true, eks: true }, not a list.'],
    [{ platforms: { ecs: true, k8s: true } }, 'ESLint settings["aws-containers"].platforms has no platform "k8s"; the platforms are ecs, ecr, eks, eksctl, apprunner.'],
    [{ platforms: { ecs: "yes" } }, 'ESLint settings["aws-containers"].platforms.ecs must be true or false, not the string "yes".'],
    ["infra/**", 'ESLint settings["aws-containers"] must be an object with "project" and "platforms", not the string "infra/**".'],
  ])("%j", async (settings, message) => {
    await expect(lint(settings)).rejects.toThrow(message);
  });
});
