/**
 * Secrets are never shown (issue 16, DESIGN.md "Never leak"): distinctive
 * secret values (AWS access key IDs and secret keys, passwords, tokens, a
 * private key, URLs and connection strings with credentials) are put in every
 * place where a configuration holds one — ECS `environment` (API, describe
 * output, a container list, CloudFormation), run-task and `--overrides`
 * input, EventBridge and Scheduler `Input`, Kubernetes `env` (containers and
 * init containers, JSON and YAML, a private key as a literal block) and
 * ConfigMap data, and where secrets end up though they should not (log driver
 * options, health-check and container commands) — and linted with every rule.
 * No message, no suggestion's description, and no SARIF output may hold a
 * secret or a sizeable piece of one (any 8 characters in a row of its secret
 * part). A fix or suggestion may hold one only where it writes back text the
 * user wrote in the range it replaces (restyling a list that holds the
 * variable keeps it where it was): it may never copy a secret anywhere new.
 * Test names name the place and the kind of secret, never the value.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { ESLint, Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { credentialIn } from "../src/facts/secrets.js";
import { blockYaml, STRICT, STRICT_WITH_JSON_LANGUAGE, type Json } from "./support/samples.js";

/** The SARIF formatter GitHub code scanning takes (CommonJS, untyped). */
const sarif = createRequire(import.meta.url)("@microsoft/eslint-formatter-sarif") as (results: ESLint.LintResult[], data: ESLint.LintResultData) => string;

interface Secret {
  readonly kind: string;
  readonly value: string;
  /** The part that is secret (a URL's password, a key's body): no 8 characters of it in a row may be shown. */
  readonly core: string;
  /** A variable name people give it. */
  readonly name: string;
  /** Recognized from its value alone (else from the variable's name). */
  readonly byValue: boolean;
}

const PRIVATE_KEY_BODY = "MIIEpQz8XALVdxgb7xaTbVpPpM6AnvhHHMueMdUqJ954Zq6gCdmvHuqme9MKrpprK";
const SECRETS: readonly Secret[] = [
  { kind: "AWS access key ID", value: "AKIAQZ8XRZ7B9RPPTTWN", core: "AKIAQZ8XRZ7B9RPPTTWN", name: "AWS_ACCESS_KEY_ID", byValue: true },
  { kind: "AWS secret access key", value: "Qz8XZnhKgXfC5k2RTv2UjZCTqZDE3ujYLjCrmVeP", core: "Qz8XZnhKgXfC5k2RTv2UjZCTqZDE3ujYLjCrmVeP", name: "AWS_SECRET_ACCESS_KEY", byValue: true },
  { kind: "GitHub token", value: "ghp_Qz8XbAVJg4A5QT3wqdr8REk4fWjuHNCgrqHH", core: "Qz8XbAVJg4A5QT3wqdr8REk4fWjuHNCgrqHH", name: "GH_TOKEN", byValue: true },
  { kind: "Slack token", value: "xoxb-123456789012-Qz8X4L2xYEXFH5xEK7XZPwbz", core: "Qz8X4L2xYEXFH5xEK7XZPwbz", name: "SLACK_TOKEN", byValue: true },
  { kind: "Stripe live key", value: "sk_live_Qz8Xx6zF3VdUVVzMmfvwQqjP8CGN", core: "Qz8Xx6zF3VdUVVzMmfvwQqjP8CGN", name: "STRIPE_SECRET_KEY", byValue: true },
  { kind: "private key", value: `-----BEGIN RSA PRIVATE KEY-----\n${PRIVATE_KEY_BODY}\n-----END RSA PRIVATE KEY-----\n`, core: PRIVATE_KEY_BODY, name: "TLS_PRIVATE_KEY", byValue: true },
  { kind: "URL with a password", value: "postgres://app:Qz8XF95P6kw7bUeBf8uK@db.internal:5432/app", core: "Qz8XF95P6kw7bUeBf8uK", name: "DATABASE_URL", byValue: true },
  { kind: "connection string with a password", value: "Server=db;User Id=app;Password=Qz8XLNQJBwq7sX2LQnWZ;", core: "Qz8XLNQJBwq7sX2LQnWZ", name: "DB_CONNECTION", byValue: true },
  { kind: "password", value: "Qz8X8cbPfgsdRyUcuf", core: "Qz8X8cbPfgsdRyUcuf", name: "DB_PASSWORD", byValue: false },
  { kind: "opaque token", value: "Qz8XcYfadnhCLyfN925Hw7sRr2", core: "Qz8XcYfadnhCLyfN925Hw7sRr2", name: "API_TOKEN", byValue: false },
];

