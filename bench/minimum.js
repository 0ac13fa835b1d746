// What ESLint itself costs for the plugin's output: a lower bound for `recommended`.
//   npm run build && npm run bench:minimum [-- --rounds 5]
// First records every report `recommended` makes on the benchmark corpus (message,
// data, location, fix and suggestions, the edits already worked out). Then lints the
// corpus, alternating fresh processes, with the floor (our languages and one trivial rule), with stand-ins for the
// rules, and with `recommended`. The stand-ins have the same names and levels; like
// the rules, they recognize each file's documents and report in `create`, making
// the recorded reports, but judge nothing. So they pay ESLint's cost of running the
// rules and handling the same reports and edits, plus recognition, and no rule
// logic: what `recommended` costs beyond them is the rules' own work.
// The stand-ins also read the recordings (held as text, one JSON parse per file),
// so their figure is a little above the true minimum.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import plugin from "../dist/index.js";
import { documentsOf } from "../dist/documents/index.js";
import { CORPUS, generate } from "./generate.js";

const FILES = ["**/*.json", "**/*.yaml", "**/*.yml"];
/** Our languages, as the configs set them; the stand-ins come in a plugin of the same name that carries them too. */
const languageObjects = plugin.configs.recommended.filter((object) => object.language).map(({ name, files, ignores, language }) => ({ name, files, ignores, language }));
const withRules = (rules) => [...languageObjects, { files: FILES, plugins: { "aws-containers": { languages: plugin.languages, rules } }, rules: levels }];
const levels = Object.assign({}, ...plugin.configs.recommended.map((object) => object.rules ?? {}));
const [command, recordings] = process.argv.slice(2);

if (command === "--record") await record(recordings);
else if (command === "--stand-ins") await standIns(recordings);
else await compare();

/** Lints with `recommended`, keeping what each rule reported on each file (edits as ranges and text). */
async function record(path) {
  /** file → rule → reports. */
  const byFile = new Map();
  const fixer = { replaceTextRange: (range, text) => ({ range, text }) };
  const edits = (fix) => [fix(fixer)].flat();
  const rules = {};
  for (const [name, rule] of Object.entries(plugin.rules)) {
    rules[name] = {
      meta: rule.meta,
      create(context) {
        const reportsOf = () => {
          const rulesOfFile = byFile.get(context.filename) ?? byFile.set(context.filename, {}).get(context.filename);
          return (rulesOfFile[name] ??= []);
        };
        const recording = Object.create(context, {
          report: {
            value(descriptor) {
              reportsOf().push({
                loc: descriptor.loc,
                messageId: descriptor.messageId,
                data: descriptor.data,
                fix: descriptor.fix ? edits(descriptor.fix) : undefined,
                suggest: descriptor.suggest?.map((suggestion) => ({ messageId: suggestion.messageId, data: suggestion.data, fix: edits(suggestion.fix) })),
              });
              context.report(descriptor);
            },
          },
        });
        return rule.create(recording);
      },
    };
  }
  const eslint = new ESLint({ cwd: CORPUS, overrideConfigFile: true, overrideConfig: withRules(rules), ignore: false, cache: false });
  await eslint.lintFiles(["."]);
  writeFileSync(path, [...byFile].map(([file, rulesOfFile]) => JSON.stringify({ file, rules: rulesOfFile })).join("\n"));
}

/** One timed lint with the stand-ins; prints one JSON line like bench/lint.js. */
async function standIns(path) {
  // Held as text until a file is linted: a large object graph would slow the collector for the whole run.
  const textOf = new Map(readFileSync(path, "utf8").split("\n").map((line) => [JSON.parse(line).file, line]));
  let parsed = { file: undefined, rules: {} };
  const reportsOf = (file) => {
    if (parsed.file !== file) parsed = textOf.has(file) ? JSON.parse(textOf.get(file)) : { file, rules: {} };
    return parsed.rules;
  };
  const rules = {};
  for (const [name, rule] of Object.entries(plugin.rules)) {
    rules[name] = {
      meta: rule.meta,
      // As createRule does: recognize, then report in `create`; no listeners.
      create(context) {
        if (documentsOf(context.sourceCode.ast, context.sourceCode.text).length === 0) return {};
        for (const report of reportsOf(context.filename)[name] ?? []) {
          context.report({
            loc: report.loc,
            messageId: report.messageId,
            data: report.data,
            fix: report.fix ? () => report.fix : undefined,
            suggest: report.suggest?.map((suggestion) => ({ messageId: suggestion.messageId, data: suggestion.data, fix: () => suggestion.fix })),
          });
        }
        return {};
      },
    };
  }
  const eslint = new ESLint({ cwd: CORPUS, overrideConfigFile: true, overrideConfig: withRules(rules), ignore: false, cache: false });
  const start = process.hrtime.bigint();
  const results = await eslint.lintFiles(["."]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ mode: "stand-ins", seconds, problems: results.reduce((sum, result) => sum + result.messages.length, 0) }));
}

async function compare() {
  const roundsFlag = process.argv.indexOf("--rounds");
  const rounds = roundsFlag === -1 ? 5 : Number(process.argv[roundsFlag + 1]);
  const self = fileURLToPath(import.meta.url);
  const lintScript = fileURLToPath(new URL("./lint.js", import.meta.url));
  const path = join(tmpdir(), `aws-containers-recordings-${process.pid}.ndjson`);
  console.log(`corpus: ${generate()} files; recording the reports of recommended…`);
  const commands = { floor: [lintScript, "language-floor"], "stand-ins": [self, "--stand-ins", path], recommended: [lintScript, "recommended"] };
  const times = { floor: [], "stand-ins": [], recommended: [] };
  try {
    execFileSync(process.execPath, [self, "--record", path]);
    for (let round = 0; round < rounds; round += 1) {
      const line = [];
      for (const [mode, args] of Object.entries(commands)) {
        const run = JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8" }).trim().split("\n").pop());
        times[mode].push(run.seconds);
        line.push(`${mode} ${run.seconds.toFixed(2)} s (${run.problems} problems)`);
      }
      console.log(`round ${round + 1}: ${line.join(", ")}`);
    }
  } finally {
    rmSync(path, { force: true });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ratio = (mode) => median(times[mode].map((seconds, round) => seconds / times.floor[round])).toFixed(2);
  console.log("");
  console.log(`stand-ins (ESLint's cost of ${Object.keys(levels).length} rules and the same reports, plus recognition) / floor: ${ratio("stand-ins")}`);
  console.log(`recommended / floor: ${ratio("recommended")}`);
}
