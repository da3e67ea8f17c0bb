import { NOTE_PREFIXES, NOTE_VERBS } from '../../lexicon/notes.js';
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

/** True for an editorial note: `(Updates with …)`, `Eds: …`, `(ATTN: …)`. */
export function isEditorialNote(text: string): boolean {
  if (!MAY_BE_NOTE.test(text)) return false;
  const flat = squash(text);
  return flat.length <= 600 && (PARENTHESISED.test(flat) || PREFIXED.test(flat));
}
