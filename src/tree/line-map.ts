/**
 * The position mapping: a paragraph's text is its input lines joined by a
 * space, and its line map says where in the input each joined line starts,
 * so that any character of the text (a dateline's end, a sign-off glued to
 * the last line) still has its line, column and offset in the original
 * input, also after a prefix or a suffix is cut off.
 */
import type { Paragraph, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { isUnspaced } from '../text/display-width.js';
import { lineOf } from './block-text.js';

/** Where one joined line starts: its index in the text value and its point in the input. */
export interface LineMapEntry {
  index: number;
  line: number;
  column: number;
  offset: number;
}

/** Maps indexes in a joined text value back to input points: one entry per input line. */
export type LineMap = LineMapEntry[];

/** One input line of a paragraph: its text as written (trimmed) and where it starts. */
export interface InputLine {
  text: string;
  start: Point & { offset: number };
}

/** The line map entry of an {@link InputLine} that starts at `index` in the joined text. */
function inputLineEntry(line: InputLine, index: number): LineMapEntry {
  return { index, line: line.start.line, column: line.start.column, offset: line.start.offset };
}

/**
 * Joins input lines into one text value with a space between, and maps it.
 * A line break next to a Chinese or Japanese character joins with no space,
 * as CSS joins a segment break beside an East Asian wide character: that
 * writing does not space its words, so a wrap took no space away there.
 * `entryOf` makes a line's map entry, for lines of another shape than
 * {@link InputLine} (the parser's own, so it builds no copy of each line).
 */
export function joinLines(lines: readonly InputLine[]): { value: string; map: LineMap };
export function joinLines<T extends { text: string }>(
  lines: readonly T[],
  entryOf: (line: T, index: number) => LineMapEntry,
): { value: string; map: LineMap };
export function joinLines<T extends { text: string }>(
  lines: readonly T[],
  entryOf: (line: T, index: number) => LineMapEntry = inputLineEntry as never,
): { value: string; map: LineMap } {
  // One line, the commonest paragraph of a hostile input: its text as it is.
  if (lines.length === 1) {
    const line = lines[0] as T;
    return { value: line.text, map: [entryOf(line, 0)] };
  }
  // Parts joined once at the end, and the last character kept aside: reading the
  // end of a string built by `+=` flattens it every time, quadratic over many lines.
  const parts: string[] = [];
  const map: LineMap = [];
  let length = 0;
  let last = '';
  for (const line of lines) {
    if (length > 0 && !isUnspaced(last) && !isUnspaced(line.text[0] ?? '')) {
      parts.push(' ');
      length++;
      last = ' ';
    }
    map.push(entryOf(line, length));
    parts.push(line.text);
    length += line.text.length;
    if (line.text !== '') last = line.text.at(-1) ?? '';
  }
  return { value: parts.join(''), map };
}

/** The point in the input of a character index in a text node's value. */
export function pointInText(node: Text, index: number): Point | undefined {
  const map = node.data?.lineMap;
  const start = node.position?.start;
  if (!map || map.length === 0) {
    if (!start) return undefined;
    // Text from Markdown input: one line per value line is the best we know.
    const before = node.value.slice(0, index);
    const newlines = before.split('\n').length - 1;
    if (newlines === 0) {
      return {
        line: start.line,
        column: start.column + index,
        offset: (start.offset ?? 0) + index,
      };
    }
    return { line: start.line + newlines, column: index - before.lastIndexOf('\n') };
  }
  let entry = map[0];
  for (const candidate of map) {
    if (candidate.index <= index) entry = candidate;
    else break;
  }
  if (!entry) return undefined;
  const delta = index - entry.index;
  return { line: entry.line, column: entry.column + delta, offset: entry.offset + delta };
}

/** The line in the input of a character index in a paragraph's first text node. */
export function lineAt(
  node: Paragraph | Extract<RootContent, { type: 'heading' }>,
  index: number,
): number {
  const first = node.children[0];
  if (first?.type === 'text') return pointInText(first, index)?.line ?? lineOf(node);
  return lineOf(node);
}

/**
 * Cuts the first `length` characters (and the spaces after them) off a
 * paragraph whose content is a single text node, keeping positions true.
 * Returns false when the paragraph is not of that shape.
 */
export function dropTextPrefix(
  node: Paragraph | Extract<RootContent, { type: 'heading' }>,
  length: number,
): boolean {
  const first = node.children[0];
  if (first?.type !== 'text') return false;
  let cut = length;
  while (cut < first.value.length && /\s/.test(first.value[cut] ?? '')) cut++;
  const newStart = pointInText(first, cut);
  first.value = first.value.slice(cut);
  const map = first.data?.lineMap;
  if (map) {
    const kept = map
      .filter((entry) => entry.index >= cut)
      .map((entry) => ({ ...entry, index: entry.index - cut }));
    const before = lastBefore(map, cut);
    if (before && kept[0]?.index !== 0) {
      const delta = cut - before.index;
      kept.unshift({
        ...before,
        index: 0,
        column: before.column + delta,
        offset: before.offset + delta,
      });
    }
    first.data = { ...first.data, lineMap: kept };
  }
  if (newStart && first.position) {
    first.position = { start: newStart, end: first.position.end };
    if (node.position) node.position = { start: newStart, end: node.position.end };
  }
  return true;
}

/**
 * Cuts the text from `index` to the end off a single-text paragraph.
 * Returns false when the paragraph is not of that shape.
 */
export function dropTextSuffix(
  node: Paragraph | Extract<RootContent, { type: 'heading' }>,
  index: number,
): boolean {
  const first = node.children[0];
  if (first?.type !== 'text' || node.children.length !== 1) return false;
  let cut = index;
  while (cut > 0 && /\s/.test(first.value[cut - 1] ?? '')) cut--;
  const end = pointInText(first, cut);
  first.value = first.value.slice(0, cut);
  const map = first.data?.lineMap;
  if (map) first.data = { ...first.data, lineMap: map.filter((entry) => entry.index <= cut) };
  if (end && first.position) {
    first.position = { start: first.position.start, end };
    if (node.position) node.position = { start: node.position.start, end };
  }
  return true;
}

function lastBefore<T extends { index: number }>(map: T[], cut: number): T | undefined {
  let found: T | undefined;
  for (const entry of map) if (entry.index <= cut) found = entry;
  return found;
}

declare module 'mdast' {
  interface TextData {
    /** Input points of each joined line, for positions inside reflowed text. */
    lineMap?: LineMap;
  }
}
