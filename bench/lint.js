// One timed lint of the benchmark corpus, in its own process so that peak
// memory is this configuration's alone. Prints one JSON line.
//   node bench/lint.js floor        ESLint + our two parsers + one trivial rule
//   node bench/lint.js recommended  the plugin's recommended config
import { ESLint } from "eslint";
import plugin from "../dist/index.js";
import { CORPUS } from "./generate.js";

const mode = process.argv[2];

/** The floor: a rule that visits the root and does nothing. */
const trivial = {
  rules: { noop: { meta: { type: "problem", schema: [] }, create: () => ({ Program() {} }) } },
};

function config() {
  const parsers = plugin.configs.recommended.filter((object) => object.languageOptions);
  if (mode === "floor") return [...parsers, { files: ["**/*.json", "**/*.yaml", "**/*.yml"], plugins: { trivial }, rules: { "trivial/noop": "error" } }];
  if (mode === "recommended") return plugin.configs.recommended;
  throw new Error(`unknown mode ${mode}: use floor or recommended`);
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
