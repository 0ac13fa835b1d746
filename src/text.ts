/**
 * Wording shared by rule messages and suggestions.
 */

/**
 * The one candidate a mistyped name most likely means, or undefined when none
 * is close or two are equally close. Case is ignored and `_` counts as `-`;
 * "close" is one edit for names up to 4 characters, two up to 10, three beyond
 * (insertions, deletions, substitutions and swaps of neighbours).
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const typed = normalize(name);
  const limit = typed.length <= 4 ? 1 : typed.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const distance = editDistance(typed, normalize(candidate));
    if (distance > limit) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && candidate !== best) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

function normalize(name: string): string {
  return name.trim().toLowerCase().replace(/_/g, "-");
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, rows[i - 2]![j - 2]! + 1);
      row.push(distance);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** `a`, `a or b`, `a, b or c`: items joined the way messages list alternatives. */
export function orList(items: readonly string[]): string {
  return joinedList(items, "or");
}

/** `a`, `a and b`, `a, b and c` (or another conjunction): items joined the way messages list them. */
export function joinedList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * Whether a wildcard pattern (an EKS Fargate selector's, for one) (`*` any run of characters, `?` any one)
 * matches a name. Matched by hand, not by a regular expression: `a*b*c*…`
 * turned into `^a.*b.*c.*…$` backtracks polynomially in the number of stars;
 * this is the usual two-pointer match, at most the product of the lengths.
 */
export function wildcardMatches(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  /** Where the last `*` was, and where in the name it started matching. */
  let star = -1;
  let starName = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === name[n])) {
      p += 1;
      n += 1;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p;
      starName = n;
      p += 1;
    } else if (star !== -1) {
      p = star + 1;
      starName += 1;
      n = starName;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === "*") p += 1;
  return p === pattern.length;
}
