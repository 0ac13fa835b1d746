// The benchmark: generates the corpus, then lints it with two floors — ESLint with
// the same parsers through its JavaScript language and one trivial rule (how the
// plugin ran before it had languages), and our languages with that rule — and
// with the recommended config, alternating, in separate processes, and prints the
// median times, the ratios and peak memory. Goal: recommended ≤ 1.25 × the parser
// floor; the language floor ratio is the one to push next.
//   npm run build && npm run bench [-- --rounds 5]
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.js";

const roundsFlag = process.argv.indexOf("--rounds");
const rounds = roundsFlag === -1 ? 3 : Number(process.argv[roundsFlag + 1]);
const lintScript = fileURLToPath(new URL("./lint.js", import.meta.url));

const files = generate();
console.log(`corpus: ${files} files (task definitions in JSON and YAML, describe output, container lists; Kubernetes manifests; unrelated JSON/YAML)`);

const MODES = ["parser-floor", "language-floor", "recommended"];
const runs = Object.fromEntries(MODES.map((mode) => [mode, []]));
for (let round = 0; round < rounds; round += 1) {
  for (const mode of MODES) {
    const output = execFileSync(process.execPath, [lintScript, mode], { encoding: "utf8" });
    const run = JSON.parse(output.trim().split("\n").pop());
    runs[mode].push(run);
    console.log(`round ${round + 1} ${mode.padEnd(14)} ${run.seconds.toFixed(2)} s wall  ${run.cpuSeconds.toFixed(2)} s CPU  ${run.peakRssMiB.toFixed(0)} MiB  ${run.problems} problems  ${run.fatal} fatal`);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (mode) => ({
  wall: median(runs[mode].map((run) => run.seconds)),
  cpu: median(runs[mode].map((run) => run.cpuSeconds)),
  peak: Math.max(...runs[mode].map((run) => run.peakRssMiB)),
});
const results = Object.fromEntries(MODES.map((mode) => [mode, summary(mode)]));
console.log("");
for (const mode of MODES) {
  const result = results[mode];
  console.log(`${mode.padEnd(15)} median ${result.wall.toFixed(2)} s wall, ${result.cpu.toFixed(2)} s CPU; peak ${result.peak.toFixed(0)} MiB`);
}
const { recommended } = results;
for (const [floor, goal] of [["parser-floor", "goal ≤ 1.25"], ["language-floor", "the one to push next"]]) {
  const ratio = (key) => (recommended[key] / results[floor][key]).toFixed(2);
  // The machines this runs on are shared and noisy: show how far one round's ratio strays from the medians'.
  const rounds = runs.recommended.map((run, round) => run.seconds / runs[floor][round].seconds).sort((a, b) => a - b);
  console.log(`ratio recommended / ${floor}: ${ratio("wall")} wall, ${ratio("cpu")} CPU (${goal}); each round (wall): ${rounds[0].toFixed(2)}–${rounds[rounds.length - 1].toFixed(2)}`);
}
