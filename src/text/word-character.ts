/**
 * Whether a character is a letter or digit (`[\p{L}\p{N}]`), asked per code
 * point by the word counter and the letter key. The regular expression needs
 * a one-character string per call; a table of the Basic Multilingual Plane,
 * filled as code units are first asked about, answers each unit with a read.
 */

/** Per BMP code unit: 0 not yet asked, 1 a letter or digit, 2 anything else. */
const kinds = new Uint8Array(0x10000);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * True when the code point is a letter or digit of any script. A lone
 * surrogate is neither (as the regular expression with the `u` flag says).
 */
export function isLetterOrDigit(point: number): boolean {
  if (point > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
  let kind = kinds[point] as number;
  if (kind === 0) {
    kind = LETTER_OR_DIGIT.test(String.fromCharCode(point)) ? 1 : 2;
    kinds[point] = kind;
  }
  return kind === 1;
}
