import type { Paragraph, Root, RootContent, Text } from 'mdast';
import { isSpace, trimEndWhere } from '../text/trim.js';
import { pointInText } from '../tree/text-position.js';
import type { LineMap } from './from-wire.js';

/** Fewest lines near the wrap width before a text counts as hard-wrapped. */
const MIN_WRAPPED_LINES = 5;

/**
 * The column at which a text was hard-wrapped (w3m pastes at 100, 1987
 * Reuters near 64), or null when its lines do not cluster under one width.
 * The width is the longest length that several lines reach, so a stray
 * over-long line (a URL that cannot be broken) does not set it.
 */
export function detectWrapWidth(text: string): number | null {
  // Scanned, not `/\s+$/`: that is quadratic on a long run of spaces inside a line.
  const lengths = text.split('\n').map((line) => trimEndWhere(line, isSpace).length);
  const long = lengths.filter((length) => length >= 30);
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
    const firstWord = /^\S+/.exec(next)?.[0] ?? '';
    if (line.length + 1 + firstWord.length > width) continue;
    fits++;
    // Short labels (`facebook`, `iPhone 15`) say nothing; a long line ending mid-sentence does.
    if (line.length >= width / 2 && /\p{Ll}[,]?$/u.test(line) && /^\p{Ll}/u.test(next))
      midSentence++;
  }
  return fits >= 2 && midSentence <= fits * 0.03;
}

/** Narrowest wrap width read as a page's text rendering rather than wire copy. */
const MIN_GREEDY_WIDTH = 76;

/** One source line of a paragraph's text: where it starts in the value, and its width in the input. */
interface LineSpan {
  start: number;
  end: number;
  /** Input columns the line takes, indentation included. */
  width: number;
}

function spansOf(text: Text, map: LineMap): LineSpan[] {
  return map.map((entry, index) => {
    const next = map[index + 1];
    const end = next ? next.index - 1 : text.value.length;
    return { start: entry.index, end, width: entry.column - 1 + (end - entry.index) };
  });
}

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
  const next = nextLine.trimStart();
  const firstWord = /^\S+/.exec(next)?.[0] ?? '';
  if (lineWidth + 1 + firstWord.length > wrapWidth) return false;
  if (!greedy && lineWidth > wrapWidth * SHORT_LINE) return false;
  const runsOn = /^\p{Ll}/u.test(next) && /(?:^|\s)\p{Ll}[^\s]*[\p{L},]$/u.test(line.trimEnd());
  return !runsOn;
}

function sliceParagraph(text: Text, map: LineMap, from: number, to: number): Paragraph {
  const startIndex = map[from]?.index ?? 0;
  const next = map[to + 1];
  const endIndex = next ? next.index - 1 : text.value.length;
  const value = text.value.slice(startIndex, endIndex);
  const lineMap = map
    .slice(from, to + 1)
    .map((entry) => ({ ...entry, index: entry.index - startIndex }));
  const start = pointInText(text, startIndex);
  const end = pointInText(text, endIndex);
  const position = start && end ? { start, end } : undefined;
  const child: Text = { type: 'text', value, data: { lineMap } };
  const paragraph: Paragraph = { type: 'paragraph', children: [child] };
  if (position) {
    child.position = position;
    paragraph.position = position;
  }
  return paragraph;
}

/** Splits one paragraph at its real line breaks; returns it unchanged when there are none. */
export function splitAtRealBreaks(node: Paragraph, wrapWidth: number, greedy = false): Paragraph[] {
  const text = node.children[0];
  const map = text?.type === 'text' ? text.data?.lineMap : undefined;
  if (text?.type !== 'text' || node.children.length !== 1 || !map || map.length < 2) return [node];
  const spans = spansOf(text, map);
  const cuts: number[] = [];
  for (let index = 0; index < spans.length - 1; index++) {
    const span = spans[index] as LineSpan;
    const next = spans[index + 1] as LineSpan;
    if (
      isRealBreak(
        text.value.slice(span.start, span.end),
        span.width,
        text.value.slice(next.start, next.end),
        wrapWidth,
        greedy,
      )
    )
      cuts.push(index);
  }
  if (cuts.length === 0) return [node];
  const pieces: Paragraph[] = [];
  let from = 0;
  for (const cut of [...cuts, spans.length - 1]) {
    pieces.push(sliceParagraph(text, map, from, cut));
    from = cut + 1;
  }
  return pieces;
}

/**
 * Splits the paragraphs of a hard-wrapped text wherever a line ended short
 * of the wrap width: pasted pages put the site name, author, time stamp and
 * caption on lines of their own with no blank line between them. Returns
 * true when the text was wrapped greedily, as a page's text rendering is.
 */
export function splitHardBreaks(tree: Root, source: string): boolean {
  const width = detectWrapWidth(source);
  if (width === null) return false;
  const greedy = isGreedyWrap(source, width);
  const children: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph') children.push(...splitAtRealBreaks(node, width, greedy));
    else children.push(node);
  }
  tree.children = children;
  return greedy;
}
