/**
 * The flat configs, generated from rule metadata (`meta.docs.level` and
 * `meta.docs.platforms`), never listed by hand. Each config is an array a user
 * spreads into `eslint.config.js`; every object in it has a `name` and `files`,
 * so it also works in `defineConfig({ extends: [...] })`.
 */
import type { ESLint, Linter } from "eslint";
import type { AwsContainersRule, Platform } from "../create-rule.js";
import { PLATFORMS, SETTINGS_KEY } from "../settings.js";

export const PLUGIN_NAMESPACE = "aws-containers";

export const JSON_FILES = ["**/*.json", "**/*.jsonc", "**/*.json5"];
export const YAML_FILES = ["**/*.yaml", "**/*.yml"];
/** Lockfiles: large, generated, never AWS configuration. */
export const IGNORED_FILES = ["**/package-lock.json", "**/npm-shrinkwrap.json", "**/pnpm-lock.yaml", "**/composer.lock"];

export type ConfigName = "recommended" | "strict" | Platform;

type Severity = "error" | "warn";

/** Which rules a config turns on, and how hard. */
function severityIn(config: ConfigName, rule: AwsContainersRule): Severity | undefined {
  const { level, platforms } = rule.meta.docs;
  if (config === "strict") return level === "error" ? "error" : "warn";
  if (level === "strict") return undefined;
  if (config === "recommended" || platforms.includes(config)) return level;
  return undefined;
}

function platformsJudged(config: ConfigName): readonly Platform[] {
  return config === "recommended" || config === "strict" ? PLATFORMS : [config];
}

export function buildConfig(config: ConfigName, plugin: ESLint.Plugin, rules: Readonly<Record<string, AwsContainersRule>>): Linter.Config[] {
  const ruleLevels: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const severity = severityIn(config, rule);
    if (severity) ruleLevels[`${PLUGIN_NAMESPACE}/${name}`] = severity;
  }
  const prefix = `${PLUGIN_NAMESPACE}/${config}`;
  return [
    { name: `${prefix}/json`, files: JSON_FILES, ignores: IGNORED_FILES, plugins: { [PLUGIN_NAMESPACE]: plugin }, language: `${PLUGIN_NAMESPACE}/json` },
    { name: `${prefix}/yaml`, files: YAML_FILES, ignores: IGNORED_FILES, plugins: { [PLUGIN_NAMESPACE]: plugin }, language: `${PLUGIN_NAMESPACE}/yaml` },
    {
      name: `${prefix}/rules`,
      files: [...JSON_FILES, ...YAML_FILES],
      ignores: IGNORED_FILES,
      plugins: { [PLUGIN_NAMESPACE]: plugin },
      rules: ruleLevels,
      // A platform's config judges that platform's documents alone. It names only its own platform (never `false` for
      // another), so that ESLint, which merges settings key by key, judges both platforms of two configs (src/settings.ts).
      settings: { [SETTINGS_KEY]: { platforms: Object.fromEntries(platformsJudged(config).map((platform) => [platform, true])) } },
    },
  ];
}
