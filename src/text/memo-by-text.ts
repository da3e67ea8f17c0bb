import type { Lexicon } from '../lexicon/index.js';

/**
 * Longest line remembered. What repeats is furniture, bylines, stamps and
 * notices, all short; a longer text is a paragraph of the story, which a
 * page prints once: remembering it cost a copy and a hash of the whole
 * paragraph for nothing, and kept it in memory until the cache was cleared.
 */
const LONGEST_REMEMBERED = 300;

/**
 * Remembers a pure question about a line of text (per lexicon): the web
 * headline scorer asks whether a block is a byline or a time stamp once for
 * each of its neighbours it scores, so each block's answer was computed a
 * dozen times or more; furniture repeats (`ADVERTISEMENT` between
 * paragraphs), and each repeat is answered once; a text longer than a line
 * is answered without being remembered. The context (a lexicon, a
 * noise table) keys its own answers. Bounded: past `limit` lines the answers
 * are forgotten all at once, so a batch's memory does not grow with it.
 *
 * A line is usually a slice of its whole story, and V8 keeps a slice's
 * parent alive: a remembered line kept its entire story (and the answer,
 * sliced from the line, did too), so the caches held some thousand stories
 * of a batch and every one was promoted to the old generation. Each line is
 * remembered, and answered, as a copy of its own.
 */
export function memoByText<T, Context extends object = Lexicon>(
  compute: (text: string, context: Context) => T,
  limit = 2048,
): (text: string, context: Context) => T {
  const caches = new WeakMap<Context, Map<string, T>>();
  // Nearly every call is under the default lexicon: the last context's
  // cache is at hand without a WeakMap lookup.
  let lastContext: Context | undefined;
  let lastCache = new Map<string, T>();
  return (text, context) => {
    if (text.length > LONGEST_REMEMBERED) return compute(text, context);
    let cache = lastCache;
    if (context !== lastContext) {
      cache = caches.get(context) ?? new Map();
      caches.set(context, cache);
      lastContext = context;
      lastCache = cache;
    }
    // One lookup for a remembered answer; `has` only tells an answer of `undefined` from none.
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as T;
    const own = detached(text);
    const value = compute(own, context);
    if (cache.size >= limit) cache.clear();
    cache.set(own, value);
    return value;
  };
}

/**
 * A copy of `text` that keeps no larger string alive. Joining flattens into
 * a fresh string one character longer; the slice of it then refers only to
 * that copy (V8 makes slices of 13 characters or more share their parent).
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}
