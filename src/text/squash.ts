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

function isWhiteSpace(code: number, char: string): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(char);
}

/**
 * {@link squash} for callers that only want short text: null as soon as the
 * result would pass `max` characters, so a long block costs no more than `max`.
 */
export function squashWithin(text: string, max: number): string | null {
  let out = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (isWhiteSpace(text.charCodeAt(index), char)) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char;
    if (out.length > max) return null;
  }
  return out;
}
