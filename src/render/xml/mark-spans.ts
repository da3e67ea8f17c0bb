import type { XmlChild, XmlElement } from './element.js';

/** A piece of a text to wrap in an element, looked for in order. */
export interface Span {
  text: string | null | undefined;
  wrap: (found: string) => XmlElement;
}

/** Where `needle` stands in `text` from `from`: exactly, else ignoring case; -1 when absent. */
function find(text: string, needle: string, from: number): number {
  const exact = text.indexOf(needle, from);
  if (exact >= 0) return exact;
  const lower = text.toLowerCase();
  const lowerNeedle = needle.toLowerCase();
  // Case folding that changes a length would shift every offset after it.
  if (lower.length !== text.length || lowerNeedle.length !== needle.length) return -1;
  return lower.indexOf(lowerNeedle, from);
}

/**
 * Mixed content for `text` with each span, where found (in order, after the
 * last one found), wrapped in its element. The text read back from the
 * result is `text` itself: spans only add markup around what is there.
 */
export function markSpans(text: string, spans: Span[]): XmlChild[] {
  const out: XmlChild[] = [];
  let position = 0;
  for (const span of spans) {
    if (!span.text) continue;
    const at = find(text, span.text, position);
    if (at < 0) continue;
    out.push(text.slice(position, at), span.wrap(text.slice(at, at + span.text.length)));
    position = at + span.text.length;
  }
  out.push(text.slice(position));
  return out;
}
