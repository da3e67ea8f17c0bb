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

/** Numbers kept per entry of a {@link LineMap} after its first: index, line, column, offset. */
const CELLS = 4;
/** Entries from which a map's numbers go in a typed array (not scanned by the collector) rather than an array. */
const TYPED_FROM = 256;

/** The numbers of a map's entries after its first, {@link CELLS} each. */
type Cells = number[] | Int32Array;

/**
 * Maps indexes in a joined text value back to input points: one entry per
 * input line, in order of index. Entries are numbers, not an object each:
 * a hostile story of a million one-character lines is one paragraph, and an
 * object per line kept alive to the end of the run was most of its time
 * (garbage collection of the tree). The first entry's numbers are fields,
 * so a one-line paragraph's map (the commonest) is one object; the others
 * follow in one array, a typed one for a long map.
 */
export class LineMap {
  /** How many entries (input lines) the map holds. */
  readonly length: number;
  private readonly index0: number;
  private readonly line0: number;
  private readonly column0: number;
  private readonly offset0: number;
  /** Entries 1 … length - 1, {@link CELLS} numbers each; empty for a map of one entry or none. */
  private readonly rest: Cells;

  private constructor(
    length: number,
    index0: number,
    line0: number,
    column0: number,
    offset0: number,
    rest: Cells,
  ) {
    this.length = length;
    this.index0 = index0;
    this.line0 = line0;
    this.column0 = column0;
    this.offset0 = offset0;
    this.rest = rest;
  }

  /** The map of a text that is one input line, starting at the given point. */
  static single(line: number, column: number, offset: number): LineMap {
    return new LineMap(1, 0, line, column, offset, NO_CELLS);
  }

  /** A map of `length` entries (one or more): where the first starts, then the others' numbers ({@link CELLS} each). */
  static packed(
    length: number,
    line: number,
    column: number,
    offset: number,
    rest: Cells,
  ): LineMap {
    return new LineMap(length, 0, line, column, offset, length <= 1 ? NO_CELLS : rest);
  }

  /** A map of the given entries (in order of index). */
  static of(entries: readonly LineMapEntry[]): LineMap {
    const cells: number[] = [];
    for (const entry of entries) cells.push(entry.index, entry.line, entry.column, entry.offset);
    return LineMap.fromCells(cells);
  }

  /** A map of every entry's numbers in turn, {@link CELLS} each. */
  static fromCells(cells: readonly number[]): LineMap {
    const length = cells.length / CELLS;
    const [index0 = 0, line0 = 0, column0 = 0, offset0 = 0] = cells;
    const rest = length <= 1 ? NO_CELLS : cells.slice(CELLS);
    return new LineMap(
      length,
      index0,
      line0,
      column0,
      offset0,
      length >= TYPED_FROM ? Int32Array.from(rest) : rest,
    );
  }

  /** Cell `field` of entry `at` (1 or more). */
  private cell(at: number, field: number): number {
    return this.rest[(at - 1) * CELLS + field] as number;
  }

  /** Index in the text where entry `at` starts. */
  indexAt(at: number): number {
    return at === 0 ? this.index0 : this.cell(at, 0);
  }

  /** Input line of entry `at`. */
  lineAt(at: number): number {
    return at === 0 ? this.line0 : this.cell(at, 1);
  }

  /** Input column where entry `at` starts. */
  columnAt(at: number): number {
    return at === 0 ? this.column0 : this.cell(at, 2);
  }

  /** Input offset where entry `at` starts. */
  offsetAt(at: number): number {
    return at === 0 ? this.offset0 : this.cell(at, 3);
  }

  /** Entry `at` as an object (a negative `at` counts from the end, as `Array#at`), or undefined. */
  at(at: number): LineMapEntry | undefined {
    const where = at < 0 ? this.length + at : at;
    if (where < 0 || where >= this.length) return undefined;
    return {
      index: this.indexAt(where),
      line: this.lineAt(where),
      column: this.columnAt(where),
      offset: this.offsetAt(where),
    };
  }

  /** Every entry, as objects. */
  toArray(): LineMapEntry[] {
    const entries: LineMapEntry[] = [];
    for (let at = 0; at < this.length; at++) entries.push(this.at(at) as LineMapEntry);
    return entries;
  }

  /** The entries as objects, as the map was written before it was packed (a tree dumped as JSON). */
  toJSON(): LineMapEntry[] {
    return this.toArray();
  }

  /** `Array#map` over the entries. */
  map<U>(each: (entry: LineMapEntry, at: number) => U): U[] {
    return this.toArray().map(each);
  }

  /** `Array#findIndex` over the entries. */
  findIndex(test: (entry: LineMapEntry, at: number) => boolean): number {
    for (let at = 0; at < this.length; at++) if (test(this.at(at) as LineMapEntry, at)) return at;
    return -1;
  }

