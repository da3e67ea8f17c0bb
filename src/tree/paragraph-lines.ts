import type { RootContent } from 'mdast';
import { blockText } from './block-text.js';

/**
 * The input lines a paragraph was made of: wire paragraphs are reflowed into
 * one line, but bylines and title lines need the original line breaks.
 */
export function paragraphLines(node: RootContent): string[] {
  const first = 'children' in node ? node.children[0] : undefined;
  const map =
    first?.type === 'text' && node.type === 'paragraph' && node.children.length === 1
      ? first.data?.lineMap
      : undefined;
  if (!map || first?.type !== 'text') return blockText(node).split('\n');
  const lines: string[] = [];
  for (let at = 0; at < map.length; at++) {
    const end = at + 1 < map.length ? map.indexAt(at + 1) : first.value.length;
    lines.push(first.value.slice(map.indexAt(at), end).trim());
  }
  return lines;
}

/**
 * Where a paragraph's last input line starts in its text (`blockText`), or
 * -1 for a paragraph of one line or one with no line map: a line set under
 * the last sentence with no blank line between (a credit line) is read apart.
 */
export function lastLineStart(node: RootContent): number {
  const first = 'children' in node ? node.children[0] : undefined;
  if (node.type !== 'paragraph' || node.children.length !== 1 || first?.type !== 'text') return -1;
  const map = first.data?.lineMap;
  return map && map.length >= 2 ? map.indexAt(map.length - 1) : -1;
}