/** Every 8 characters in a row of a secret's core (the whole core when shorter). */
const PIECES: readonly string[] = SECRETS.flatMap(({ core }) => (core.length <= 8 ? [core] : Array.from({ length: core.length - 7 }, (_, index) => core.slice(index, index + 8))));

function piecesIn(text: string): string[] {
  return PIECES.filter((piece) => text.includes(piece));
}

function occurrences(text: string, piece: string): number {
  let count = 0;
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) count += 1;
  return count;
}

/** How a place holds one variable: a file's text, given the variable's name and value. */
interface Place {
  readonly place: string;
  readonly extension: string;
  /** Where no-plaintext-secrets reports the variable (false: a place the rules have no business reading). */
  readonly reported: (secret: Secret) => boolean;
  readonly write: (name: string, value: string) => string;
  readonly config?: Linter.Config[];
}

const json = (value: Json): string => JSON.stringify(value, null, 2);
const taskDefinition = (container: Json): Json => ({ family: "web", taskRoleArn: "arn:aws:iam::123456789012:role/web", containerDefinitions: [{ name: "web", image: "web:1.2.3", essential: true, ...(container as object) }] });
const environment = (name: string, value: string): Json => ({ environment: [{ name: "PORT", value: "8080" }, { name, value }] });
const overrides = (name: string, value: string): Json => ({ containerOverrides: [{ name: "app", environment: [{ name, value }] }] });
const deployment = (container: Json): Json => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web" },
  spec: { selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { initContainers: [{ name: "init", image: "busybox:1.36" }], containers: [{ name: "web", image: "web:1.2.3", ...(container as object) }] } } },
});
const always = (): boolean => true;
const never = (): boolean => false;

