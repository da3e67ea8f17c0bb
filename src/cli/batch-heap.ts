/**
 * V8's heap settings for a long batch. Over a batch, peak memory follows the
 * allocation rate, not what is kept: V8 doubles the young generation (up to
 * 16 MB semi-spaces, 32 MB committed) whenever enough objects survive its
 * scavenges, and lets the old generation grow up to four times its live size
 * before a full collection when collections look cheap. For 10,000 stories
 * that took the peak RSS from about 68 MiB (100 stories) to 125 MiB while
 * the live heap stayed near 16 MB. Both heuristics read their flag each time
 * they run, so setting it at run time takes effect (`--max-semi-space-size`
 * does not: the young generation's ceiling is fixed when the isolate starts).
 */

/** Inputs from which a run sets the batch heap flags: below, the young generation has not grown. */
export const BATCH_HEAP_MIN_INPUTS = 256;

/**
 * The flags: the young generation keeps the size it has (its growth factor
 * 1: more, cheaper scavenges), and the old generation may grow by a quarter
 * over its live size before the next full collection.
 */
export const BATCH_HEAP_FLAGS: readonly string[] = [
  '--semi-space-growth-factor=1',
  '--heap-growing-percent=25',
];

/**
 * The V8 major versions whose flags these are, checked by hand: V8 prints
 * "unrecognized flag" to stderr for a name it does not know, and a newer
 * release may rename one. Elsewhere the batch runs with V8's defaults.
 */
const KNOWN_V8_MAJORS = new Set([11]);

/**
 * Sets the batch heap flags through `setFlags` (v8.setFlagsFromString) when
 * this V8 (`process.versions.v8`) is one they are known for; returns whether
 * it did.
 */
export function tuneHeapForBatch(v8Version: string, setFlags: (flags: string) => void): boolean {
  const major = Number.parseInt(v8Version, 10);
  if (!KNOWN_V8_MAJORS.has(major)) return false;
  for (const flag of BATCH_HEAP_FLAGS) setFlags(flag);
  return true;
}
