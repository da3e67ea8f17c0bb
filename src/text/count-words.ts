/** Word counting, as stats, headlines and bylines measure text. */

import { rememberLong } from './remember-long.js';
import { isLetterOrDigit } from './word-character.js';

/** Length in code units of the letter or digit at `index`, or 0 when there is none. */
function wordCharacterAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    // In ASCII, \p{L} and \p{N} are exactly A-Z, a-z and 0-9.
    return (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
      ? 1
      : 0;
  }
  if (Number.isNaN(code)) return 0;
  const point = text.codePointAt(index) as number;
  return isLetterOrDigit(point) ? (point > 0xffff ? 2 : 1) : 0;
}

function isJoiner(code: number): boolean {
  // ' ’ . -
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

/**
 * Counts words: runs of letters or digits, joined by single `'`, `’`, `.`
 * or `-` (so `O'Brien`, `U.S` and `well-known` are one word each). The same
 * count as `/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu`, by a scan that is
 * several times faster on long bodies.
 */
export const countWords: (text: string) => number = rememberLong((text) =>
  scanWords(text, Number.POSITIVE_INFINITY),
);

/**
 * Counts words like {@link countWords}, but stops at `limit + 1`: enough to
 * tell "more than limit" without walking a whole long block. A scan, not the
 * regular expression: on a word of ten million joined pieces (`a.a.a.…`) its
 * backtracking overflowed the stack.
 */
export function countWordsUpTo(text: string, limit: number): number {
  return scanWords(text, limit + 1);
}

/** The words of `text`, counted up to `stopAt`. */
function scanWords(text: string, stopAt: number): number {
  let count = 0;
  let index = 0;
  const end = text.length;
  while (index < end && count < stopAt) {
    let width = wordCharacterAt(text, index);
    if (width === 0) {
      index++;
      continue;
    }
    count++;
    for (;;) {
      while (width > 0) {
        index += width;
        width = wordCharacterAt(text, index);
      }
      if (!isJoiner(text.charCodeAt(index))) break;
      width = wordCharacterAt(text, index + 1);
      if (width === 0) break;
      index++;
    }
  }
  return count;
}

/**
 * Counts the words of several texts as {@link countWords} counts their
 * concatenation, without building it: a word may run on from one text into
 * the next (`end.` and `Start` are one word, `end.Start`, as they are once
 * joined). Used for the body's word count, whose text is every text node of
 * the tree in order.
 */
export function countWordsAcross(texts: readonly string[]): number {
  let count = 0;
  /** 0: between words; 1: in a word; 2: in a word, right after a joiner. */
  let state = 0;
  let previous = '';
  for (const text of texts) {
    // A surrogate pair split between two texts is one character once joined:
    // too rare to scan for; the joined text is counted instead.
    if (isHighSurrogate(previous.charCodeAt(previous.length - 1)) && text !== '')
      return countWords(texts.join(''));
    if (text !== '') previous = text;
    let index = 0;
    const end = text.length;
    while (index < end) {
      const width = wordCharacterAt(text, index);
      if (width > 0) {
        if (state === 0) count++;
        state = 1;
        index += width;
        continue;
      }
      state = state === 1 && isJoiner(text.charCodeAt(index)) ? 2 : 0;
      index++;
    }
  }
  return count;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
