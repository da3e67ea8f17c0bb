/**
 * The lines next to a pasted page's headline that may be its kicker (the
 * section label above it) or its deck (the standfirst under it): the same
 * blocks of the page the headline was chosen among, a few on either side of
 * the chosen one. The features of `kicker-features.ts` and
 * `deck-features.ts` weigh them.
 */
import type { RootContent } from 'mdast';
import type { Lexicon } from '../../lexicon/index.js';
import { countWordsUpTo } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock } from '../../tree/block-text.js';

/** A block next to the headline that may be its kicker or its deck. */
export interface StackCandidate {
  /** The page's blocks. */
  blocks: readonly RootContent[];
  /** Index of the chosen headline in `blocks`. */
  headIndex: number;
  /** Index of the candidate's block in `blocks`. */
  index: number;
  /** Blocks between the candidate and the headline (0: right next to it). */
  between: number;
  /** The candidate's text, white space squashed (its first {@link SHOWN_CHARS} characters when longer). */
  text: string;
  /** Its words, counted up to {@link MAX_COUNTED_WORDS} + 1. */
  words: number;
  /** True when the block is longer than {@link SHOWN_CHARS} characters (`text` is cut). */
  long: boolean;
  lexicon: Lexicon;
}

/** How many blocks above the headline may be its kicker. */
export const KICKER_REACH = 2;
/** How many blocks under the headline may be its deck. */
export const DECK_REACH = 3;
/** Words counted in a candidate; a longer block counts one more. */
export const MAX_COUNTED_WORDS = 60;
/** Characters of a candidate's text kept, so that a long block is never squashed whole. */
const SHOWN_CHARS = 2000;

function candidateAt(
  blocks: readonly RootContent[],
  headIndex: number,
  index: number,
  lexicon: Lexicon,
): StackCandidate | null {
  const node = blocks[index];
  if (!node || !isTextBlock(node)) return null;
  const raw = blockText(node);
  const long = raw.length > SHOWN_CHARS;
  const text = squash(long ? raw.slice(0, SHOWN_CHARS) : raw);
  if (text === '') return null;
  return {
    blocks,
    headIndex,
    index,
    between: Math.abs(index - headIndex) - 1,
    text,
    words: countWordsUpTo(raw, MAX_COUNTED_WORDS),
    long,
    lexicon,
  };
}

/** The text blocks up to `reach` blocks away from the headline in `step`'s direction, nearest first. */
function candidatesToward(
  blocks: readonly RootContent[],
  headIndex: number,
  lexicon: Lexicon,
  step: 1 | -1,
  reach: number,
): StackCandidate[] {
  const found: StackCandidate[] = [];
  for (let away = 1; away <= reach; away++) {
    const candidate = candidateAt(blocks, headIndex, headIndex + step * away, lexicon);
    if (candidate) found.push(candidate);
  }
  return found;
}

/** The text blocks within {@link KICKER_REACH} above the headline, nearest first. */
export function kickerCandidates(
  blocks: readonly RootContent[],
  headIndex: number,
  lexicon: Lexicon,
): StackCandidate[] {
  return candidatesToward(blocks, headIndex, lexicon, -1, KICKER_REACH);
}

/** The text blocks within {@link DECK_REACH} under the headline, nearest first. */
export function deckCandidates(
  blocks: readonly RootContent[],
  headIndex: number,
  lexicon: Lexicon,
): StackCandidate[] {
  return candidatesToward(blocks, headIndex, lexicon, 1, DECK_REACH);
}
