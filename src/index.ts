/**
 * eslint-plugin-aws-containers: the plugin object ESLint loads.
 */
import { createRequire } from "node:module";
import type { ESLint, Linter } from "eslint";
import { buildConfig, type ConfigName } from "./configs/index.js";
import { languages } from "./languages/index.js";
import { rules } from "./rules/index.js";
import { PLATFORMS } from "./settings.js";

const { name, version } = createRequire(import.meta.url)("../package.json") as { name: string; version: string };

/** The configs this version ships: recommended, strict, and one per platform. */
const CONFIG_NAMES: readonly ConfigName[] = ["recommended", "strict", ...PLATFORMS];

const plugin = {
  meta: { name, version },
  rules,
  languages,
  configs: {} as Record<ConfigName, Linter.Config[]>,
} satisfies ESLint.Plugin;

for (const config of CONFIG_NAMES) plugin.configs[config] = buildConfig(config, plugin, rules);

export default plugin;
export { rules };
/** The plugin's parts as named exports too, so that a CommonJS config's `require("eslint-plugin-aws-containers").configs` finds them. */
export const { configs, meta } = plugin;
export { languages };
