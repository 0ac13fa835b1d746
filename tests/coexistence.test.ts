/**
 * Beside the JSON/YAML plugins a user already has: the packed package installed
 * into an empty project with eslint-plugin-yml 3 (its `yml/yaml` language and
 * `standard` config), eslint-plugin-jsonc 3 (`jsonc/x`, `recommended-with-json`)
 * and @eslint/json (`json/json`, `recommended`), each in one `eslint.config.js`
 * with our `recommended`, in either order. For each (but one): no configuration error,
 * exactly the reports our rules make alone (rule, line, column) on ECS,
 * Kubernetes and eksctl files in JSON and YAML, and the other plugin's rule
 * still reporting on a file seeded for it. Where the other config comes last,
 * its language is the one ESLint uses for the file (checked as
 * `--print-config` shows it), so our rules are shown to work on its AST.
 * The one exception: @eslint/json's rules declare the languages they take, so
 * with its config before ours (our language last for `*.json`) ESLint refuses
 * the config; the README says to name `json/json` again after ours, tested too.
 * The README's config with two of them is run the same way.
 * Nothing here depends on how our configs set up parsing: the tarball is used
 * as a user gets it. On ESLint 10 and on ESLint 9 (eslint-plugin-yml and
 * eslint-plugin-jsonc 3 need 9.38 or later).
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedTarball, reportLines, runEslint, scratchProject, writeFiles, type LintResult } from "./support/packed.js";
import { readmeBlock } from "./support/recipes.js";

const AWS_FILES: Record<string, string> = {
  // An ECS task definition on Fargate with a privileged container and a latest tag.
  "ecs/web.json": `${JSON.stringify(
    {
      family: "web",
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: "256",
      memory: "512",
      containerDefinitions: [{ name: "web", image: "nginx:latest", privileged: true }],
    },
    null,
    2,
  )}\n`,
  // An EC2 task definition in YAML, without a task role.
  "ecs/worker.yaml": "family: worker\ncontainerDefinitions:\n  - name: worker\n    image: busybox:1.36\n    memory: 128\n    privileged: true\n",
  // A Deployment and the Service that would get a Classic Load Balancer, in one file.
  "k8s/web.yaml": [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: web",
    "spec:",
    "  replicas: 2",
    "  selector:",
    "    matchLabels: { app: web }",
    "  template:",
    "    metadata:",
    "      labels: { app: web }",
    "    spec:",
    "      containers:",
    "        - name: web",
    "          image: nginx:latest",
    "          securityContext:",
    "            privileged: true",
    "---",
    "apiVersion: v1",
    "kind: Service",
    "metadata:",
    "  name: web",
    "spec:",
    "  type: LoadBalancer",
    "  selector: { app: web }",
    "  ports:",
    "    - port: 80",
    "",
  ].join("\n"),
  // A CronJob in JSON, on a removed API version, sharing the host's network.
  "k8s/cleanup.json": `${JSON.stringify(
    {
      apiVersion: "batch/v1beta1",
      kind: "CronJob",
      metadata: { name: "cleanup" },
      spec: { schedule: "0 3 * * *", jobTemplate: { spec: { template: { spec: { hostNetwork: true, restartPolicy: "Never", containers: [{ name: "cleanup", image: "busybox:1.36" }] } } } } },
    },
    null,
    2,
  )}\n`,
  // An eksctl ClusterConfig: service accounts without OIDC, SSH open to the internet.
  "eksctl/cluster.yaml": [
    "apiVersion: eksctl.io/v1alpha5",
    "kind: ClusterConfig",
    "metadata:",
    "  name: shop",
    "  region: eu-west-1",
    "iam:",
    "  serviceAccounts:",
    "    - metadata: { name: sync, namespace: shop }",
    "      attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]",
    "managedNodeGroups:",
    "  - name: general",
    "    instanceTypes: [m6i.large, m5.large]",
    "    ssh:",
    "      allow: true",
    "      publicKeyName: ops",
    "",
  ].join("\n"),
};

/** Files no rule of ours reads, each with a problem for one of the other plugins. */
const SEEDED_FILES: Record<string, string> = {
  // A duplicate key: jsonc/no-dupe-keys and json/no-duplicate-keys.
  "seeded/duplicate-key.json": '{\n  "name": "a",\n  "name": "b"\n}\n',
  // A key without a value: yml/no-empty-mapping-value.
  "seeded/empty-value.yaml": "name:\nversion: 1\n",
};

