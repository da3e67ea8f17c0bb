import { isLetterOrDigit } from './word-character.js';

/** Anything but a letter or a digit, in any script. */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Longest text folded in the scratch buffer; a longer one takes the regular expression. */
const SCRATCH_CHARS = 1024;

/** Room for the key of a short ASCII text, reused: a key is never longer than its text. */
const scratch = new Uint16Array(SCRATCH_CHARS);

/**
 * A text's letters and digits alone, lower case: what stays when a page
 * prints a line again in other type. A short ASCII text (most lines) is
 * folded in one pass over its code units, where `\p{L}` and `\p{N}` are
 * exactly `A-Z`, `a-z` and `0-9`: the page headline scorer keys every block
 * near the top of every page, and the regular expression's replace was most
 * of that cost.
 */
export function letterKey(text: string): string {
  if (text.length > SCRATCH_CHARS) return slowKey(text);
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) {
      // Curly quotes and dashes are dropped here too; a letter or digit outside ASCII
      // (or half of a surrogate pair) sends the whole text the general way.
      if (isDroppedMark(code)) continue;
      return slowKey(text);
    }
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) scratch[length++] = code;
    else if (code >= 0x41 && code <= 0x5a) scratch[length++] = code + 0x20;
  }
  return String.fromCharCode.apply(null, scratch.subarray(0, length) as unknown as number[]);
}

/**
 * True for a code unit outside ASCII that is no letter or digit and no half
 * of a surrogate pair: punctuation a page sets (`’`, `“`, `—`), which the
 * key drops.
 */
function isDroppedMark(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return !isLetterOrDigit(code);
}

/** {@link letterKey} by the regular expression, for any text. */
function slowKey(text: string): string {
  return text.replace(NOT_LETTER_OR_DIGIT, '').toLowerCase();
}
