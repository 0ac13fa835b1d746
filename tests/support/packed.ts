/**
 * The package as a user gets it, for the tests that install it into a scratch
 * project (ESLint beside other JSON/YAML plugins, SARIF output, lint-staged,
 * partial runs): `npm pack` of this repository, its tarball path, and small
 * helpers to make such a project and run ESLint in it.
 *
 * `npm pack` runs `prepack`, a full `tsc` build into dist/. Two test files
 * packing at once would write dist/ under each other (a file truncated by one
 * build while the other packs it), so packing holds a lock (a directory, made
 * atomically), and the tarball is kept under a key of what goes into it: the
 * test files of one run pack once, the first one for all.
 * Installs come from npm's cache when they can (`npm ci` fills it with every
 * devDependency), else from the registry.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Every file a build or the tarball reads. */
function inputs(): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, "src"));
  for (const file of ["package.json", "tsconfig.json", "tsconfig.build.json", "README.md", "LICENSE", ".npmrc"]) if (existsSync(join(root, file))) files.push(join(root, file));
  return files.sort();
}

function key(): string {
  const hash = createHash("sha256");
  for (const file of inputs()) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Runs `work` while holding a lock shared by every test worker on this machine. */
function locked<T>(work: () => T): T {
  const lock = join(tmpdir(), "aws-containers-pack.lock");
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than a build can take was left by a killed run.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline) throw new Error(`waited 10 minutes for ${lock}`);
      sleep(250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The tarball of this repository as it is now, packed once for all test files. */
export function packedTarball(): string {
  return locked(() => {
    const folder = join(tmpdir(), "aws-containers-packed", key());
    const done = join(folder, "tarball.json");
    if (existsSync(done)) return (JSON.parse(readFileSync(done, "utf8")) as { path: string }).path;
    mkdirSync(folder, { recursive: true });
    const [packed] = JSON.parse(execFileSync(npm, ["pack", "--json", "--pack-destination", folder], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })) as { filename: string }[];
    const path = join(folder, packed!.filename);
    writeFileSync(done, JSON.stringify({ path }));
    return path;
  });
}

/** A new folder holding `files` (path → text), with `packages` installed as devDependencies. */
export function scratchProject(files: Readonly<Record<string, string>>, packages: readonly string[], prefix = "aws-containers-consumer-"): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  writeFiles(folder, files);
  if (!files["package.json"]) writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  if (packages.length > 0) execFileSync(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", "--save-dev", ...packages], { cwd: folder, stdio: "pipe" });
  return folder;
}

export function writeFiles(folder: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

export interface LintMessage {
  ruleId: string | null;
  severity: number;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  message: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

export interface EslintRun {
  /** 0: no errors, 1: problems found, 2: a configuration or internal error. */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the project's own ESLint CLI (node_modules/eslint) in `folder`. */
export function runEslint(folder: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): EslintRun {
  const run = spawnSync(process.execPath, [join(folder, "node_modules/eslint/bin/eslint.js"), ...args], { cwd: folder, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * The environment for git and the tools that run it (pre-commit, lint-staged) in
 * a scratch repository: without the variables of the npm script and git hook
 * that may be running the tests, with an author for commits.
 */
export function toolEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^(npm_|GIT_|INIT_CWD$)/i.test(name)) env[name] = value;
  return { ...env, GIT_AUTHOR_NAME: "Test", GIT_AUTHOR_EMAIL: "test@example.com", GIT_COMMITTER_NAME: "Test", GIT_COMMITTER_EMAIL: "test@example.com", ...extra };
}

/** `path:line:column ruleId` for each message, paths relative to `folder`, sorted. */
export function reportLines(folder: string, results: readonly LintResult[], keep: (message: LintMessage) => boolean = () => true): string[] {
  return results
    .flatMap((result) => result.messages.filter(keep).map((message) => `${relative(folder, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? `fatal: ${message.message}`}`))
    .sort();
}
