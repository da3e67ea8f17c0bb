import type { Lexicon } from '../../lexicon/index.js';
import { countWords } from '../../text/count-words.js';
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
  /** Index of the first slot below the headline (0 when none was found). */
  headlineAt: number;
  /** The whole story as written, where a name may recur. */
  story: string;
  lexicon: Lexicon;
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
  return slots.map((slot) => {
    const flat = squash(slot.text);
    const short = flat.length <= MAX_CHARS;
    const line = lineOfSlot(slot);
    return {
      afterImage: imageLines.has(line - 1) || imageLines.has(line - 2),
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
  const headlineAt = Math.max(below, 0);
  const base = { facts, headlineAt, story, lexicon };
  const candidates: BylineCandidate[] = [];
  for (const [index, fact] of facts.entries()) {
    // A byline is a line, not a paragraph: a `By` glued to the lead is none.
    if (fact.flat.length > MAX_CHARS || fact.flat === '' || fact.words > MAX_BYLINE_WORDS) continue;
    const next = facts[index + 1];
    if (fact.bare) {
      if (!next) continue;
      const parsed = parseWebByline(`By ${next.slot.text.trim()}`, lexicon);
      if (parsed) candidates.push({ ...base, index, span: 2, parsed });
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