  /** The last entry whose index is at most `index` (the first entry when none is), or -1 when empty. */
  entryBefore(index: number): number {
    if (this.length === 0) return -1;
    if (this.indexAt(0) > index) return 0;
    // Entries are in order of index: a binary search for the last one at or before it.
    let low = 0;
    let high = this.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.indexAt(middle) <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** The cells of a map with no entry after its first (shared: never written). */
const NO_CELLS: Cells = new Int32Array(0);

/** One input line of a paragraph: its text as written (trimmed) and where it starts. */
export interface InputLine {
  text: string;
  start: Point & { offset: number };
}

/** Lines read by index (0 to `count` - 1): each one's text and where it starts in the input. */
export interface LineSource {
  count: number;
  text: (at: number) => string;
  line: (at: number) => number;
  column: (at: number) => number;
  offset: (at: number) => number;
}

/**
 * Joins input lines into one text value with a space between, and maps it.
 * A line break next to a Chinese or Japanese character joins with no space,
 * as CSS joins a segment break beside an East Asian wide character: that
 * writing does not space its words, so a wrap took no space away there.
 */
export function joinLines(lines: readonly InputLine[]): { value: string; map: LineMap } {
  return joinLineSource({
    count: lines.length,
    text: (at) => (lines[at] as InputLine).text,
    line: (at) => (lines[at] as InputLine).start.line,
    column: (at) => (lines[at] as InputLine).start.column,
    offset: (at) => (lines[at] as InputLine).start.offset,
  });
}

/**
 * {@link joinLines} over lines read by index: the parser's own lines, with
 * no copy of each line on the way.
 */
export function joinLineSource(lines: LineSource): { value: string; map: LineMap } {
  const count = lines.count;
  if (count === 0) return { value: '', map: LineMap.of([]) };
  // One line, the commonest paragraph of a hostile input: its text as it is.
  if (count === 1) {
    return {
      value: lines.text(0),
      map: LineMap.single(lines.line(0), lines.column(0), lines.offset(0)),
    };
  }
  // Parts joined a chunk at a time, and the last character kept aside: reading the
  // end of a string built by `+=` flattens it every time, quadratic over many lines,
  // and one join of millions of parts took twice as long as joins of a few thousand.
  // The map's numbers are made at their full size: grown a push at a time, a map of
  // a million lines was copied over and over.
  const joined: string[] = [];
  let parts: string[] = [];
  const rest: Cells =
    count >= TYPED_FROM
      ? new Int32Array((count - 1) * CELLS)
      : new Array((count - 1) * CELLS).fill(0);
  let length = 0;
  let last = '';
  for (let at = 0; at < count; at++) {
    const text = lines.text(at);
    if (length > 0 && !isUnspaced(last) && !isUnspaced(text[0] ?? '')) {
      parts.push(' ');
      length++;
      last = ' ';
    }
    if (at > 0) {
      const cell = (at - 1) * CELLS;
      rest[cell] = length;
      rest[cell + 1] = lines.line(at);
      rest[cell + 2] = lines.column(at);
      rest[cell + 3] = lines.offset(at);
    }
    parts.push(text);
    length += text.length;
    if (text !== '') last = text.at(-1) ?? '';
    if (parts.length >= JOIN_CHUNK) {
      joined.push(parts.join(''));
      parts = [];
    }
  }
  joined.push(parts.join(''));
  const map = LineMap.packed(count, lines.line(0), lines.column(0), lines.offset(0), rest);
  return { value: joined.length === 1 ? (joined[0] as string) : joined.join(''), map };
}

/** Parts of a joined text value joined at a time. */
const JOIN_CHUNK = 4096;

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
  const entry = map.entryBefore(index);
  const delta = index - map.indexAt(entry);
  return {
    line: map.lineAt(entry),
    column: map.columnAt(entry) + delta,
    offset: map.offsetAt(entry) + delta,
  };
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
  if (map?.length === 1 && map.indexAt(0) === 0) {
    // One line, the commonest (a header line's mark cut off): its start moves by the cut.
    const moved =
      cut === 0 ? map : LineMap.single(map.lineAt(0), map.columnAt(0) + cut, map.offsetAt(0) + cut);
    first.data = { ...first.data, lineMap: moved };
  } else if (map) {
    const kept: LineMapEntry[] = [];
    for (let at = 0; at < map.length; at++) {
      if (map.indexAt(at) < cut) continue;
      kept.push({
        index: map.indexAt(at) - cut,
        line: map.lineAt(at),
        column: map.columnAt(at),
        offset: map.offsetAt(at),
      });
    }
    const before = lastBefore(map, cut);
    if (before >= 0 && kept[0]?.index !== 0) {
      const delta = cut - map.indexAt(before);
      kept.unshift({
        index: 0,
        line: map.lineAt(before),
        column: map.columnAt(before) + delta,
        offset: map.offsetAt(before) + delta,
      });
    }
    first.data = { ...first.data, lineMap: LineMap.of(kept) };
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
  // A map of one line starting at index 0 (every one-line paragraph's) keeps it as it is.
  if (map && (map.length > 1 || map.indexAt(0) > 0)) {
    const kept = map.toArray().filter((entry) => entry.index <= cut);
    first.data = { ...first.data, lineMap: LineMap.of(kept) };
  }
  if (end && first.position) {
    first.position = { start: first.position.start, end };
    if (node.position) node.position = { start: node.position.start, end };
  }
  return true;
}

/** The last entry of `map` whose index is at most `cut`, or -1. */
function lastBefore(map: LineMap, cut: number): number {
  let found = -1;
  for (let at = 0; at < map.length; at++) if (map.indexAt(at) <= cut) found = at;
  return found;
}

declare module 'mdast' {
  interface TextData {
    /** Input points of each joined line, for positions inside reflowed text. */
    lineMap?: LineMap;
  }
}
