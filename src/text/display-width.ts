/**
 * The columns a text takes on a terminal or a page rendered in a fixed-width
 * font: East Asian wide and fullwidth characters take two, combining marks
 * none, others one. Hard-wrapped Chinese and Japanese text is wrapped by
 * columns, not characters, so widths are measured so. `from` and `to`
 * measure a part of the text, with no copy of it.
 */
export function displayWidth(text: string, from = 0, to: number = text.length): number {
  let width = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    // Most text is ASCII: one column a character.
    if (code < 0x300) {
      width++;
      continue;
    }
    const point = text.codePointAt(index) as number;
    if (point > 0xffff) index++;
    width += columnsOf(point);
  }
  return width;
}

/** Columns of one code point above U+02FF. */
function columnsOf(point: number): number {
  if (
    (point >= 0x0300 && point <= 0x036f) ||
    (point >= 0x200b && point <= 0x200f) ||
    (point >= 0xfe00 && point <= 0xfe0f)
  )
    return 0;
  return isWide(point) ? 2 : 1;
}

/** East Asian wide and fullwidth ranges (Unicode UAX #11, the common blocks). */
function isWide(point: number): boolean {
  return (
    (point >= 0x1100 && point <= 0x115f) ||
    (point >= 0x2e80 && point <= 0x303e) ||
    (point >= 0x3041 && point <= 0x33ff) ||
    (point >= 0x3400 && point <= 0x4dbf) ||
    (point >= 0x4e00 && point <= 0x9fff) ||
    (point >= 0xa000 && point <= 0xa4cf) ||
    (point >= 0xac00 && point <= 0xd7a3) ||
    (point >= 0xf900 && point <= 0xfaff) ||
    (point >= 0xfe30 && point <= 0xfe4f) ||
    (point >= 0xff00 && point <= 0xff60) ||
    (point >= 0xffe0 && point <= 0xffe6) ||
    (point >= 0x20000 && point <= 0x3fffd)
  );
}

/** Chinese and Japanese: written with no space between words, broken between any two characters. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** The first code point {@link UNSPACED} accepts (CJK Radicals Supplement). */
const FIRST_UNSPACED = 0x2e80;

/** True for a character of writing that puts no space between words (Chinese, Japanese). */
export function isUnspaced(char: string): boolean {
  // Nothing below the CJK radicals (U+2E80) is: most text never reaches the regex.
  return char.charCodeAt(0) >= FIRST_UNSPACED && UNSPACED.test(char);
}
