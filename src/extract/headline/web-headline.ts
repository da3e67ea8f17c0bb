import type { RootContent } from 'mdast';
import type { Lexicon } from '../../lexicon/index.js';
import { AUTHOR_ROLE_WORDS, SITE_WORDS } from '../../lexicon/web-bylines.js';
import { countWords } from '../../text/count-words.js';
import { memoByText } from '../../text/memo-by-text.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock } from '../../tree/block-text.js';
import { deglue, isBarePrefix, parseWebByline } from '../byline/parse-web-byline.js';
import { matchPhotoCredit } from '../captions/photo-credit.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { matchNoise } from '../furniture/noise-lookup.js';
import { findTimestamp, parseTimestampLine } from '../published/timestamp.js';
import type { Head } from './head.js';
import { isDeckLike, isKickerLike } from './shapes.js';

/** How many blocks from the top a pasted page's headline may be. */
const SEARCH_BLOCKS = 90;
/** Fewest words of a paragraph that is the story itself. */
const PROSE_WORDS = 30;
/** Longest line read as a headline. */
const MAX_HEADLINE_CHARS = 300;
/** Score of a candidate good enough that the byline under it starts the story. */
const STRONG_CANDIDATE = 3;
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
export const isAnchor = memoByText(anchorLine);

function anchorLine(text: string, lexicon: Lexicon): boolean {
  const flat = deglue(squash(text));
  const words = countWords(flat);
  if (flat === '') return false;
  // A `By` line may carry names, roles and a stamp; other anchors are short.
  if (/^(?:[•·]\s*)?by\b/i.test(flat) && words <= 30 && parseWebByline(flat, lexicon)?.explicit)
    return true;
  if (words > 16) return false;
  if (isBarePrefix(flat) || parseTimestampLine(flat)) return true;
  return findTimestamp(flat)?.isoDate != null;
}

/** True for a line of person names (`Emma Whitford`), which may be a byline without `By`. */
const isNameLine = memoByText(nameLine);

function nameLine(text: string, lexicon: Lexicon): boolean {
  const flat = squash(text);
  if (countWords(flat) > 8) return false;
  const parsed = parseWebByline(flat, lexicon);
  return parsed !== null && !parsed.explicit;
}

/** A block that follows a headline closely: a byline, a time stamp, or a name with a role or stamp under it. */
function anchorsAt(blocks: readonly RootContent[], index: number, lexicon: Lexicon): boolean {
  const node = blocks[index];
  if (!node) return false;
  const text = blockText(node);
  if (isAnchor(text, lexicon)) return true;
  if (!isTextBlock(node) || !isNameLine(text, lexicon)) return false;
  const next = blocks[index + 1];
  if (!next) return false;
  const nextText = squash(blockText(next));
  return (
    isAnchor(nextText, lexicon) ||
    nextText === squash(text) ||
    (countWords(nextText) <= 5 && ROLE_LINE.test(nextText))
  );
}

/** True when a line of names is the byline: an anchor follows, a bare `By` precedes, or the name recurs close by. */
function isAuthorLine(
  blocks: readonly RootContent[],
  index: number,
  flat: string,
  lexicon: Lexicon,
): boolean {
  if (anchorFollows(blocks, index, lexicon, 4)) return true;
  const previous = blocks[index - 1];
  if (previous && isTextBlock(previous) && isBarePrefix(squash(blockText(previous)))) return true;
  const name = parseWebByline(flat, lexicon)?.authors[0]?.name ?? '';
  if (name === '') return false;
  for (const offset of [-3, -2, -1, 1, 2, 3]) {
    const other = blocks[index + offset];
    const text = other && isTextBlock(other) ? squash(blockText(other)) : '';
    // An author box prints the name again with more (`Erin Hooker, Food Editor`);
    // the very same line again is rather a headline printed twice.
    if (text.includes(name) && text !== flat && countWords(text) <= 10) return true;
  }
  return false;
}

/** True when a byline or time stamp stands within `reach` blocks from `index` on. */
function anchorFollows(
  blocks: readonly RootContent[],
  index: number,
  lexicon: Lexicon,
  reach: number,
): boolean {
  for (let ahead = 0; ahead < reach; ahead++)
    if (anchorsAt(blocks, index + ahead, lexicon)) return true;
  return false;
}

