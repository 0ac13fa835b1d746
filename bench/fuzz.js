// The long fuzz run (issue 16): the generated documents of tests/fuzz.test.ts
// (tests/support/fuzz-documents.ts), as many as asked, linted with every rule
// by the built plugin (dist/), with the same checks: no throw, no fatal
// message on a text that parses, reports inside the file, messages and
// suggestions ending with a period, edits that leave text that parses.
//   npm run build && npm run bench:fuzz -- --runs 1000000 [--seed 42]
// A failure prints fast-check's seed and path and the failing text; replay it
// (shrunk to the smallest case fast-check finds) with
//   npm run bench:fuzz -- --seed <seed> --path <path>
// --keep-going records every failure instead of stopping at the first (no
// shrinking; each is replayed with its own --path); --write <folder> writes
// each failing text there whole. Stopped early (Ctrl-C), it prints the
// figures so far. A text that takes longer than --hang seconds (60) to lint is
// a hang, the worst defect in an editor: a watchdog thread prints it (and
// writes it to --write's folder) with its path, and stops the run.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { register } from "node:module";
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";

if (!existsSync(fileURLToPath(new URL("../dist/index.js", import.meta.url)))) {
  console.error("bench/fuzz.js lints with the built plugin: run `npm run build` first.");
  process.exit(2);
}

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
}
const runs = Number(option("runs", 1_000_000));
const seed = Number(option("seed", Math.floor(Math.random() * 2 ** 31)));
const path = option("path", undefined);
const every = Number(option("every", 50_000));
const keepGoing = process.argv.includes("--keep-going");
const folder = option("write", undefined);
const hangSeconds = Number(option("hang", 60));

/**
 * The watchdog: the main thread can be stuck in one call (a pattern that
 * backtracks for hours) where no signal handler runs. Before each text it
 * writes the run, the form and the text into shared memory and counts the
 * texts done; the watchdog thread, seeing no text done for --hang seconds,
 * prints what is being linted and ends the process. It starts before the
 * TypeScript hooks are registered: a worker started after them did not run.
 */
const TEXT_BYTES = 1 << 20;
const shared = new SharedArrayBuffer(16 + TEXT_BYTES);
const progress = new Int32Array(shared, 0, 4); // texts done, run, text length in bytes, 1 once the first text is under way
const textBytes = new Uint8Array(shared, 16);
const encoder = new TextEncoder();
const watchdog = new Worker(
  `
  const { workerData } = require("node:worker_threads");
  const { writeFileSync, writeSync, mkdirSync } = require("node:fs");
  const { shared, hangSeconds, seed, folder } = workerData;
  const progress = new Int32Array(shared, 0, 4);
  let last = -1, still = 0;
  setInterval(() => {
    const done = Atomics.load(progress, 0);
    // Loading the plugin and compiling the generators is not a hang.
    if (Atomics.load(progress, 3) === 0) return;
    if (done !== last) { last = done; still = 0; return; }
    still += 1;
    if (still < hangSeconds) return;
    const run = Atomics.load(progress, 1);
    const text = new TextDecoder().decode(new Uint8Array(shared, 16, Atomics.load(progress, 2)).slice()) /* a copy: TextDecoder reads no shared memory */;
    if (folder !== undefined) { mkdirSync(folder, { recursive: true }); writeFileSync(folder + "/" + seed + "-" + run + "-hang.txt", text); }
    // Written straight to stdout: a worker's console.log goes through the main thread, which is stuck.
    writeSync(1, "\\nHANG: no text linted for " + hangSeconds + " s, at seed " + seed + ", path " + run + " (replay: npm run bench:fuzz -- --seed " + seed + " --path " + run + "); the text:\\n" + text.slice(0, 6000) + "\\n");
    // process.exit would end this thread only; the main thread runs no handler while stuck.
    process.kill(process.pid, "SIGKILL");
  }, 1000);
  `,
  { eval: true, workerData: { shared, hangSeconds, seed, folder } },
);
watchdog.unref();

register("./typescript-hooks.js", import.meta.url);
const { default: fc } = await import("fast-check");
const { Linter } = await import("eslint");
const { BATCH, batchArbitrary, check, writtenBatch } = await import("../tests/support/fuzz-documents.ts");

const linter = new Linter();
const totals = { documents: 0, texts: 0, rejected: 0, messages: 0, edits: 0 };
const found = new Map();
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let run = path === undefined ? 0 : Number(path.split(":")[0]);
let nextReport = every;

const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
const cpuSeconds = () => {
  const cpu = process.cpuUsage(cpuStart);
  return (cpu.user + cpu.system) / 1e6;
};
const peakMiB = () => process.resourceUsage().maxRSS / 1024;

