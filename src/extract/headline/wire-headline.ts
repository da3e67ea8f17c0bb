import type { RootContent } from 'mdast';
import type { Lexicon } from '../../lexicon/index.js';
import { countWords } from '../../text/count-words.js';
import { blockText, isTextBlock } from '../../tree/block-text.js';
import type { Head } from './head.js';
import {
  endsLikeSentence,
  isBylineOrDateline,
  isDeckLike,
  isHeadlineLike,
  isKickerLike,
  opensWithByline,
} from './shapes.js';
import { isAnchor } from './web-headline.js';

/** How many blocks from the top the headline may be. */
const SEARCH_BLOCKS = 8;

/**
 * The headline of wire copy: the first block, when it is headline-like; a
 * one- or two-word label above a longer title line is the kicker; a
 * standfirst right under the headline that leads into the byline or the
 * dateline is the deck.
 */
export function findWireHeadline(blocks: readonly RootContent[], lexicon: Lexicon): Head | null {
  const top = blocks.slice(0, SEARCH_BLOCKS).filter(isTextBlock);
  const first = top[0];
  const second = top[1];
  if (!first || !isHeadlineLike(blockText(first), lexicon) || opensWithByline(first, lexicon))
    return null;
  let headIndex = 0;
  if (
    second &&
    isKickerLike(blockText(first)) &&
    isHeadlineLike(blockText(second), lexicon) &&
    !opensWithByline(second, lexicon) &&
    !endsLikeSentence(blockText(second)) &&
    countWords(blockText(second)) > countWords(blockText(first))
  )
    headIndex = 1;
  const head = top[headIndex] as RootContent;
  const candidate = top[headIndex + 1];
  const after = candidate ? blocks[blocks.indexOf(candidate) + 1] : undefined;
  const leadsIntoStory =
    after !== undefined &&
    isTextBlock(after) &&
    (isBylineOrDateline(blockText(after), lexicon) ||
      opensWithByline(after, lexicon) ||
      isAnchor(blockText(after), lexicon));
  const deck = candidate && leadsIntoStory && isDeckLike(candidate, lexicon) ? candidate : null;
  return { head, kicker: headIndex === 1 ? first : null, deck, furniture: [] };
}
