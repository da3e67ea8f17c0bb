import { countWords } from '../../text/count-words.js';
import { memoByText } from '../../text/memo-by-text.js';
import { squash } from '../../text/squash.js';
import type { Copyright } from '../../types.js';

const OPENING = /^(?:©|\(c\)|copyright\b)/i;
const RIGHTS = /\ball rights reserved\b/i;
/**
 * OPENING or RIGHTS as they would match once white space is squashed, tested
 * on the raw text: most paragraphs fail it, and then need no squashing.
 */
const MAY_BE_NOTICE = /^\s*(?:©|\(c\)|copyright\b)|\ball\s+rights\s+reserved\b/i;

/**
 * Reads a copyright notice (`©2024 Bloomberg L.P.`, `Copyright 2023 The
 * Associated Press. All rights reserved.`), or returns null.
 */
export function parseCopyright(text: string): Omit<Copyright, 'line'> | null {
  if (!MAY_BE_NOTICE.test(text)) return null;
  return readNotice(text, notices);
}

/** The context {@link readNotice} answers are kept under (it needs no lexicon). */
const notices = {};

/**
 * {@link parseCopyright} for a block that may be a notice, remembered by its
 * text: a notice repeats (after every section of a pasted page), and the
 * story kind, the headline shapes and the copyright reader each ask about it.
 * Callers copy the answer, never change it.
 */
const readNotice = memoByText((text: string, _notices: object): Omit<Copyright, 'line'> | null => {
  const flat = squash(text);
  if (!(OPENING.test(flat) || RIGHTS.test(flat)) || countWords(flat) > 40) return null;
  if (!/©|\(c\)|copyright/i.test(flat)) return null;
  const year = /\b(1[89]\d{2}|2\d{3})\b/.exec(flat);
  const bare = flat
    .replace(/\s*Click For Restrictions.*$/i, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(RIGHTS, '')
    .replace(/©|\(c\)|\bcopyright\b/gi, ' ')
    .replace(/\b(1[89]\d{2}|2\d{3})(?:\s*[-–]\s*\d{2,4})?\b/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:-]+/, '')
    .trim();
  // Trailing punctuation goes, but not the full stop of `L.P.` or `Inc.`. Scanned
  // back one character at a time, testing only a short tail: testing the whole
  // holder on each step was quadratic on a long run of dashes.
  let end = bare.length;
  while (end > 0 && /[\s.,;:-]/.test(bare[end - 1] as string)) {
    if (/\b(?:L\.P|Inc|Ltd|Co|Corp|S\.A|N\.V|AG)\.$/.test(bare.slice(Math.max(0, end - 8), end)))
      break;
    end--;
  }
  const holder = bare.slice(0, end);
  return { text: flat, year: year ? Number(year[1]) : null, holder: holder === '' ? null : holder };
});
