// Module hooks that let a bench script import the tests' TypeScript support
// files (tests/support/*.ts) with plain Node: `.ts` files are transpiled with
// the project's TypeScript, an import of `….js` finds the `.ts` file beside
// it, and imports of the plugin's sources (src/) load the built dist/ instead,
// so the bench measures what is published. Registered by bench scripts with
//   register("./typescript-hooks.js", import.meta.url)
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const SRC = new URL("../src/", import.meta.url).href;
const DIST = new URL("../dist/", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if ((specifier.startsWith(".") || specifier.startsWith("file:")) && context.parentURL) {
    const url = new URL(specifier, context.parentURL).href;
    if (url.startsWith(SRC)) return { url: DIST + url.slice(SRC.length).replace(/\.ts$/, ".js"), shortCircuit: true };
    if (url.endsWith(".js") && !existsSync(fileURLToPath(url)) && existsSync(fileURLToPath(url.replace(/\.js$/, ".ts")))) return { url: url.replace(/\.js$/, ".ts"), shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith(".ts")) return nextLoad(url, context);
  const source = readFileSync(fileURLToPath(url), "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: fileURLToPath(url),
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  });
  return { format: "module", source: outputText, shortCircuit: true };
}
