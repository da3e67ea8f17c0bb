import type { Lexicon } from '../../lexicon/index.js';
import { NAME_LINK_SEPARATORS } from '../../lexicon/web-bylines.js';
import { countWords } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';
import { parseCredits } from '../credits/parse-credits.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { matchNoise } from '../furniture/noise-lookup.js';
import { parseTimestampLine } from '../published/timestamp.js';
import { lineOfSlot, type Slot } from './byline-slots.js';
import {
  isBarePrefix,
  isPhotoLabelOf,
  isRoleLine,
  isSite,
  startsWithPageOpener,
} from './byline-words.js';
import { parseWebByline, type WebByline } from './parse-web-byline.js';
import { isPersonName, isPlausibleNameLine } from './person-name.js';
import { bylineBeforeDateline } from './wire-byline.js';

/** A slot with what the byline features ask of it, worked out once. */
export interface SlotFacts {
  readonly slot: Slot;
  /** The text, white space squashed. */
  readonly flat: string;
  readonly words: number;
  /** A line of time stamps only. */
  readonly stamp: boolean;
  /** A line of a role only (`Senior Reporter`), not a site. */
  readonly role: boolean;
  /** A line that opens a byline and names nobody (`By`, `Author:`). */
  readonly bare: boolean;
  /** An image stood right above it: a caption, or the image's alt text. */
  readonly afterImage: boolean;
  /** Ordinal of its block (or list item): the lines of a paragraph share their paragraph's. */
  readonly block: number;
  /** A short line that reads as a name without a byline word (`Jane Roe`). */
  readonly nameShaped: boolean;
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
  /** Paragraphs of prose above the headline (captions and teasers over it, not the story). */
  proseAtHeadline: number;
  /** The whole story as written, where a name may recur or be printed in lower case. */
  story: string;
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

const linkSeparators = new Set(NAME_LINK_SEPARATORS);

/** Index of the first whole block after the one at `at` (its own lines skipped), or -1. */
function nextBlock(facts: readonly SlotFacts[], at: number): number {
  const node = facts[at]?.slot.node;
  for (let index = at + 1; index < facts.length; index++) {
    const fact = facts[index];
    if (fact && fact.slot.node !== node && fact.slot.line === null && fact.slot.item === null)
      return index;
  }
  return -1;
}

/**
 * A byline whose names are links printed one per block, with a lone comma
 * or `and` between them (`By` / `Jane Roe` / `,` / `John Doe`), an author's
 * photo label before a name left in (`Headshot of John Doe`): the names from
 * the block at `first` on joined, and how many slots they span from there.
 * One name (span 1) when no separator follows.
 */
export function linkedNames(
  facts: readonly SlotFacts[],
  first: number,
): { text: string; span: number } {
  let text = facts[first]?.flat ?? '';
  let end = first;
  for (;;) {
    const separator = nextBlock(facts, end);
    const sep = facts[separator]?.flat.toLowerCase();
    if (sep === undefined || !linkSeparators.has(sep)) break;
    let name = nextBlock(facts, separator);
    const photo = facts[name];
    const after = facts[nextBlock(facts, name)];
    if (photo && !photo.nameShaped && after?.nameShaped && isPhotoLabelOf(photo.flat, after.flat))
      name = nextBlock(facts, name);
    const fact = facts[name];
    if (!fact?.nameShaped) break;
    text += `${sep === ',' ? ',' : ` ${sep}`} ${fact.flat}`;
    end = name;
  }
  // The run's last block with its own lines, if it has any.
  let last = end;
  while (facts[last + 1] && facts[last + 1]?.slot.node === facts[end]?.slot.node) last++;
  return { text, span: end === first ? 1 : last - first + 1 };
}

/**
 * The facts of one slot. Its text is read at once; the rest on first use
 * and then kept: a page has hundreds of slots (every block and
 * each of its lines), the candidates are a few of them, and the features
 * ask only of the slots next to a candidate.
 */
class LazySlotFacts implements SlotFacts {
  readonly flat: string;
  readonly #short: boolean;
  readonly #lexicon: Lexicon;
  #words: number | undefined;
  #stamp: boolean | undefined;
  #role: boolean | undefined;
  #bare: boolean | undefined;
  #nameShaped: boolean | undefined;

  constructor(
    readonly slot: Slot,
    readonly block: number,
    readonly afterImage: boolean,
    lexicon: Lexicon,
  ) {
    this.flat = squash(slot.text);
    this.#short = this.flat.length <= MAX_CHARS;
    this.#lexicon = lexicon;
  }

  get words(): number {
    this.#words ??= countWords(this.flat);
    return this.#words;
  }

  get stamp(): boolean {
    this.#stamp ??= this.#short && parseTimestampLine(this.flat) !== null;
    return this.#stamp;
  }

