import { noStrippedControls, type StrippedControls, tallyStripped } from './source-lines.js';

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
  const parts: string[] = [];
  let copied = 0;
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
    // Copied in slices, joined once: a string grown by `+=` is a chain of pieces.
    parts.push(text.slice(copied, index), ' ');
    copied = index + 1;
  }
  if (copied === 0) return { text, stripped };
  parts.push(text.slice(copied));
  return { text: parts.join(''), stripped };
}
