/**
 * When a sequence that reads as UTF-8 bytes seen through Windows-1252 may be
 * repaired (docs/design.md, "Mojibake repair"). Correct European text holds
 * such sequences too: a capital accented letter or `ß` before a quotation
 * mark, a dash or a no-break space (`CAFÉ»`, `Spaß“`, `PERCHÈ…`), a
 * lower-case accented letter before a no-break space and a guillemet
 * (`café\u00A0»`). A repair is made only where its result is plausible and
 * its context rules such text out; test/decode/mojibake-safety.test.ts
 * holds the evidence over German, French, Spanish, Portuguese and Italian.
 */

/** What a repaired character is, for the rules below. */
export type RepairClass =
  /** Latin letters and symbols: Latin-1, Latin Extended-A/B up to U+024F, combining marks. */
  | 'latin'
  /** Latin Extended Additional (Vietnamese `ệ`): only inside a word. */
  | 'latin-additional'
  /** Punctuation, currency, letterlike and other symbols, ligatures, BOM, U+FFFD, emoji. */
  | 'symbol'
  /** Letters of other scripts (Greek, Cyrillic, Hebrew, Arabic, CJK …): only in runs. */
  | 'script'
  /** Never a repair: C1 controls, IPA, NKo and the like, Braille, private use, unassigned. */
  | 'none';

/** Code point ranges and their class, first match wins. */
const RANGES: ReadonlyArray<readonly [number, number, RepairClass]> = [
  [0x0080, 0x009f, 'none'],
  [0x00a0, 0x024f, 'latin'],
  [0x0250, 0x02ff, 'none'],
  [0x0300, 0x036f, 'latin'],
  [0x0370, 0x06ff, 'script'],
  [0x0700, 0x07ff, 'none'],
  [0x0800, 0x1dff, 'script'],
  [0x1e00, 0x1eff, 'latin-additional'],
  [0x1f00, 0x1fff, 'script'],
  [0x2000, 0x27ff, 'symbol'],
  [0x2800, 0x28ff, 'none'],
  [0x2900, 0x2bff, 'symbol'],
  [0x2c00, 0xd7ff, 'script'],
  [0xe000, 0xf8ff, 'none'],
  [0xf900, 0xfaff, 'script'],
  [0xfb00, 0xfb4f, 'symbol'],
  [0xfb50, 0xfdff, 'script'],
  [0xfe00, 0xfe0f, 'symbol'],
  [0xfe30, 0xfe4f, 'symbol'],
  [0xfe70, 0xfefe, 'script'],
  [0xfeff, 0xfeff, 'symbol'],
  [0xff00, 0xffef, 'symbol'],
  [0xfffd, 0xfffd, 'symbol'],
  [0x1f000, 0x1faff, 'symbol'],
  [0x20000, 0x3ffff, 'script'],
];

/** The class of a repaired code point. */
export function repairClass(codePoint: number): RepairClass {
  for (const [from, to, kind] of RANGES) if (codePoint >= from && codePoint <= to) return kind;
  return 'none';
}

/**
 * Marks that may follow a word in correct text: quotation marks (`“` and
 * `‘` close German quotes), guillemets, ellipsis, dashes, bullet, no-break
 * space, trade marks (`NESCAFÉ®`). After a
 * capital accented letter at the end of a word they are punctuation, not
 * the second byte of a character.
 */
export const CLOSING_MARKS: ReadonlySet<string> = new Set([
  '’',
  '”',
  '“',
  '‘',
  '»',
  '«',
  '›',
  '‹',
  '…',
  '–',
  '—',
  '•',
  '\u00a0',
  '™',
  '®',
]);