  get role(): boolean {
    this.#role ??=
      this.#short && isRoleLine(this.flat, this.#lexicon) && !isSite(this.flat, this.#lexicon);
    return this.#role;
  }

  get bare(): boolean {
    this.#bare ??= this.#short && isBarePrefix(this.flat);
    return this.#bare;
  }

  get nameShaped(): boolean {
    this.#nameShaped ??=
      this.#short &&
      isPersonName(this.flat, { minWords: 2, maxWords: 4 }) &&
      isPlausibleNameLine(this.flat);
    return this.#nameShaped;
  }
}

/** Facts of every slot. */
function factsOf(
  slots: readonly Slot[],
  lexicon: Lexicon,
  imageLines: ReadonlySet<number>,
): SlotFacts[] {
  let block = -1;
  return slots.map((slot) => {
    if (slot.line === null) block++;
    const line = lineOfSlot(slot);
    const afterImage = imageLines.has(line - 1) || imageLines.has(line - 2);
    return new LazySlotFacts(slot, block, afterImage, lexicon);
  });
}

/**
 * True for a line a byline candidate may start at. A line in the middle of
 * its paragraph cannot be taken out without splitting it. At the foot, a
 * page's own opener credits the story (`Written by`, `Reporting by`); names
 * alone are an author box's, and `By` a teaser's for another story. A wire
 * credit line ({@link isWireCreditLine}) is the credits', and a line of
 * time stamps only the published line's.
 */
function mayOpenByline(fact: SlotFacts, lexicon: Lexicon): boolean {
  if (!fact.slot.edge || (fact.slot.foot && !startsWithPageOpener(fact.flat))) return false;
  // A line of time stamps only is the published line, as the Markdown reader takes it.
  if (fact.stamp) return false;
  // Page furniture (`Tags: Harbour, Transport, Local News`) is the furniture reader's, which
  // takes it where it stands alone, as copydesk's Markdown prints it.
  if (matchNoise(lexicon.noisePhrases, fact.flat)) return false;
  return !isWireCreditLine(fact.flat, lexicon);
}

/**
 * A wire credit line that names several roles (`Reporting by A. Editing by
 * B.`): the credits', never a byline, as copydesk's Markdown, which prints it
 * apart, reads it back.
 */
function isWireCreditLine(flat: string, lexicon: Lexicon): boolean {
  const credits = /\bby\b/i.test(flat) ? parseCredits(flat, lexicon) : null;
  return credits !== null && new Set(credits.map((credit) => credit.role)).size >= 2;
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
  const proseAtHeadline = facts[below]?.slot.prose ?? 0;
  const base = {
    facts,
    headlineAt,
    proseAtHeadline,
    story,
    lexicon,
  };
  const candidates: BylineCandidate[] = [];
  for (const [index, fact] of facts.entries()) {
    // A byline is a line, not a paragraph: a `By` glued to the lead is none.
    if (fact.flat.length > MAX_CHARS || fact.flat === '' || fact.words > MAX_BYLINE_WORDS) continue;
    if (!mayOpenByline(fact, lexicon)) continue;
    const next = neighbours(facts, index, 1, 1).below[0];
    if (fact.bare) {
      // A bare `By` after a dateline (`(Reuters) - Written on … by`) is the lead's, as below.
      if (!next || matchDateline(fact.flat, lexicon) !== null) continue;
      const takeable = next.slot.edge || next.slot.node === fact.slot.node;
      const run = next === facts[index + 1] ? linkedNames(facts, index + 1) : null;
      const names = run && run.span > 1 ? run.text : next.slot.text.trim();
      // Nor when the prefix and its names, read as one line, open with a dateline: copydesk's
      // Markdown prints them as one paragraph at the head, where the Markdown reader takes a
      // paragraph that opens with a dateline for the lead, never for the byline.
      if (matchDateline(squash(`${fact.flat} ${names}`), lexicon) !== null) continue;
      const parsed = parseWebByline(`By ${names}`, lexicon);
      const span = run && run.span > 1 ? run.span + 1 : 2;
      if (parsed && takeable) candidates.push({ ...base, index, span, parsed });
      continue;
    }
    const parsed = parseWebByline(fact.slot.text.trim(), lexicon);
    // The lead's dateline (`LOS ANGELES (AP) —`, `PLACE, Aug 29 (AFP) -`) is no byline,
    // nor a line of names without `By` that is in capitals only or holds a possessive,
    // nor a byline run into the lead's dateline (`By Jane Roe HARBOURTON (Reuters) - The …`):
    // that is the lead, which the wire reader cuts the byline off.
    if (
      parsed &&
      matchDateline(fact.flat, lexicon) === null &&
      !(parsed.runsOn && bylineBeforeDateline(fact.flat, lexicon) !== null) &&
      (parsed.explicit || isPlausibleNameLine(fact.flat))
    )
      candidates.push({ ...base, index, span: 1, parsed });
  }
  return candidates;
}
