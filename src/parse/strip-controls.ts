import type { StrippedControl } from './source-lines.js';

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
 * column true, and lists what it replaced. Used on Markdown input, which
 * micromark would otherwise pass through to the output (`cat article.md`
 * would replay an escape sequence).
 */
export function blankControls(text: string): { text: string; stripped: StrippedControl[] } {
  const stripped: StrippedControl[] = [];
  let out = '';
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
    stripped.push({ code, line, column: index - lineStart + 1, offset: index });
    out += `${text.slice(copied, index)} `;
    copied = index + 1;
  }
  return { text: copied === 0 ? text : out + text.slice(copied), stripped };
}
