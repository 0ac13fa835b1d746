/**
 * The package as a user gets it: `npm pack`, installed into an empty project
 * with ESLint, the recommended config spread into `eslint.config.js` with the
 * project index on, run over a folder of task definitions, a service and an ECR
 * lifecycle policy (held in a string) next to unrelated JSON/YAML. Checks the
 * tarball's contents, the exports, that TypeScript is not installed, precise
 * reports on the AWS documents (one across files, one inside the string) and
 * none elsewhere — on ESLint 10, the latest ESLint 9, and the oldest our peer
 * range takes (9.15: `meta.defaultOptions`; the languages need 9.7).
 * Installs from npm's cache when it can (`npm ci` fills it), else the registry.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let tarball = "";
let packedFiles: string[] = [];

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; fatal?: boolean; message: string }[];
}

const FILES: Record<string, string> = {
  "ecs/web.json": JSON.stringify(
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
  ),
  "ecs/worker.yaml": "family: worker\ncontainerDefinitions:\n  - name: worker\n    image: busybox:1.36\n    memory: 128\n",
  // On Fargate, but its task definition (ecs/worker.yaml, EC2 only) is not: found through the project index.
  "ecs/worker-service.json": JSON.stringify({ serviceName: "worker", taskDefinition: "worker", desiredCount: 1, launchType: "FARGATE" }, null, 2),
  "ecr/lifecycle-policy.json": JSON.stringify(
    {
      repositoryName: "web",
      lifecyclePolicyText: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: "any", countType: "imageCountMoreThan", countNumber: 0 }, action: { type: "expire" } }] }),
    },
    null,
    2,
  ),
  "package.json": JSON.stringify({ name: "consumer", private: true, type: "module" }),
  "tsconfig.json": '{\n  // comments are fine\n  "compilerOptions": { "strict": true },\n}\n',
  ".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n",
  "docker-compose.yml": "services:\n  db:\n    image: postgres:latest\n    environment:\n      POSTGRES_PASSWORD: example\n",
  "eslint.config.js":
    'import awsContainers from "eslint-plugin-aws-containers";\n\nexport default [\n  ...awsContainers.configs.recommended,\n  { settings: { "aws-containers": { project: ["ecs/**/*.{json,yaml}"] } } },\n];\n',
};

function consumer(eslintVersion: string): string {
  const folder = mkdtempSync(join(tmpdir(), "aws-containers-consumer-"));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  execFileSync(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", "--save-dev", tarball, `eslint@${eslintVersion}`], { cwd: folder, stdio: "pipe" });
  return folder;
}

function lint(folder: string): LintResult[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, [join(folder, "node_modules/eslint/bin/eslint.js"), "--format", "json", "."], { cwd: folder, encoding: "utf8" });
  } catch (error) {
    output = (error as { stdout: string }).stdout; // exit code 1: problems found
  }
  return JSON.parse(output) as LintResult[];
}

beforeAll(() => {
  const destination = mkdtempSync(join(tmpdir(), "aws-containers-pack-"));
  const [packed] = JSON.parse(execFileSync(npm, ["pack", "--json", "--pack-destination", destination], { cwd: root, encoding: "utf8" })) as { filename: string; files: { path: string }[] }[];
  tarball = join(destination, packed!.filename);
  packedFiles = packed!.files.map((file) => file.path);
}, 180_000);

describe("the packed package", () => {
  it("holds dist with types, the README and the license, and no sources or tests", () => {
    expect(packedFiles).toContain("dist/index.js");
    expect(packedFiles).toContain("dist/index.d.ts");
    expect(packedFiles).toContain("package.json");
    expect(packedFiles).toContain("README.md");
    expect(packedFiles).toContain("LICENSE");
    expect(packedFiles.filter((path) => /^(src|tests|bench|examples)\//.test(path))).toEqual([]);
  });

  describe.each(["10.15.0", "9.39.5", "9.15.0"])("installed with ESLint %s", (eslintVersion) => {
    let folder = "";
    beforeAll(() => {
      folder = consumer(eslintVersion);
    }, 180_000);

    it("does not install TypeScript", () => {
      expect(existsSync(join(folder, "node_modules/typescript"))).toBe(false);
    });

    it("exports the plugin and its package.json", () => {
      const script = 'const p = await import("eslint-plugin-aws-containers"); const { createRequire } = await import("node:module"); const pkg = createRequire(import.meta.url)("eslint-plugin-aws-containers/package.json"); console.log(JSON.stringify([p.default.meta.name, Object.keys(p.default.configs).sort(), pkg.name]));';
      const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: folder, encoding: "utf8" });
      expect(JSON.parse(output)).toEqual(["eslint-plugin-aws-containers", ["apprunner", "ecr", "ecs", "eks", "eksctl", "recommended", "strict"], "eslint-plugin-aws-containers"]);
    });

    it("gives a CommonJS config its configs through require (the README's eslint.config.cjs)", () => {
      const script = 'const p = require("eslint-plugin-aws-containers"); console.log(JSON.stringify([p.meta.name, Object.keys(p.configs).sort(), Object.keys(p.rules).length === Object.keys(p.default.rules).length]));';
      const output = execFileSync(process.execPath, ["-e", script], { cwd: folder, encoding: "utf8" });
      expect(JSON.parse(output)).toEqual(["eslint-plugin-aws-containers", ["apprunner", "ecr", "ecs", "eks", "eksctl", "recommended", "strict"], true]);
    });

    it("reports on the task definitions, precisely, and nowhere else", () => {
      const results = lint(folder);
      const byFile = Object.fromEntries(results.map((result) => [result.filePath.slice(folder.length + 1), result.messages]));
      expect(Object.keys(byFile).sort()).toEqual(
        ["docker-compose.yml", "ecr/lifecycle-policy.json", "ecs/web.json", "ecs/worker-service.json", "ecs/worker.yaml", "eslint.config.js", "package.json", "tsconfig.json", ".github/workflows/ci.yml"].sort(),
      );
      for (const file of ["docker-compose.yml", "package.json", "tsconfig.json", ".github/workflows/ci.yml", "eslint.config.js"]) expect(byFile[file], file).toEqual([]);
      const web = byFile["ecs/web.json"]!.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
      expect(web).toContain("2:3 aws-containers/ecs-task-role");
      expect(byFile["ecs/worker.yaml"]!.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toContain("1:1 aws-containers/ecs-task-role");
      const service = byFile["ecs/worker-service.json"]!.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
      expect(service).toContain("5:17 aws-containers/ecs-service-task-compatibility");
      expect(service).toContain("5:17 aws-containers/ecs-service-network-configuration");
      // Inside the lifecycle policy string: countNumber 0.
      const policy = byFile["ecr/lifecycle-policy.json"]!.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
      expect(policy).toEqual(["3:149 aws-containers/ecr-lifecycle-policy"]);
      for (const messages of Object.values(byFile)) expect(messages.filter((message) => message.fatal)).toEqual([]);
    });
  });
});
