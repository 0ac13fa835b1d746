/**
 * The repository as a pre-commit hook (.pre-commit-hooks.yaml), with the
 * pre-commit a user installs (Debian's package here): a scratch git repository
 * whose .pre-commit-config.yaml and eslint.config.cjs are the README's, pointing
 * at a git repository made of this working tree (tracked and new files, no
 * dist/ and no node_modules, like a clone). pre-commit installs the hook with
 * the system's Node.js and npm (from npm's cache or the registry, nothing else)
 * the first time a commit runs it. Then: a commit of a task definition with a
 * privileged container fails with our report; the fixed file commits; a
 * lockfile and unrelated YAML commit without a report; and, for partial runs,
 * a commit of only a task definition that its service (not staged) no longer
 * fits passes, while `pre-commit run --all-files` (what the README has CI run)
 * reports on the service.
 *
 * Skips with one line when `pre-commit` is not installed, except on CI, where
 * .ci/run installs it and its absence fails the test.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedTarball, root, scratchProject, toolEnvironment, writeFiles } from "./support/packed.js";
import { BAD_TASK_DEFINITION, EC2_TASK_DEFINITION, GOOD_SERVICE, GOOD_TASK_DEFINITION, readmeBlock } from "./support/recipes.js";

const installed = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;
const onCi = Boolean(process.env.CI);
if (!installed && !onCi) console.log("pre-commit tests skipped: pre-commit is not installed (apt-get install pre-commit; .ci/run installs it on CI)");

/** A git repository of this working tree as it is now (tracked files and new ones not ignored), committed. */
function hookRepository(): { path: string; rev: string } {
  const path = mkdtempSync(join(tmpdir(), "aws-containers-hook-repo-"));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(path, file)), { recursive: true });
    copyFileSync(join(root, file), join(path, file));
  }
  const git = (...args: string[]): string => execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], { cwd: path, encoding: "utf8" }).trim();
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "the working tree");
  return { path, rev: git("rev-parse", "HEAD") };
}

