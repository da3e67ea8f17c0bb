import type { Lexicon } from '../../lexicon/index.js';
import { countWords } from '../../text/count-words.js';
import { lowerCaseWords } from '../../text/lower-case-words.js';
import { squash } from '../../text/squash.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { parseTimestampLine } from '../published/timestamp.js';
import { lineOfSlot, type Slot } from './byline-slots.js';
import { isBarePrefix, isRoleLine, isSite } from './byline-words.js';
import { parseWebByline, type WebByline } from './parse-web-byline.js';
import { isPlausibleNameLine } from './person-name.js';

/** A slot with what the byline features ask of it, worked out once. */
export interface SlotFacts {
  slot: Slot;
  /** The text, white space squashed. */
  flat: string;
  words: number;
  /** A line of time stamps only. */
  stamp: boolean;
  /** A line of a role only (`Senior Reporter`), not a site. */
  role: boolean;
  /** A line that opens a byline and names nobody (`By`, `Author:`). */
  bare: boolean;
  /** An image stood right above it: a caption, or the image's alt text. */
  afterImage: boolean;
  /** Ordinal of its block (or list item): the lines of a paragraph share their paragraph's. */
  block: number;
}

/** A line (or a bare `By` and the line under it) that may be the byline. */
export interface BylineCandidate {
  facts: readonly SlotFacts[];
  /** Index of its first slot in `facts`. */
  index: number;
  /** How many slots it spans: 2 for a bare `By` over the names. */
  span: number;
  /** What it reads as. */
  parsed: WebByline;
  /** Block ordinal of the first slot below the headline (0 when none was found). */
  headlineAt: number;
  /** The whole story as written, where a name may recur. */
  story: string;
  /** The words the story prints in lower case ({@link lowerCaseWords}). */
  lowerWords: ReadonlySet<string>;
  lexicon: Lexicon;
}

/**
 * True when two slots hold the same text: a paragraph and one of its
 * lines. A candidate's neighbours are the slots that do not overlap it.
 */
export function overlaps(a: Slot, b: Slot): boolean {
  return a.node === b.node && a.item === b.item && (a.line === null || b.line === null);
}

/**
 * The slots within `reach` above and below the slots from `index` on
 * (`span` of them), leaving out those that overlap them: a paragraph
 * around its own line, or the lines of a paragraph read whole.
 */
export function neighbours<T extends { slot: Slot }>(
  facts: readonly T[],
  index: number,
  span: number,
  reach: number,
): { above: T[]; below: T[] } {
  const own = facts.slice(index, index + span);
  const apart = (fact: T): boolean => !own.some((mine) => overlaps(mine.slot, fact.slot));
  const above: T[] = [];
  for (let at = index - 1; at >= 0 && above.length < reach; at--) {
    const fact = facts[at];
    if (fact && apart(fact)) above.unshift(fact);
  }
  const below: T[] = [];
  for (let at = index + span; at < facts.length && below.length < reach; at++) {
    const fact = facts[at];
    if (fact && apart(fact)) below.push(fact);
  }
  return { above, below };
}

/** Longest line read as a byline. */
const MAX_CHARS = 300;
/** Most words of a byline line, its roles, sites and time stamp included. */
export const MAX_BYLINE_WORDS = 30;

/** Facts of every slot. */
function factsOf(
  slots: readonly Slot[],
  lexicon: Lexicon,
  imageLines: ReadonlySet<number>,
): SlotFacts[] {
  let block = -1;
  return slots.map((slot) => {
    if (slot.line === null) block++;
    const flat = squash(slot.text);
    const short = flat.length <= MAX_CHARS;
    const line = lineOfSlot(slot);
    return {
      afterImage: imageLines.has(line - 1) || imageLines.has(line - 2),
      block,
      slot,
      flat,
      words: countWords(flat),
      stamp: short && parseTimestampLine(flat) !== null,
      role: short && isRoleLine(flat, lexicon) && !isSite(flat, lexicon),
      bare: short && isBarePrefix(flat),
    };
  });
}

/**
 * The byline candidates among the slots: every line that reads as names
 * (with `By` or without), and every bare `By` with the line under it.
 */
export function bylineCandidates(
  slots: readonly Slot[],
  lexicon: Lexicon,
  headlineLine: number | null,
  story: string,
  imageLines: ReadonlySet<number> = new Set(),
): BylineCandidate[] {
  const facts = factsOf(slots, lexicon, imageLines);
  const below =
    headlineLine === null ? -1 : slots.findIndex((slot) => lineOfSlot(slot) > headlineLine);
  const headlineAt = facts[below]?.block ?? 0;
  const base = { facts, headlineAt, story, lexicon, lowerWords: lowerCaseWords(story) };
  const candidates: BylineCandidate[] = [];
  for (const [index, fact] of facts.entries()) {
    // A byline is a line, not a paragraph: a `By` glued to the lead is none.
    if (fact.flat.length > MAX_CHARS || fact.flat === '' || fact.words > MAX_BYLINE_WORDS) continue;
    // A line in the middle of its paragraph cannot be taken out without splitting it.
    if (!fact.slot.edge) continue;
    const next = neighbours(facts, index, 1, 1).below[0];
    if (fact.bare) {
      if (!next) continue;
      const parsed = parseWebByline(`By ${next.slot.text.trim()}`, lexicon);
      const takeable = next.slot.edge || next.slot.node === fact.slot.node;
      if (parsed && takeable) candidates.push({ ...base, index, span: 2, parsed });
      continue;
    }
    const parsed = parseWebByline(fact.slot.text.trim(), lexicon);
    // The lead's dateline (`LOS ANGELES (AP) —`, `PLACE, Aug 29 (AFP) -`) is no byline,
    // nor a line of names without `By` that is in capitals only or holds a possessive.
    if (
      parsed &&
      matchDateline(fact.flat, lexicon) === null &&
      (parsed.explicit || isPlausibleNameLine(fact.flat))
    )
      candidates.push({ ...base, index, span: 1, parsed });
  }
  return candidates;
}
