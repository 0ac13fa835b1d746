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
