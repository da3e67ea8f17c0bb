/**
 * Trimming by scanning rather than by regex. A pattern such as `/[ \t]+$/`
 * restarts at every character of a run that is not at the end of the string,
 * which is quadratic in the run's length (a 100 KB run of spaces inside a line
 * took over 30 seconds); these helpers look at each character once.
 */

/** A test for the characters to trim. */
export type CharTest = (char: string) => boolean;

/** Builds a test that accepts exactly the characters of `chars`. */
export function charsIn(chars: string): CharTest {
  const set = new Set(chars);
  return (char) => set.has(char);
}

/** True for white space as `\s` in a regular expression sees it. */
export const isSpace: CharTest = (char) => /\s/.test(char);

/** Removes the characters passing `test` from the end of `text`. */
export function trimEndWhere(text: string, test: CharTest): string {
  let end = text.length;
  while (end > 0 && test(text[end - 1] as string)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Removes the characters passing `test` from the start of `text`. */
export function trimStartWhere(text: string, test: CharTest): string {
  let start = 0;
  while (start < text.length && test(text[start] as string)) start++;
  return start === 0 ? text : text.slice(start);
}
