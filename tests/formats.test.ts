/**
 * One value, one verdict, whatever the format: every mutation of every sample
 * (tests/support/samples.ts) is written as JSON, as JSON read by @eslint/json's
 * language, and as block, indentless and flow YAML, and every rule (the strict
 * config) must find the same problems in each — same rule, message id and
 * message. A difference is a format the values layer or a rule reads wrongly.
 * Every report also covers at least one character of the file.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { JSON_FORMAT, OTHER_FORMATS, paths, replaced, replacementsFor, SAMPLES } from "./support/samples.js";

const linter = new Linter();

function findings(text: string, extension: string, config: Linter.Config[]): string[] {
  const messages = linter.verify(text, config, `file${extension}`);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const message of messages.filter((item) => !item.fatal)) {
    // Each report covers at least one character of the file: an editor shows no empty squiggle.
    const where = `${message.ruleId} ${message.messageId} at ${message.line}:${message.column}-${message.endLine}:${message.endColumn} in ${text}`;
    expect(message.endLine !== undefined && message.endColumn !== undefined, where).toBe(true);
    expect(message.endLine! <= lines && (message.line < message.endLine! || message.column < message.endColumn!), where).toBe(true);
  }
  return messages.map((message) => `${message.ruleId} ${message.messageId}: ${message.message}`).sort();
}

describe("the same findings in every format", () => {
  it.each(Object.entries(SAMPLES))("%s", (name, sample) => {
    const variants = [sample, ...paths(sample).flatMap((path) => replacementsFor(name).map((replacement) => replaced(sample, path, replacement)))];
    for (const variant of variants) {
      const inJson = findings(JSON_FORMAT.write(variant), JSON_FORMAT.extension, JSON_FORMAT.config);
      for (const format of OTHER_FORMATS) {
        expect(findings(format.write(variant), format.extension, format.config), `${format.name}: ${JSON.stringify(variant)}`).toEqual(inJson);
      }
    }
  });
});
