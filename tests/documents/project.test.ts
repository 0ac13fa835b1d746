/**
 * The opt-in project index: globs, the documents it finds, lookups by family,
 * revision, ARN and name, and re-reading files that changed (a long-lived ESLint).
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { globToRegExp, matchingFiles, projectIndex } from "../../src/documents/project.js";

const fixture = fileURLToPath(new URL("../fixtures/project/", import.meta.url));

describe("globs", () => {
  it.each([
    ["infra/**/*.json", "infra/a.json", true],
    ["infra/**/*.json", "infra/x/y/a.json", true],
    ["infra/**/*.json", "other/a.json", false],
    ["infra/*.json", "infra/x/a.json", false],
    ["**/*.{json,yaml}", "a/b.yaml", true],
    ["**/*.{json,yaml}", "a/b.yml", false],
    ["./task-?.json", "task-1.json", true],
    ["[abc].json", "b.json", true],
    ["[!abc].json", "b.json", false],
    ["a.b/*.json", "axb/c.json", false],
  ])("%s matches %s: %s", (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  it("walks from the literal base, honours exclusions, and skips node_modules unless named", () => {
    const root = mkdtempSync(join(tmpdir(), "aws-containers-glob-"));
    try {
      for (const path of ["a/x.json", "a/b/y.json", "a/skip.json", "node_modules/p/z.json", "c/w.json"]) {
        mkdirSync(join(root, path, ".."), { recursive: true });
        writeFileSync(join(root, path), "{}");
      }
      const relative = (files: string[]) => files.map((file) => file.slice(root.length + 1));
      expect(relative(matchingFiles(["a/**/*.json", "!a/skip.json"], root))).toEqual(["a/b/y.json", "a/x.json"]);
      expect(relative(matchingFiles(["**/*.json"], root))).toEqual(["a/b/y.json", "a/skip.json", "a/x.json", "c/w.json"]);
      expect(relative(matchingFiles(["node_modules/**/*.json"], root))).toEqual(["node_modules/p/z.json"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("project index", () => {
  const settings = { "aws-containers": { project: ["infra/**/*.json", "infra/**/*.yaml"] } };

  it("is off unless settings name files", () => {
    expect(projectIndex(undefined, fixture)).toBeUndefined();
    expect(projectIndex({}, fixture)).toBeUndefined();
    expect(projectIndex({ "aws-containers": { project: [] } }, fixture)).toBeUndefined();
  });

  it("stops on a project setting that is not glob patterns, naming it", () => {
    expect(() => projectIndex({ "aws-containers": { project: 42 } }, fixture)).toThrow('ESLint settings["aws-containers"].project must be a glob pattern or a list of them, not a number.');
  });

  it("finds task definitions by family, family:revision and ARN, clusters and services by name or ARN", () => {
    const index = projectIndex(settings, fixture)!;
    expect(index.taskDefinition("web")?.family).toBe("web");
    expect(index.taskDefinition("web:7")?.family).toBe("web");
    expect(index.taskDefinition("arn:aws:ecs:us-east-1:123456789012:task-definition/worker:2")?.family).toBe("worker");
    expect(index.taskDefinition("missing")).toBeUndefined();
    expect(index.cluster("arn:aws:ecs:us-east-1:123456789012:cluster/prod")?.name).toBe("prod");
    expect(index.service("web")?.clusterName).toBe("prod");
    expect(index.capacityProvider("asg")).toBeUndefined();
  });

  it("accepts one pattern as a string, and is built once per settings and folder", () => {
    const one = projectIndex({ "aws-containers": { project: "infra/cluster.yaml" } }, fixture)!;
    expect(one.cluster("prod")).toBeDefined();
    expect(one.taskDefinition("web")).toBeUndefined();
    expect(projectIndex(settings, fixture)).toBe(projectIndex(settings, fixture));
  });

  describe("in a long-lived process", () => {
    const root = mkdtempSync(join(tmpdir(), "aws-containers-project-"));
    afterAll(() => {
      vi.useRealTimers();
      rmSync(root, { recursive: true, force: true });
    });

    it("re-reads changed, new and removed files after a while", () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      const file = join(root, "task.json");
      writeFileSync(file, `{"family": "one", "containerDefinitions": []}`);
      const local = { "aws-containers": { project: ["*.json"] } };
      expect(projectIndex(local, root)!.taskDefinition("one")).toBeDefined();

      writeFileSync(file, `{"family": "two", "containerDefinitions": []}`);
      utimesSync(file, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
      writeFileSync(join(root, "cluster.json"), `{"clusterName": "later", "settings": []}`);
      // Trusted for two seconds…
      expect(projectIndex(local, root)!.taskDefinition("two")).toBeUndefined();
      vi.setSystemTime(Date.now() + 5_000);
      // …then looked at again.
      const index = projectIndex(local, root)!;
      expect(index.taskDefinition("two")).toBeDefined();
      expect(index.taskDefinition("one")).toBeUndefined();
      expect(index.cluster("later")).toBeDefined();

      rmSync(join(root, "cluster.json"));
      vi.setSystemTime(Date.now() + 5_000);
      expect(projectIndex(local, root)!.cluster("later")).toBeUndefined();
    });
  });
});

describe("absolute patterns", () => {
  it("match wherever ESLint runs from (a config anchors them with import.meta.dirname)", () => {
    const index = projectIndex({ "aws-containers": { project: [`${fixture}infra/**/*.json`] } }, "/")!;
    expect(index.taskDefinition("web")?.family).toBe("web");
    expect(index.cluster("prod")).toBeUndefined();
  });
});
