/**
 * The README's rules table, generated from rule metadata. `tests/readme.test.ts`
 * checks the README holds exactly this; `npm run update:readme` writes it.
 */
import type { AwsContainersRule } from "../../src/create-rule.js";

const LEVEL: Record<string, string> = { error: "🔴 error", warn: "⚠️ warn", strict: "strict only" };

export function rulesTable(rules: Readonly<Record<string, AwsContainersRule>>): string {
  const rows = Object.entries(rules).map(([name, rule]) => {
    const { docs, fixable, hasSuggestions } = rule.meta;
    const fixes = [fixable ? "🔧" : "", hasSuggestions ? "💡" : ""].join("") || "";
    return `| [${name}](docs/rules/${name}.md) | ${docs.description} | ${LEVEL[docs.level]} | ${fixes} | ${docs.platforms.join(", ")} |`;
  });
  return ["| Rule | Description | `recommended` | Fix | Platforms |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

export const TABLE_START = "<!-- rules:start (generated from rule metadata: npm run update:readme) -->";
export const TABLE_END = "<!-- rules:end -->";
