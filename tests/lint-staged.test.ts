/**
 * The README's lint-staged recipe, and what it says about partial runs, in a
 * scratch git repository with the packed package, ESLint and lint-staged
 * installed (from npm's cache or the registry), the `lint-staged` entry of its
 * package.json taken from the README, and the project index on:
 * - a staged task definition with a privileged container fails `npx
 *   lint-staged` with our report; the fixed one passes; a staged lockfile and
 *   unrelated JSON pass;
 * - partial runs: a staged task definition that its service (not staged) no
 *   longer fits passes with the recipe, since the service, which gets the
 *   report, is not linted; the README's whole-project lint-staged config
 *   reports on the service;
 * - `eslint --cache` after the same change keeps the service's cached (clean)
 *   result; after deleting the cache, or without --cache (which deletes it),
 *   the service is reported.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedTarball, runEslint, scratchProject, toolEnvironment, writeFiles } from "./support/packed.js";
import { BAD_TASK_DEFINITION, EC2_TASK_DEFINITION, GOOD_SERVICE, GOOD_TASK_DEFINITION, readmeBlock } from "./support/recipes.js";

const ESLINT_CONFIG = `import awsContainers from "eslint-plugin-aws-containers";

export default [
  ...awsContainers.configs.recommended,
  { settings: { "aws-containers": { project: [\`\${import.meta.dirname}/**/*.{json,yaml,yml}\`] } } },
];
`;

const SERVICE_REPORT = /ecs\/web-service\.json\n\s+6:54\s+error\s+Task definition "web" does not list "FARGATE".*aws-containers\/ecs-service-task-compatibility/;

let folder = "";
const env = toolEnvironment({ FORCE_COLOR: "0" });

const git = (...args: string[]) => spawnSync("git", args, { cwd: folder, encoding: "utf8", env });
function lintStaged(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(folder, "node_modules/lint-staged/bin/lint-staged.js"), ...args], { cwd: folder, encoding: "utf8", env });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeAll(() => {
  const recipe = JSON.parse(readmeBlock("json", "{\n  \"lint-staged\": {")) as { "lint-staged": Record<string, string> };
  folder = scratchProject(
    {
      "package.json": JSON.stringify({ name: "app", private: true, type: "module", ...recipe }, null, 2),
      ".gitignore": "node_modules/\n.eslintcache\n",
      "eslint.config.js": ESLINT_CONFIG,
      "ecs/web-service.json": GOOD_SERVICE,
    },
    [packedTarball(), "eslint@10.15.0", "lint-staged@16.4.0"],
    "aws-containers-lint-staged-",
  );
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "the project");
}, 600_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
}, 300_000);

describe("the README's lint-staged recipe", () => {
  it("fails on a staged task definition with a privileged container, with our report", () => {
    writeFiles(folder, { "ecs/web.json": BAD_TASK_DEFINITION });
    git("add", "ecs/web.json");
    const { status, output } = lintStaged();
    expect(output).toMatch(/ecs\/web\.json\n(.+\n)*?\s+14:21\s+error\s+Container "web" runs privileged.*aws-containers\/no-privileged/);
    expect(status).toBe(1);
  });

  it("passes the fixed task definition", () => {
    writeFiles(folder, { "ecs/web.json": GOOD_TASK_DEFINITION });
    git("add", "ecs/web.json");
    const { status, output } = lintStaged();
    expect(status, output).toBe(0);
    git("commit", "-q", "-m", "the task definition");
  });

  it("passes a staged lockfile and unrelated JSON and YAML", () => {
    writeFiles(folder, { "renovate.json": '{ "extends": ["config:recommended"] }\n', ".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n" });
    git("add", "package-lock.json", "renovate.json", ".github");
    const { status, output } = lintStaged();
    expect(status, output).toBe(0);
    git("commit", "-q", "-m", "unrelated files");
  });
});

describe("partial runs and checks across files", () => {
  it("passes a staged task definition that its unstaged service no longer fits: the service is not linted", () => {
    writeFileSync(join(folder, "ecs/web.json"), EC2_TASK_DEFINITION);
    git("add", "ecs/web.json");
    const { status, output } = lintStaged();
    expect(status, output).toBe(0);
  });

  it("reports on the service with the README's whole-project lint-staged config", () => {
    writeFiles(folder, { "lint-staged.config.js": readmeBlock("js", "// lint-staged.config.js") });
    const { status, output } = lintStaged("--config", "lint-staged.config.js");
    expect(output).toMatch(SERVICE_REPORT);
    expect(status).toBe(1);
    rmSync(join(folder, "lint-staged.config.js"));
    git("reset", "-q", "ecs/web.json");
  });

  it("eslint --cache keeps the service's stale result; without the cache, or after deleting it, the service is reported", () => {
    writeFileSync(join(folder, "ecs/web.json"), GOOD_TASK_DEFINITION);
    expect(runEslint(folder, ["--cache", "."]).status).toBe(0);
    writeFileSync(join(folder, "ecs/web.json"), EC2_TASK_DEFINITION);
    const cached = runEslint(folder, ["--cache", "."]);
    expect(cached.stdout).not.toContain("web-service.json");
    expect(cached.status).toBe(0);
    rmSync(join(folder, ".eslintcache"));
    const fresh = runEslint(folder, ["--cache", "."]);
    expect(fresh.stdout).toMatch(SERVICE_REPORT);
    expect(fresh.status).toBe(1);
    const full = runEslint(folder, ["."]);
    expect(full.stdout).toMatch(SERVICE_REPORT);
    expect(full.status).toBe(1);
    // A run without --cache deletes the cache file, so the next cached run starts afresh.
    expect(existsSync(join(folder, ".eslintcache"))).toBe(false);
  });
});
