import type { Code, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { charsIn, trimEndWhere } from '../text/trim.js';

/** A control character fromWire removed, with where it was. */
export interface StrippedControl {
  code: number;
  line: number;
  column: number;
  offset: number;
}

/** Where the text starts in the original input (for stories cut from a larger capture). */
export interface FromWireOptions {
  start?: Point;
}

/** The tree and what was stripped on the way. */
export interface FromWireResult {
  tree: Root;
  stripped: StrippedControl[];
}

/**
 * Maps indexes in a reflowed text value back to source offsets: one pair per
 * source line joined into the value.
 */
export type LineMap = Array<{ index: number; line: number; column: number; offset: number }>;

interface SourceLine {
  /** Text with indentation removed and trailing space trimmed. */
  text: string;
  /** Indentation width (TAB counts as 4). */
  indent: number;
  line: number;
  /** Offset of the first non-indent character. */
  offset: number;
  /** Offset just past the last kept character. */
  end: number;
  /** Raw line (controls removed), used for tables. */
  raw: string;
  rawOffset: number;
}

const BULLET = /^([•□◦▪▫●○■·∙‣⁃]|[*+-](?=\s))\s*/u;

/** Characters that are never prose: C0 except TAB and LF, DEL and C1. */
function isStrippable(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    code === 0x7f ||
    (code >= 0x80 && code <= 0x9f)
  );
}

const isBlank = charsIn(' \t\u00a0');
const isSpaceOrTab = charsIn(' \t');

/** Any character {@link isStrippable} accepts. */
const STRIPPABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Replaces each control character by a space (so columns stay true), reporting each. */
function stripControls(line: string, report: (index: number, code: number) => void): string {
  let raw = '';
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (isStrippable(code)) {
      report(index, code);
      // A space is harmless to prose.
      raw += ' ';
    } else {
      raw += line[index];
    }
  }
  return raw;
}

function measureIndent(raw: string): number {
  let width = 0;
  for (const char of raw) {
    if (char === ' ' || char === '\u00a0') width++;
    else if (char === '\t') width += 4;
    else break;
  }
  return width;
}

/** A table line has a run of three or more spaces between words (aligned columns). */
function looksTabular(line: SourceLine): boolean {
  return /\S {3,}\S/.test(line.text) || /\S\t+\S/.test(line.text);
}

function point(start: Point, offset: number, line: number, column: number): Point {
  return {
    line: start.line + line - 1,
    column: line === 1 ? start.column + column - 1 : column,
    offset: (start.offset ?? 0) + offset,
  };
}

/**
 * Turns plain wire text into mdast: paragraphs by blank lines, by indentation
 * or by hard wraps; bullet lines become lists; aligned columns become code
 * blocks. Body text stays text: nothing in it is read as Markdown.
 *
 * Pure: no unified, no file; positions point into the given text (shifted by
 * `options.start` when the text was cut from a larger input).
 */
export function fromWire(text: string, options: FromWireOptions = {}): FromWireResult {
  const start: Point = options.start ?? { line: 1, column: 1, offset: 0 };
  const stripped: StrippedControl[] = [];
  const lines: SourceLine[] = [];

  let offset = 0;
  let lineNumber = 1;
  for (const rawWithControls of text.split('\n')) {
    // Most lines hold no control character: keep them as they are.
    const raw = STRIPPABLE.test(rawWithControls)
      ? stripControls(rawWithControls, (index, code) => {
          const at = point(start, offset + index, lineNumber, index + 1);
          stripped.push({ code, line: at.line, column: at.column, offset: at.offset ?? 0 });
        })
      : rawWithControls;
    const indentChars = raw.length - raw.replace(/^[ \t\u00a0]+/, '').length;
    // Scanned, not `/[ \t\u00a0]+$/`: that is quadratic on a long run of spaces inside a line.
    const trimmed = trimEndWhere(raw.slice(indentChars), isBlank);
    lines.push({
      text: trimmed,
      indent: measureIndent(raw),
      line: lineNumber,
      offset: offset + indentChars,
      end: offset + indentChars + trimmed.length,
      raw: trimEndWhere(raw, isSpaceOrTab),
      rawOffset: offset,
    });
    offset += rawWithControls.length + 1;
    lineNumber++;
  }

  const children: RootContent[] = [];
  let run: SourceLine[] = [];
  const flush = (): void => {
    // A loop, not push(...blocks): a spread of 100,000 arguments overflows the stack.
    if (run.length > 0) for (const block of blocksFromRun(run, start)) children.push(block);
    run = [];
  };
  for (const line of lines) {
    if (line.text === '') flush();
    else run.push(line);
  }
  flush();

  const tree: Root = { type: 'root', children };
  const last = lines.at(-1);
  tree.position = {
    start: { ...start },
    end: point(start, text.length, last?.line ?? 1, (last?.raw.length ?? 0) + 1),
  };
  return { tree, stripped };
}

