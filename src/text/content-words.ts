/** Han, kana and Hangul: scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * The words of a text that carry its content, lower-cased: runs of four or
 * more letters or digits (short words are mostly grammar, in any language
 * written with spaces), and pairs of neighbouring characters in a script
 * written without spaces. Comparing two texts by these tells whether they
 * are about the same thing.
 */
export function contentWords(text: string): string[] {
  const found: string[] = [];
  const spaced = text.replace(UNSPACED, (run) => {
    for (let index = 0; index + 1 < run.length; index++) found.push(run.slice(index, index + 2));
    return ' ';
  });
  // `match`, not `matchAll`: the words alone, without a match object for each of a
  // long block's million words.
  const words = spaced.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu);
  if (words === null) return found;
  if (found.length === 0) return words;
  for (const word of words) found.push(word);
  return found;
}

/**
 * {@link contentWords} as a set, read word by word: a long block's words are
 * added as they are found, never held in one array (a 10 MB paragraph's
 * million-word array outlived the young generation, and collecting it made
 * the work grow faster than the text).
 */
export function contentWordSet(text: string): Set<string> {
  const set = new Set<string>();
  const spaced = text.replace(UNSPACED, (run) => {
    for (let index = 0; index + 1 < run.length; index++) set.add(run.slice(index, index + 2));
    return ' ';
  });
  const lower = spaced.toLowerCase();
  const word = /[\p{L}\p{N}]{4,}/gu;
  for (let match = word.exec(lower); match !== null; match = word.exec(lower)) set.add(match[0]);
  return set;
}
