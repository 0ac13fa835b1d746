import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { rules } from "../src/index.js";
import { rulesTable, TABLE_END, TABLE_START } from "./support/rules-table.js";

const readmeUrl = new URL("../README.md", import.meta.url);

it("README's rules table is generated from rule metadata", () => {
  const readme = readFileSync(readmeUrl, "utf8");
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  expect(start, "README has the rules table markers").toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const expected = `${readme.slice(0, start + TABLE_START.length)}\n\n${rulesTable(rules)}\n\n${readme.slice(end)}`;
  if (process.env.UPDATE_README === "1") writeFileSync(readmeUrl, expected);
  else expect(readme, "run `npm run update:readme`").toBe(expected);
});
