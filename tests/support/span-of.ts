/**
 * Where a piece of a case's code sits, as RuleTester reports it (1-based
 * lines and columns, end exclusive): for Kubernetes cases, whose reports are
 * easier to read as "on this value" than as numbers.
 */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The span of the `nth` occurrence (1-based) of `needle` in `item.code`; throws when it is not there. */
export function spanOf(item: { readonly code: string }, needle: string, nth = 1): Span {
  let index = -1;
  for (let count = 0; count < nth; count += 1) {
    index = item.code.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`${JSON.stringify(needle)} (occurrence ${nth}) is not in the case`);
  }
  const start = position(item.code, index);
  const end = position(item.code, index + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function position(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/** The span of `needle` where it first occurs within the first `around` (a key within its line: `spanIn(code, "name: web", "name")`). */
export function spanIn(item: { readonly code: string }, around: string, needle: string): Span {
  const outer = item.code.indexOf(around);
  const inner = around.indexOf(needle);
  if (outer === -1 || inner === -1) throw new Error(`${JSON.stringify(needle)} within ${JSON.stringify(around)} is not in the case`);
  const start = position(item.code, outer + inner);
  const end = position(item.code, outer + inner + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
