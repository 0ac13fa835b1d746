/**
 * Long values cost linear time (issue 16): a bundled certificate or a base64
 * blob in one value must not hang an editor. Every string of every kind's
 * sample is replaced in turn by a 1 MB string and linted with every rule, as
 * the strict config runs them. The string is five runs of 200,000 characters:
 * letters (a blob), `$` and `{{` (what placeholder scanning reads; neither
 * closes, so the value stays known text that every rule reads), `a:` and `/`
 * (what ARN, image and path readers split). A pattern that backtracks over a
 * run takes minutes on it; linear work takes milliseconds. One string holds
 * all five runs so that the whole test lints once per position (a megabyte
 * each, seconds in all); the runs' order turns with the position, so that each
 * run leads the value at a fifth of the positions (for patterns anchored at
 * the start). The time bound is loose (slow machines) and is a hang detector,
 * not a benchmark: speed is measured in bench/.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { paths, replaced, SAMPLES, STRICT, type Json } from "./support/samples.js";

const linter = new Linter({ configType: "flat" });

const RUN_LENGTH = 200_000;
const RUNS = ["A", "$", "{{", "a:", "/"].map((unit) => unit.repeat(RUN_LENGTH / unit.length));

/** The runs in turn, each leading one of the five 1 MB values. */
const LONG_VALUES = RUNS.map((_run, first) => [...RUNS.slice(first), ...RUNS.slice(0, first)].join(""));

/** The 1 MB value for the n-th string position: the runs, starting with run n (mod 5). */
function longValue(n: number): string {
  return LONG_VALUES[n % LONG_VALUES.length]!;
}

function valueAt(value: Json, path: readonly (string | number)[]): Json {
  let current: Json = value;
  for (const key of path) current = (current as Record<string | number, Json>)[key]!;
  return current;
}

describe("long values", () => {
  it("the long value is a megabyte and holds every run", () => {
    expect(longValue(0)).toHaveLength(1_000_000);
    for (let n = 0; n < RUNS.length; n += 1) expect(longValue(n).startsWith(RUNS[n]!)).toBe(true);
  });

  it.each(Object.entries(SAMPLES))("%s: a 1 MB string at every string position is linted quickly", (_name, sample) => {
    const positions = paths(sample).filter((path) => typeof valueAt(sample, path) === "string");
    expect(positions.length).toBeGreaterThan(0);
    positions.forEach((path, n) => {
      const long = longValue(n);
      const text = JSON.stringify(replaced(sample, path, long));
      const start = performance.now();
      const messages = linter.verify(text, STRICT, { filename: "sample.json" });
      const elapsed = performance.now() - start;
      expect(messages.filter((message) => message.fatal), path.join(".")).toEqual([]);
      expect(elapsed, `${path.join(".")} = ${JSON.stringify(long.slice(0, 4))}… took ${Math.round(elapsed)} ms`).toBeLessThan(3_000);
    });
  });
});
