/**
 * createRule's one listener per rule: each file's handlers reach that file's
 * documents, also when the rule is configured under two names, after a file
 * whose walk another rule stopped, and in files linted one after another.
 */
import { Linter } from "eslint";
import * as jsonParser from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

const rule = plugin.rules["image-tag-pinned"]!;
const taskDefinition = (image: string): string => JSON.stringify({ family: "web", containerDefinitions: [{ name: "web", image }] });

function lint(rules: Record<string, unknown>, text: string): Linter.LintMessage[] {
  const linter = new Linter();
  return linter.verify(text, [{ files: ["**/*.json"], languageOptions: { parser: jsonParser }, plugins: rules as never, rules: Object.fromEntries(Object.keys(rules).map((name) => [`${name}/rule`, "error"])) }], "td.json");
}

describe("createRule", () => {
  it("reports each file's own findings when files are linted one after another", () => {
    const plugins = { aws: { rules: { rule } } };
    expect(lint(plugins, taskDefinition("nginx:latest")).map((message) => message.message)).toEqual([expect.stringContaining("nginx:latest")]);
    expect(lint(plugins, taskDefinition("nginx:1.27"))).toEqual([]);
    expect(lint(plugins, taskDefinition("redis:latest")).map((message) => message.message)).toEqual([expect.stringContaining("redis:latest")]);
  });

  it("reports under each name when one rule is configured under two", () => {
    const messages = lint({ first: { rules: { rule } }, second: { rules: { rule } } }, taskDefinition("nginx:latest"));
    expect(messages.map((message) => message.ruleId).sort()).toEqual(["first/rule", "second/rule"]);
  });

  it("recovers after a file whose walk another rule stopped", () => {
    const throwing = { meta: { type: "problem", schema: [] }, create: () => ({ Program: () => { throw new Error("boom"); } }) };
    // The throwing rule runs first, so ours is left waiting for a walk that never comes.
    expect(() => lint({ a: { rules: { rule: throwing } }, b: { rules: { rule } } }, taskDefinition("nginx:latest"))).toThrow("boom");
    const messages = lint({ b: { rules: { rule } } }, taskDefinition("redis:latest"));
    expect(messages.map((message) => message.message)).toEqual([expect.stringContaining("redis:latest")]);
  });
});