describe.skipIf(!installed && !onCi)("the pre-commit hook", () => {
  let repo = "";
  let home = "";
  let hooks = { path: "", rev: "" };
  let env: NodeJS.ProcessEnv = {};

  const git = (...args: string[]) => spawnSync("git", args, { cwd: repo, encoding: "utf8", env });
  const commit = (message: string) => {
    const run = git("commit", "-q", "-m", message);
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  };

  beforeAll(() => {
    if (!installed) throw new Error("pre-commit is not installed: .ci/run installs it with apt-get");
    hooks = hookRepository();
    home = mkdtempSync(join(tmpdir(), "aws-containers-pre-commit-home-"));
    repo = mkdtempSync(join(tmpdir(), "aws-containers-pre-commit-user-"));
    env = toolEnvironment({ PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: "never" });
    const config = readmeBlock("yaml", "# .pre-commit-config.yaml").replace(/repo: \S+/, `repo: ${hooks.path}`).replace(/rev: \S+.*/, `rev: ${hooks.rev}`);
    writeFiles(repo, { ".pre-commit-config.yaml": config, "eslint.config.cjs": readmeBlock("js", "// eslint.config.cjs"), "ecs/web-service.json": GOOD_SERVICE });
    git("init", "-q");
    const install = spawnSync("pre-commit", ["install"], { cwd: repo, encoding: "utf8", env });
    if (install.status !== 0) throw new Error(install.stderr);
  }, 60_000);

  afterAll(() => {
    for (const folder of [repo, home, hooks.path]) if (folder) rmSync(folder, { recursive: true, force: true });
  }, 300_000);

  it("pins the ESLint the package is tested with", () => {
    const manifest = readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8");
    const { devDependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(manifest).toContain(`additional_dependencies: ["eslint@${devDependencies.eslint}"]`);
  });

  it("installs from the repository and blocks a commit of a task definition with a privileged container", () => {
    writeFiles(repo, { "ecs/web.json": BAD_TASK_DEFINITION });
    git("add", "-A");
    const { status, output } = commit("a privileged container");
    expect(output).toContain("eslint (AWS container configuration)");
    expect(output).toMatch(/ecs\/web\.json\n(.+\n)*?\s+14:21\s+error\s+Container "web" runs privileged.*aws-containers\/no-privileged/);
    expect(status).toBe(1);
    expect(git("log", "--oneline").stdout).toBe(""); // nothing committed
  }, 900_000);

  it("lets the fixed task definition through", () => {
    writeFiles(repo, { "ecs/web.json": GOOD_TASK_DEFINITION });
    git("add", "-A");
    const { status, output } = commit("the task definition");
    expect(output, output).toMatch(/eslint \(AWS container configuration\)\.+Passed/);
    expect(status, output).toBe(0);
  }, 300_000);

  it("lets lockfiles and unrelated JSON and YAML through", () => {
    writeFiles(repo, {
      "package-lock.json": '{\n  "name": "app",\n  "lockfileVersion": 3\n}\n',
      ".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n",
      "renovate.json": '{ "extends": ["config:recommended"] }\n',
    });
    git("add", "-A");
    const { status, output } = commit("unrelated files");
    expect(output, output).toMatch(/eslint \(AWS container configuration\)\.+Passed/);
    expect(status, output).toBe(0);
  }, 300_000);

  it("checks only staged files: a task definition its unstaged service no longer fits commits, and --all-files reports on the service", () => {
    writeFileSync(join(repo, "ecs/web.json"), EC2_TASK_DEFINITION);
    git("add", "ecs/web.json");
    const partial = commit("EC2 only");
    expect(partial.status, partial.output).toBe(0);
    const all = spawnSync("pre-commit", ["run", "--all-files"], { cwd: repo, encoding: "utf8", env });
    expect(all.stdout).toMatch(/ecs\/web-service\.json\n\s+6:54\s+error\s+Task definition "web" does not list "FARGATE".*aws-containers\/ecs-service-task-compatibility/);
    expect(all.status).toBe(1);
  }, 300_000);
});

describe.skipIf(!installed && !onCi)("the README's local pre-commit hook, in a Node.js project", () => {
  let folder = "";
  let env: NodeJS.ProcessEnv = {};
  const run = (file: string) => spawnSync("pre-commit", ["run", "--files", file], { cwd: folder, encoding: "utf8", env });

  beforeAll(() => {
    if (!installed) throw new Error("pre-commit is not installed: .ci/run installs it with apt-get");
    folder = scratchProject(
      {
        ".pre-commit-config.yaml": readmeBlock("yaml", "# .pre-commit-config.yaml, in a Node.js project"),
        ".gitignore": "node_modules/\n",
        "eslint.config.js": 'import awsContainers from "eslint-plugin-aws-containers";\n\nexport default [...awsContainers.configs.recommended];\n',
        "ecs/web.json": BAD_TASK_DEFINITION,
      },
      [packedTarball(), "eslint@10.15.0"],
      "aws-containers-pre-commit-local-",
    );
    env = toolEnvironment({ PRE_COMMIT_HOME: join(folder, ".pre-commit-home"), PRE_COMMIT_COLOR: "never" });
    spawnSync("git", ["init", "-q"], { cwd: folder, env });
    spawnSync("git", ["add", "-A"], { cwd: folder, env });
  }, 600_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 300_000);

  it("runs the project's ESLint and config: a privileged container fails, the fixed file passes", () => {
    const bad = run("ecs/web.json");
    expect(bad.stdout).toMatch(/ecs\/web\.json\n(.+\n)*?\s+14:21\s+error\s+Container "web" runs privileged.*aws-containers\/no-privileged/);
    expect(bad.status).toBe(1);
    writeFiles(folder, { "ecs/web.json": GOOD_TASK_DEFINITION });
    const good = run("ecs/web.json");
    expect(good.stdout, good.stdout).toMatch(/eslint \(AWS container configuration\)\.+Passed/);
    expect(good.status).toBe(0);
  });
});
