/**
 * Our ESLint languages, `aws-containers/json` and `aws-containers/yaml`, which
 * every config sets. Through ESLint's JavaScript language the same parsers
 * cost a scope analysis and a code-path analysis of every file, for nothing:
 * a language skips both (see the benchmark in bench/ and the README's figures).
 * They are thin: the parsers of src/parsers (which tolerate templated files),
 * and a source code object (./source-code.ts).
 */
import * as jsonc from "jsonc-eslint-parser";
import * as yaml from "yaml-eslint-parser";
import { jsonParser, yamlParser, type Parser } from "../parsers/index.js";
import { ParsedSourceCode, type ParsedRoot } from "./source-code.js";

export { ParsedSourceCode } from "./source-code.js";

interface File {
  readonly body: string | Uint8Array;
  readonly path: string;
}

type ParseOutcome = { ok: true; ast: ParsedRoot } | { ok: false; errors: { message: string; line: number; column: number }[] };

interface LanguageSpec {
  readonly parser: Parser;
  readonly visitorKeys: Record<string, string[]>;
  readonly parserServices: Readonly<Record<string, unknown>>;
  readonly lineEndingPattern: RegExp;
  /** What to add to a parse error's `column` to make it 1-based, as ESLint shows it (yaml-eslint-parser counts from 0, jsonc-eslint-parser from 1). */
  readonly errorColumnOffset: 0 | 1;
}

/**
 * A language over one of our parsers. Language options are accepted and
 * ignored: there are none to set, and a user's config may carry JavaScript
 * ones (`globals`, `parserOptions`) to every file, which must not be an error.
 */
export class ParserLanguage {
  readonly fileType = "text";
  readonly lineStart = 1;
  /** The parsers' columns start at 0, as ESTree's do. */
  readonly columnStart = 0;
  readonly nodeTypeKey = "type";
  readonly visitorKeys: Record<string, string[]>;
  readonly #spec: LanguageSpec;

  constructor(spec: LanguageSpec) {
    this.#spec = spec;
    this.visitorKeys = spec.visitorKeys;
  }

  validateLanguageOptions(): void {}

  /** JavaScript rules a user's config gives every file read these (`parserOptions.ecmaFeatures`, `ecmaVersion`): let them find what they expect. */
  normalizeLanguageOptions(languageOptions: Record<string, unknown>): Record<string, unknown> {
    return { ecmaVersion: "latest", ...languageOptions, parserOptions: { ...(languageOptions.parserOptions as object | undefined) } };
  }

  parse(file: File): ParseOutcome {
    const text = String(file.body);
    try {
      return { ok: true, ast: this.#spec.parser.parseForESLint(text).ast as unknown as ParsedRoot };
    } catch (error) {
      // A syntax error is a lint message at its position, not a crash (ESLint shows it as fatal).
      const found = error as { message?: unknown; lineNumber?: unknown; column?: unknown };
      const message = typeof found.message === "string" ? found.message : String(error);
      const line = typeof found.lineNumber === "number" ? found.lineNumber : 1;
      const column = typeof found.column === "number" ? found.column + this.#spec.errorColumnOffset : 1;
      return { ok: false, errors: [{ message, line, column }] };
    }
  }

  /** `parsed` is what `parse` returned with `ok: true`; ESLint types it loosely. */
  createSourceCode(file: File, parsed: { ast: unknown }): ParsedSourceCode {
    const { visitorKeys, parserServices, lineEndingPattern } = this.#spec;
    return new ParsedSourceCode({ text: String(file.body), ast: parsed.ast as ParsedRoot, visitorKeys, parserServices, lineEndingPattern });
  }
}

/** JSON, JSONC and JSON5, as jsonc-eslint-parser reads them (JavaScript's line breaks, U+2028/U+2029 included). */
export const jsonLanguage = new ParserLanguage({
  parser: jsonParser,
  visitorKeys: jsonc.VisitorKeys,
  parserServices: { isJSON: true },
  lineEndingPattern: /\r\n|[\r\n\u2028\u2029]/u,
  errorColumnOffset: 0,
});

/** YAML 1.2 and 1.1, multi-document streams, as yaml-eslint-parser reads them. */
export const yamlLanguage = new ParserLanguage({
  parser: yamlParser,
  visitorKeys: yaml.VisitorKeys,
  parserServices: { isYAML: true },
  lineEndingPattern: /\r\n|[\r\n]/u,
  errorColumnOffset: 1,
});

export const languages = { json: jsonLanguage, yaml: yamlLanguage };
