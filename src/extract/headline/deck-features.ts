/**
 * The named features of a deck candidate: a block under a pasted page's
 * headline that may be its standfirst. Each is a small pure function; the
 * hand-set weights are `deck` in `src/lexicon/stack-weights.ts`, and the
 * highest-scoring candidate that clears the bar (`none`) is the deck. The
 * shapes of a byline or dateline are read on blocks of sixty words or fewer
 * only: a longer block is too long to be a deck anyway, and is not parsed.
 */
import type { Feature } from '../../score/feature.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock } from '../../tree/block-text.js';
import { parseByline } from '../byline/parse-byline.js';
import { parseWebByline } from '../byline/parse-web-byline.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { isAnchor } from './page-blocks.js';
import { opensWithByline } from './shapes.js';
import { DECK_REACH, MAX_COUNTED_WORDS, type StackCandidate } from './stack-candidate.js';

/** Fewest words of a standfirst: a shorter line is a label or a name. */
const DECK_MIN_WORDS = 5;
/** Blocks under a candidate in which the byline or time stamp of a standfirst stands. */
const ANCHOR_REACH = 3;

const yes = (condition: boolean): number => (condition ? 1 : 0);
/** True for a block short enough to be a line of the head; a longer one is not read for shapes. */
const headSized = (c: StackCandidate): boolean => c.words <= MAX_COUNTED_WORDS;

/** The deck features, in the order of the weights table. */
export const DECK_FEATURES: readonly Feature<StackCandidate>[] = [
  {
    name: 'deckLength',
    doc: 'five to sixty words: a sentence or two, not a label and not the story',
    value: (c) => yes(c.words >= DECK_MIN_WORDS && c.words <= MAX_COUNTED_WORDS),
  },
  {
    name: 'anchorSoon',
    doc: 'a byline or time stamp within three blocks under it: the lead has not begun',
    value: (c) =>
      yes(
        c.blocks
          .slice(c.index + 1, c.index + 1 + ANCHOR_REACH)
          .some((node) => isTextBlock(node) && isAnchor(blockText(node), c.lexicon)),
      ),
  },
  {
    name: 'endsSentence',
    doc: 'ends with a full stop, question or exclamation mark, as a standfirst does',
    value: (c) => yes(/[.!?。]["”’]?$/u.test(c.text)),
  },
  {
    name: 'blocksBetween',
    doc: 'blocks between it and the headline (two count 1): a standfirst stands right under it',
    value: (c) => Math.min(c.between, DECK_REACH - 1) / (DECK_REACH - 1),
  },
  {
    name: 'bylineShape',
    doc: 'reads as a byline (`By …`, a line of names with a role) or its first line does',
    value: (c) =>
      yes(
        headSized(c) &&
          (parseByline(c.text, c.lexicon) !== null ||
            parseWebByline(c.text, c.lexicon) !== null ||
            opensWithByline(c.blocks[c.index] ?? { type: 'text', value: '' }, c.lexicon)),
      ),
  },
  {
    name: 'datelineShape',
    doc: 'opens with a dateline (`PORTWELL, March 3 -`): the lead paragraph',
    value: (c) => yes(headSized(c) && matchDateline(c.text, c.lexicon) !== null),
  },
  {
    name: 'anchorLine',
    doc: 'is itself a byline or time stamp',
    value: (c) => yes(headSized(c) && isAnchor(c.text, c.lexicon)),
  },
  {
    name: 'repeatsHeadline',
    doc: 'prints the headline again word for word',
    value: (c) => {
      const head = c.blocks[c.headIndex];
      return yes(head !== undefined && squash(blockText(head)) === c.text);
    },
  },
];
