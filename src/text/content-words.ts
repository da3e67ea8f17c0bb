/** Han, kana and Hangul: scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * Calls `visit` with each word of a text that carries its content, lower-cased:
 * runs of four or more letters or digits (short words are mostly grammar, in
 * any language written with spaces), and pairs of neighbouring characters in a
 * script written without spaces (those first). Word by word, so a long
 * block's words are never held in one array unless the caller keeps them.
 */
function eachContentWord(text: string, visit: (word: string) => void): void {
  const spaced = text.replace(UNSPACED, (run) => {
    for (let index = 0; index + 1 < run.length; index++) visit(run.slice(index, index + 2));
    return ' ';
  });
  const lower = spaced.toLowerCase();
  const word = /[\p{L}\p{N}]{4,}/gu;
  for (let match = word.exec(lower); match !== null; match = word.exec(lower)) visit(match[0]);
}

/**
 * The words of a text that carry its content ({@link eachContentWord}), in
 * order. Comparing two texts by these tells whether they are about the same
 * thing.
 */
export function contentWords(text: string): string[] {
  const found: string[] = [];
  eachContentWord(text, (word) => found.push(word));
  return found;
}

/**
 * {@link contentWords} as a set, added as they are found: a 10 MB paragraph's
 * million-word array outlived the young generation, and collecting it made
 * the work grow faster than the text.
 */
export function contentWordSet(text: string): Set<string> {
  const set = new Set<string>();
  eachContentWord(text, (word) => set.add(word));
  return set;
}
