/**
 * The plugin's own conventions: rule ids are file names, the index is complete
 * and sorted, every rule has a doc page and tests, messages are sentences, and
 * the configs say what rule metadata says.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import plugin, { rules } from "../src/index.js";
import { buildConfig } from "../src/configs/index.js";

const ruleFiles = readdirSync(new URL("../src/rules/", import.meta.url))
  .filter((file) => file.endsWith(".ts") && file !== "index.ts")
  .map((file) => file.replace(/\.ts$/, ""));
const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };

describe("rule index", () => {
  it("lists every rule file, under its file name", () => {
    expect(Object.keys(rules).sort()).toEqual(ruleFiles.sort());
    for (const [name, rule] of Object.entries(rules)) expect(rule.name).toBe(name);
  });
  it("is sorted", () => {
    const names = Object.keys(rules);
    expect(names).toEqual([...names].sort());
  });
});

describe.each(Object.entries(rules))("%s", (name, rule) => {
  it("has a doc page and a test file", () => {
    expect(existsSync(new URL(`../docs/rules/${name}.md`, import.meta.url))).toBe(true);
    expect(existsSync(new URL(`./rules/${name}.test.ts`, import.meta.url))).toBe(true);
  });
  it("links to its doc page", () => {
    expect(rule.meta.docs.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });
  it("has messages that are sentences ending with a period", () => {
    for (const message of Object.values(rule.meta.messages ?? {})) {
      expect(message).toMatch(/^[A-Z`{]/);
      expect(message).toMatch(/\.$/);
    }
  });
  it("has a description ending with a period and a known level", () => {
    expect(rule.meta.docs.description).toMatch(/\.$/);
    expect(["error", "warn", "strict"]).toContain(rule.meta.docs.level);
    expect(rule.meta.docs.platforms.length).toBeGreaterThan(0);
  });
});

describe("plugin", () => {
  it("has meta from package.json", () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });
  it("ships recommended, strict and one config per platform", () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(["apprunner", "ecr", "ecs", "eks", "eksctl", "recommended", "strict"]);
  });
  it.each(Object.entries(plugin.configs))("config %s: every object has a name and files", (_config, objects) => {
    for (const object of objects) {
      expect(object.name).toMatch(/^aws-containers\//);
      expect(object.files?.length).toBeGreaterThan(0);
    }
  });
  it("configs agree with rule metadata", () => {
    const rulesOf = (config: keyof typeof plugin.configs) => Object.assign({}, ...plugin.configs[config].map((object) => object.rules ?? {})) as Record<string, string>;
    const recommended = rulesOf("recommended");
    const strict = rulesOf("strict");
    const ecs = rulesOf("ecs");
    const ecr = rulesOf("ecr");
    for (const [name, rule] of Object.entries(rules)) {
      const id = `aws-containers/${name}`;
      const { level, platforms } = rule.meta.docs;
      expect(strict[id]).toBe(level === "error" ? "error" : "warn");
      expect(recommended[id]).toBe(level === "strict" ? undefined : level);
      expect(ecs[id]).toBe(level !== "strict" && platforms.includes("ecs") ? level : undefined);
      expect(ecr[id]).toBe(level !== "strict" && platforms.includes("ecr") ? level : undefined);
    }
    expect(buildConfig("recommended", plugin, rules)).toEqual(plugin.configs.recommended);
  });
});
