/**
 * Long values cost linear time (issue 16): a bundled certificate or a base64
 * blob in one value must not hang an editor. Every string of every kind's
 * sample is replaced in turn by a 1 MB string and linted with every rule, as
 * the strict config runs them. The string is six runs of 166,668 characters:
 * letters (a blob), `$` and `{{` (what placeholder scanning reads; neither
 * closes, so the value stays known text that every rule reads), `a:` and `/`
 * (what ARN, image and path readers split) and line breaks (a certificate's
 * lines). A pattern that backtracks over a run takes minutes on it; linear
 * work takes milliseconds. One string holds every run so that the test lints
 * once per position (a megabyte each, seconds in all); the runs' order turns
 * with the position, so that each run leads the value at a sixth of the
 * positions (for patterns anchored at the start).
 *
 * YAML reads the same value through its own scalar styles (quoted, block,
 * plain); those are tried where certificates are kept, in an environment
 * value, rather than at every position: the YAML parser takes ten times as
 * long as the JSON one on a megabyte, and the rules read the value alike.
 *
 * The time bound is loose (slow machines) and is a hang detector, not a
 * benchmark: speed is measured in bench/.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { blockYaml, paths, replaced, SAMPLES, STRICT, type Json } from "./support/samples.js";

const linter = new Linter({ configType: "flat" });

const RUN_LENGTH = 166_668;
const RUNS = ["A", "$", "{{", "a:", "/", "\n"].map((unit) => unit.repeat(RUN_LENGTH / unit.length));
/** The runs in turn, each leading one of the six 1 MB values. */
const LONG_VALUES = RUNS.map((_run, first) => [...RUNS.slice(first), ...RUNS.slice(0, first)].join(""));
/** A hang, not a slow machine: linear work on a megabyte takes tens of milliseconds. */
const BUDGET_MS = 3_000;

/** The 1 MB value for the n-th string position: the runs, starting with run n (mod 6). */
function longValue(n: number): string {
  return LONG_VALUES[n % LONG_VALUES.length]!;
}

function valueAt(value: Json, path: readonly (string | number)[]): Json {
  let current: Json = value;
  for (const key of path) current = (current as Record<string | number, Json>)[key]!;
  return current;
}

function lintQuickly(text: string, filename: string, what: string): void {
  const start = performance.now();
  const messages = linter.verify(text, STRICT, { filename });
  const elapsed = performance.now() - start;
  expect(messages.filter((message) => message.fatal), what).toEqual([]);
  expect(elapsed, `${what} took ${Math.round(elapsed)} ms`).toBeLessThan(BUDGET_MS);
}

describe("long values", () => {
  it("each long value is a megabyte, holds every run and starts with its own", () => {
    for (const [n, value] of LONG_VALUES.entries()) {
      expect(value.length).toBeGreaterThanOrEqual(1_000_000);
      expect(value.startsWith(RUNS[n]!)).toBe(true);
      for (const run of RUNS) expect(value.includes(run)).toBe(true);
    }
  });

  it.each(Object.entries(SAMPLES))("%s: a 1 MB string at every string position is linted quickly", (_name, sample) => {
    const positions = paths(sample).filter((path) => typeof valueAt(sample, path) === "string");
    expect(positions.length).toBeGreaterThan(0);
    positions.forEach((path, n) => {
      const long = longValue(n);
      lintQuickly(JSON.stringify(replaced(sample, path, long)), "sample.json", `${path.join(".")} = ${JSON.stringify(long.slice(0, 4))}…`);
    });
  });

  /** Environment values, where certificates and keys are pasted. */
  const ENVIRONMENT_VALUES: readonly [string, readonly (string | number)[]][] = [
    ["ecs-task-definition", ["containerDefinitions", 0, "environment", 0, "value"]],
    ["kubernetes-workload", ["spec", "template", "spec", "containers", 0, "env", 0, "value"]],
    ["apprunner-config", ["run", "env", 0, "value"]],
  ];
  const MARKER = "LONG-VALUE-HERE";
  /** The value as YAML writes it in each scalar style, lines indented under their key (`indent`). */
  const YAML_STYLES: Record<string, (value: string, indent: string) => string> = {
    "double-quoted": (value) => JSON.stringify(value),
    literal: (value, indent) => `|+\n${indented(value, indent)}`,
    folded: (value, indent) => `>+\n${indented(value, indent)}`,
    plain: (value, indent) => indented(value, indent).trimStart(),
  };

  function indented(value: string, indent: string): string {
    return value.split("\n").map((line) => (line === "" ? line : indent + line)).join("\n");
  }

  describe.each(ENVIRONMENT_VALUES)("%s in YAML, a 1 MB environment value", (name, path) => {
    it.each(Object.keys(YAML_STYLES))("%s", (style) => {
      expect(valueAt(SAMPLES[name]!, path), "the sample has this environment value").toEqual(expect.any(String));
      const yaml = blockYaml(replaced(SAMPLES[name]!, path, MARKER));
      const markerLine = yaml.split("\n").find((line) => line.includes(MARKER))!;
      const indent = " ".repeat(markerLine.length - markerLine.trimStart().length + 2);
      // A plain scalar cannot start with `{` (a flow mapping) or a line break: every style takes the value that starts with letters.
      // A function, not a string, as the replacement: a string's `$$` would be read as one `$`.
      const text = yaml.replace(JSON.stringify(MARKER), () => YAML_STYLES[style]!(longValue(0), indent));
      expect(text.length).toBeGreaterThan(1_000_000);
      lintQuickly(text, "sample.yaml", `${name} ${style}`);
    });
  });
});
