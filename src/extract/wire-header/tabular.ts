import type { Code, RootContent } from 'mdast';
import { isBlockEnd, isRuleLine } from '../../parse/line-shapes.js';
import { isSpace, trimEndWhere } from '../../text/trim.js';
import { blockText } from '../../tree/block-text.js';

/** True when the transmission header marks the story as tabular (agate) copy. */
export function isTabularTransmission(format: string | null | undefined): boolean {
  return format?.endsWith('tabular') === true;
}

/**
 * Tabular (agate) copy kept verbatim: the body from its first block to its
 * last (a closing `^END<` or rule aside, which stay blocks for the rules
 * plugin) as one code block with the lines as transmitted, never re-flowed.
 * `source` is the story text, `base` its offset in the input. Returns the
 * code block and how many blocks it stands for, or null when the body has
 * no position to cut it by.
 */
export function tabularBody(
  body: readonly RootContent[],
  source: string,
  base: number,
): { code: Code; count: number } | null {
  let count = body.length;
  while (count > 0) {
    const last = body[count - 1] as RootContent;
    const text = last.type === 'paragraph' ? blockText(last) : '';
    if (!isBlockEnd(text) && !isRuleLine(text)) break;
    count--;
  }
  const first = body[0];
  const last = body[count - 1];
  const from = first?.position?.start;
  const to = last?.position?.end;
  if (!first || !from || !to || from.offset === undefined || to.offset === undefined) return null;
  const lineStart = source.lastIndexOf('\n', from.offset - base - 1) + 1;
  const lines = source
    .slice(lineStart, to.offset - base)
    // Control characters (C0, DEL, C1) left in the table were reported by the parser;
    // keep their width. Trailing blanks are scanned off (`/\s+$/` is quadratic on
    // the long runs of spaces tables are made of).
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ')
    .split('\n')
    .map((line) => trimEndWhere(line, isSpace));
  // A loop, not `Math.min(...)`: a long table outgrows the call's argument limit.
  let indent = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line !== '') indent = Math.min(indent, line.length - line.trimStart().length);
  }
  const code: Code = {
    type: 'code',
    lang: null,
    meta: null,
    value: lines.map((line) => line.slice(indent)).join('\n'),
    position: { start: { line: from.line, column: 1, offset: base + lineStart }, end: to },
  };
  return { code, count };
}
