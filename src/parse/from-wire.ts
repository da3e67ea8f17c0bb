import type { Code, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { joinLineSource, LineMap, type LineSource } from '../tree/line-map.js';
import { bulletOf, minimum, type Segment, segment } from './segment.js';
import {
  inputPoint,
  lineColumn,
  lineEnd,
  lineStart,
  readLines,
  type SourceLines,
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
  // Each block's node is built as segmentation completes it: no list of segments kept.
  segment(lines, text, { start, ...(options.iptcHeader ? { iptcHeader: true } : {}) }, (block) =>
    children.push(nodeOf(lines, block, start)),
  );
  const tree: Root = { type: 'root', children };
  const last = lines.length - 1;
  tree.position = {
    start: { ...start },
    end: inputPoint(
      start,
      text.length,
      last >= 0 ? lines.line(last) : 1,
      (last >= 0 ? lines.rawLength(last) : 0) + 1,
    ),
  };
  return { tree, stripped };
}

function nodeOf(lines: SourceLines, block: Segment, start: Point): RootContent {
  switch (block.type) {
    case 'paragraph':
      return makeParagraph(lines, block.from, block.to, start);
    case 'list':
      return makeList(lines, block.starts, block.to, start);
    case 'code':
      return makeCode(lines, block.from, block.to, start);
  }
}

/**
 * The lines from `from` to before `to` as a {@link LineSource}, with `cut`
 * characters (a list item's bullet) left off the first line's text, and
 * where each starts in the whole input, for a story that starts at `start`.
 */
class LineRange implements LineSource {
  readonly count: number;
  constructor(
    private readonly lines: SourceLines,
    private readonly from: number,
    to: number,
    private readonly start: Point,
    private readonly cut: number,
  ) {
    this.count = to - from;
  }

  text(at: number): string {
    const text = this.lines.textOf(this.from + at);
    return at === 0 && this.cut > 0 ? text.slice(this.cut) : text;
  }

  line(at: number): number {
    return this.start.line + this.lines.line(this.from + at) - 1;
  }

  column(at: number): number {
    return lineColumn(this.lines, this.from + at, this.start) + (at === 0 ? this.cut : 0);
  }

  offset(at: number): number {
    return (this.start.offset ?? 0) + this.lines.offset(this.from + at) + (at === 0 ? this.cut : 0);
  }
}

/**
 * A paragraph of the lines from `from` to before `to`; `cut` characters (a
 * list item's bullet) are left off the first line's text.
 */
function makeParagraph(
  lines: SourceLines,
  from: number,
  to: number,
  start: Point,
  cut = 0,
  end: Point = lineEnd(lines, to - 1, start),
): Paragraph {
  const line = start.line + lines.line(from) - 1;
  const column = lineColumn(lines, from, start) + cut;
  const offset = (start.offset ?? 0) + lines.offset(from) + cut;
  const position: Position = { start: { line, column, offset }, end };
  if (to - from === 1) {
    // One line, the commonest paragraph of a hostile input: no join.
    const text = lines.textOf(from);
    const value = cut === 0 ? text : text.slice(cut);
    const map = LineMap.single(line, column, offset);
    const node: Text = { type: 'text', value, position, data: { lineMap: map } };
    return { type: 'paragraph', children: [node], position };
  }
  // Map entries straight from the source lines: no copy of each line on the way.
  const { value, map } = joinLineSource(new LineRange(lines, from, to, start, cut));
  const node: Text = { type: 'text', value, position, data: { lineMap: map } };
  return { type: 'paragraph', children: [node], position };
}

/** A list of the items starting at `starts`, the last ending before `to`. */
function makeList(lines: SourceLines, starts: number[], to: number, start: Point): List {
  const children: ListItem[] = starts.map((first, item) => {
    const last = (starts[item + 1] ?? to) - 1;
    const marker = bulletOf(lines.textOf(first)) ?? '';
    // The item and its paragraph end at one point: one object for both.
    const end = lineEnd(lines, last, start);
    return {
      type: 'listItem',
      spread: false,
      children: [makeParagraph(lines, first, last + 1, start, marker.length, end)],
      position: { start: lineStart(lines, first, start), end },
      data: { marker: marker.trim() },
    };
  });
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children,
    position: {
      start: lineStart(lines, starts[0] as number, start),
      end: lineEnd(lines, to - 1, start),
    },
  };
}

function makeCode(lines: SourceLines, from: number, to: number, start: Point): Code {
  const minIndent = minimum(from, to, (at) => {
    const raw = lines.rawOf(at);
    return raw.length - raw.trimStart().length;
  });
  const raws: string[] = [];
  for (let at = from; at < to; at++) raws.push(lines.rawOf(at).slice(minIndent));
  return {
    type: 'code',
    lang: null,
    meta: null,
    value: raws.join('\n'),
    position: {
      start: inputPoint(start, lines.rawOffset(from), lines.line(from), 1),
      end: lineEnd(lines, to - 1, start),
    },
  };
}

declare module 'mdast' {
  interface ListItemData {
    /** The bullet character as written. */
    marker?: string;
  }
}
