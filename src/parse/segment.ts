/**
 * Segmentation: which input lines make one block. This is the one place
 * that decides paragraph structure; no extractor splits a paragraph again.
 */
import type { Point } from 'unist';
import { detectWrapWidth, isGreedyWrap, isRealBreak } from './line-breaks.js';
import { closesIptcHeader, isBlockEnd, isMarkedLine, isRuleLine } from './line-shapes.js';
import { lineStart, type SourceLine } from './source-lines.js';

/** A block of lines: a paragraph, a bullet list (lines per item) or a table kept verbatim. */
export type Segment =
  | { type: 'paragraph'; lines: SourceLine[] }
  | { type: 'list'; items: SourceLine[][] }
  | { type: 'code'; lines: SourceLine[] };

/** What segmentation needs to know beyond the text. */
export interface SegmentOptions {
  /** Where the story starts in the input (columns of its first line count from there). */
  start: Point;
  /** The story is an IPTC-7901 transmission: its header lines up to ` =` stand alone. */
  iptcHeader?: boolean;
}

/** How many lines from the top an IPTC-7901 header block (ending ` =`) may span. */
const IPTC_HEADER_LINES = 10;

const BULLET = /^([•□◦▪▫●○■·∙‣⁃]|[*+-](?=\s))\s*/u;

/** The bullet opening a list item, as written (with the space after it), or null. */
export function bulletOf(text: string): string | null {
  return BULLET.exec(text)?.[0] ?? null;
}

/** A table line has a run of three or more spaces between words (aligned columns). */
function looksTabular(line: SourceLine): boolean {
  return /\S {3,}\S/.test(line.text) || /\S\t+\S/.test(line.text);
}

/** The least `measure` over `lines` (Math.min(...spread) overflows the stack on long runs). */
export function minimum(lines: SourceLine[], measure: (line: SourceLine) => number): number {
  let least = Number.POSITIVE_INFINITY;
  for (const line of lines) least = Math.min(least, measure(line));
  return least;
}

/** The lines that stand in a block of their own: rules, block ends, header lines. */
function standaloneLines(lines: SourceLine[], options: SegmentOptions): Set<SourceLine> {
  const alone = new Set<SourceLine>();
  for (const line of lines) {
    if (isRuleLine(line.text) || isBlockEnd(line.text) || isMarkedLine(line.text)) alone.add(line);
  }
  const first = lines.find((line) => line.text !== '');
  if (options.iptcHeader && first && !isMarkedLine(first.text)) {
    // Every header line up to the one closed by ` =`; without that line the story has no header.
    const header: SourceLine[] = [];
    for (const line of lines) {
      if (line.line - first.line >= IPTC_HEADER_LINES) break;
      if (line.text === '') continue;
      header.push(line);
      if (closesIptcHeader(line.text)) {
        for (const headerLine of header) alone.add(headerLine);
        break;
      }
    }
  }
  return alone;
}

/** How a text was hard-wrapped, if it was: the width, and whether greedily. */
interface Wrap {
  width: number;
  greedy: boolean;
}

/** The width a line takes in its input line, indentation (and any framing before it) included. */
function inputWidth(line: SourceLine, start: Point): number {
  return lineStart(line, start).column - 1 + line.text.length;
}

/**
 * Splits a story's lines into blocks: paragraphs by blank lines, by
 * indentation and by hard breaks in a hard-wrapped text (a line that ended
 * although the next word would have fitted); bullet lines to lists; aligned
 * columns to tables; rules and header lines alone.
 */
export function segment(lines: SourceLine[], text: string, options: SegmentOptions): Segment[] {
  const width = detectWrapWidth(text);
  const wrap: Wrap | null = width === null ? null : { width, greedy: isGreedyWrap(text, width) };
  const alone = standaloneLines(lines, options);
  const blocks: Segment[] = [];
  let run: SourceLine[] = [];
  const flush = (): void => {
    // A loop, not push(...blocks): a spread of 100,000 arguments overflows the stack.
    if (run.length > 0)
      for (const block of segmentRun(run, alone, wrap, options)) blocks.push(block);
    run = [];
  };
  for (const line of lines) {
    if (line.text === '') flush();
    else run.push(line);
  }
  flush();
  return blocks;
}

/** True when a paragraph ends between `previous` and `line` although no blank line stands there. */
function breaksBefore(
  previous: SourceLine,
  line: SourceLine,
  alone: Set<SourceLine>,
  wrap: Wrap | null,
  options: SegmentOptions,
): boolean {
  if (alone.has(line) || alone.has(previous)) return true;
  if (!wrap) return false;
  return isRealBreak(
    previous.text,
    inputWidth(previous, options.start),
    line.text,
    wrap.width,
    wrap.greedy,
  );
}

/** Splits one run of non-blank lines into paragraphs, lists and tables. */
function segmentRun(
  run: SourceLine[],
  alone: Set<SourceLine>,
  wrap: Wrap | null,
  options: SegmentOptions,
): Segment[] {
  const blocks: Segment[] = [];
  const minIndent = minimum(run, (line) => line.indent);

  let index = 0;
  let paragraph: SourceLine[] = [];
  let list: SourceLine[][] = [];
  const flushParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  const flushList = (): void => {
    if (list.length > 0) blocks.push({ type: 'list', items: list });
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
      blocks.push({ type: 'code', lines: table });
      continue;
    }

    if (bulletOf(line.text) !== null) {
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

    const previous = paragraph.at(-1);
    // An indented line among less-indented ones opens a paragraph (1987
    // Reuters, ANPA TAB indents); so does a line the wrapping did not end.
    if (previous && (line.indent > minIndent || breaksBefore(previous, line, alone, wrap, options)))
      flushParagraph();
    paragraph.push(line);
    index++;
  }
  flushParagraph();
  flushList();
  return blocks;
}
