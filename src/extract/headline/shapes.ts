import type { RootContent } from 'mdast';
import type { Lexicon } from '../../lexicon/index.js';
import { SECTION_LABELS } from '../../lexicon/sections.js';
import { countWords, countWordsUpTo } from '../../text/count-words.js';
import { squash, squashWithin } from '../../text/squash.js';
import { blockText } from '../../tree/block-text.js';
import { paragraphLines } from '../../tree/paragraph-lines.js';
import { parseByline } from '../byline/parse-byline.js';
import { parseWebByline } from '../byline/parse-web-byline.js';
import { parseCopyright } from '../copyright/parse-copyright.js';
import { matchDateline } from '../dateline/match-dateline.js';

/** A byline or a dateline: what follows a headline, never one. */
export function isBylineOrDateline(text: string, lexicon: Lexicon): boolean {
  return parseByline(text, lexicon) !== null || matchDateline(text, lexicon) !== null;
}

/** A line that can be a headline: short, one line of thought, not a byline or dateline. */
export function isHeadlineLike(text: string, lexicon: Lexicon): boolean {
  const flat = squashWithin(text, 250);
  if (flat === null) return false;
  const words = countWords(flat);
  return (
    words >= 1 && words <= 30 && !isBylineOrDateline(flat, lexicon) && parseCopyright(flat) === null
  );
}

const sectionLabels = new Set(SECTION_LABELS.map((label) => label.toLowerCase()));

/**
 * A section label above a headline: a known label, or one or two words with
 * no sentence punctuation (three words are as likely a short headline).
 */
export function isKickerLike(text: string): boolean {
  // Labels are short: a long block is no kicker, and is not squashed whole to find out.
  const flat = squashWithin(text, 100);
  if (flat === null) return false;
  if (sectionLabels.has(flat.toLowerCase())) return true;
  return countWords(flat) <= 2 && flat.length <= 30 && !/[.!?:;,]$/.test(flat);
}

/** A sentence, not a title: it ends with a full stop after a word that is not an abbreviation. */
export function endsLikeSentence(text: string): boolean {
  return /[^.\s]{3,}[.!?]["”’]?$/.test(squash(text));
}

/**
 * A sentence of prose, not a title: one sentence, its words after the first
 * mostly in lower case (`the pier reopened on monday.`, `The pier reopened
 * on Monday.`), closed by a full stop.
 */
export function isProseSentence(text: string): boolean {
  const flat = squashWithin(text, 600);
  if (flat === null || !endsLikeSentence(flat) || !/\.["”’]?$/u.test(flat)) return false;
  // Another sentence inside (`… pier. Traders …`) makes it a paragraph, which is prose too,
  // but not the case here: only one sentence is read so.
  if (/[.!?]["”’]?\s+\p{Lu}/u.test(flat.slice(0, -1))) return false;
  const words = flat
    .split(' ')
    .slice(1)
    .filter((word) => /^\p{L}/u.test(word));
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  return words.length >= 2 && lower * 2 > words.length;
}

/** A standfirst under the headline: one or two sentences, not the lead itself. */
export function isDeckLike(node: RootContent, lexicon: Lexicon): boolean {
  const text = blockText(node);
  // White space does not change a word count, so count before squashing a long block.
  const words = countWordsUpTo(text, 60);
  if (words < 3 || words > 60) return false;
  const flat = squash(text);
  return (
    !isBylineOrDateline(flat, lexicon) &&
    parseWebByline(flat, lexicon)?.explicit !== true &&
    !opensWithByline(node, lexicon)
  );
}

/**
 * A block whose first line is a byline (`By A and B` over `Associated Press
 * Writers`) is the byline even when its lines together do not read as one, so
 * it is never the headline or the deck. Without this the answer depended on
 * whether the title line was a paragraph of its own, and the Markdown round
 * trip (which writes it after a hard break) changed the byline.
 */
export function opensWithByline(node: RootContent, lexicon: Lexicon): boolean {
  const firstLine = paragraphLines(node)[0];
  return firstLine !== undefined && parseByline(squash(firstLine), lexicon) !== null;
}

/** True when the story opens as wire copy does: the headline first, the story right under it. */
export function opensLikeWire(top: RootContent[], lexicon: Lexicon): boolean {
  const first = top[0];
  if (!first || !isHeadlineLike(blockText(first), lexicon)) return false;
  // The headline first, or a section label and then the headline.
  for (const offset of [0, 1]) {
    const head = top[offset];
    const next = top[offset + 1];
    if (offset === 1 && !isKickerLike(blockText(first))) break;
    if (!head || !isHeadlineLike(blockText(head), lexicon)) continue;
    if (!next) return true;
    const text = blockText(next);
    if (
      isBylineOrDateline(text, lexicon) ||
      countWords(text) >= 25 ||
      (countWords(text) >= 12 && /[.!?]["”’]?$/u.test(squash(text)))
    )
      return true;
  }
  return false;
}
