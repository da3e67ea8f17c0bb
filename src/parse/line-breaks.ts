/**
 * Hard wraps: the width a text was wrapped at, whether it was wrapped
 * greedily (as a browser renders a page) or raggedly (as wire copy is), and
 * whether a line ended where the wrapping put it or where the writer did.
 */
import { displayWidth } from '../text/display-width.js';
import { isSpace, trimEndWhere } from '../text/trim.js';

/** Fewest lines near the wrap width before a text counts as hard-wrapped. */
const MIN_WRAPPED_LINES = 5;

/** Aligned columns (a table kept as sent) are never wrapped text, though their lines are of a length. */
const ALIGNED = /\S(?: {3,}|\t+)\S/;
/**
 * Two words, or writing that puts no space between words (Chinese,
 * Japanese): a line of one word (a rule drawn with `━`, a long link)
 * cannot have been wrapped.
 */
const WORDS = /\S\s+\S|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Shortest length that counts towards a wrap width ({@link wrapWidthOf} reads no shorter line). */
const MIN_WRAPPED_LENGTH = 30;

/**
 * The lengths of the lines that may have been wrapped: lines of words, not
 * aligned columns, {@link MIN_WRAPPED_LENGTH} columns at least. A character
 * takes two columns at most, so a line of fewer than half as many
 * characters is passed over unread: a story of a million short lines was a
 * copy of each and a scan of it.
 */
function wrappableLengths(text: string): number[] {
  const lengths: number[] = [];
  for (let from = 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from);
    const until = newline < 0 ? text.length : newline;
    const line = until - from >= MIN_WRAPPED_LENGTH / 2 ? text.slice(from, until) : '';
    from = until + 1;
    if (line === '') continue;
    // Scanned, not `/\s+$/`: that is quadratic on a long run of spaces inside a line.
    const trimmed = trimEndWhere(line, isSpace);
    if (!WORDS.test(trimmed) || ALIGNED.test(trimmed)) continue;
    const width = displayWidth(trimmed);
    if (width >= MIN_WRAPPED_LENGTH) lengths.push(width);
  }
  return lengths;
}

/**
 * The column at which a text was hard-wrapped (w3m pastes at 100, 1987
 * Reuters near 64), or null when its lines do not cluster under one width.
 * The width is the longest length that several lines reach, so a stray
 * over-long line (a URL that cannot be broken) does not set it.
 */
export function detectWrapWidth(text: string): number | null {
  return wrapWidthOf(wrappableLengths(text));
}

/** {@link detectWrapWidth} from the lengths of a text's wrappable lines. */
function wrapWidthOf(lengths: number[]): number | null {
  const long = lengths.filter((length) => length >= MIN_WRAPPED_LENGTH);
  if (long.length < MIN_WRAPPED_LINES) return null;
  const needed = Math.max(3, Math.ceil(long.length * 0.02));
  const counts = new Map<number, number>();
  for (const length of long) counts.set(length, (counts.get(length) ?? 0) + 1);
  // One pass over the distinct lengths, longest first, so the work stays linear.
  for (const candidate of [...counts.keys()].sort((a, b) => b - a)) {
    const near =
      (counts.get(candidate) ?? 0) +
      (counts.get(candidate - 1) ?? 0) +
      (counts.get(candidate - 2) ?? 0);
    if (near >= needed) return candidate;
  }
  return null;
}

/**
 * True when a text was wrapped greedily (as a browser's text rendering
 * does): no line ends mid-sentence while the next line's first word would
 * still have fitted on it. Ragged wire wrapping does that often.
 */
export function isGreedyWrap(text: string, width: number): boolean {
  // Wire copy is wrapped raggedly at 64 to 72 columns; text renderings of
  // pages are wider. A short wire story gives too few lines to tell.
  if (width < MIN_GREEDY_WIDTH) return false;
  const lines = text.split('\n').map((line) => trimEndWhere(line, isSpace));
  let fits = 0;
  let midSentence = 0;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index] as string;
    const next = (lines[index + 1] as string).trimStart();
    if (line.trim() === '' || next === '') continue;
    const lineWidth = displayWidth(line);
    if (lineWidth + 1 + firstWordWidth(next) > width) continue;
    fits++;
    // Short labels (`facebook`, `iPhone 15`) say nothing; a long line ending mid-sentence does.
    if (lineWidth >= width / 2 && /\p{Ll}[,]?$/u.test(line) && /^\p{Ll}/u.test(next)) midSentence++;
  }
  return fits >= 2 && midSentence <= fits * 0.03;
}