interface Variant {
  /** The config array, or the whole eslint.config.js. */
  readonly config: string;
  /** The other plugins' reports on their seeded files. */
  readonly theirs?: readonly string[];
  /** When the other config comes last: the language it sets, which ESLint must use for each of these files. */
  readonly lastLanguage?: Readonly<Record<string, string>>;
  /** ESLint refuses the config, with this message: the README says what to write instead. */
  readonly refused?: RegExp;
}

const IMPORTS = 'import awsContainers from "eslint-plugin-aws-containers";\nimport yml from "eslint-plugin-yml";\nimport jsonc from "eslint-plugin-jsonc";\nimport json from "@eslint/json";\n\n';
const OURS = "...awsContainers.configs.recommended";
const YML = "...yml.configs.standard";
const JSONC = '...jsonc.configs["recommended-with-json"]';
// @eslint/json's config names no files or language: its README has the user add them.
const JSON_ = '{ files: ["**/*.json"], language: "json/json", ...json.configs.recommended }';
const JSON_FILES = ["ecs/web.json", "k8s/cleanup.json", "seeded/duplicate-key.json"];
const YAML_FILES = ["ecs/worker.yaml", "k8s/web.yaml", "eksctl/cluster.yaml", "seeded/empty-value.yaml"];

const each = (files: readonly string[], language: string): Record<string, string> => Object.fromEntries(files.map((file) => [file, language]));

const VARIANTS: Record<string, Variant> = {
  alone: { config: `[${OURS}]` },
  "eslint-plugin-yml before ours": { config: `[${YML}, ${OURS}]`, theirs: ["seeded/empty-value.yaml:1:1 yml/no-empty-mapping-value"] },
  "eslint-plugin-yml after ours": { config: `[${OURS}, ${YML}]`, theirs: ["seeded/empty-value.yaml:1:1 yml/no-empty-mapping-value"], lastLanguage: each(YAML_FILES, "yml/yaml") },
  "eslint-plugin-jsonc before ours": { config: `[${JSONC}, ${OURS}]`, theirs: ["seeded/duplicate-key.json:3:3 jsonc/no-dupe-keys"] },
  "eslint-plugin-jsonc after ours": { config: `[${OURS}, ${JSONC}]`, theirs: ["seeded/duplicate-key.json:3:3 jsonc/no-dupe-keys"], lastLanguage: each(JSON_FILES, "jsonc/x") },
  // @eslint/json's rules declare the languages they take (meta.languages): with ours last, ESLint refuses them on aws-containers/json.
  "@eslint/json before ours": { config: `[${JSON_}, ${OURS}]`, refused: /The following rules do not support the language "aws-containers\/json":\s+- "json\/no-duplicate-keys"/ },
  // What the README says to write then: name its language again after ours.
  "@eslint/json before ours, its language named again after": {
    config: `[${JSON_}, ${OURS}, { files: ["**/*.json"], language: "json/json" }]`,
    theirs: ["seeded/duplicate-key.json:3:3 json/no-duplicate-keys"],
    lastLanguage: each(JSON_FILES, "json/json"),
  },
  "@eslint/json after ours": { config: `[${OURS}, ${JSON_}]`, theirs: ["seeded/duplicate-key.json:3:3 json/no-duplicate-keys"], lastLanguage: each(JSON_FILES, "json/json") },
  "the README's config": {
    config: readmeBlock("js", "// eslint.config.js, beside other JSON and YAML plugins"),
    theirs: ["seeded/empty-value.yaml:1:1 yml/no-empty-mapping-value", "seeded/duplicate-key.json:3:3 jsonc/no-dupe-keys"],
    lastLanguage: { ...each(YAML_FILES, "yml/yaml"), ...each(JSON_FILES, "jsonc/x") },
  },
};

const LANGUAGES_SCRIPT = `import { ESLint } from "eslint";
const [config, ...files] = process.argv.slice(2);
const eslint = new ESLint({ overrideConfigFile: config });
const languages = {};
for (const file of files) languages[file] = JSON.parse(JSON.stringify(await eslint.calculateConfigForFile(file))).language;
console.log(JSON.stringify(languages));
`;

const configFile = (name: string): string => `${name.replace(/[^a-z]+/gi, "-").replace(/^-/, "")}.config.js`;
const ours = (message: { ruleId: string | null }): boolean => message.ruleId?.startsWith("aws-containers/") === true;

