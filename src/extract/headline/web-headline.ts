import type { RootContent } from 'mdast';
import type { Lexicon } from '../../lexicon/index.js';
import { type Decision, decide } from '../../score/decision.js';
import type { Weights } from '../../score/feature.js';
import { countWords } from '../../text/count-words.js';
import { letterKey } from '../../text/letter-key.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { parseTimestampLine } from '../published/timestamp.js';
import { DECK_FEATURES } from './deck-features.js';
import type { Head } from './head.js';
import { HEADLINE_FEATURES, type HeadlineCandidate, isCleanTitle } from './headline-features.js';
import { KICKER_FEATURES } from './kicker-features.js';
import { isAnchor, isNameLine, type PageBlock, readPage, storyOverlap } from './page-blocks.js';
import { deckCandidates, kickerCandidates, type StackCandidate } from './stack-candidate.js';

export { isAnchor } from './page-blocks.js';

/** How many blocks from the top a pasted page's headline may be. */
const SEARCH_BLOCKS = 90;
/** How many blocks below the last candidate the features look at. */
const LOOK_AHEAD = 15;
/** Fewest words of a paragraph that is the story itself. */
const PROSE_WORDS = 30;
/** Paragraphs of prose after which the headline is behind us. */
const PROSE_STOP = 3;
/** Longest line read as a headline. */
const MAX_HEADLINE_CHARS = 300;

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

/**
 * A block that may be the headline at all: a line of text of two to forty
 * words that is not a byline, a time stamp or the lead: a dateline with
 * its agency or date (`LONDON, Oct 1 (Reuters) -`), or one before a
 * sentence. Everything else about it is weighed by the features.
 */
function canBeHeadline(block: PageBlock, lexicon: Lexicon): boolean {
  if (
    !block.isText ||
    block.text === '' ||
    block.text.length > MAX_HEADLINE_CHARS ||
    block.words < 2 ||
    block.words > 40 ||
    block.anchor ||
    /^by\b/i.test(block.text)
  )
    return false;
  const dateline = matchDateline(block.text, lexicon);
  return !(dateline && (dateline.agency || dateline.date || /\p{Ll}[.]$/u.test(block.text)));
}

/** Markup or entities a page's text may leave in a line (`<i>`, `&#8216;`), and a list number (`3. `). */
const LEFTOVERS = /<\/?[a-z]+>|&#?\w+;|^\d{1,2}\.\s/gu;

/** A line's letters alone, for telling a line printed twice (`&#8216;A&#8217; B`, `3. A B`). */
function twinKey(text: string): string {
  return text
    .replace(LEFTOVERS, '')
    .replace(/\P{L}+/gu, '')
    .toLowerCase();
}

/**
 * Drops a candidate that another candidate prints clean: the same words
 * with markup or entities left in, or with a list number before them. A
 * page prints its headline twice that way (the crumb trail, a raw title);
 * the clean line is the headline.
 */
function dropLeftoverTwins(candidates: HeadlineCandidate[]): HeadlineCandidate[] {
  const clean = new Set(
    candidates.filter((c) => !c.text.match(LEFTOVERS)).map((c) => twinKey(c.text)),
  );
  return candidates.filter((c) => !c.text.match(LEFTOVERS) || !clean.has(twinKey(c.text)));
}

