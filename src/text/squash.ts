/** White space squashing: runs of white space to one space, trimmed. */

import { rememberLong } from './remember-long.js';

/** White space that squashing would change: a run of two, or anything but a plain space. */
const UNSQUASHED = /\s\s|[^\S ]/;

/**
 * Collapses runs of white space to one space and trims. A long text's
 * answer is remembered for the next reader (see {@link rememberLong}).
 */
export const squash: (text: string) => string = rememberLong(squashNow);

function squashNow(text: string): string {
  // Most text is already squashed; testing is far cheaper than rebuilding it.
  return UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** True for the white space `\s` matches, at a code unit of the text. */
function isWhiteSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(text[index] as string);
}

/**
 * {@link squash} for callers that only want short text: null as soon as the
 * result would pass `max` characters, so a long block costs no more than `max`.
 * The squashed length is counted first and the text squashed only when it
 * fits: no string is built for a block that is refused.
 */
export function squashWithin(text: string, max: number): string | null {
  // Squashing never lengthens a text.
  if (text.length <= max) return squash(text);
  let length = 0;
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    if (isWhiteSpaceAt(text, index)) {
      pendingSpace = length > 0;
      continue;
    }
    length += pendingSpace ? 2 : 1;
    pendingSpace = false;
    if (length > max) return null;
  }
  return squash(text);
}
