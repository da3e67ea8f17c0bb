import type { RootContent } from 'mdast';
import { blockText } from './block-text.js';
import type { LineMap } from './line-map.js';

/** The line map of a paragraph made of one text node, with that text, or null. */
export function lineMapOf(node: RootContent): { value: string; map: LineMap } | null {
  if (node.type !== 'paragraph' || node.children.length !== 1) return null;
  const text = node.children[0];
  const map = text?.type === 'text' ? text.data?.lineMap : undefined;
  return text?.type === 'text' && map ? { value: text.value, map } : null;
}

/**
 * The input lines a paragraph was made of: wire paragraphs are reflowed into
 * one line, but bylines and title lines need the original line breaks.
 */
export function paragraphLines(node: RootContent): string[] {
  const mapped = lineMapOf(node);
  if (!mapped) return blockText(node).split('\n');
  const { value, map } = mapped;
  const lines: string[] = [];
  for (let at = 0; at < map.length; at++) {
    const end = at + 1 < map.length ? map.indexAt(at + 1) : value.length;
    lines.push(value.slice(map.indexAt(at), end).trim());
  }
  return lines;
}

/**
 * Where a paragraph's last input line starts in its text (`blockText`), or
 * -1 for a paragraph of one line or one with no line map: a line set under
 * the last sentence with no blank line between (a credit line) is read apart.
 */
export function lastLineStart(node: RootContent): number {
  const map = lineMapOf(node)?.map;
  return map && map.length >= 2 ? map.indexAt(map.length - 1) : -1;
}

/**
 * Where a paragraph's first input line ends in its text (the second line's
 * start), or -1 for a paragraph of one line or one with no line map.
 */
export function firstLineEnd(node: RootContent): number {
  const map = lineMapOf(node)?.map;
  return map && map.length >= 2 ? map.indexAt(1) : -1;
}
