/**
 * Segmentation: which input lines make one block. This is the one place
 * that decides paragraph structure; no extractor splits a paragraph again.
 */
import type { Point } from 'unist';
import { displayWidth } from '../text/display-width.js';
import { headStack, isBylineLine, opensHeadLine } from './head-stack.js';
import { changesCase, isFull, isRealBreak, runsOn, type Wrap, wrapOf } from './line-breaks.js';
import { closesIptcHeader, isBlockEnd, isMarkedLine, isRuleLine } from './line-shapes.js';
import { lineColumn, type SourceLines } from './source-lines.js';

/**
 * A block of lines, as indexes into the story's {@link SourceLines}: a
 * paragraph of the lines from `from` to before `to`; a bullet list, item
 * `k` the lines from `starts[k]` to the next item's start (the last to
 * before `to`); a table kept verbatim.
 */
export type Segment =
  | { type: 'paragraph'; from: number; to: number }
  | { type: 'list'; starts: number[]; to: number }
  | { type: 'code'; from: number; to: number };

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
function looksTabular(text: string): boolean {
  return /\S {3,}\S/.test(text) || /\S\t+\S/.test(text);
}

/** The least `measure` of the lines from `from` to before `to` (Math.min(...spread) overflows the stack on long runs). */
export function minimum(from: number, to: number, measure: (at: number) => number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let at = from; at < to; at++) least = Math.min(least, measure(at));
  return least;
}

/**
 * False for a line that is surely no rule (`___`), block end (`^END<`) or
 * marked header line (`^…`, `…@<`): it holds no `_` or `<` and opens with no `^`.
 */
export function mayStandAlone(text: string): boolean {
  return text.charCodeAt(0) === 0x5e || text.includes('<') || text.includes('_');
}

/** The lines that stand in a block of their own (rules, block ends, header lines), as a flag per line. */
function standaloneLines(lines: SourceLines, options: SegmentOptions): Uint8Array {
  const alone = new Uint8Array(lines.length);
  let first = -1;
  for (let at = 0; at < lines.length; at++) {
    if (lines.isBlank(at)) continue;
    if (first < 0) first = at;
    const text = lines.textOf(at);
    // Each shape needs `_`, `<` or a leading `^`: most lines are passed over on that.
    if (!mayStandAlone(text)) continue;
    if (isRuleLine(text) || isBlockEnd(text) || isMarkedLine(text)) alone[at] = 1;
  }
  if (options.iptcHeader && first >= 0 && !isMarkedLine(lines.textOf(first))) {
    // Every header line up to the one closed by ` =`; without that line the story has no header.
    const header: number[] = [];
    for (let at = 0; at < lines.length; at++) {
      if (lines.line(at) - lines.line(first) >= IPTC_HEADER_LINES) break;
      if (lines.isBlank(at)) continue;
      header.push(at);
      if (closesIptcHeader(lines.textOf(at))) {
        for (const headerLine of header) alone[headerLine] = 1;
        break;
      }
    }
  }
  return alone;
}

/** The width line `at` takes in its input line, indentation (and any framing before it) included. */
function inputWidth(lines: SourceLines, at: number, start: Point): number {
  return (
    lineColumn(lines, at, start) - 1 + displayWidth(lines.source(), lines.offset(at), lines.end(at))
  );
}

/** Widest a line may be and still have been wrapped, when no wrap width stands out. */
const MAX_GUESSED_WIDTH = 100;

