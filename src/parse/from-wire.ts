import type { Code, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { joinLines, LineMap, type LinePlace } from '../tree/line-map.js';
import { bulletOf, minimum, type Segment, segment } from './segment.js';
import {
  inputPoint,
  lineColumn,
  lineEnd,
  lineStart,
  readLines,
  type SourceLine,
  type StrippedControls,
} from './source-lines.js';

export type { StrippedControl, StrippedControls } from './source-lines.js';

/** Options for {@link fromWire}. */
export interface FromWireOptions {
  /** Where the text starts in the original input (for stories cut from a larger capture). */
  start?: Point;
  /** The text is an IPTC-7901 story: its header lines up to the ` =` line stand alone. */
  iptcHeader?: boolean;
}

/** The tree and what was stripped on the way. */
export interface FromWireResult {
  tree: Root;
  stripped: StrippedControls;
}

/**
 * Turns plain wire text into mdast. The one place that decides line and
 * paragraph structure (see segment.ts): paragraphs by blank lines, by
 * indentation or by hard breaks; bullet lines become lists; aligned columns
 * become code blocks; rules and header lines stand alone. Body text stays
 * text: nothing in it is read as Markdown.
 *
 * Pure: no unified, no file; positions point into the given text (shifted by
 * `options.start` when the text was cut from a larger input).
 */
export function fromWire(text: string, options: FromWireOptions = {}): FromWireResult {
  const start: Point = options.start ?? { line: 1, column: 1, offset: 0 };
  const { lines, stripped } = readLines(text, start);
  const children: RootContent[] = [];
  const place = placeOf(start);
  // Each block's node is built as segmentation completes it: no list of segments kept.
  segment(lines, text, { start, ...(options.iptcHeader ? { iptcHeader: true } : {}) }, (block) =>
    children.push(nodeOf(block, start, place)),
  );
  const tree: Root = { type: 'root', children };
  const last = lines.at(-1);
  tree.position = {
    start: { ...start },
    end: inputPoint(start, text.length, last?.line ?? 1, (last?.raw.length ?? 0) + 1),
  };
  return { tree, stripped };
}

function nodeOf(block: Segment, start: Point, place: LinePlace<SourceLine>): RootContent {
  switch (block.type) {
    case 'paragraph':
      return makeParagraph(block.lines, start, place);
    case 'list':
      return makeList(block.items, start, place);
    case 'code':
      return makeCode(block.lines, start);
  }
}

/**
 * A paragraph of `lines`; `cut` characters (a list item's bullet) are left
 * off the first line's text.
 */
function makeParagraph(
  lines: SourceLine[],
  start: Point,
  place: LinePlace<SourceLine>,
  cut = 0,
  end: Point = lineEnd(lines.at(-1) as SourceLine, start),
): Paragraph {
  const first = lines[0] as SourceLine;
  const line = start.line + first.line - 1;
  const column = lineColumn(first, start) + cut;
  const offset = (start.offset ?? 0) + first.offset + cut;
  const position: Position = { start: { line, column, offset }, end };
  if (lines.length === 1) {
    // One line, the commonest paragraph of a hostile input: no join, no copy of the line.
    const value = cut === 0 ? first.text : first.text.slice(cut);
    const map = LineMap.single(line, column, offset);
    const text: Text = { type: 'text', value, position, data: { lineMap: map } };
    return { type: 'paragraph', children: [text], position };
  }
  const joined =
    cut === 0
      ? lines
      : [{ ...first, text: first.text.slice(cut), offset: first.offset + cut }, ...lines.slice(1)];
  // Map entries straight from the source lines: no copy of each line on the way.
  const { value, map } = joinLines(joined, place);
  const text: Text = { type: 'text', value, position, data: { lineMap: map } };
  return { type: 'paragraph', children: [text], position };
}

/** Where source lines start in the whole input, for a story that starts at `start`. */
function placeOf(start: Point): LinePlace<SourceLine> {
  return {
    line: (each) => start.line + each.line - 1,
    column: (each) => lineColumn(each, start),
    offset: (each) => (start.offset ?? 0) + each.offset,
  };
}

function makeList(items: SourceLine[][], start: Point, place: LinePlace<SourceLine>): List {
  const children: ListItem[] = items.map((lines) => {
    const first = lines[0] as SourceLine;
    const marker = bulletOf(first.text) ?? '';
    // The item and its paragraph end at one point: one object for both.
    const end = lineEnd(lines.at(-1) as SourceLine, start);
    return {
      type: 'listItem',
      spread: false,
      children: [makeParagraph(lines, start, place, marker.length, end)],
      position: { start: lineStart(first, start), end },
      data: { marker: marker.trim() },
    };
  });
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children,
    position: {
      start: lineStart((items[0] as SourceLine[])[0] as SourceLine, start),
      end: lineEnd((items.at(-1) as SourceLine[]).at(-1) as SourceLine, start),
    },
  };
}

function makeCode(lines: SourceLine[], start: Point): Code {
  const minIndent = minimum(lines, (line) => line.raw.length - line.raw.trimStart().length);
  const value = lines.map((line) => line.raw.slice(minIndent)).join('\n');
  const first = lines[0] as SourceLine;
  return {
    type: 'code',
    lang: null,
    meta: null,
    value,
    position: {
      start: inputPoint(start, first.rawOffset, first.line, 1),
      end: lineEnd(lines.at(-1) as SourceLine, start),
    },
  };
}

declare module 'mdast' {
  interface ListItemData {
    /** The bullet character as written. */
    marker?: string;
  }
}
