import type { NoisePhrase } from '../../lexicon/noise.js';
import { memoByText } from '../../text/memo-by-text.js';

/** Normalises a line for phrase lookup: case-folded, white space collapsed. */
function exactKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Punctuation, symbols and white space: what a loose key drops at either end. */
const LOOSE_END = /[\s\p{P}\p{S}]/u;

/**
 * A line's key for phrase lookup with punctuation and symbols at either end
 * dropped as well: trimmed from each end in turn (an anchored pattern for
 * the end was tried from every position of the line).
 */
export function looseKey(text: string): string {
  return looseOf(exactKey(text));
}

/** {@link looseKey} of a text already in its exact key. */
function looseOf(exact: string): string {
  let start = 0;
  let end = exact.length;
  while (start < end) {
    const width = (exact.codePointAt(start) as number) > 0xffff ? 2 : 1;
    if (!isLooseEnd(exact.slice(start, start + width))) break;
    start += width;
  }
  while (end > start) {
    // The last code point: a surrogate pair is read whole, as the `u` flag reads it.
    const low = exact.charCodeAt(end - 1);
    const pair =
      low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && isHighSurrogate(exact, end - 2);
    const from = pair ? end - 2 : end - 1;
    if (!isLooseEnd(exact.slice(from, end))) break;
    end = from;
  }
  return start === 0 && end === exact.length ? exact : exact.slice(start, end);
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

/** ASCII characters a loose key drops, looked up rather than matched. */
const LOOSE_ASCII = Array.from({ length: 0x80 }, (_, code) =>
  LOOSE_END.test(String.fromCharCode(code)),
);

/** True for one code point (as a string) that a loose key drops at an end. */
function isLooseEnd(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x80 ? (LOOSE_ASCII[code] as boolean) : LOOSE_END.test(char);
}

/** Longest line a phrase ending in `*` (a line opening) may remove. */
const MAX_PREFIXED_CHARS = 200;

/**
 * A table's phrases keyed for lookup, worked out once per table: every block
 * of every story is looked up, and comparing a line with each of some two
 * hundred phrases in turn was a scan per block.
 */
interface PhraseIndex {
  /** Whole-line phrases by their exact key: the first of the table's entries with that key. */
  exact: Map<string, number>;
  /** Whole-line phrases by their loose key (three characters or more), likewise. */
  loose: Map<string, number>;
  /** Phrases ending in `*`, with the line opening each stands for, in table order. */
  openings: Array<{ index: number; opening: string }>;
}

const indexCache = new WeakMap<NoisePhrase[], PhraseIndex>();

function indexOf(table: NoisePhrase[]): PhraseIndex {
  let index = indexCache.get(table);
  if (!index) {
    index = { exact: new Map(), loose: new Map(), openings: [] };
    for (const [at, entry] of table.entries()) {
      if (entry.phrase.endsWith('*')) {
        index.openings.push({ index: at, opening: exactKey(entry.phrase.slice(0, -1)) });
        continue;
      }
      const exact = exactKey(entry.phrase);
      const loose = looseKey(entry.phrase);
      if (!index.exact.has(exact)) index.exact.set(exact, at);
      if (loose.length >= 3 && !index.loose.has(loose)) index.loose.set(loose, at);
    }
    indexCache.set(table, index);
  }
  return index;
}

/**
 * Finds the noise phrase a whole line matches, if any: case and white space
 * aside, or punctuation at either end aside; a phrase ending in `*` matches
 * the line's opening (`Read more: *`).
 */
export function matchNoise(table: NoisePhrase[], text: string): NoisePhrase | undefined {
  if (text.length > MAX_PREFIXED_CHARS) return undefined;
  return matchShortLine(text, table);
}

/**
 * {@link matchNoise} for a line short enough to be a phrase, remembered by its
 * text: furniture repeats, and each line was compared with every phrase.
 */
const matchShortLine = memoByText((text: string, table: NoisePhrase[]) => {
  const index = indexOf(table);
  const exact = exactKey(text);
  // The first entry of the table that matches, as a scan in table order finds it.
  let found = Number.POSITIVE_INFINITY;
  for (const { index: at, opening } of index.openings) {
    // `Read more: *` stands for any line that opens with `Read more:`.
    if (opening.length >= 3 && exact.startsWith(opening) && exact.length > opening.length) {
      found = at;
      break;
    }
  }
  if (text.length <= 120) {
    found = Math.min(
      found,
      index.exact.get(exact) ?? found,
      index.loose.get(looseOf(exact)) ?? found,
    );
  }
  return table[found];
});
