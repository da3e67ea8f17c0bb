import type { RootContent } from 'mdast';
import type { Lexicon } from '../lexicon/index.js';
import { blockText, countWords, isTextBlock, squash } from './blocks.js';
import { matchNoise } from './boilerplate.js';
import { findTimestamp, parseTimestampLine } from './timestamp.js';
import { isBarePrefix, parseWebByline } from './web-byline.js';

/** How many blocks from the top a pasted page's headline may be. */
const SEARCH_BLOCKS = 90;
/** Fewest words of a paragraph that is the story itself. */
const PROSE_WORDS = 30;
/** How far below a headline its byline or time stamp may stand. */
const ANCHOR_REACH = 7;

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'with',
]);

/** True for a line that tells who wrote the story or when: what follows a headline. */
export function isAnchor(text: string, lexicon: Lexicon): boolean {
  const flat = squash(text);
  if (flat === '' || countWords(flat) > 16) return false;
  if (isBarePrefix(flat) || parseTimestampLine(flat)) return true;
  if (/^(?:[•·]\s*)?by\b/i.test(flat) && parseWebByline(flat, lexicon)?.explicit) return true;
  return findTimestamp(flat)?.isoDate != null;
}

/** Navigation crumbs (`newsinfo / Headlines`), placeholders and links are never headlines. */
function isFurniture(flat: string, lexicon: Lexicon): boolean {
  return (
    matchNoise(lexicon.noisePhrases, flat) !== undefined ||
    /^\[[^\]]*\]$/.test(flat) ||
    /^https?:\/\//.test(flat) ||
    /\S\s[/>›»|]\s\S/u.test(flat) ||
    /[:|]$/.test(flat) ||
    /\.(?:jpe?g|png|gif|webp|mp4)$/i.test(flat)
  );
}

function titleCaseShare(flat: string): number {
  const words = flat.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const counted = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  if (counted.length === 0) return 0;
  return counted.filter((word) => /^\p{Lu}/u.test(word)).length / counted.length;
}

/** The score of one block as the story's headline; null when it cannot be one. */
function scoreCandidate(blocks: RootContent[], index: number, lexicon: Lexicon): number | null {
  const node = blocks[index];
  if (!node || !isTextBlock(node)) return null;
  const flat = squash(blockText(node));
  const words = countWords(flat);
  if (words < 2 || words > 40 || flat.length > 300) return null;
  if (isFurniture(flat, lexicon) || isAnchor(flat, lexicon)) return null;
  if (/^by\b/i.test(flat)) return null;

  let score = 0;
  if (words >= 4 && words <= 25) score += 2;
  else if (words === 3) score += 0.5;
  else if (words === 2) score -= 1;
  if (/[.]$/.test(flat) && !/\b\p{Lu}\.$/u.test(flat)) score -= 1.5;
  if (/[.!?]["”’]?\s+\p{Lu}/u.test(flat)) score -= 2;
  if (titleCaseShare(flat) >= 0.6) score += 0.5;

  for (let ahead = 1; ahead <= ANCHOR_REACH; ahead++) {
    const next = blocks[index + ahead];
    if (!next) break;
    if (next.type === 'list' && next.children.length > 6) break;
    const text = blockText(next);
    if (isAnchor(text, lexicon)) {
      score += 3 - 0.3 * (ahead - 1);
      break;
    }
    if (countWords(text) >= PROSE_WORDS * 2) break;
  }
  for (let back = 1; back <= 3; back++) {
    const previous = blocks[index - back];
    if (previous && isTextBlock(previous) && parseTimestampLine(squash(blockText(previous)))) {
      score += 1;
      break;
    }
  }
  // Pages print the headline again (image alt text, a share box): a strong sign.
  for (const other of blocks.slice(index + 1, index + 14)) {
    if (isTextBlock(other) && squash(blockText(other)) === flat) {
      score += 2;
      break;
    }
  }
  score -= 0.02 * index;
  return score;
}

/**
 * Picks the headline of a pasted page among the blocks at the top: a line
 * of headline length, not navigation or a site name, best when a byline or
 * a time stamp follows it closely or the page prints it twice. Returns its
 * index in `blocks`, or -1.
 */
export function pickWebHeadline(blocks: RootContent[], lexicon: Lexicon): number {
  let best = -1;
  let bestScore = 0;
  let prose = 0;
  for (let index = 0; index < Math.min(blocks.length, SEARCH_BLOCKS); index++) {
    const node = blocks[index] as RootContent;
    const score = scoreCandidate(blocks, index, lexicon);
    if (score !== null && score - (prose > 0 ? 3 : 0) > bestScore) {
      best = index;
      bestScore = score - (prose > 0 ? 3 : 0);
    }
    if (isTextBlock(node) && countWords(blockText(node)) >= PROSE_WORDS) {
      prose++;
      if (prose >= 3) break;
    }
  }
  return best;
}
