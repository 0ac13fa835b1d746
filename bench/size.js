// Size benchmark (issue 16): one large file at several sizes, linted with the
// recommended config through the built plugin, each size in its own process
// so that its peak memory is its own. Prints time and peak memory per size and
// how much each grows when the size doubles (about 2× is linear).
//   npm run build && npm run bench:size [-- --scale 1] [--floor]
// Files: a CloudFormation template in JSON holding task definitions and the
// services that run them (about 50 MB at full size, as `cdk synth` makes for a
// large application), and a YAML stream of 10,000 documents (task definitions,
// services, and Kubernetes manifests: web tiers, databases, jobs, ingresses,
// storage, RBAC), at 1/4, 1/2 and full size. `--scale 0.1` makes them smaller;
// `--floor` also lints each with the floor of bench/lint.js (ESLint and the
// same parsers with one rule that does nothing), to show the plugin's share.
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const FOLDER = join(here, "corpus", "size");

if (process.argv[2] === "--lint") {
  // The child: lint one file, print one JSON line.
  const { ESLint } = await import("eslint");
  const { default: plugin } = await import("../dist/index.js");
  const [file, mode] = process.argv.slice(3);
  const trivial = { rules: { noop: { meta: { type: "problem", schema: [] }, create: () => ({ Program() {} }) } } };
  const parsers = plugin.configs.recommended.filter((object) => object.languageOptions);
  const config = mode === "floor" ? [...parsers, { files: ["**/*.json", "**/*.yaml"], plugins: { trivial }, rules: { "trivial/noop": "error" } }] : plugin.configs.recommended;
  const eslint = new ESLint({ cwd: dirname(file), overrideConfigFile: true, overrideConfig: config, ignore: false, cache: false });
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const [result] = await eslint.lintFiles([file]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const fatal = result.messages.find((message) => message.fatal)?.message;
  console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakMiB: process.resourceUsage().maxRSS / 1024, reports: result.messages.length, fatal }));
  process.exit(0);
}

const { taskDefinition, service, yaml } = await import("./generate.js");
const { kubernetesFiles, kubernetesRandom } = await import("./kubernetes.js");

const scaleFlag = process.argv.indexOf("--scale");
const scale = scaleFlag === -1 ? 1 : Number(process.argv[scaleFlag + 1]);
const withFloor = process.argv.includes("--floor");

/** API member names in CloudFormation's spelling (`containerDefinitions` → `ContainerDefinitions`); log options are the user's keys. */
function cloudFormation(value, userKeys = false) {
  if (Array.isArray(value)) return value.map((item) => cloudFormation(item));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [userKeys ? key : key.charAt(0).toUpperCase() + key.slice(1), userKeys ? item : cloudFormation(item, key === "options")]),
  );
}

/** A template with `pairs` task definitions and a service for each, pretty-printed as `cdk synth` writes it. */
function template(pairs) {
  const resources = {};
  for (let index = 0; index < pairs; index += 1) {
    resources[`Task${index}`] = { Type: "AWS::ECS::TaskDefinition", Properties: cloudFormation(taskDefinition(index)) };
    resources[`Service${index}`] = { Type: "AWS::ECS::Service", Properties: { ...cloudFormation(service(index)), TaskDefinition: { Ref: `Task${index}` } } };
  }
  return JSON.stringify({ AWSTemplateFormatVersion: "2010-09-09", Resources: resources }, null, 2);
}

/** A YAML stream of `count` documents: a task definition and its service, then a repository's Kubernetes manifests, over and over. */
function stream(count) {
  const k = kubernetesRandom();
  const documents = [];
  for (let index = 0; documents.length < count; index += 1) {
    documents.push(yaml(taskDefinition(index)).trimStart(), yaml(service(index)).trimStart());
    for (const [path, text] of Object.entries(kubernetesFiles(k, index))) {
      if (!path.startsWith("k8s/") || !path.endsWith(".yaml")) continue;
      documents.push(...text.split(/^---\n/m).filter((document) => document.trim() !== ""));
    }
  }
  return documents.slice(0, count).join("---\n");
}

mkdirSync(FOLDER, { recursive: true });
function lint(file, mode = "recommended") {
  const output = execFileSync(process.execPath, ["--max-old-space-size=16384", fileURLToPath(import.meta.url), "--lint", file, mode], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split("\n").pop());
}

// What ESLint and the plugin take before any file: the memory a size's figure is measured from.
const emptyFile = join(FOLDER, "empty.json");
writeFileSync(emptyFile, "{}\n");
const baseline = lint(emptyFile);
console.log(`baseline (ESLint and the plugin, an empty file): ${baseline.seconds.toFixed(2)} s, ${baseline.peakMiB.toFixed(0)} MiB peak\n`);

// Bytes per task definition and service pair, from a sample, to reach about 50 MB at full size.
const pairsFor50MB = Math.round((50 * 1024 * 1024) / (template(200).length / 200));
const SETS = [
  { name: "JSON: a CloudFormation template of task definitions and their services", unit: "MB", sizes: [0.25, 0.5, 1].map((part) => Math.round(pairsFor50MB * part * scale)), make: template, file: "template.json" },
  { name: "YAML: a stream of task definitions, services and Kubernetes manifests", unit: "documents", sizes: [0.25, 0.5, 1].map((part) => Math.round(10_000 * part * scale)), make: stream, file: "stream.yaml" },
];

for (const set of SETS) {
  console.log(set.name);
  console.log(`${"size".padStart(26)}  ${"time".padStart(8)}  ${"CPU".padStart(8)}  ${"peak".padStart(9)}  ${"reports".padStart(8)}  per doubling: time  CPU  memory`);
  let previous;
  for (const size of set.sizes) {
    const file = join(FOLDER, `${size}-${set.file}`);
    writeFileSync(file, set.make(size));
    const bytes = statSync(file).size;
    const run = lint(file);
    const label = set.unit === "MB" ? `${(bytes / 1024 / 1024).toFixed(1)} MB (${size * 2} resources)` : `${size} documents (${(bytes / 1024 / 1024).toFixed(1)} MB)`;
    const seconds = run.seconds - baseline.seconds;
    const cpuSeconds = run.cpuSeconds - baseline.cpuSeconds;
    const memory = run.peakMiB - baseline.peakMiB;
    const ratios = previous === undefined ? "" : [seconds / previous.seconds, cpuSeconds / previous.cpuSeconds, memory / previous.memory].map((ratio) => `${ratio.toFixed(2)}×`).join("  ");
    console.log(`${label.padStart(26)}  ${run.seconds.toFixed(2).padStart(6)} s  ${run.cpuSeconds.toFixed(2).padStart(6)} s  ${run.peakMiB.toFixed(0).padStart(5)} MiB  ${String(run.reports).padStart(8)}  ${ratios}${run.fatal ? `  FATAL: ${run.fatal}` : ""}`);
    previous = { seconds, cpuSeconds, memory };
    if (withFloor) {
      const floor = lint(file, "floor");
      console.log(`${"floor".padStart(26)}  ${floor.seconds.toFixed(2).padStart(6)} s  ${floor.cpuSeconds.toFixed(2).padStart(6)} s  ${floor.peakMiB.toFixed(0).padStart(5)} MiB  (the plugin: ${((run.cpuSeconds / floor.cpuSeconds - 1) * 100).toFixed(0)}% more CPU, ${((run.peakMiB / floor.peakMiB - 1) * 100).toFixed(0)}% more memory)`);
    }
  }
  console.log("");
}
console.log("Time and memory are linear in size when each doubling costs about 2× (counted above the baseline; CPU time is the steadier on a shared machine).");
