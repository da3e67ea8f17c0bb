import type { Lexicon } from '../lexicon/index.js';

/**
 * Remembers a pure question about a line of text (per lexicon): the web
 * headline scorer asks whether a block is a byline or a time stamp once for
 * each of its neighbours it scores, so each block's answer was computed a
 * dozen times or more. Bounded: past `limit` lines the answers are forgotten
 * all at once, so a batch's memory does not grow with it.
 */
export function memoByText<T>(
  compute: (text: string, lexicon: Lexicon) => T,
  limit = 2048,
): (text: string, lexicon: Lexicon) => T {
  const caches = new WeakMap<Lexicon, Map<string, T>>();
  return (text, lexicon) => {
    let cache = caches.get(lexicon);
    if (!cache) {
      cache = new Map();
      caches.set(lexicon, cache);
    }
    if (cache.has(text)) return cache.get(text) as T;
    const value = compute(text, lexicon);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