/** Narrowest wrap width read as a page's text rendering rather than wire copy. */
const MIN_GREEDY_WIDTH = 76;

/** Share of the wrap width under which a line is short enough to be a line of its own. */
const SHORT_LINE = 0.6;

/**
 * True when a line ended well short of the wrap width although the next
 * line's first word would have fitted after it: the break was in the page,
 * not made by the wrapping. Ragged wire wrapping leaves lines somewhat
 * short, so only a clearly short line counts, and a line whose sentence
 * runs on into a lower-case word is still the same paragraph.
 */
export function isRealBreak(
  line: string,
  lineWidth: number,
  nextLine: string,
  wrapWidth: number,
  greedy = false,
): boolean {
  if (isFull(lineWidth, nextLine, wrapWidth)) return false;
  if (!greedy && lineWidth > wrapWidth * SHORT_LINE) return false;
  return !runsOn(line, nextLine);
}

/** How a text was wrapped: at a width, greedily (a page's rendering) or raggedly (wire copy). */
export interface Wrap {
  width: number;
  greedy: boolean;
}

/** Largest share of long lines that may pass the wrap width (URLs that cannot be broken). */
const MAX_OVERLONG_SHARE = 0.1;
/** Widest wrap read as one: a wide terminal's 132 columns, and some. */
const MAX_WRAP_WIDTH = 160;

/**
 * How a text was hard-wrapped, or null when no wrap width stands out: its
 * lines cluster under one width, no wider than a wide screen, and few lines
 * pass it.
 */
export function wrapOf(text: string): Wrap | null {
  // Segmentation and the story kind both ask about the same text: read it once.
  if (lastWrap !== undefined && lastWrap.text === text) return lastWrap.wrap;
  const wrap = readWrap(text);
  lastWrap = { text, wrap };
  return wrap;
}

/** The text {@link wrapOf} read last and what it found (a one-entry memo). */
let lastWrap: { text: string; wrap: Wrap | null } | undefined;

function readWrap(text: string): Wrap | null {
  const lengths = wrappableLengths(text);
  const width = wrapWidthOf(lengths);
  // Lines that cluster beyond any screen's width are paragraphs of a length, not a wrap.
  if (width === null || width > MAX_WRAP_WIDTH) return null;
  let long = 0;
  let overlong = 0;
  for (const length of lengths) {
    if (length < MIN_WRAPPED_LENGTH) continue;
    long++;
    if (length > width + 2) overlong++;
  }
  return overlong <= long * MAX_OVERLONG_SHARE
    ? { width, greedy: isGreedyWrap(text, width) }
    : null;
}

/**
 * True when a line's sentence runs on into the next (`… the annual` /
 * `rate, slowing …`, `… after a` / `long repair`): it ends on a word in lower
 * case (or a comma), and the next line opens in lower case.
 */
export function runsOn(line: string, nextLine: string): boolean {
  return (
    /^\p{Ll}/u.test(nextLine.trimStart()) && /(?:^|\s)\p{Ll}(?:\S*[\p{L},])?$/u.test(line.trimEnd())
  );
}

/** True when the next line's first word would not have fitted after a line: the wrap moved it. */
export function isFull(lineWidth: number, nextLine: string, wrapWidth: number): boolean {
  return lineWidth + 1 + firstWordWidth(nextLine.trimStart()) > wrapWidth;
}

/** Writing that breaks between any two characters, with no space between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Columns of the first word of a line, as a wrap would have to move it: up
 * to the first space, or one character of Chinese or Japanese, which wraps
 * between any two characters.
 */
function firstWordWidth(line: string): number {
  const first = /^\S/u.exec(line)?.[0] ?? '';
  if (UNSPACED.test(first)) return displayWidth(first);
  const word = /^[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u.exec(line)?.[0] ?? '';
  return displayWidth(word);
}

/**
 * True when a line in capitals (a headline or slug as wires send them) is
 * followed by one in mixed case: a wrap never changes the case of the text,
 * so the lines belong to different blocks.
 */
export function changesCase(line: string, nextLine: string): boolean {
  if (/\p{Ll}/u.test(line) || !/\p{Ll}/u.test(nextLine)) return false;
  // Capitals, not a script without case (CJK): most letters are upper case, three at least.
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const capitals = line.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 3 && capitals * 2 > letters;
}
