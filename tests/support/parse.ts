/** Parses text the way our configs do and gives the root values, for tests below the rule level. */
import json from "@eslint/json";
import { jsonParser, yamlParser } from "../../src/parsers/index.js";
import { rootsOf } from "../../src/documents/index.js";
import type { Value } from "../../src/values/index.js";

export function jsonRoot(text: string): Value {
  return rootsOf(jsonParser.parseForESLint(text).ast)[0]!;
}

export function yamlRoots(text: string): readonly Value[] {
  return rootsOf(yamlParser.parseForESLint(text).ast);
}

export function yamlRoot(text: string): Value {
  return yamlRoots(text)[0]!;
}

/** The root of @eslint/json's (Momoa) AST for the same text. */
export function momoaRoot(text: string): Value {
  const result = json.languages.json.parse({ body: text, path: "file.json" } as never, { languageOptions: {} }) as { ok: boolean; ast: unknown };
  return rootsOf(result.ast as never)[0]!;
}
