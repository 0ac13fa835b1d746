// The benchmark: generates the corpus, then lints it with the floor (ESLint with
// the same parsers and one trivial rule) and with the recommended config,
// alternating, in separate processes, and prints the median times, their ratio
// and peak memory. Goal: recommended ≤ 1.3 × floor.
//   npm run build && npm run bench [-- --rounds 5]
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.js";

const roundsFlag = process.argv.indexOf("--rounds");
const rounds = roundsFlag === -1 ? 3 : Number(process.argv[roundsFlag + 1]);
const lintScript = fileURLToPath(new URL("./lint.js", import.meta.url));

const files = generate();
console.log(`corpus: ${files} files (task definitions in JSON and YAML, describe output, container lists; Kubernetes manifests; unrelated JSON/YAML)`);

const runs = { floor: [], recommended: [] };
for (let round = 0; round < rounds; round += 1) {
  for (const mode of ["floor", "recommended"]) {
    const output = execFileSync(process.execPath, [lintScript, mode], { encoding: "utf8" });
    const run = JSON.parse(output.trim().split("\n").pop());
    runs[mode].push(run);
    console.log(`round ${round + 1} ${mode.padEnd(11)} ${run.seconds.toFixed(2)} s wall  ${run.cpuSeconds.toFixed(2)} s CPU  ${run.peakRssMiB.toFixed(0)} MiB  ${run.problems} problems  ${run.fatal} fatal`);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (mode) => ({
  wall: median(runs[mode].map((run) => run.seconds)),
  cpu: median(runs[mode].map((run) => run.cpuSeconds)),
  peak: Math.max(...runs[mode].map((run) => run.peakRssMiB)),
});
const floor = summary("floor");
const recommended = summary("recommended");
console.log("");
for (const [name, result] of [["floor", floor], ["recommended", recommended]]) {
  console.log(`${name.padEnd(12)} median ${result.wall.toFixed(2)} s wall, ${result.cpu.toFixed(2)} s CPU; peak ${result.peak.toFixed(0)} MiB`);
}
console.log(`ratio recommended / floor: ${(recommended.wall / floor.wall).toFixed(2)} wall, ${(recommended.cpu / floor.cpu).toFixed(2)} CPU (goal ≤ 1.30)`);
// The machines this runs on are shared and noisy: show how far one round's ratio strays from the medians'.
const roundRatios = runs.recommended.map((run, round) => run.seconds / runs.floor[round].seconds).sort((a, b) => a - b);
console.log(`ratio of each round (wall): ${roundRatios[0].toFixed(2)}–${roundRatios[roundRatios.length - 1].toFixed(2)}`);