/** The headline candidates of a page: the blocks near the top that may be its headline. */
export function headlineCandidates(
  blocks: readonly RootContent[],
  lexicon: Lexicon,
  imageLines: ReadonlySet<number> = new Set(),
): HeadlineCandidate[] {
  const page = readPage(blocks, lexicon, SEARCH_BLOCKS + LOOK_AHEAD, imageLines);
  const candidates: HeadlineCandidate[] = [];
  let prose = 0;
  for (const [index, block] of page.blocks.slice(0, SEARCH_BLOCKS).entries()) {
    if (canBeHeadline(block, lexicon)) {
      const text = splitHeadlineLabel(block.text)?.headline ?? block.text;
      const rank = candidates.length;
      const overlap = storyOverlap(page, index, text);
      candidates.push({
        page,
        blocks: page.blocks,
        index,
        rank,
        text,
        letters: letterKey(text),
        lexicon,
        overlap,
        firstTitle: false,
      });
    }
    if (block.isText && block.words >= PROSE_WORDS && ++prose >= PROSE_STOP) break;
    // The lead, opened by an agency's dateline: a headline stands above it, never under it
    // (a story pasted without its headline would lose its lead as page furniture).
    if (block.isText && matchDateline(block.text, lexicon)?.agency) break;
  }
  const kept = dropLeftoverTwins(candidates);
  kept.forEach((candidate, rank) => {
    candidate.rank = rank;
  });
  const first = kept.find(isCleanTitle);
  if (first) first.firstTitle = true;
  return kept;
}

/**
 * Scores every headline candidate of a pasted page with the fitted weights
 * and picks the best, unless none clears the fitted bar. `imageLines` are the input lines of images the
 * furniture reader removed (their placeholders), which mark captions.
 * Returns the index of the chosen block in `blocks`
 * (-1 when no block may be the headline) and the decision, for `--explain`.
 */
export function pickWebHeadline(
  blocks: readonly RootContent[],
  lexicon: Lexicon,
  imageLines: ReadonlySet<number> = new Set(),
): { index: number; decision: Decision } {
  const candidates = headlineCandidates(blocks, lexicon, imageLines);
  const { decision, chosen } = decide(
    HEADLINE_FEATURES,
    candidates,
    (candidate) => ({
      text: candidate.text,
      line: lineOf(candidate.blocks[candidate.index]?.node ?? {}),
      answer: candidate.text,
    }),
    lexicon.weights.headline,
  );
  return { index: chosen ? chosen.index : -1, decision };
}

/** The scored choices behind a pasted page's headline, for `--explain` (`file.data.decisions`). */
export interface HeadDecisions {
  headline: Decision;
  /** Absent when no headline was chosen. */
  kicker?: Decision;
  deck?: Decision;
}

/**
 * The block next to the headline a scored decision picks among `candidates`
 * (kicker or deck), or null for none.
 */
function pickNext(
  features: typeof KICKER_FEATURES,
  candidates: readonly StackCandidate[],
  weights: Weights,
): { node: RootContent | null; decision: Decision } {
  const { decision, chosen } = decide(
    features,
    candidates,
    (candidate) => ({
      text: candidate.text,
      line: lineOf(candidate.blocks[candidate.index] ?? {}),
      answer: candidate.text,
    }),
    weights,
  );
  return { node: chosen ? (chosen.blocks[chosen.index] ?? null) : null, decision };
}

/**
 * The headline of a pasted page (see {@link pickWebHeadline}) with the
 * section label above it (kicker) and the standfirst under it (deck), each
 * a scored choice among the blocks next to it, or none. The page furniture
 * above it stays for the byline reader, which may find the author's name
 * there; the `pageHeader` plugin removes the rest. Returns the decisions
 * beside what was found, for `--explain` and the fit.
 */
export function findWebHeadline(
  blocks: readonly RootContent[],
  lexicon: Lexicon,
  imageLines: ReadonlySet<number> = new Set(),
): { found: Head | null; decisions: HeadDecisions } {
  const { index, decision } = pickWebHeadline(blocks, lexicon, imageLines);
  const head = blocks[index];
  if (!head) return { found: null, decisions: { headline: decision } };
  const kicker = pickNext(
    KICKER_FEATURES,
    kickerCandidates(blocks, index, lexicon),
    lexicon.weights.kicker,
  );
  const deck = pickNext(
    DECK_FEATURES,
    deckCandidates(blocks, index, lexicon),
    lexicon.weights.deck,
  );
  return {
    found: { head, kicker: kicker.node, deck: deck.node, furniture: [] },
    decisions: { headline: decision, kicker: kicker.decision, deck: deck.decision },
  };
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
