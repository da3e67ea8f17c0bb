import type { Point } from 'unist';
import { blankControls, type StrippedControls } from './strip-controls.js';

export type { StrippedControl, StrippedControls } from './strip-controls.js';

/** Numbers kept per line: input line, indent width, text start, text end, raw start, raw end. */
const CELLS = 6;

/**
 * A story's lines, ready for segmentation: each line's text (indentation
 * removed, trailing blanks trimmed), its indentation width and where it
 * stands in the story text. Lines are numbers in one typed array, read by
 * index, and their texts are cut from the one story text when asked for:
 * an object and a string per line, kept alive until the tree was built,
 * made a story of a million one-character lines mostly garbage-collection
 * work.
 */
export class SourceLines {
  /** How many lines. */
  readonly length: number;
  /** The story text with each control character a space (offsets as in the story text). */
  private readonly text: string;
  private readonly cells: Int32Array;

  /** The lines of `text` (controls already blanked) whose numbers `cells` holds, {@link CELLS} each. */
  constructor(text: string, cells: Int32Array, length: number) {
    this.text = text;
    this.cells = cells;
    this.length = length;
  }

  /** 1-based line of line `at` within the story text. */
  line(at: number): number {
    return this.cells[at * CELLS] as number;
  }

  /** Indentation width of line `at` (TAB counts as 4). */
  indent(at: number): number {
    return this.cells[at * CELLS + 1] as number;
  }

  /** Offset in the story text of line `at`'s first non-indent character. */
  offset(at: number): number {
    return this.cells[at * CELLS + 2] as number;
  }

  /** Offset in the story text just past line `at`'s last kept character. */
  end(at: number): number {
    return this.cells[at * CELLS + 3] as number;
  }

  /** Offset in the story text where line `at` starts. */
  rawOffset(at: number): number {
    return this.cells[at * CELLS + 4] as number;
  }

  /** True when line `at` holds no text (blank, or white space only). */
  isBlank(at: number): boolean {
    return this.offset(at) === this.end(at);
  }

  /** Text of line `at`: indentation removed, trailing blanks trimmed. */
  textOf(at: number): string {
    const from = this.offset(at);
    const to = this.end(at);
    return from === to ? '' : this.text.slice(from, to);
  }

  /** The story text, controls blanked: a line's text is `slice(offset, end)` of it. */
  source(): string {
    return this.text;
  }

  /** Raw line `at` (controls blanked, trailing spaces and TABs trimmed), used for tables. */
  rawOf(at: number): string {
    return this.text.slice(this.rawOffset(at), this.cells[at * CELLS + 5] as number);
  }

  /** Length of {@link rawOf} line `at`. */
  rawLength(at: number): number {
    return (this.cells[at * CELLS + 5] as number) - this.rawOffset(at);
  }
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

/** The input column where line `at`'s text starts (as {@link lineStart}, with no object). */
export function lineColumn(lines: SourceLines, at: number, start: Point): number {
  const column = lines.offset(at) - lines.rawOffset(at) + 1;
  return lines.line(at) === 1 ? start.column + column - 1 : column;
}

/** Where line `at`'s text starts in the whole input. */
export function lineStart(
  lines: SourceLines,
  at: number,
  start: Point,
): Point & { offset: number } {
  // Built directly, not through inputPoint: one object per line of every paragraph.
  return {
    line: start.line + lines.line(at) - 1,
    column: lineColumn(lines, at, start),
    offset: (start.offset ?? 0) + lines.offset(at),
  };
}

/** Where line `at`'s text ends (just past it) in the whole input. */
export function lineEnd(lines: SourceLines, at: number, start: Point): Point {
  const end = lines.end(at);
  return inputPoint(start, end, lines.line(at), end - lines.rawOffset(at) + 1);
}

/** True for a character of indentation: space, no-break space, TAB. */
function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09;
}

/**
 * Reads a story's text into lines: control characters replaced by spaces
 * (and reported, at their place in the whole input), indentation measured,
 * offsets kept. A run of blank lines is one line (its last; the story's
 * first line is always kept): blank lines only ever separate.
 */
export function readLines(
  story: string,
  start: Point,
): { lines: SourceLines; stripped: StrippedControls } {
  // A control becomes one space: offsets, lines and columns stay those of the story.
  const { text, stripped } = blankControls(story);
  const first = stripped.first;
  if (first) {
    const at = inputPoint(start, first.offset, first.line, first.column);
    stripped.first = { code: first.code, line: at.line, column: at.column, offset: at.offset ?? 0 };
  }
  let most = 1;
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1))
    most++;
  const cells = new Int32Array(most * CELLS);
  let count = 0;
  let lineNumber = 1;
  for (let from = 0; from <= text.length; lineNumber++) {
    const newline = text.indexOf('\n', from);
    const until = newline < 0 ? text.length : newline;
    if (until === from) {
      // A run of blank lines separates as one does: the run keeps its last line only
      // (and the story's first), so ten million empty lines are not ten million lines.
      const previous = (count - 1) * CELLS;
      const reuse =
        count > 0 && cells[previous + 2] === cells[previous + 3] && (cells[previous] as number) > 1;
      const cell = reuse ? previous : count++ * CELLS;
      cells[cell] = lineNumber;
      cells[cell + 1] = 0;
      for (let field = 2; field < CELLS; field++) cells[cell + field] = from;
      from = until + 1;
      continue;
    }
    // Indentation: spaces, no-break spaces and TABs (TAB counts as 4).
    let textFrom = from;
    let tabs = 0;
    for (; textFrom < until; textFrom++) {
      const code = text.charCodeAt(textFrom);
      if (!isBlankCode(code)) break;
      if (code === 0x09) tabs++;
    }
    // Scanned, not `/[ \t\u00a0]+$/`: that is quadratic on a long run of spaces inside a line.
    let textEnd = until;
    while (textEnd > textFrom && isBlankCode(text.charCodeAt(textEnd - 1))) textEnd--;
    let rawEnd = until;
    for (; rawEnd > from; rawEnd--) {
      const code = text.charCodeAt(rawEnd - 1);
      if (code !== 0x20 && code !== 0x09) break;
    }
    const cell = count++ * CELLS;
    cells[cell] = lineNumber;
    cells[cell + 1] = textFrom - from + 3 * tabs;
    cells[cell + 2] = textFrom;
    cells[cell + 3] = textEnd;
    cells[cell + 4] = from;
    cells[cell + 5] = rawEnd;
    from = until + 1;
  }
  return { lines: new SourceLines(text, cells, count), stripped };
}
