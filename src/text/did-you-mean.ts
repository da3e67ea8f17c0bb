/**
 * Edit distance with adjacent transpositions (optimal string alignment), so
 * `jsno` is one step from `json`, as a typist would count it.
 */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[] = new Array(rows * columns).fill(0);
  const at = (i: number, j: number) => table[i * columns + j] ?? 0;
  for (let i = 0; i < rows; i++) table[i * columns] = i;
  for (let j = 0; j < columns; j++) table[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      table[i * columns + j] = best;
    }
  }
  return at(rows - 1, columns - 1);
}

/**
 * The candidates closest to a mistyped `word` (case aside), the way
 * commander suggests options: at most three edits away and more alike than
 * not; empty when nothing is close.
 */
export function didYouMean(word: string, candidates: readonly string[]): string[] {
  // Long values are not typos of short names; also bounds the work on hostile input.
  if (word.length === 0 || word.length > 64) return [];
  const typed = word.toLowerCase();
  let best: string[] = [];
  let bestDistance = 4;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    const length = Math.max(typed.length, candidate.length);
    if ((length - distance) / length <= 0.4) continue;
    if (distance < bestDistance) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance) best.push(candidate);
  }
  return best;
}

/** `" (did you mean json?)"`, or `""` when no candidate is close. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const close = didYouMean(word, candidates);
  return close.length === 0 ? '' : ` (did you mean ${close.join(' or ')}?)`;
}
