/**
 * Bad input never crashes a rule, for every document kind: one valid sample of
 * each kind, and every member of it at every depth replaced in turn by null, a
 * number, a string, a boolean, a list, an object, a placeholder and a
 * CloudFormation intrinsic (for a Kubernetes object, a quoted template
 * placeholder instead) — each variant linted with every rule (the strict
 * config). A crash would surface as a thrown error or a fatal message.
 */
import { Linter } from "eslint";
import * as jsoncParser from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { documentsOf } from "../src/documents/index.js";
import { jsonParser } from "../src/parsers/index.js";
import plugin from "../src/index.js";
import { paths, replaced, replacementsFor, SAMPLES, sampleKind } from "./support/samples.js";

const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [{ files: ["**/*.json"], languageOptions: { parser: jsoncParser }, plugins: { "aws-containers": plugin }, rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`aws-containers/${name}`, "error"])) }];

describe("mutations of every document kind", () => {
  it.each(Object.entries(SAMPLES))("%s: each sample is recognized as its kind", (name, sample) => {
    const kind = sampleKind(name);
    const text = JSON.stringify(sample, null, 2);
    expect(documentsOf(jsonParser.parseForESLint(text).ast as never, text).map((document) => document.kind)).toContain(kind);
  });

  it.each(Object.entries(SAMPLES))("%s: no variant crashes a rule", (name, sample) => {
    let variants = 0;
    for (const path of paths(sample)) {
      for (const replacement of replacementsFor(name)) {
        const text = JSON.stringify(replaced(sample, path, replacement), null, 2);
        const messages = linter.verify(text, config, { filename: "sample.json" });
        expect(messages.filter((message) => message.fatal), `${path.join(".")} = ${JSON.stringify(replacement)}`).toEqual([]);
        variants += 1;
      }
    }
    expect(variants).toBeGreaterThan(20);
  });
});