describe.each(["10.15.0", "9.39.5"])("the packed package beside eslint-plugin-yml, eslint-plugin-jsonc and @eslint/json, on ESLint %s", (eslintVersion) => {
  let folder = "";
  const runs = new Map<string, { status: number | null; stderr: string; results: LintResult[]; languages?: unknown }>();

  beforeAll(() => {
    folder = scratchProject({ ...AWS_FILES, ...SEEDED_FILES }, [packedTarball(), `eslint@${eslintVersion}`, "eslint-plugin-yml@3.10.0", "eslint-plugin-jsonc@3.4.2", "@eslint/json@2.1.1"]);
    writeFiles(folder, Object.fromEntries(Object.entries(VARIANTS).map(([name, variant]) => [configFile(name), variant.config.startsWith("[") ? `${IMPORTS}export default ${variant.config};\n` : variant.config])));
    writeFiles(folder, { "languages.mjs": LANGUAGES_SCRIPT });
    for (const name of Object.keys(VARIANTS)) {
      const run = runEslint(folder, ["--config", configFile(name), "--format", "json", "ecs", "k8s", "eksctl", "seeded"]);
      let results: LintResult[] = [];
      try {
        results = JSON.parse(run.stdout) as LintResult[];
      } catch {
        // a configuration error: no JSON, the message is in stderr (asserted below)
      }
      const files = VARIANTS[name]!.lastLanguage && Object.keys(VARIANTS[name]!.lastLanguage);
      // The language ESLint picks for each file, as `--print-config` shows it, in one process.
      const languages = files && (JSON.parse(execFileSync(process.execPath, ["languages.mjs", configFile(name), ...files], { cwd: folder, encoding: "utf8" })) as unknown);
      runs.set(name, { status: run.status, stderr: run.stderr, results, languages });
    }
  }, 600_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 300_000);

  it("our rules alone report on every AWS file and on nothing else", () => {
    const alone = runs.get("alone")!;
    expect(alone.status, alone.stderr).toBe(1);
    const lines = reportLines(folder, alone.results, ours);
    for (const file of Object.keys(AWS_FILES)) expect(lines.some((line) => line.startsWith(`${file}:`)), file).toBe(true);
    expect(lines.filter((line) => line.startsWith("seeded/"))).toEqual([]);
    for (const report of [
      "ecs/web.json:13:21 aws-containers/no-privileged",
      "ecs/worker.yaml:6:17 aws-containers/no-privileged",
      "k8s/web.yaml:24:9 aws-containers/no-classic-load-balancer",
      "k8s/cleanup.json:2:17 aws-containers/eks-deprecated-api",
      "k8s/cleanup.json:13:28 aws-containers/no-host-namespaces",
      "eksctl/cluster.yaml:7:3 aws-containers/eksctl-iam",
      "eksctl/cluster.yaml:14:14 aws-containers/eksctl-ssh",
    ])
      expect(lines).toContain(report);
  });

  describe.each(Object.keys(VARIANTS).filter((name) => VARIANTS[name]!.refused))("%s", (name) => {
    // ESLint 9 does not check rules' meta.languages: it runs them, on an AST whose node types they do not listen to.
    if (eslintVersion.startsWith("9.")) {
      it("runs on ESLint 9, with our reports as alone and nothing from @eslint/json's rules", () => {
        const run = runs.get(name)!;
        expect(run.status, run.stderr).toBe(1);
        expect(reportLines(folder, run.results, ours)).toEqual(reportLines(folder, runs.get("alone")!.results, ours));
        expect(reportLines(folder, run.results, (message) => !ours(message))).toEqual([]);
      });
    } else {
      it("is refused by ESLint, with a message that names the rules and our language", () => {
        const run = runs.get(name)!;
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(VARIANTS[name]!.refused!);
      });
    }
  });

  describe.each(Object.keys(VARIANTS).filter((name) => name !== "alone" && !VARIANTS[name]!.refused))("%s", (name) => {
    const variant = VARIANTS[name]!;

    it("loads without a configuration error and parses every file", () => {
      const run = runs.get(name)!;
      expect(run.status, run.stderr).toBe(1);
      expect(run.results.map((result) => result.filePath).length).toBe(Object.keys(AWS_FILES).length + Object.keys(SEEDED_FILES).length);
      expect(reportLines(folder, run.results, (message) => message.fatal === true)).toEqual([]);
    });

    it("gives exactly the reports our rules give alone", () => {
      expect(reportLines(folder, runs.get(name)!.results, ours)).toEqual(reportLines(folder, runs.get("alone")!.results, ours));
    });

    it("still runs the other plugin's rules", () => {
      const lines = reportLines(folder, runs.get(name)!.results);
      for (const report of variant.theirs!) expect(lines).toContain(report);
    });

    if (variant.lastLanguage) {
      const languages = [...new Set(Object.values(variant.lastLanguage))].join(" and ");
      it(`lints the files with ${languages}, the language of the last config, so our rules read its AST`, () => {
        expect(runs.get(name)!.languages).toEqual(variant.lastLanguage);
      });
    }
  });
});