/** The least `measure` over `lines` (Math.min(...spread) overflows the stack on long runs). */
function minimum(lines: SourceLine[], measure: (line: SourceLine) => number): number {
  let least = Number.POSITIVE_INFINITY;
  for (const line of lines) least = Math.min(least, measure(line));
  return least;
}

/** Splits one run of non-blank lines into paragraphs, lists and tables. */
function blocksFromRun(run: SourceLine[], start: Point): RootContent[] {
  const blocks: RootContent[] = [];
  const minIndent = minimum(run, (line) => line.indent);

  let index = 0;
  let paragraph: SourceLine[] = [];
  let list: SourceLine[][] = [];
  const flushParagraph = (): void => {
    if (paragraph.length > 0) blocks.push(makeParagraph(paragraph, start));
    paragraph = [];
  };
  const flushList = (): void => {
    if (list.length > 0) blocks.push(makeList(list, start));
    list = [];
  };

  while (index < run.length) {
    const line = run[index] as SourceLine;

    // Aligned columns over two or more lines: keep verbatim as a table.
    if (
      looksTabular(line) &&
      index + 1 < run.length &&
      looksTabular(run[index + 1] as SourceLine)
    ) {
      flushParagraph();
      flushList();
      const table: SourceLine[] = [];
      while (index < run.length && looksTabular(run[index] as SourceLine)) {
        table.push(run[index] as SourceLine);
        index++;
      }
      blocks.push(makeCode(table, start));
      continue;
    }

    if (BULLET.test(line.text)) {
      flushParagraph();
      list.push([line]);
      index++;
      continue;
    }

    const lastItem = list.at(-1);
    if (lastItem) {
      const first = lastItem[0] as SourceLine;
      if (line.indent > first.indent) {
        lastItem.push(line);
        index++;
        continue;
      }
      flushList();
    }

    // An indented line among less-indented ones opens a paragraph
    // (1987 Reuters, ANPA TAB indents).
    if (line.indent > minIndent && paragraph.length > 0) flushParagraph();
    paragraph.push(line);
    index++;
  }
  flushParagraph();
  flushList();
  return blocks;
}

function joinLines(lines: SourceLine[], start: Point): { value: string; map: LineMap } {
  let value = '';
  const map: LineMap = [];
  for (const line of lines) {
    if (value !== '') value += ' ';
    const at = point(start, line.offset, line.line, line.offset - line.rawOffset + 1);
    map.push({ index: value.length, line: at.line, column: at.column, offset: at.offset ?? 0 });
    value += line.text;
  }
  return { value, map };
}

function positionOf(lines: SourceLine[], start: Point) {
  const first = lines[0] as SourceLine;
  const last = lines.at(-1) as SourceLine;
  return {
    start: point(start, first.offset, first.line, first.offset - first.rawOffset + 1),
    end: point(start, last.end, last.line, last.end - last.rawOffset + 1),
  };
}

function makeParagraph(lines: SourceLine[], start: Point): Paragraph {
  const { value, map } = joinLines(lines, start);
  const position = positionOf(lines, start);
  const text: Text = { type: 'text', value, position, data: { lineMap: map } };
  return { type: 'paragraph', children: [text], position };
}

function makeList(items: SourceLine[][], start: Point): List {
  const children: ListItem[] = items.map((lines) => {
    const first = lines[0] as SourceLine;
    const marker = BULLET.exec(first.text)?.[0] ?? '';
    const stripped: SourceLine = {
      ...first,
      text: first.text.slice(marker.length),
      offset: first.offset + marker.length,
    };
    const paragraph = makeParagraph([stripped, ...lines.slice(1)], start);
    return {
      type: 'listItem',
      spread: false,
      children: [paragraph],
      position: positionOf(lines, start),
      data: { marker: marker.trim() },
    };
  });
  const all = items.flat();
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children,
    position: positionOf(all, start),
  };
}

function makeCode(lines: SourceLine[], start: Point): Code {
  const minIndent = minimum(lines, (line) => line.raw.length - line.raw.trimStart().length);
  const value = lines.map((line) => line.raw.slice(minIndent)).join('\n');
  const first = lines[0] as SourceLine;
  const last = lines.at(-1) as SourceLine;
  return {
    type: 'code',
    lang: null,
    meta: null,
    value,
    position: {
      start: point(start, first.rawOffset, first.line, 1),
      end: point(start, last.end, last.line, last.end - last.rawOffset + 1),
    },
  };
}

declare module 'mdast' {
  interface TextData {
    /** Source offsets of each joined line, for positions inside reflowed text. */
    lineMap?: LineMap;
  }
  interface ListItemData {
    /** The bullet character as written. */
    marker?: string;
  }
}