/**
 * A byline or time stamp above the headline (or an author's name right
 * over a time stamp), which the byline and time-stamp readers need.
 */
export function isBylinePart(
  blocks: readonly RootContent[],
  index: number,
  lexicon: Lexicon,
): boolean {
  const node = blocks[index];
  if (!node || !isTextBlock(node)) return false;
  const text = blockText(node);
  if (isAnchor(text, lexicon)) return true;
  const next = blocks[index + 1];
  return (
    isNameLine(text, lexicon) &&
    next !== undefined &&
    isTextBlock(next) &&
    parseTimestampLine(squash(blockText(next))) !== null
  );
}

const ROLE_LINE = new RegExp(`\\b(?:${[...AUTHOR_ROLE_WORDS, ...SITE_WORDS].join('|')})s?\\b`, 'i');

/** Photo captions and credits are never headlines. */
const CAPTION_LIKE_PLACE = /,\s(?:left|right|center|centre|top|bottom)[,)]/;
const CAPTION_LIKE =
  /\((?:[^()]*\/[^()]*|(?:Photo|Image|Credit|Courtesy)[^()]*)\)$|\[[^\]]*\/[^\]]*\]$|^\(?(?:Courtesy|Credits?|Photo|Photograph|Photography|Image|Illustration|Picture|Styled|Produced)s?\b(?: of| by|:)/i;

/** Navigation crumbs (`newsinfo / Headlines`), placeholders and links are never headlines. */
function isFurniture(flat: string, lexicon: Lexicon): boolean {
  return (
    matchNoise(lexicon.noisePhrases, flat) !== undefined ||
    /\[\s*\]|^\[[^\]]*\]$/.test(flat) ||
    /<\/?[a-z]+>|&#?\w+;/.test(flat) ||
    /\p{L}\|\p{L}/u.test(flat) ||
    gluedWords(flat) >= 2 ||
    CAPTION_LIKE.test(flat) ||
    // `Jane Doe, left, and John Roe, right, …`: who is where in a photo.
    CAPTION_LIKE_PLACE.test(flat) ||
    matchPhotoCredit(flat, lexicon) !== null ||
    /\p{Ll}[.!?]\p{Lu}\p{Ll}/u.test(flat) ||
    /\p{Lu}[\p{L}.]*\/\p{Lu}|\bvia Getty Images\b|^Tags?:/u.test(flat) ||
    /^https?:\/\//.test(flat) ||
    /^\d{1,2}\.\s/.test(flat) ||
    /\S\s[/>›»|]\s\S/u.test(flat) ||
    /[:|]$/.test(flat) ||
    /\.(?:jpe?g|png|gif|webp|mp4)$/i.test(flat)
  );
}

/** How many words carry another word glued on (`PassedChina's`, `OpinionsColumns`). */
function gluedWords(flat: string): number {
  return flat.split(/\s+/).filter((word) => /\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(word)).length;
}

/** A long run of capitalised words with no small words: likely a navigation bar. */
function isMenuLine(flat: string): boolean {
  const words = flat.split(/\s+/);
  return words.length >= 10 && words.every((word) => /^[\p{Lu}\d&]/u.test(word));
}

function titleCaseShare(flat: string): number {
  const words = flat.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const counted = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  if (counted.length === 0) return 0;
  return counted.filter((word) => /^\p{Lu}/u.test(word)).length / counted.length;
}

/**
 * Splits a label a page appends to its headline (`… | Editorial`,
 * `… [Watch]`) off the headline. Null when there is none.
 */
export function splitHeadlineLabel(text: string): { headline: string; label: string } | null {
  const flat = squash(text);
  if (flat.length > MAX_HEADLINE_CHARS) return null;
  const match = /^(.+?)\s+(\|\s+[^|[\]]{1,30}|\[[^\]]{1,20}\])$/u.exec(flat);
  if (!match) return null;
  const headline = match[1] ?? '';
  const label = match[2] ?? '';
  if (countWords(headline) < 4 || countWords(label) > 3 || headline.includes('|')) return null;
  return { headline, label };
}

