import {
  CURRENCY_MARKS,
  NOTE_ACTIONS,
  NOTE_PREFIXES,
  NOTE_SUBJECTS,
  NOTE_VERBS,
} from '../../lexicon/notes.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { squash } from '../../text/squash.js';

const verbs = NOTE_VERBS.map(escapeRegExp).join('|');
const PARENTHESISED = new RegExp(
  `^\\((?:${verbs})(?:\\s|$)[^()]*(?:\\([^()]*\\)[^()]*)*\\)\\.?$`,
  'u',
);
const PREFIXED = new RegExp(`^\\(?(?:${NOTE_PREFIXES.map(escapeRegExp).join('|')})\\s`, 'iu');
/**
 * Both forms open with `(` or a prefix's first character. Tested on the raw
 * text (its first non-space character is the squashed text's first), it
 * spares squashing every paragraph of the story.
 */
const MAY_BE_NOTE = new RegExp(
  `^\\s*(?:\\(|${NOTE_PREFIXES.map((prefix) => escapeRegExp(Array.from(prefix)[0] ?? '')).join('|')})`,
  'iu',
);
/** A correction note: an item word, then an action within its first words. */
const STORY_NOTE = new RegExp(
  `^\\(\\(?[^()]{0,80}?\\b(?:${NOTE_SUBJECTS.join('|')})\\b[^()]{0,80}?\\b(?:${NOTE_ACTIONS.join('|')})\\p{L}*[^()]*\\)?\\)\\.?$`,
  'iu',
);
const currency = CURRENCY_MARKS.map(escapeRegExp).join('|');
const CURRENCY_SIDE = `[^()=]{0,12}?(?:${currency})[^()=]{0,24}?`;
/** `($1 = 0.91 euros)`: an amount in one currency and its worth in another. */
const CURRENCY_NOTE = new RegExp(
  `^\\((?=[^()=]*\\d[^()=]*=[^()=]*\\d)${CURRENCY_SIDE}=${CURRENCY_SIDE}\\)\\.?$`,
  'iu',
);

/** True for an editorial note: `(Updates with …)`, `Eds: …`, `(ATTN: …)`, a correction or currency note. */
export function isEditorialNote(text: string): boolean {
  if (!MAY_BE_NOTE.test(text)) return false;
  const flat = squash(text);
  return (
    flat.length <= 600 &&
    (PARENTHESISED.test(flat) ||
      PREFIXED.test(flat) ||
      STORY_NOTE.test(flat) ||
      CURRENCY_NOTE.test(flat))
  );
}

/**
 * The length of an editorial note in parentheses that opens a paragraph and
 * has more text after it (a Reuters correction lead: `(This version of the
 * story corrects …) By NAME WASHINGTON (Reuters) - …`), or 0.
 */
export function leadingNoteLength(text: string): number {
  const start = text.length - text.trimStart().length;
  if (text[start] !== '(') return 0;
  // The note's closing parenthesis: balanced, within a note's length.
  let depth = 0;
  const limit = Math.min(text.length, start + 600);
  for (let index = start; index < limit; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') {
      depth--;
      if (depth === 0) {
        const end = index + 1;
        if (text.slice(end).trim() === '') return 0;
        return isEditorialNote(text.slice(start, end)) ? end : 0;
      }
    }
  }
  return 0;
}
