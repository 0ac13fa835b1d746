/**
 * Long values cost linear time (issue 16): a bundled certificate or a base64
 * blob in one value must not hang an editor. Every string of every kind's
 * sample is replaced in turn by a long string — letters (a blob), `$` and
 * `{{` (what placeholder scanning reads), `a:` and `/` (what ARN and path
 * readers split) — and linted with every rule. A pattern that backtracks over
 * the value takes seconds at this length and minutes at a megabyte; linear
 * work takes milliseconds. The time bound is loose (slow machines) and is a
 * hang detector, not a benchmark: speed is measured in bench/.
 */
import { Linter } from "eslint";
import * as jsoncParser from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { paths, replaced, SAMPLES, type Json } from "./support/samples.js";

const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [{ files: ["**/*.json"], languageOptions: { parser: jsoncParser }, plugins: { "aws-containers": plugin }, rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`aws-containers/${name}`, "error"])) }];

/** 100,000 characters: quadratic work on it is 10¹⁰ steps (many seconds), linear work a few milliseconds. */
const LENGTH = 100_000;
const LONG_VALUES = ["A", "$", "{{", "a:", "/"].map((unit) => unit.repeat(LENGTH / unit.length));

function valueAt(value: Json, path: readonly (string | number)[]): Json {
  let current: Json = value;
  for (const key of path) current = (current as Record<string | number, Json>)[key]!;
  return current;
}

describe("long values", () => {
  it.each(Object.entries(SAMPLES))("%s: a long string at every string position is linted quickly", (_name, sample) => {
    let linted = 0;
    for (const path of paths(sample)) {
      if (typeof valueAt(sample, path) !== "string") continue;
      for (const long of LONG_VALUES) {
        const text = JSON.stringify(replaced(sample, path, long));
        const start = performance.now();
        const messages = linter.verify(text, config, { filename: "sample.json" });
        const elapsed = performance.now() - start;
        expect(messages.filter((message) => message.fatal), path.join(".")).toEqual([]);
        expect(elapsed, `${path.join(".")} = ${JSON.stringify(long.slice(0, 4))}… took ${Math.round(elapsed)} ms`).toBeLessThan(3_000);
        linted += 1;
      }
    }
    expect(linted).toBeGreaterThan(0);
  });
});
