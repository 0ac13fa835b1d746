/**
 * Fixes and suggestions are safe: every rule (the strict config) is run over
 * ../shared/corpus, the examples, the test fixtures, and the mutated samples of
 * every document kind (tests/support/samples.ts: JSON, also through
 * @eslint/json's language; JSONC with comments and trailing commas; block,
 * indentless and flow YAML, with and without comments; CloudFormation);
 * every suggestion is applied on its own and the whole file is autofixed. The
 * edited text must still parse, and the finding must be gone: a suggestion
 * removes at least one report of its rule and message, and autofixing leaves
 * no fixable report behind. This is how an editor applies them (a code action,
 * or `--fix`), so an edit that breaks the file's syntax or changes nothing fails here.
 * A clone without ../shared runs this over everything else.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { blockYaml, CLOUDFORMATION_TYPES, cloudFormationTemplate, JSON_FORMAT, OTHER_FORMATS, paths, replaced, replacementsFor, SAMPLES, sampleKind, STRICT, type Format } from "./support/samples.js";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const corpus = here("../../shared/corpus/");
const ROOTS = [here("../examples/"), here("./fixtures/"), ...(existsSync(corpus) ? [corpus] : [])];
if (!existsSync(corpus)) console.log(`fix-safety over ../shared/corpus skipped: ${corpus} not found; the examples and fixtures are still checked`);

const EXTENSIONS = new Set([".json", ".jsonc", ".json5", ".yaml", ".yml"]);

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return EXTENSIONS.has(extname(name)) ? [path] : [];
  });
}

const linter = new Linter();

/** Lints a text as a file of its extension (a bare name: files are judged on their own, without a project index). */
function lint(text: string, extension: string, config: Linter.Config[]): Linter.LintMessage[] {
  return linter.verify(text, config, `file${extension}`);
}

