/**
 * Segmentation: which input lines make one block. This is the one place
 * that decides paragraph structure; no extractor splits a paragraph again.
 */
import type { Point } from 'unist';
import { displayWidth } from '../text/display-width.js';
import { headStack, isBylineLine, opensHeadLine } from './head-stack.js';
import { changesCase, isFull, isRealBreak, runsOn, type Wrap, wrapOf } from './line-breaks.js';
import { closesIptcHeader, isBlockEnd, isMarkedLine, isRuleLine } from './line-shapes.js';
import { lineColumn, type SourceLine } from './source-lines.js';

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

/** The width a line takes in its input line, indentation (and any framing before it) included. */
function inputWidth(line: SourceLine, start: Point): number {
  return lineColumn(line, start) - 1 + displayWidth(line.text);
}

/** Widest a line may be and still have been wrapped, when no wrap width stands out. */
const MAX_GUESSED_WIDTH = 100;

/** What decides where paragraphs end within a run of lines. */
interface Breaks {
  /** How the text was hard-wrapped, when a wrap width stands out. */
  wrap: Wrap | null;
  /** The text's longest line: the width a text with no clear wrap width is read at. */
  longest: number;
  /**
   * The text marks its paragraphs, by blank lines (more than one run of
   * lines) or by indenting their first lines (some lines are indented more
   * than the flush ones).
   */
  marksParagraphs: boolean;
  /** Lines that stand in a block of their own. */
  alone: Set<SourceLine>;
  /** The lines of the head stack, above the lead. */
  head: Set<SourceLine>;
  start: Point;
}

/**
 * Splits a story's lines into blocks: paragraphs by blank lines; by
 * indentation; by hard breaks in a hard-wrapped text (a line that ended
 * although the next word would have fitted); by every line break where the
 * lines are too long to have been wrapped, or where a short text marks no
 * paragraph otherwise (one line per paragraph); in the head stack, every
 * line the wrap did not end stands alone; bullet lines to lists; aligned
 * columns to tables; rules and header lines alone. Each block goes to
 * `emit` as soon as it is complete: the caller builds its node at once, so
 * no list of every block's lines outlives the pass (on a story of 250,000
 * one-line paragraphs that list was kept alive into the old generation).
 */
export function segment(
  lines: SourceLine[],
  text: string,
  options: SegmentOptions,
  emit: (block: Segment) => void,
): void {
  let longest = 0;
  let runs = 0;
  let flushIndent = Number.POSITIVE_INFINITY;
  let deepest = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as SourceLine;
    longest = Math.max(longest, inputWidth(line, options.start));
    if (line.text === '') continue;
    if (index === 0 || lines[index - 1]?.text === '') runs++;
    flushIndent = Math.min(flushIndent, line.indent);
    deepest = Math.max(deepest, line.indent);
  }
  const breaks: Breaks = {
    wrap: wrapOf(text),
    longest,
    marksParagraphs: runs > 1 || deepest > flushIndent,
    alone: standaloneLines(lines, options),
    head: headStack(lines),
    start: options.start,
  };
  // Runs are cut out of the lines in one copy each, not pushed a line at a time.
  let runFrom = 0;
  for (let index = 0; index <= lines.length; index++) {
    if (index < lines.length && (lines[index] as SourceLine).text !== '') continue;
    if (index > runFrom) segmentRun(lines.slice(runFrom, index), breaks, emit);
    runFrom = index + 1;
  }
}

/**
 * How the lines of one run were laid out: wrapped at a width; `joined`, one
 * paragraph whatever the line breaks (the text marks its paragraphs
 * otherwise); `lines`, one line per paragraph where no sentence runs on over
 * the break; null, one line per paragraph whatever (lines too long to have
 * been wrapped).
 */
type RunWrap = Wrap | 'joined' | 'lines' | null;

/** How the lines of one run were laid out (see {@link RunWrap}). */
function runWrap(run: SourceLine[], breaks: Breaks): RunWrap {
  if (breaks.wrap) return breaks.wrap;
  // Lines too long to have been wrapped: each is a paragraph.
  if (run.some((line) => inputWidth(line, breaks.start) > MAX_GUESSED_WIDTH)) return null;
  // Paragraphs marked by blank lines or indents: other line breaks are within a
  // paragraph (contact lines, a caption over its credit).
  if (breaks.marksParagraphs) return 'joined';
  // Short lines, with no wrap width standing out and nothing else to mark
  // paragraphs: one line per paragraph, but where a sentence runs on.
  return 'lines';
}

/** True when a paragraph ends between `previous` and `line` although no blank line stands there. */
function breaksBefore(
  previous: SourceLine,
  line: SourceLine,
  wrap: RunWrap,
  breaks: Breaks,
  opensRun: boolean,
): boolean {
  const { alone, head } = breaks;
  if (alone.has(line) || alone.has(previous)) return true;
  if (wrap === null || changesCase(previous.text, line.text)) return true;
  if (wrap === 'lines') return !runsOn(previous.text, line.text);
  const width = inputWidth(previous, breaks.start);
  const wrapWidth = wrap === 'joined' ? breaks.longest : wrap.width;
  const inHead = head.has(previous) && head.has(line);
  // A byline line opening a block, or in the head stack, ends unless the wrap carried it on.
  if ((opensRun || inHead) && isBylineLine(previous.text) && !isFull(width, line.text, wrapWidth))
    return true;
  if (inHead) {
    // In the head stack a line runs on only when the wrap moved the next word down.
    if (opensHeadLine(line.text)) return true;
    return !isFull(width, line.text, wrapWidth) && !runsOn(previous.text, line.text);
  }
  if (wrap === 'joined') return false;
  return isRealBreak(previous.text, width, line.text, wrap.width, wrap.greedy);
}

/** Splits one run of non-blank lines into paragraphs, lists and tables, emitting each. */
function segmentRun(run: SourceLine[], breaks: Breaks, emit: (block: Segment) => void): void {
  const wrap = runWrap(run, breaks);
  const minIndent = minimum(run, (line) => line.indent);

  let index = 0;
  // A paragraph's lines are always the run's lines from `paragraphFrom` to `index`:
  // cut out in one copy when it ends (-1: no paragraph open).
  let paragraphFrom = -1;
  let list: SourceLine[][] = [];
  const flushParagraph = (): void => {
    if (paragraphFrom >= 0) emit({ type: 'paragraph', lines: run.slice(paragraphFrom, index) });
    paragraphFrom = -1;
  };
  const flushList = (): void => {
    if (list.length > 0) emit({ type: 'list', items: list });
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
      emit({ type: 'code', lines: table });
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

    const previous = paragraphFrom >= 0 ? run[index - 1] : undefined;
    // An indented line among less-indented ones opens a paragraph (1987
    // Reuters, ANPA TAB indents); so does a line the wrapping did not end.
    if (
      previous &&
      (line.indent > minIndent || breaksBefore(previous, line, wrap, breaks, previous === run[0]))
    )
      flushParagraph();
    if (paragraphFrom < 0) paragraphFrom = index;
    index++;
  }
  flushParagraph();
  flushList();
}
