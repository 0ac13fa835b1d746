/**
 * Generated inputs (issue 16): with a fixed seed, fast-check makes 10,000
 * documents of every kind from our samples (tests/support/fuzz-documents.ts:
 * wrong types, nulls, huge numbers, odd and long strings, placeholders,
 * CloudFormation intrinsics, deep nesting, long lists, keys renamed and added,
 * describe outputs, templates and Lists around them), writes each in a JSON
 * form and all of a batch as one YAML stream (anchors, aliases, merge keys,
 * tags), and lints them with every rule. Nothing may throw or end in a fatal
 * message on a text that parses; every report lies inside the file; every
 * message and suggestion is a sentence ending with a period; every fix and
 * suggestion edits inside the file and leaves text that parses as the file's
 * format. A failure names fast-check's seed and path (to replay it:
 * `npm run bench:fuzz -- --seed <seed> --path <path>`, after `npm run build`)
 * and shows the text. The long run is bench/fuzz.js.
 */
import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentsOf } from "../src/documents/index.js";
import { jsonParser } from "../src/parsers/index.js";
import { BATCH, batchArbitrary, check, SEEDS, writtenBatch } from "./support/fuzz-documents.js";

const SEED = 20_260_316;
const DOCUMENTS = 10_000;

describe("generated documents", () => {
  it.each(Object.keys(SEEDS))("%s: the seed holds a document the plugin recognizes", (name) => {
    const text = JSON.stringify(SEEDS[name], null, 2);
    expect(documentsOf(jsonParser.parseForESLint(text).ast as never, text).length).toBeGreaterThan(0);
  });

  it(`lints ${DOCUMENTS.toLocaleString("en")} generated documents with every rule: no crash, reports inside the file, edits that parse, sentences`, () => {
    const linter = new Linter();
    const totals = { documents: 0, texts: 0, rejected: 0, messages: 0, edits: 0 };
    const details = fc.check(
      fc.property(batchArbitrary, (batch) => {
        const failures: string[] = [];
        for (const written of writtenBatch(batch)) {
          const outcome = check(linter, written);
          totals.texts += 1;
          totals.rejected += outcome.rejected ? 1 : 0;
          totals.messages += outcome.messages;
          totals.edits += outcome.edits;
          if (outcome.failures.length > 0) failures.push(`${written.form}, ${written.filename}:\n  ${outcome.failures.join("\n  ")}\n--- text ---\n${written.text.slice(0, 3000)}`);
        }
        totals.documents += batch.length;
        if (failures.length > 0) throw new Error(failures.join("\n\n"));
      }),
      { seed: SEED, numRuns: DOCUMENTS / BATCH },
    );
    expect(details.failed ? `fast-check seed ${details.seed}, path "${details.counterexamplePath}":\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}` : "").toBe("");
    expect(totals.documents).toBeGreaterThanOrEqual(DOCUMENTS);
    // The writers are loose on purpose (tags that do not fit, merges of lists), not broken: most texts parse.
    expect(totals.rejected).toBeLessThan(totals.texts * 0.05);
    // The documents stay recognizable: the rules have things to say, and fixes and suggestions to check.
    expect(totals.messages).toBeGreaterThan(DOCUMENTS * 2);
    expect(totals.edits).toBeGreaterThan(DOCUMENTS);
    console.log(`fuzz: ${totals.documents} documents in ${totals.texts} texts (${totals.rejected} refused by the parser), ${totals.messages} reports, ${totals.edits} fixes and suggestions applied`);
  });
});