/** What decides where paragraphs end within a run of lines. */
interface Breaks {
  lines: SourceLines;
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
  /** Lines that stand in a block of their own (1 for each). */
  alone: Uint8Array;
  /** The lines of the head stack, above the lead. */
  head: Set<number>;
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
 * `emit` as soon as it is complete, as a range of line indexes: the caller
 * builds its node at once, so no list of every block's lines outlives the
 * pass (on a story of 250,000 one-line paragraphs that list was kept alive
 * into the old generation).
 */
export function segment(
  lines: SourceLines,
  text: string,
  options: SegmentOptions,
  emit: (block: Segment) => void,
): void {
  let longest = 0;
  let runs = 0;
  let flushIndent = Number.POSITIVE_INFINITY;
  let deepest = 0;
  for (let index = 0; index < lines.length; index++) {
    longest = Math.max(longest, inputWidth(lines, index, options.start));
    if (lines.isBlank(index)) continue;
    if (index === 0 || lines.isBlank(index - 1)) runs++;
    const indent = lines.indent(index);
    flushIndent = Math.min(flushIndent, indent);
    deepest = Math.max(deepest, indent);
  }
  const breaks: Breaks = {
    lines,
    wrap: wrapOf(text),
    longest,
    marksParagraphs: runs > 1 || deepest > flushIndent,
    alone: standaloneLines(lines, options),
    head: headStack(lines),
    start: options.start,
  };
  let runFrom = 0;
  for (let index = 0; index <= lines.length; index++) {
    if (index < lines.length && !lines.isBlank(index)) continue;
    if (index > runFrom) segmentRun(runFrom, index, breaks, emit);
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

/** How the lines of the run from `from` to before `to` were laid out (see {@link RunWrap}). */
function runWrap(from: number, to: number, breaks: Breaks): RunWrap {
  if (breaks.wrap) return breaks.wrap;
  // Lines too long to have been wrapped: each is a paragraph.
  for (let at = from; at < to; at++)
    if (inputWidth(breaks.lines, at, breaks.start) > MAX_GUESSED_WIDTH) return null;
  // Paragraphs marked by blank lines or indents: other line breaks are within a
  // paragraph (contact lines, a caption over its credit).
  if (breaks.marksParagraphs) return 'joined';
  // Short lines, with no wrap width standing out and nothing else to mark
  // paragraphs: one line per paragraph, but where a sentence runs on.
  return 'lines';
}

/**
 * True when a paragraph ends between line `line` (its text `text`) and the
 * line before it (`previousText`), although no blank line stands there.
 */
function breaksBefore(
  line: number,
  previousText: string,
  text: string,
  wrap: RunWrap,
  breaks: Breaks,
  opensRun: boolean,
): boolean {
  const { alone, head } = breaks;
  const previous = line - 1;
  if (alone[line] === 1 || alone[previous] === 1) return true;
  if (wrap === null || changesCase(previousText, text)) return true;
  if (wrap === 'lines') return !runsOn(previousText, text);
  const width = inputWidth(breaks.lines, previous, breaks.start);
  const wrapWidth = wrap === 'joined' ? breaks.longest : wrap.width;
  const inHead = head.has(previous) && head.has(line);
  // A byline line opening a block, or in the head stack, ends unless the wrap carried it on.
  if ((opensRun || inHead) && isBylineLine(previousText) && !isFull(width, text, wrapWidth))
    return true;
  if (inHead) {
    // In the head stack a line runs on only when the wrap moved the next word down.
    if (opensHeadLine(text)) return true;
    return !isFull(width, text, wrapWidth) && !runsOn(previousText, text);
  }
  if (wrap === 'joined') return false;
  return isRealBreak(previousText, width, text, wrap.width, wrap.greedy);
}

/**
 * Splits one run of non-blank lines (from `from` to before `to`) into
 * paragraphs, lists and tables, emitting each.
 */
function segmentRun(
  from: number,
  to: number,
  breaks: Breaks,
  emit: (block: Segment) => void,
): void {
  const { lines } = breaks;
  const wrap = runWrap(from, to, breaks);
  const minIndent = minimum(from, to, (at) => lines.indent(at));
  // A line's text is asked for again as the next line's previous: the last two are kept.
  let keptAt = -1;
  let kept = '';
  let olderAt = -1;
  let older = '';
  const textAt = (at: number): string => {
    if (at === keptAt) return kept;
    if (at === olderAt) return older;
    olderAt = keptAt;
    older = kept;
    keptAt = at;
    kept = lines.textOf(at);
    return kept;
  };

  let index = from;
  // A paragraph's lines are always the run's lines from `paragraphFrom` to `index`
  // (-1: no paragraph open); a list's items start at `starts`.
  let paragraphFrom = -1;
  let starts: number[] = [];
  const flushParagraph = (): void => {
    if (paragraphFrom >= 0) emit({ type: 'paragraph', from: paragraphFrom, to: index });
    paragraphFrom = -1;
  };
  const flushList = (): void => {
    if (starts.length > 0) emit({ type: 'list', starts, to: index });
    starts = [];
  };

  while (index < to) {
    const text = textAt(index);

    // Aligned columns over two or more lines: keep verbatim as a table.
    if (looksTabular(text) && index + 1 < to && looksTabular(textAt(index + 1))) {
      flushParagraph();
      flushList();
      const table = index;
      while (index < to && looksTabular(textAt(index))) index++;
      emit({ type: 'code', from: table, to: index });
      continue;
    }

    if (bulletOf(text) !== null) {
      flushParagraph();
      starts.push(index);
      index++;
      continue;
    }

    const lastItem = starts.at(-1);
    if (lastItem !== undefined) {
      if (lines.indent(index) > lines.indent(lastItem)) {
        index++;
        continue;
      }
      flushList();
    }

    // An indented line among less-indented ones opens a paragraph (1987
    // Reuters, ANPA TAB indents); so does a line the wrapping did not end.
    if (
      paragraphFrom >= 0 &&
      (lines.indent(index) > minIndent ||
        breaksBefore(index, textAt(index - 1), text, wrap, breaks, index - 1 === from))
    )
      flushParagraph();
    if (paragraphFrom < 0) paragraphFrom = index;
    index++;
  }
  flushParagraph();
  flushList();
}
