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
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
