import type { Paragraph, RootContent } from 'mdast';
import { closesIptcHeader, isMarkedLine } from '../../parse/line-shapes.js';
import { blockText } from '../../tree/block-text.js';

/** How many input lines from the top an IPTC-7901 header block (ending ` =`) may span. */
const IPTC_HEADER_LINES = 10;

/**
 * The header blocks at the top of a wire story, one line each (fromWire
 * keeps them apart): the leading ANPA `^…<` / Canadian Press `…@<` lines,
 * or, in an IPTC-7901 story without those, every line up to the one closed
 * by ` =` (none when no such line stands near the top).
 */
export function headerBlocks(blocks: readonly RootContent[], iptc: boolean): Paragraph[] {
  const marked: Paragraph[] = [];
  for (const node of blocks) {
    if (node.type !== 'paragraph' || !isMarkedLine(blockText(node))) break;
    marked.push(node);
  }
  if (marked.length > 0 || !iptc) return marked;
  const header: Paragraph[] = [];
  const top = blocks[0]?.position?.start.line ?? 0;
  for (const node of blocks) {
    if (node.type !== 'paragraph') break;
    if ((node.position?.start.line ?? 0) - top >= IPTC_HEADER_LINES) break;
    header.push(node);
    if (closesIptcHeader(blockText(node))) return header;
  }
  return [];
}