const PLACES: readonly Place[] = [
  { place: "ECS environment (JSON)", extension: ".json", reported: always, write: (name, value) => json(taskDefinition(environment(name, value))) },
  { place: "ECS environment (JSON through @eslint/json)", extension: ".json", reported: always, write: (name, value) => json(taskDefinition(environment(name, value))), config: STRICT_WITH_JSON_LANGUAGE },
  { place: "ECS environment (YAML)", extension: ".yaml", reported: always, write: (name, value) => blockYaml(taskDefinition(environment(name, value)), { plainKeys: true }) },
  { place: "ECS environment (describe-task-definition output)", extension: ".json", reported: always, write: (name, value) => json({ taskDefinition: taskDefinition(environment(name, value)) }) },
  { place: "ECS environment (a container list)", extension: ".json", reported: always, write: (name, value) => json([{ name: "web", image: "web:1.2.3", ...(environment(name, value) as object) }]) },
  {
    place: "ECS environment (CloudFormation JSON)",
    extension: ".json",
    reported: always,
    write: (name, value) => json({ Resources: { Task: { Type: "AWS::ECS::TaskDefinition", Properties: { ContainerDefinitions: [{ Name: "web", Image: "web:1.2.3", Environment: [{ Name: "PORT", Value: "8080" }, { Name: name, Value: value }] }] } } } }),
  },
  {
    place: "ECS environment (CloudFormation YAML)",
    extension: ".yaml",
    reported: always,
    write: (name, value) => blockYaml({ Resources: { Task: { Type: "AWS::ECS::TaskDefinition", Properties: { ContainerDefinitions: [{ Name: "web", Image: "web:1.2.3", Environment: [{ Name: name, Value: value }] }] } } } }, { plainKeys: true, indentlessLists: true }),
  },
  { place: "run-task input", extension: ".json", reported: always, write: (name, value) => json({ cluster: "prod", taskDefinition: "job:4", overrides: overrides(name, value) }) },
  { place: "a bare --overrides file", extension: ".json", reported: always, write: (name, value) => json(overrides(name, value)) },
  {
    place: "EventBridge target Input",
    extension: ".json",
    reported: always,
    write: (name, value) => json({ Rule: "nightly", Targets: [{ Id: "1", Arn: "arn:aws:ecs:us-east-1:123456789012:cluster/prod", RoleArn: "arn:aws:iam::123456789012:role/events", Input: JSON.stringify(overrides(name, value)), EcsParameters: { TaskDefinitionArn: "arn:aws:ecs:us-east-1:123456789012:task-definition/job:1" } }] }),
  },
  {
    place: "EventBridge rule Input (CloudFormation YAML)",
    extension: ".yaml",
    reported: always,
    write: (name, value) =>
      blockYaml({ Resources: { Rule: { Type: "AWS::Events::Rule", Properties: { ScheduleExpression: "rate(1 day)", Targets: [{ Id: "job", Arn: "arn:aws:ecs:us-east-1:123456789012:cluster/prod", Input: JSON.stringify(overrides(name, value)), EcsParameters: { TaskDefinitionArn: "arn:aws:ecs:us-east-1:123456789012:task-definition/job:1" } }] } } } }, { plainKeys: true }),
  },
  {
    place: "Scheduler schedule Input",
    extension: ".json",
    reported: always,
    write: (name, value) => json({ Name: "nightly", ScheduleExpression: "rate(1 day)", FlexibleTimeWindow: { Mode: "OFF" }, Target: { Arn: "arn:aws:ecs:us-east-1:123456789012:cluster/prod", RoleArn: "arn:aws:iam::123456789012:role/s", Input: JSON.stringify(overrides(name, value)), EcsParameters: { TaskDefinitionArn: "x" } } }),
  },
  { place: "Kubernetes env (YAML)", extension: ".yaml", reported: always, write: (name, value) => blockYaml(deployment({ env: [{ name: "PORT", value: "8080" }, { name, value }] }), { plainKeys: true }) },
  { place: "Kubernetes env (JSON)", extension: ".json", reported: always, write: (name, value) => json(deployment({ env: [{ name, value }] })) },
  {
    place: "Kubernetes env of an init container, a literal block",
    extension: ".yaml",
    reported: always,
    write: (name, value) =>
      [
        "apiVersion: batch/v1",
        "kind: CronJob",
        "metadata:",
        "  name: report",
        "spec:",
        '  schedule: "0 2 * * *"',
        "  jobTemplate:",
        "    spec:",
        "      template:",
        "        spec:",
        "          restartPolicy: OnFailure",
        "          initContainers:",
        "            - name: fetch",
        "              image: fetch:1.0.0",
        "              env:",
        `                - name: ${name}`,
        "                  value: |",
        ...value.replace(/\n$/, "").split("\n").map((line) => `                    ${line}`),
        "          containers:",
        "            - name: report",
        "              image: report:1.0.0",
        "",
      ].join("\n"),
  },
  { place: "Kubernetes ConfigMap data", extension: ".yaml", reported: (secret) => secret.byValue, write: (name, value) => blockYaml({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "web" }, data: { [name]: value, "app.properties": `token=${value}` } }, { plainKeys: true }) },
  {
    place: "ECS log driver options",
    extension: ".json",
    reported: never,
    write: (name, value) => json(taskDefinition({ logConfiguration: { logDriver: "splunk", options: { "splunk-url": "https://splunk.example.com:8088", "splunk-token": value, [name]: value } } })),
  },
  {
    place: "ECS health check and command",
    extension: ".json",
    reported: never,
    write: (_name, value) => json(taskDefinition({ command: ["serve", `--password=${value}`], entryPoint: ["sh", "-c"], healthCheck: { command: ["CMD-SHELL", `curl -f -u admin:${JSON.stringify(value)} http://localhost/ || exit 1`] } })),
  },
  { place: "Kubernetes container args", extension: ".yaml", reported: never, write: (_name, value) => blockYaml(deployment({ args: [`--token=${value}`], command: ["serve"] }), { plainKeys: true }) },
];