console.log(`fuzz: ${path === undefined ? `${runs.toLocaleString("en")} documents` : `replaying path ${path}`}, seed ${seed}, batches of ${BATCH} (each document alone in a JSON form, the batch as one YAML stream)`);


function watched(written) {
  const { written: length } = encoder.encodeInto(`${written.filename} (${written.form}):\n${written.text}`, textBytes);
  Atomics.store(progress, 1, run);
  Atomics.store(progress, 2, length);
  Atomics.store(progress, 3, 1);
}

// Asynchronous only to let a signal in (every few batches): the work itself is synchronous.
const property = fc.asyncProperty(batchArbitrary, async (batch) => {
  if (run % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
  const failures = [];
  for (const written of writtenBatch(batch)) {
    watched(written);
    const outcome = check(linter, written);
    Atomics.add(progress, 0, 1);
    totals.texts += 1;
    totals.rejected += outcome.rejected ? 1 : 0;
    totals.messages += outcome.messages;
    totals.edits += outcome.edits;
    if (outcome.failures.length > 0 && folder !== undefined) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${seed}-${run}-${failures.length}${written.filename.slice(written.filename.lastIndexOf("."))}`), written.text);
    }
    if (outcome.failures.length > 0) failures.push(`${written.form}, ${written.filename}:\n  ${outcome.failures.join("\n  ")}\n--- text ---\n${written.text.length > 6000 ? `${written.text.slice(0, 6000)}\n[… ${written.text.length} characters]` : written.text}`);
  }
  totals.documents += batch.length;
  if (totals.documents >= nextReport) {
    nextReport += every;
    console.log(`${totals.documents.toLocaleString("en")} documents, ${seconds().toFixed(0)} s, ${(totals.documents / seconds()).toFixed(0)} documents/s, ${peakMiB().toFixed(0)} MiB peak, ${found.size} failures`);
  }
  const index = run;
  run += 1;
  if (failures.length === 0) return;
  const report = failures.join("\n\n");
  if (!keepGoing) throw new Error(report);
  // One example of each kind of failure (messages without their numbers).
  const kind = report.split("\n--- text ---")[0].replace(/\d+/g, "N");
  if (!found.has(kind)) {
    found.set(kind, { path: String(index), report });
    console.log(`\nFAILURE at seed ${seed}, path ${index}:\n${report}\n`);
  }
});

// A path replays that run (and its shrinking) alone.
function summary() {
  console.log("");
  console.log(`documents        ${totals.documents.toLocaleString("en")} (${totals.texts.toLocaleString("en")} texts linted: each document in a JSON form, each batch as a YAML stream)`);
  console.log(`refused by parser ${totals.rejected.toLocaleString("en")} texts (${((totals.rejected / Math.max(1, totals.texts)) * 100).toFixed(2)}%)`);
  console.log(`reports          ${totals.messages.toLocaleString("en")}`);
  console.log(`edits applied    ${totals.edits.toLocaleString("en")} (fixes and suggestions)`);
  console.log(`time             ${seconds().toFixed(1)} s wall, ${cpuSeconds().toFixed(1)} s CPU (${(totals.documents / seconds()).toFixed(0)} documents/s); peak ${peakMiB().toFixed(0)} MiB`);
}

// Stopped early (Ctrl-C, kill): the figures so far, and the failures found.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    summary();
    console.log(`\nstopped by ${signal} at seed ${seed} after ${totals.documents.toLocaleString("en")} documents; ${found.size} kinds of failure${found.size > 0 ? `, replay each with --path: ${[...found.values()].map((failure) => failure.path).join(", ")}` : ""}`);
    process.exit(found.size > 0 ? 1 : 130);
  });
}

const details = await fc.check(property, { seed, numRuns: path === undefined ? Math.ceil(runs / BATCH) : run + 1, ...(path === undefined ? {} : { path }) });

summary();
if (details.failed) {
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  console.log(`\nFAILED: seed ${details.seed}, path ${details.counterexamplePath} (after ${details.numRuns} batches, shrunk ${details.numShrinks} times)\n${error}`);
  console.log(`\nreplay: npm run bench:fuzz -- --seed ${details.seed} --path ${details.counterexamplePath}`);
  process.exitCode = 1;
} else if (found.size > 0) {
  console.log(`\n${found.size} kinds of failure; replay each with: npm run bench:fuzz -- --seed ${seed} --path <path>`);
  for (const { path: failing } of found.values()) console.log(`  --path ${failing}`);
  process.exitCode = 1;
} else {
  console.log("no failure");
}
