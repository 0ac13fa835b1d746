/**
 * createRule judges a file's documents in ESLint's `create`: each file gets its
 * own findings, also when the rule is configured under two names, after a file
 * on which another rule threw, and in files linted one after another; findings
 * on AWS's own output get no fixes or suggestions.
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

  it("recovers after a file on which another rule threw", () => {
    const throwing = { meta: { type: "problem", schema: [] }, create: () => ({ Program: () => { throw new Error("boom"); } }) };
    // The throwing rule stops the file's walk; the next file must still get its own findings.
    expect(() => lint({ a: { rules: { rule: throwing } }, b: { rules: { rule } } }, taskDefinition("nginx:latest"))).toThrow("boom");
    const messages = lint({ b: { rules: { rule } } }, taskDefinition("redis:latest"));
    expect(messages.map((message) => message.message)).toEqual([expect.stringContaining("redis:latest")]);
  });

  it("leaves findings to ESLint's disable comments, though they are made before the walk", () => {
    const plugins = { aws: { rules: { rule } } };
    const disabledLine = `{
  "family": "web",
  "containerDefinitions": [
    // eslint-disable-next-line aws/rule -- pinned by the release job
    { "name": "web", "image": "nginx:latest" },
    { "name": "worker", "image": "redis:latest" }
  ]
}`;
    expect(lint(plugins, disabledLine).map((message) => [message.line, message.message])).toEqual([[6, expect.stringContaining("redis:latest")]]);
    expect(lint(plugins, `/* eslint-disable aws/rule */\n${taskDefinition("nginx:latest")}`)).toEqual([]);
  });

  it("hands ESLint no listeners: the documents are judged in create", () => {
    let listeners: object | undefined;
    const spy = { meta: rule.meta, create: (context: never) => (listeners = rule.create(context)) };
    expect(lint({ aws: { rules: { rule: spy } } }, taskDefinition("nginx:latest"))).toHaveLength(1);
    expect(listeners).toEqual({});
  });

  it("gives no fixes or suggestions on AWS's own output (a describe response), and still reports", () => {
    const classic = plugin.rules["no-classic-load-balancer"]!;
    const service = { serviceName: "web", launchType: "FARGATE", loadBalancers: [{ loadBalancerName: "classic", targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", containerName: "web", containerPort: 80 }] };
    const input = lint({ aws: { rules: { rule: classic } } }, JSON.stringify(service));
    expect(input.map((message) => message.suggestions?.length)).toEqual([1]);
    const described = lint({ aws: { rules: { rule: classic } } }, JSON.stringify({ services: [{ ...service, serviceArn: "arn:aws:ecs:us-east-1:123456789012:service/prod/web", status: "ACTIVE" }], failures: [] }));
    expect(described.map((message) => [message.messageId, message.suggestions, message.fix])).toEqual([["classicAwsvpc", undefined, undefined]]);
  });
});
