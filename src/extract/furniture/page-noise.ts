import type { List, Root, RootContent } from 'mdast';
import type { NoisePhrase } from '../../lexicon/noise.js';
import {
  COMMENT_COUNT,
  GALLERY_COUNTER,
  PLACEHOLDER,
  READING_TIME,
  RULE_LINE,
  SHARE_WORDS,
} from '../../lexicon/page-noise.js';
import { countWords } from '../../text/count-words.js';
import { memoByText } from '../../text/memo-by-text.js';
import { squash, squashWithin } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { recordRemoved, sweepBlocks } from '../../tree/edit-blocks.js';
import { dropTextPrefix } from '../../tree/line-map.js';
import { firstLineEnd } from '../../tree/paragraph-lines.js';
import type { Article } from '../../types.js';
import { matchNoise } from './noise-lookup.js';

const shareWords = new Set(SHARE_WORDS);

/** Fewest words of a block whose immediate repeat is dropped as a duplicate. */
const MIN_REPEAT_WORDS = 8;

/**
 * True when a squashed text repeats the squashed one before it word for word
 * and is long enough to count: a block printed twice in a row (image alt
 * text and caption), or a credit line doubled.
 */
export function repeatsPrevious(flat: string, previous: string): boolean {
  return flat === previous && countWords(flat) >= MIN_REPEAT_WORDS;
}

/**
 * Splits glued button labels apart (`ShareShare Article via Facebook`,
 * `facebookxredditlink`) into share words; null at the first token that is
 * none, without reading the rest of the line.
 */
function buttonWords(text: string): string[] | null {
  const words: string[] = [];
  // Token by token, so that a line of prose stops at its first word: the
  // split at a lower-case letter before a capital, and the lower-casing,
  // never join or part what lies in two tokens of the line as written.
  for (const [raw] of text.matchAll(/[\p{L}\d-]+/gu)) {
    const spaced = raw.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ').toLowerCase();
    for (const [token] of spaced.matchAll(/[\p{L}\d-]+/gu)) {
      if (shareWords.has(token)) {
        words.push(token);
        continue;
      }
      // All-lower-case glued labels: read them greedily off the share words.
      const pieces = splitGlued(token);
      if (!pieces) return null;
      words.push(...pieces);
    }
  }
  return words;
}

function splitGlued(token: string): string[] | null {
  const pieces: string[] = [];
  let rest = token;
  while (rest !== '') {
    let found = '';
    for (const word of shareWords) {
      if (word.length > found.length && rest.startsWith(word)) found = word;
    }
    if (found === '') return null;
    pieces.push(found);
    rest = rest.slice(found.length);
  }
  return pieces;
}

/** True for a line made only of share, save, print and follow buttons. */
export function isShareBar(text: string): boolean {
  const words = buttonWords(text);
  return (
    words !== null &&
    words.length > 0 &&
    words.some((word) => word !== 'x' && word !== 'on' && word !== 'to') &&
    words.every((word) => shareWords.has(word))
  );
}

/**
 * Why a whole line is page furniture by its shape, not its words: image
 * placeholders, rules, reading times, comment counters, share bars. Null
 * when it is not.
 */
export function pageNoiseReason(text: string): string | null {
  // A long block is refused without squashing it.
  const flat = squashWithin(text, MAX_NOISE_LINE_CHARS);
  if (flat === null || flat === '') return null;
  return shortLineReason(flat, shapes);
}

/** Longest squashed line that can be furniture by its shape. */
const MAX_NOISE_LINE_CHARS = 200;

/** The context {@link shortLineReason} answers are kept under (it needs no lexicon). */
const shapes = {};

/**
 * {@link pageNoiseReason} for a squashed line of 200 characters or fewer,
 * remembered by its text: furniture repeats, and each was tested again.
 */
const shortLineReason = memoByText((flat: string, _shapes: object): string | null => {
  if (PLACEHOLDER.test(flat)) return 'image-placeholder';
  if (RULE_LINE.test(flat)) return 'rule';
  if (GALLERY_COUNTER.test(flat)) return 'gallery-counter';
  if (READING_TIME.test(flat)) return 'reading-time';
  if (COMMENT_COUNT.test(flat)) return 'comment-count';
  if (isShareBar(flat)) return 'share-buttons';
  return null;
}, 2048);

function isEmptyOrNoise(text: string, table: NoisePhrase[]): boolean {
  const flat = squash(text);
  return flat === '' || pageNoiseReason(flat) !== null || matchNoise(table, flat) !== undefined;
}

/**
 * The block printed twice in a row, its copy glued to the head of the next
 * paragraph (no blank line between): that first line goes, as a block of
 * its own would ({@link repeatsPrevious}), and the paragraph stays. Read
 * apart, as copydesk's Markdown prints the lines of a paragraph a byline
 * was cut from, the copy was a duplicate; read glued, it was a byline.
 */
function dropRepeatedFirstLine(node: RootContent, previous: string, article: Article): boolean {
  if (previous === '' || node.type !== 'paragraph') return false;
  const start = firstLineEnd(node);
  if (start <= 0) return false;
  // Squashing only shortens a text: a first line shorter than the block above repeats nothing.
  if (start < previous.length) return false;
  const first = squash(blockText(node).slice(0, start));
  if (!repeatsPrevious(first, previous)) return false;
  const line = lineOf(node);
  if (!dropTextPrefix(node, start)) return false;
  article.removed.push({ text: first, reason: 'duplicate', line });
  return true;
}

/**
 * Removes page furniture recognised by its shape, and lists whose every item
 * is empty or furniture (share buttons, `• 5 min read`), each with a reason.
 */
export function removePageNoise(tree: Root, article: Article, table: NoisePhrase[]): void {
  let previous = '';
  // One sweep: removing block by block (indexOf and splice) was quadratic in the blocks removed.
  sweepBlocks(tree, (node) => {
    if (isTextBlock(node)) {
      const text = squash(blockText(node));
      const reason = pageNoiseReason(text);
      // A caption or teaser printed twice in a row (image alt text and caption).
      const repeated = repeatsPrevious(text, previous);
      if (reason) {
        recordRemoved(article, node, reason);
        return true;
      }
      if (!repeated && dropRepeatedFirstLine(node, previous, article)) {
        // What the copy was glued over may be furniture (`Story continues below
        // advertisement`), which the furniture reader saw glued to the copy: it
        // goes as that reader would have put it, as the Markdown shows it apart.
        const rest = squash(blockText(node));
        const noise = pageNoiseReason(rest) ?? matchNoise(table, rest)?.reason;
        if (noise) {
          recordRemoved(article, node, noise);
          return true;
        }
      }
      previous = text;
      if (repeated) recordRemoved(article, node, 'duplicate');
      return repeated;
    }
    if (node.type === 'list') {
      previous = '';
      const list = node as List;
      const items = list.children.map((item) => blockText({ ...list, children: [item] }));
      if (items.every((item) => isEmptyOrNoise(item, table))) {
        const reasons = items.map((item) => pageNoiseReason(item)).filter((r) => r !== null);
        recordRemoved(article, node, reasons[0] ?? 'page-furniture');
        return true;
      }
    }
    return false;
  });
}
