/**
 * Longest line a field recogniser (a byline, a time stamp, a label near the
 * top) reads, in characters. A byline or a time stamp is a few dozen
 * characters, so the bound is far above any real one; it keeps the
 * recognisers' patterns (month names with lookbehinds, glued-word splits)
 * from running over a whole page pasted as one line.
 */
export const MAX_FIELD_LINE_CHARS = 2000;

/** True for a line too long to be a field (see {@link MAX_FIELD_LINE_CHARS}). */
export function isPastFieldLength(text: string): boolean {
  return text.length > MAX_FIELD_LINE_CHARS;
}
