/**
 * How our languages (and the project index) parse files: jsonc-eslint-parser
 * and yaml-eslint-parser, each wrapped so that a file which is a *template* of
 * JSON/YAML rather than JSON/YAML — a Helm chart's `templates/*.yaml`, a Go- or
 * Jinja-templated config — is left alone instead of failing the lint run with a
 * parse error. Principle: files that are not AWS configuration never get a
 * report. A file that fails to parse and holds no `{{ … }}` / `{% … %}` still
 * gets the parser's error, which says where the syntax is wrong.
 */
import * as jsonc from "jsonc-eslint-parser";
import * as yaml from "yaml-eslint-parser";

/**
 * Go templates (Helm), Jinja and similar: `{{ … }}` or `{% … %}`. Found by
 * index, not by a pattern: `/\{\{[\s\S]*?\}\}/` scans to the end of the text
 * from every `{{` when no `}}` follows, quadratic in a large file.
 */
function hasTemplateSyntax(code: string): boolean {
  for (const [open, close] of [["{{", "}}"], ["{%", "%}"]] as const) {
    const at = code.indexOf(open);
    if (at !== -1 && code.indexOf(close, at + open.length) !== -1) return true;
  }
  return false;
}

export type ParseResult = ReturnType<typeof yaml.parseForESLint> | ReturnType<typeof jsonc.parseForESLint>;

export interface Parser {
  parseForESLint(code: string): ParseResult;
}

function tolerateTemplates(base: { parseForESLint(code: string, options?: never): ParseResult }): Parser {
  return {
    parseForESLint(code) {
      try {
        return base.parseForESLint(code);
      } catch (error) {
        if (isStackExhausted(error)) throw tooDeep(error);
        if (!hasTemplateSyntax(code)) throw error;
        return emptyProgram(parseNothing(base), code);
      }
    },
  };
}

/**
 * The parsers descend recursively, so values nested some thousands of levels
 * deep exhaust the stack ("Maximum call stack size exceeded", "Not enough
 * stack space to parse input"). That is the file's shape, not a parser bug:
 * say so, keeping the position ESLint shows (`lineNumber`, `column`, `index`).
 */
function isStackExhausted(error: unknown): boolean {
  return error instanceof Error && (error instanceof RangeError || /stack space|call stack/i.test(error.message));
}

function tooDeep(error: unknown): Error {
  const found = error as { lineNumber?: number; column?: number; index?: number };
  // Where the parser stopped, when it says (a stack error from deep inside it does not): else the file's start.
  const message = "Values are nested too deeply to parse (thousands of levels: the parser ran out of stack); no container configuration nests this deep, so check how the file was generated";
  return Object.assign(new Error(message), { lineNumber: found.lineNumber ?? 1, column: found.column, index: found.index ?? 0 });
}

/**
 * The parser's program for a file with nothing in it. jsonc-eslint-parser
 * refuses an empty text ("Expected to be an expression, but got empty"), which
 * made a templated JSON file fail with that message: its program of `0` with
 * the value taken out is the same empty program.
 */
function parseNothing(base: { parseForESLint(code: string): ParseResult }): ParseResult {
  try {
    return base.parseForESLint("");
  } catch {
    const result = base.parseForESLint("0");
    Object.assign(result.ast, { body: [], tokens: [], comments: [] });
    return result;
  }
}

/** A program with no content that still spans the file, so ESLint's source bookkeeping holds. */
function emptyProgram(result: ParseResult, code: string): ParseResult {
  const lines = code.split(/\r\n|\r|\n/);
  const end = { line: lines.length, column: lines[lines.length - 1]!.length };
  const ast = result.ast as unknown as { range: [number, number]; loc: { start: { line: number; column: number }; end: { line: number; column: number } } };
  ast.range = [0, code.length];
  ast.loc = { start: { line: 1, column: 0 }, end };
  return result;
}

/** jsonc-eslint-parser, tolerant of templated files. */
export const jsonParser = tolerateTemplates(jsonc);
/** yaml-eslint-parser, tolerant of templated files (Helm charts). */
export const yamlParser = tolerateTemplates(yaml);
