// One timed lint of the benchmark corpus, in its own process so that peak
// memory is this configuration's alone. Prints one JSON line.
//   node bench/lint.js parser-floor    ESLint's JavaScript language with the two parsers + one trivial rule
//   node bench/lint.js language-floor  our two languages (the same parsers) + one trivial rule
//   node bench/lint.js recommended     the plugin's recommended config
import { ESLint } from "eslint";
import plugin from "../dist/index.js";
import { jsonParser, yamlParser } from "../dist/parsers/index.js";
import { CORPUS } from "./generate.js";

const mode = process.argv[2];
const FILES = { json: ["**/*.json", "**/*.jsonc", "**/*.json5"], yaml: ["**/*.yaml", "**/*.yml"] };

/** The floors' one rule: it visits the root and does nothing. */
const trivial = {
  rules: { noop: { meta: { type: "problem", schema: [] }, create: () => ({ Program() {} }) } },
};
const trivialRule = { files: [...FILES.json, ...FILES.yaml], plugins: { trivial }, rules: { "trivial/noop": "error" } };

/** How files were parsed before the plugin had languages: its parsers (tolerant of templates) handed to ESLint's JavaScript language. */
const parsers = [
  { files: FILES.json, languageOptions: { parser: jsonParser } },
  { files: FILES.yaml, languageOptions: { parser: yamlParser } },
];
/** What the shipped configs set: our languages. */
const languages = plugin.configs.recommended.filter((object) => object.language);

function config() {
  if (mode === "parser-floor") return [...parsers, trivialRule];
  if (mode === "language-floor") return [...languages, trivialRule];
  if (mode === "recommended") return plugin.configs.recommended;
  throw new Error(`unknown mode ${mode}: use parser-floor, language-floor or recommended`);
}

const eslint = new ESLint({ cwd: CORPUS, overrideConfigFile: true, overrideConfig: config(), ignore: false, cache: false });
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const results = await eslint.lintFiles(["."]);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const problems = results.reduce((sum, result) => sum + result.messages.length, 0);
const fatal = results.reduce((sum, result) => sum + result.fatalErrorCount, 0);
console.log(JSON.stringify({ mode, files: results.length, problems, fatal, seconds, cpuSeconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