function applyEdit(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

function count(messages: readonly Linter.LintMessage[], ruleId: string | null, messageId: string | undefined): number {
  return messages.filter((message) => message.ruleId === ruleId && message.messageId === messageId).length;
}

/** A fatal message's text, or the file's first problem when an edit broke it. */
function fatalOf(messages: readonly Linter.LintMessage[]): string | undefined {
  return messages.find((message) => message.fatal)?.message;
}

interface Sample {
  readonly name: string;
  /** How the text is written (a mutated sample's format; a file's own path): edits are checked once per layout and context. */
  readonly layout: string;
  readonly text: string;
  readonly extension: string;
  readonly config: Linter.Config[];
  readonly messages: readonly Linter.LintMessage[];
}

function sample(name: string, layout: string, text: string, extension: string, config: Linter.Config[] = STRICT): Sample {
  return { name, layout, text, extension, config, messages: lint(text, extension, config) };
}

/**
 * An edit as applied in its context (the text around it, in a layout): most
 * mutations change a member far from an edit, which then is the same edit in
 * the same place as for the sample itself, so it is checked once.
 */
function editKey(sample: Sample, fix: { range: [number, number]; text: string }, about: string): string {
  const around = sample.text.slice(Math.max(0, fix.range[0] - 80), fix.range[1] + 80);
  return [sample.layout, about, around, fix.text].join("\u0000");
}

const files: Sample[] = ROOTS.flatMap((root) =>
  // ESLint lints (and gives fix ranges in) the text without its byte order mark, and puts the mark back when it writes.
  filesUnder(root).map((path) => {
    const name = relative(here("../.."), path);
    return sample(name, name, readFileSync(path, "utf8").replace(/^\uFEFF/, ""), extname(path));
  }),
);
/** The layouts each mutated sample is written in: every format of the format test, and two with comments. */
const LAYOUTS: readonly Format[] = [
  JSON_FORMAT,
  ...OTHER_FORMATS,
  { name: "JSONC with comments and trailing commas", extension: ".jsonc", write: (value) => withJsoncComments(JSON.stringify(value, null, 2)), config: STRICT },
  { name: "indentless YAML with comments", extension: ".yaml", write: (value) => blockYaml(value, { indentlessLists: true, plainKeys: true }).replace(/\n/g, " # note\n"), config: STRICT },
];

/** Pretty JSON with a comment after each opening bracket and a trailing comma before each closing one. */
function withJsoncComments(json: string): string {
  return json.replace(/([[{])\n/g, "$1 // note\n").replace(/([^\s,[{])\n(\s*)([\]}])/g, "$1,\n$2$3");
}
const mutations: Sample[] = Object.entries(SAMPLES).flatMap(([kind, value]) => {
  const type = CLOUDFORMATION_TYPES[sampleKind(kind)];
  const replacements = replacementsFor(kind);
  return [[], ...paths(value)].flatMap((path) =>
    (path.length === 0 ? [value] : replacements.map((replacement) => replaced(value, path, replacement))).flatMap((variant, index) => {
      const name = `${kind.trim()} ${path.join(".")}${path.length === 0 ? "" : ` = ${JSON.stringify(replacements[index])}`}`;
      const written = LAYOUTS.map((format) => sample(`${name} (${format.name})`, format.name, format.write(variant), format.extension, format.config));
      if (type === undefined) return written;
      const template = cloudFormationTemplate(type, variant);
      return [
        ...written,
        sample(`${name} (CloudFormation JSON)`, "CloudFormation JSON", JSON.stringify(template, null, 2), ".json"),
        sample(`${name} (CloudFormation YAML)`, "CloudFormation YAML", blockYaml(template, { indentlessLists: true, plainKeys: true }), ".yaml"),
      ];
    }),
  );
});
// Files that do not parse (the broken-syntax fixtures, Helm templates) have nothing to fix.
const parsed = [...files, ...mutations].filter((item) => fatalOf(item.messages) === undefined);

describe("fix safety", () => {
  it("has fixes and suggestions to check", () => {
    const suggestions = parsed.reduce((sum, sample) => sum + sample.messages.reduce((inner, message) => inner + (message.suggestions?.length ?? 0), 0), 0);
    const fixes = parsed.reduce((sum, sample) => sum + sample.messages.filter((message) => message.fix).length, 0);
    expect(suggestions).toBeGreaterThan(15000);
    expect(fixes).toBeGreaterThan(900);
  });

  it("applies every suggestion alone: the file still parses and the suggestion's report is gone", () => {
    const failures: string[] = [];
    const checked = new Set<string>();
    for (const sample of parsed) {
      for (const message of sample.messages) {
        for (const suggestion of message.suggestions ?? []) {
          const key = editKey(sample, suggestion.fix, `${message.ruleId} ${message.messageId} ${suggestion.desc}`);
          if (checked.has(key)) continue;
          checked.add(key);
          const edited = applyEdit(sample.text, suggestion.fix);
          const after = lint(edited, sample.extension, sample.config);
          const where = `${sample.name}:${message.line}:${message.column} ${message.ruleId} ${message.messageId} → "${suggestion.desc}"`;
          const fatal = fatalOf(after);
          if (fatal !== undefined) failures.push(`${where}: the edited file does not parse (${fatal})`);
          else if (count(after, message.ruleId, message.messageId) >= count(sample.messages, message.ruleId, message.messageId)) failures.push(`${where}: the report is still there`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("autofixes every file: the output parses and no fixable report is left", () => {
    const failures: string[] = [];
    const checked = new Set<string>();
    for (const sample of parsed) {
      const fixes = sample.messages.flatMap((message) => (message.fix ? [editKey(sample, message.fix, `${message.ruleId} ${message.messageId}`)] : []));
      if (fixes.length === 0 || checked.has(fixes.join("\u0001"))) continue;
      checked.add(fixes.join("\u0001"));
      const { output, fixed } = linter.verifyAndFix(sample.text, sample.config, `file${sample.extension}`);
      expect(fixed, sample.name).toBe(true);
      const after = lint(output, sample.extension, sample.config);
      const fatal = fatalOf(after);
      if (fatal !== undefined) failures.push(`${sample.name}: the fixed file does not parse (${fatal})`);
      for (const message of after.filter((item) => item.fix)) failures.push(`${sample.name}:${message.line}:${message.column} ${message.ruleId} ${message.messageId}: still fixable after --fix`);
    }
    expect(failures).toEqual([]);
  });
});
