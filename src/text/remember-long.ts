/**
 * Remembers a pure function's answers for its last few long texts. Most
 * readers look at the same few blocks at the top of a story, each in its own
 * way, so a story that is one long block was squashed or counted a dozen
 * times over. Comparing a string with itself is one pointer test, and short
 * texts (cheap to answer again) are not remembered at all.
 */
export function rememberLong<T>(
  compute: (text: string) => T,
  from = 512,
  count = 4,
): (text: string) => T {
  /** The last long texts and their answers, most recent first. */
  const remembered: { text: string; value: T }[] = [];
  return (text) => {
    if (text.length < from) return compute(text);
    for (const entry of remembered) if (entry.text === text) return entry.value;
    const value = compute(text);
    remembered.unshift({ text, value });
    if (remembered.length > count) remembered.pop();
    return value;
  };
}