/** The score of one block as the story's headline; null when it cannot be one. */
function scoreCandidate(
  blocks: readonly RootContent[],
  index: number,
  lexicon: Lexicon,
): number | null {
  const node = blocks[index];
  if (!node || !isTextBlock(node)) return null;
  const whole = squash(blockText(node));
  if (whole.length > MAX_HEADLINE_CHARS) return null;
  const flat = splitHeadlineLabel(whole)?.headline ?? whole;
  const words = countWords(flat);
  if (words < 2 || words > 40) return null;
  if (isFurniture(flat, lexicon) || isAnchor(flat, lexicon)) return null;
  if (/^by\b/i.test(flat)) return null;
  // The story's first sentences: a dateline, or a long sentence with its full stop.
  if (matchDateline(flat, lexicon) || (words >= 18 && /\p{Ll}[.]["”’]?$/u.test(flat))) return null;

  let score = 0;
  if (words >= 6 && words <= 25) score += 2.5;
  else if (words >= 4 && words <= 25) score += 1.5;
  else if (words === 2) score -= 1;
  // A name over a role or a time stamp, under a bare `By`, or printed again
  // close by (an author box) is the byline.
  if (isNameLine(flat, lexicon) && isAuthorLine(blocks, index, flat, lexicon)) score -= 4;
  // Longer lines are likelier headlines than buttons and labels near the byline.
  score += 0.1 * Math.min(words, 15);
  // A line in quotation marks is a pull quote or a standfirst.
  if (/^["“‘'].*["”’']$/u.test(flat)) score -= 1.5;
  // One of many headline-sized lines in a row is a list of links to other stories.
  // (The headline may close such a run when its byline follows at once.)
  if (inLinkRun(blocks, index, lexicon) && !anchorsAt(blocks, index + 1, lexicon)) score -= 3;
  if (/[.]$/.test(flat) && !/\b\p{Lu}\.$/u.test(flat)) score -= 1.5;
  if (/\p{Ll}[.]["”’]?\s+\p{Lu}/u.test(flat)) score -= 1;
  // A word glued to the next (`MenuClose`) is a rendered navigation bar.
  if (gluedWords(flat) > 0) score -= 2;
  if (isMenuLine(flat)) score -= 1.5;
  if (titleCaseShare(flat) >= 0.6) score += 0.5;

  for (let ahead = 1; ahead <= ANCHOR_REACH; ahead++) {
    const next = blocks[index + ahead];
    if (!next) break;
    if (anchorsAt(blocks, index + ahead, lexicon)) {
      score += 3.5 - 0.6 * (ahead - 1);
      break;
    }
  }
  for (let back = 1; back <= 3; back++) {
    const previous = blocks[index - back];
    if (previous && isTextBlock(previous) && isAnchor(blockText(previous), lexicon)) {
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

/** A line of headline size with no sentence end, as links to other stories are. */
function isTeaser(node: RootContent | undefined, lexicon: Lexicon): boolean {
  if (!node || !isTextBlock(node)) return false;
  const flat = squash(blockText(node));
  const words = countWords(flat);
  return words >= 4 && words <= 25 && !/[.]$/.test(flat) && !isAnchor(flat, lexicon);
}

/** True when a block is inside (not at the head of) a run of five or more teaser lines. */
function inLinkRun(blocks: readonly RootContent[], index: number, lexicon: Lexicon): boolean {
  if (!isTeaser(blocks[index - 1], lexicon)) return false;
  let start = index;
  while (start > 0 && isTeaser(blocks[start - 1], lexicon)) start--;
  let end = index;
  while (isTeaser(blocks[end + 1], lexicon)) end++;
  return end - start + 1 >= 5;
}

/**
 * Picks the headline of a pasted page among the blocks at the top: a line
 * of headline length, not navigation or a site name, best when a byline or
 * a time stamp follows it closely or the page prints it twice. Returns its
 * index in `blocks`, or -1.
 */
export function pickWebHeadline(blocks: readonly RootContent[], lexicon: Lexicon): number {
  let best = -1;
  let bestScore = 0;
  let prose = 0;
  // Once a good candidate has had its byline or time stamp, what follows is the story's.
  let storyStarted = false;
  let recentBest = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < Math.min(blocks.length, SEARCH_BLOCKS); index++) {
    const node = blocks[index] as RootContent;
    const raw = scoreCandidate(blocks, index, lexicon);
    if (raw !== null) recentBest = Math.max(recentBest, raw);
    if (
      raw === null &&
      isTextBlock(node) &&
      isAnchor(blockText(node), lexicon) &&
      recentBest >= STRONG_CANDIDATE
    )
      storyStarted = true;
    const score = raw === null ? null : raw - (prose > 0 ? 3 : 0) - (storyStarted ? 3 : 0);
    if (score !== null && score > bestScore) {
      best = index;
      bestScore = score;
    }
    if (isTextBlock(node) && countWords(blockText(node)) >= PROSE_WORDS) {
      prose++;
      if (prose >= 3) break;
    }
  }
  if (best < 0) return -1;
  // A headline and its standfirst both qualify; the headline comes first,
  // and is rarely much longer than the standfirst under it. A standfirst
  // twice as long as the line above it may outscore that line by more.
  const above = blocks[best - 1];
  const aboveScore = best > 0 ? scoreCandidate(blocks, best - 1, lexicon) : null;
  const aboveText = above ? squash(blockText(above)) : '';
  const aboveWords = countWords(aboveText);
  const bestWords = countWords(blockText(blocks[best] as RootContent));
  const shortHeadline =
    aboveWords >= 3 && (/[?!]$/.test(aboveText) || titleCaseShare(aboveText) < 0.6);
  if (
    above &&
    aboveScore !== null &&
    aboveScore > bestScore - (bestWords >= 2 * aboveWords ? 5 : 3.5) &&
    (aboveWords >= 5 || shortHeadline) &&
    aboveWords <= bestWords + 1 &&
    gluedWords(aboveText) === 0 &&
    !/\.\.\.|…/u.test(aboveText) &&
    !inLinkRun(blocks, best - 1, lexicon) &&
    !/[—–:-]$/.test(aboveText)
  )
    return best - 1;
  return best;
}

/** Every block's score as a headline (null where a block cannot be one), for `--explain` and tests. */
export function scoreWebHeadlines(
  blocks: readonly RootContent[],
  lexicon: Lexicon,
): Array<number | null> {
  return blocks.map((_, index) => scoreCandidate(blocks, index, lexicon));
}

/**
 * The headline of a pasted page, picked among the page's leftovers (see
 * {@link pickWebHeadline}): a section label right above it is the kicker, a
 * standfirst right under it the deck, and what stands above it page
 * furniture, but for a byline or a time stamp, which stay for their readers.
 */
export function findWebHeadline(blocks: readonly RootContent[], lexicon: Lexicon): Head | null {
  const index = pickWebHeadline(blocks, lexicon);
  const head = blocks[index];
  if (!head) return null;
  const before = blocks.slice(0, index);
  const above = before.at(-1);
  const kicker =
    above &&
    isTextBlock(above) &&
    isKickerLike(blockText(above)) &&
    !isAnchor(blockText(above), lexicon)
      ? above
      : null;
  const next = blocks[index + 1];
  let deck: RootContent | null = null;
  if (next && isTextBlock(next) && isDeckLike(next, lexicon)) {
    const text = squash(blockText(next));
    const soonAnchor = blocks
      .slice(index + 2, index + 5)
      .some((node) => isTextBlock(node) && isAnchor(blockText(node), lexicon));
    // A standfirst is a sentence, never the byline (`Coastal Daily Staff`).
    const isSentence = countWords(text) >= 5 && parseWebByline(text, lexicon) === null;
    if (soonAnchor && isSentence && text !== squash(blockText(head)) && !isAnchor(text, lexicon))
      deck = next;
  }
  const furniture = before.filter(
    (node, at) => node !== kicker && !isBylinePart(blocks, at, lexicon),
  );
  return { head, kicker, deck, furniture };
}
