import type { Lexicon } from '../lexicon/index.js';

/**
 * Remembers a pure question about a line of text (per lexicon): the web
 * headline scorer asks whether a block is a byline or a time stamp once for
 * each of its neighbours it scores, so each block's answer was computed a
 * dozen times or more; furniture repeats (`ADVERTISEMENT` between
 * paragraphs), and each repeat is answered once. The context (a lexicon, a
 * noise table) keys its own answers. Bounded: past `limit` lines the answers
 * are forgotten all at once, so a batch's memory does not grow with it.
 */
export function memoByText<T, Context extends object = Lexicon>(
  compute: (text: string, context: Context) => T,
  limit = 2048,
): (text: string, context: Context) => T {
  const caches = new WeakMap<Context, Map<string, T>>();
  return (text, context) => {
    let cache = caches.get(context);
    if (!cache) {
      cache = new Map();
      caches.set(context, cache);
    }
    if (cache.has(text)) return cache.get(text) as T;
    const value = compute(text, context);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
