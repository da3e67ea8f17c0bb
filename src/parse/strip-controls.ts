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
 * column true, and tallies what it replaced. Used on wire text before it
 * is read into lines, and on Markdown input, which micromark would
 * otherwise pass through to the output (`cat article.md` would replay an
 * escape sequence).
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
    // Counted inline: no closure or object for each of millions of controls.
    if (stripped.count === 0) {
      stripped.first = { code, line, column: index - lineStart + 1, offset: index };
    }
    stripped.count++;
    if (!stripped.codes.includes(code)) stripped.codes.push(code);
  }
  return stripped.count === 0 ? { text, stripped } : { text: blanked(text), stripped };
}

/** Code units copied at a time by {@link blanked}. */
const CHUNK = 8192;

/**
 * `text` with every control a space. Copied code unit by code unit in
 * chunks, lone surrogates and all: a regex replace (or slices between the
 * controls) took half a second on a megabyte of them.
 */
function blanked(text: string): string {
  const chunk = new Uint16Array(CHUNK);
  const parts: string[] = [];
  for (let from = 0; from < text.length; from += CHUNK) {
    const length = Math.min(CHUNK, text.length - from);
    for (let at = 0; at < length; at++) {
      const code = text.charCodeAt(from + at);
      chunk[at] = isStrippable(code) ? 0x20 : code;
    }
    // `apply`, not a spread: a spread walks the typed array's iterator.
    const units = length === CHUNK ? chunk : chunk.subarray(0, length);
    parts.push(String.fromCharCode.apply(null, units as unknown as number[]));
  }
  return parts.join('');
}
