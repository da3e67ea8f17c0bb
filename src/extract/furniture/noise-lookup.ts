import type { NoisePhrase } from '../../lexicon/noise.js';
import { memoByText } from '../../text/memo-by-text.js';

/** Normalises a line for phrase lookup: case-folded, white space collapsed. */
function exactKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The same, with punctuation and symbols at either end dropped. */
function looseKey(text: string): string {
  return exactKey(text).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** Longest line a phrase ending in `*` (a line opening) may remove. */
const MAX_PREFIXED_CHARS = 200;

/** A noise phrase with its lookup keys worked out once. */
interface PhraseKeys {
  entry: NoisePhrase;
  /** For a phrase ending in `*`: the line opening it stands for. */
  opening: string | null;
  exact: string;
  loose: string;
}

// Keys per table, computed on first use: every block of every story is looked up.
const keyCache = new WeakMap<NoisePhrase[], PhraseKeys[]>();

function keysOf(table: NoisePhrase[]): PhraseKeys[] {
  let keys = keyCache.get(table);
  if (!keys) {
    keys = table.map((entry) => ({
      entry,
      opening: entry.phrase.endsWith('*') ? exactKey(entry.phrase.slice(0, -1)) : null,
      exact: exactKey(entry.phrase),
      loose: looseKey(entry.phrase),
    }));
    keyCache.set(table, keys);
  }
  return keys;
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
  const exact = exactKey(text);
  const loose = looseKey(text);
  const found = keysOf(table).find((keys) => {
    // `Read more: *` stands for any line that opens with `Read more:`.
    if (keys.opening !== null) {
      return (
        keys.opening.length >= 3 &&
        exact.startsWith(keys.opening) &&
        exact.length > keys.opening.length
      );
    }
    if (text.length > 120) return false;
    if (keys.exact === exact) return true;
    return keys.loose.length >= 3 && keys.loose === loose;
  });
  return found?.entry;
});