interface Sample {
  readonly title: string;
  readonly secret: Secret;
  readonly place: Place;
  readonly variable: string;
  readonly text: string;
}

/** Each secret in each place, under its own name and under a name that says nothing (a value-recognized secret is found either way). */
const SAMPLES: readonly Sample[] = PLACES.flatMap((place) =>
  SECRETS.flatMap((secret) =>
    [secret.name, "SETTING"].map((variable) => ({
      title: `${secret.kind} in ${place.place}, as ${variable === "SETTING" ? "a variable with a plain name" : "a variable with a telling name"}`,
      secret,
      place,
      variable,
      text: place.write(variable, secret.value),
    })),
  ),
);

const linter = new Linter();

function lint(sample: Sample): Linter.LintMessage[] {
  return linter.verify(sample.text, sample.place.config ?? STRICT, `file${sample.place.extension}`);
}

describe("secrets are never shown", () => {
  it("uses secrets the plugin recognizes, and test names that hold none of them", () => {
    for (const secret of SECRETS) {
      expect(credentialIn(secret.value) !== undefined, secret.kind).toBe(secret.byValue);
      expect(secret.value).toContain(secret.core);
    }
    expect(SAMPLES.flatMap((sample) => piecesIn(sample.title))).toEqual([]);
  });

  it.each(PLACES.map((place) => [place.place, place] as const))("%s: no message, suggestion or edit shows a secret", (_name, place) => {
    const problems: string[] = [];
    for (const sample of SAMPLES.filter((item) => item.place === place)) {
      const messages = lint(sample);
      if (messages.some((message) => message.fatal)) problems.push(`${sample.title}: does not parse`);
      for (const message of messages) {
        for (const piece of piecesIn(message.message)) problems.push(`${sample.title}: ${message.ruleId} message holds "${piece}": ${message.message}`);
        for (const suggestion of message.suggestions ?? []) for (const piece of piecesIn(suggestion.desc)) problems.push(`${sample.title}: ${message.ruleId} suggestion description holds "${piece}"`);
        const edits = [...(message.fix ? [{ what: "fix", fix: message.fix }] : []), ...(message.suggestions ?? []).map((suggestion) => ({ what: `suggestion "${suggestion.desc}"`, fix: suggestion.fix }))];
        for (const { what, fix } of edits) {
          const replaced = sample.text.slice(fix.range[0], fix.range[1]);
          for (const piece of piecesIn(fix.text)) if (occurrences(fix.text, piece) > occurrences(replaced, piece)) problems.push(`${sample.title}: ${message.ruleId} ${what} writes "${piece}" where the user did not`);
        }
      }
      const reported = messages.some((message) => message.ruleId === "aws-containers/no-plaintext-secrets");
      const expected = place.reported(sample.secret) && (sample.secret.byValue || sample.variable !== "SETTING");
      if (reported !== expected) problems.push(`${sample.title}: no-plaintext-secrets ${expected ? "does not report it" : "reports it"}`);
    }
    expect(problems).toEqual([]);
  });

  it("writes no secret into SARIF output", async () => {
    const cwd = process.cwd();
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: STRICT, ignore: false });
    const results = (await Promise.all(SAMPLES.map((sample, index) => eslint.lintText(sample.text, { filePath: join(cwd, "secrets", `sample-${index}${sample.place.extension}`) })))).flat();
    expect(results.reduce((sum, result) => sum + result.messages.length, 0)).toBeGreaterThan(SAMPLES.length);
    const output = sarif(results, { cwd, rulesMeta: eslint.getRulesMetaForResults(results) });
    expect(output).toContain('"ruleId": "aws-containers/no-plaintext-secrets"');
    expect(piecesIn(output)).toEqual([]);
  });
});
