import type { Point } from 'unist';
import { charsIn, trimEndWhere } from '../text/trim.js';

/** One line of the input, ready for segmentation, with where it stands in the input. */
export interface SourceLine {
  /** Text with indentation removed and trailing space trimmed. */
  text: string;
  /** Indentation width (TAB counts as 4). */
  indent: number;
  /** 1-based line within the story text. */
  line: number;
  /** Offset in the story text of the first non-indent character. */
  offset: number;
  /** Offset in the story text just past the last kept character. */
  end: number;
  /** Raw line (controls removed, trailing blanks trimmed), used for tables. */
  raw: string;
  /** Offset in the story text where the line starts. */
  rawOffset: number;
}

/** A control character removed from a line, with where it was in the input. */
export interface StrippedControl {
  code: number;
  line: number;
  column: number;
  offset: number;
}

/**
 * What was stripped from a story, as its one warning needs it: the first
 * control, how many there were and which codes (in order of first sight).
 * A tally, not a list: a hostile input holds millions of controls, and an
 * object for each kept alive to the end made the garbage collector's work
 * grow faster than the input.
 */
export interface StrippedControls {
  first: StrippedControl | null;
  count: number;
  /** Distinct codes, in the order first seen (at most the 65 strippable ones). */
  codes: number[];
}

/** An empty {@link StrippedControls}. */
export function noStrippedControls(): StrippedControls {
  return { first: null, count: 0, codes: [] };
}

/** Counts one stripped control into `tally`; `where` builds its place, for the first only. */
export function tallyStripped(
  tally: StrippedControls,
  code: number,
  where: () => StrippedControl,
): void {
  if (tally.count === 0) tally.first = where();
  tally.count++;
  if (!tally.codes.includes(code)) tally.codes.push(code);
}

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
  // The text between controls is copied in slices: a string grown a character at a
  // time is millions of pieces for the garbage collector on a long line.
  const parts: string[] = [];
  let from = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (!isStrippable(code)) continue;
    report(index, code);
    // A space is harmless to prose.
    parts.push(line.slice(from, index), ' ');
    from = index + 1;
  }
  parts.push(line.slice(from));
  return parts.join('');
}

/** How many characters of indentation open a line (spaces, no-break spaces, TABs). */
function indentChars(raw: string): number {
  let chars = 0;
  for (; chars < raw.length; chars++) {
    const code = raw.charCodeAt(chars);
    if (code !== 0x20 && code !== 0xa0 && code !== 0x09) break;
  }
  return chars;
}

/** How wide the first `chars` characters of indentation are (TAB counts as 4). */
function indentWidth(raw: string, chars: number): number {
  let width = chars;
  for (let index = 0; index < chars; index++) if (raw.charCodeAt(index) === 0x09) width += 3;
  return width;
}

/**
 * The point in the whole input of a place in the story text, for a story
 * that starts at `start` (line 1, column 1, offset 0 for a whole input).
 */
export function inputPoint(start: Point, offset: number, line: number, column: number): Point {
  return {
    line: start.line + line - 1,
    column: line === 1 ? start.column + column - 1 : column,
    offset: (start.offset ?? 0) + offset,
  };
}

/** The input column where a source line's text starts (as {@link lineStart}, with no object). */
export function lineColumn(line: SourceLine, start: Point): number {
  const column = line.offset - line.rawOffset + 1;
  return line.line === 1 ? start.column + column - 1 : column;
}

/** Where a source line's text starts in the whole input. */
export function lineStart(line: SourceLine, start: Point): Point & { offset: number } {
  // Built directly, not through inputPoint: one object per line of every paragraph.
  return {
    line: start.line + line.line - 1,
    column: lineColumn(line, start),
    offset: (start.offset ?? 0) + line.offset,
  };
}

/** Where a source line's text ends (just past it) in the whole input. */
export function lineEnd(line: SourceLine, start: Point): Point {
  return inputPoint(start, line.end, line.line, line.end - line.rawOffset + 1);
}

/**
 * Reads a story's text into lines: control characters replaced by spaces
 * (and reported), indentation measured, offsets kept. A run of blank lines
 * is one line (its last; the story's first line is always kept): blank
 * lines only ever separate.
 */
export function readLines(
  text: string,
  start: Point,
): { lines: SourceLine[]; stripped: StrippedControls } {
  const stripped = noStrippedControls();
  const lines: SourceLine[] = [];
  let offset = 0;
  let lineNumber = 1;
  // Line by line with indexOf, not split: split keeps an array of every line's text
  // alive beside the lines themselves.
  for (let from = 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from);
    const until = newline < 0 ? text.length : newline;
    const rawWithControls = text.slice(from, until);
    from = until + 1;
    if (rawWithControls === '') {
      // A blank line, the commonest line after text: nothing to strip, measure or trim.
      // A run of blank lines separates as one does: the run keeps its last line only
      // (and the story's first), so ten million empty lines are not ten million objects.
      const previous = lines.at(-1);
      if (previous !== undefined && previous.text === '' && previous.line > 1) {
        previous.indent = 0;
        previous.line = lineNumber;
        previous.offset = offset;
        previous.end = offset;
        previous.raw = '';
        previous.rawOffset = offset;
        offset++;
        lineNumber++;
        continue;
      }
      lines.push({
        text: '',
        indent: 0,
        line: lineNumber,
        offset,
        end: offset,
        raw: '',
        rawOffset: offset,
      });
      offset++;
      lineNumber++;
      continue;
    }
    // Most lines hold no control character: keep them as they are.
    const raw = STRIPPABLE.test(rawWithControls)
      ? stripControls(rawWithControls, (index, code) =>
          tallyStripped(stripped, code, () => {
            const at = inputPoint(start, offset + index, lineNumber, index + 1);
            return { code, line: at.line, column: at.column, offset: at.offset ?? 0 };
          }),
        )
      : rawWithControls;
    // Two numbers, not an object: this runs once for each of a story's lines.
    const indent = indentChars(raw);
    // Scanned, not `/[ \t\u00a0]+$/`: that is quadratic on a long run of spaces inside a line.
    const trimmed = trimEndWhere(indent === 0 ? raw : raw.slice(indent), isBlank);
    lines.push({
      text: trimmed,
      indent: indentWidth(raw, indent),
      line: lineNumber,
      offset: offset + indent,
      end: offset + indent + trimmed.length,
      raw: trimEndWhere(raw, isSpaceOrTab),
      rawOffset: offset,
    });
    offset += rawWithControls.length + 1;
    lineNumber++;
  }
  return { lines, stripped };
}
