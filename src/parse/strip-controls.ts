/** A control character removed from a line, with where it was in the input. */
export interface StrippedControl {
  code: number;
  line: number;
  column: number;
  offset: number;
}

/**
 * What was stripped from a story, as its one warning needs it: the first
 * control, how many there were and which codes (in order of first sight).
 * A tally, not a list: a hostile input holds millions of controls, and an
 * object for each kept alive to the end made the garbage collector's work
 * grow faster than the input.
 */
export interface StrippedControls {
  first: StrippedControl | null;
  count: number;
  /** Distinct codes, in the order first seen (at most the 65 strippable ones). */
  codes: number[];
}

/** An empty {@link StrippedControls}. */
export function noStrippedControls(): StrippedControls {
  return { first: null, count: 0, codes: [] };
}

/** Counts one stripped control into `tally`; `where` builds its place, for the first only. */
export function tallyStripped(
  tally: StrippedControls,
  code: number,
  where: () => StrippedControl,
): void {
  if (tally.count === 0) tally.first = where();
  tally.count++;
  if (!tally.codes.includes(code)) tally.codes.push(code);
}

/** Characters that are never prose: C0 except TAB and LF, DEL and C1. */
export function isStrippable(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    code === 0x7f ||
    (code >= 0x80 && code <= 0x9f)
  );
}

/**
 * Replaces control characters by spaces, keeping every offset, line and
 * column true, and tallies what it replaced. Used on Markdown input, which
 * micromark would otherwise pass through to the output (`cat article.md`
 * would replay an escape sequence).
 */
export function blankControls(text: string): { text: string; stripped: StrippedControls } {
  const stripped = noStrippedControls();
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) {
      line++;
      lineStart = index + 1;
      continue;
    }
    if (!isStrippable(code)) continue;
    const column = index - lineStart + 1;
    tallyStripped(stripped, code, () => ({ code, line, column, offset: index }));
  }
  // Replaced in one native pass, not copied in slices: millions of controls made millions of pieces.
  return stripped.count === 0
    ? { text, stripped }
    : { text: text.replace(STRIPPABLE, ' '), stripped };
}

/** Every character {@link isStrippable} accepts. */
const STRIPPABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
