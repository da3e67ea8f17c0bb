import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { isSpace, trimEndWhere } from '../../text/trim.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';

/** True when the transmission header marks the story as tabular (agate) copy. */
export function isTabularTransmission(format: string | null | undefined): boolean {
  return format?.endsWith('tabular') === true;
}

/**
 * Keeps tabular (agate) copy verbatim: when the ANPA format identifier says
 * the story is tabular, the body from its first block to its last becomes
 * one code block with the lines as transmitted, never re-flowed. Runs after
 * the header lines are gone, so only the table itself is kept.
 */
export function tabular(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    if (!isTabularTransmission(article.transmission?.format)) return;
    // Header lines (headline, byline) stay for their extractors; the table follows them.
    const start = tree.children.findIndex(
      (node) => !(node.type === 'paragraph' && node.data?.wireHeader === true),
    );
    if (start < 0) return;
    const first = tree.children[start];
    const last = tree.children.at(-1);
    const from = first?.position?.start;
    const to = last?.position?.end;
    if (!first || !from || !to || from.offset === undefined || to.offset === undefined) return;
    const base = file.data.storyStart?.offset ?? 0;
    const text = String(file.value);
    const lineStart = text.lastIndexOf('\n', from.offset - base - 1) + 1;
    const lines = text
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
    tree.children.splice(start, tree.children.length - start, code);
  };
}
