/**
 * The head stack: the lines above a story's lead. Wire copy stacks the
 * headline, editor's notes, photo references, the byline and its role line
 * there without blank lines (AP in 1989, and many agencies since); each is
 * a block of its own, though a headline or a note may run over two lines.
 */
import { HEAD_ADVISORIES } from '../lexicon/head-stack.js';
import { LANGUAGES } from '../lexicon/languages/index.js';
import { NAME_PARTICLES } from '../lexicon/names.js';
import { NOTE_PREFIXES } from '../lexicon/notes.js';
import {
  KEYWORD_CYCLES,
  MEDIA_REFERENCES,
  SERVICE_LINES,
  TAKE_WORDS,
} from '../lexicon/wire-header.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import type { SourceLines } from './source-lines.js';

/** Most lines a head stack holds; a longer first block is the story itself. */
const MAX_HEAD_LINES = 16;

/** Words that join names in a byline without a capital (`and`, `van der`), in every language. */
const NAME_JOINERS = new Set([
  ...NAME_PARTICLES,
  ...LANGUAGES.flatMap((language) => language.nameJoiners),
  '&',
]);
/** Words that open a byline (`By`), in every language, as written and in capitals. */
const BYLINE_WORDS = LANGUAGES.flatMap((language) =>
  language.bylineWords.flatMap((word) => [word, word.toUpperCase()]),
);
const BYLINE_LINE = new RegExp(
  `^(?:${BYLINE_WORDS.map(escapeRegExp).join('|')}):?\\s+(\\S.*)$`,
  'u',
);

const cycles = KEYWORD_CYCLES.map(escapeRegExp).join('|');
const OPENER = new RegExp(
  `^(?:(?:${[
    ...BYLINE_WORDS,
    ...HEAD_ADVISORIES.map((advisory) => advisory.phrase),
    ...MEDIA_REFERENCES,
    ...TAKE_WORDS,
    ...SERVICE_LINES,
  ]
    .map(escapeRegExp)
    .join('|')})(?=[\\s:\\d]|$)|(?:With\\s+)?(?:${cycles})-\\S)`,
  'u',
);
/** Editor's note prefixes in any case (`Eds:`, `EDS:`, `EDs:`), as the notes reader takes them. */
const NOTE_OPENER = new RegExp(`^(?:${NOTE_PREFIXES.map(escapeRegExp).join('|')})`, 'iu');

/** True for a line that opens with an editor's note prefix, in any case (`Eds:`, `EDS:`). */
export function opensWithNotePrefix(text: string): boolean {
  return NOTE_OPENER.test(text);
}

/**
 * True for a line that opens a block of its own in a head stack: a byline,
 * an editor's note, a photo reference, a take word, a keyword line.
 */
export function opensHeadLine(text: string): boolean {
  return OPENER.test(text) || NOTE_OPENER.test(text);
}

/** Most words of a byline line (`By Jane Doe, John Roe and Ann Poe, Bloomberg News`). */
const MAX_BYLINE_WORDS = 12;

/**
 * True for a line that is a byline and nothing more: `By` and capitalised
 * names (`By Jane Doe and John Roe, Reuters`, `BY JOSH BOAK`), which ends
 * its block however short it is; `By the end of the year` is prose.
 */
export function isBylineLine(text: string): boolean {
  const match = BYLINE_LINE.exec(text);
  if (!match) return false;
  const words = (match[1] as string).split(/\s+/);
  return (
    words.length <= MAX_BYLINE_WORDS &&
    words.every(
      (word) => /^\p{Lu}/u.test(word) || NAME_JOINERS.has(word.toLowerCase().replace(/,$/, '')),
    )
  );
}

/**
 * The lines of a story's head stack. The lead is the first line indented
 * more than the story's flush lines (1987 Reuters, 1989 AP); without one,
 * the head is the story's first block of lines when a blank line follows it
 * and more text comes after. Empty when neither holds, or when the lines
 * above the lead are too many to be a head stack.
 */
export function headStack(lines: SourceLines): Set<number> {
  // Index loops, no filtered copy of the lines: this runs over every line of the story.
  let flush = Number.POSITIVE_INFINITY;
  for (let index = 0; index < lines.length; index++)
    if (!lines.isBlank(index)) flush = Math.min(flush, lines.indent(index));
  let lead = -1;
  for (let index = 0; index < lines.length; index++) {
    if (!lines.isBlank(index) && lines.indent(index) > flush) {
      lead = index;
      break;
    }
  }
  const head = new Set<number>();
  if (lead >= 0) {
    for (let index = 0; index < lead; index++) {
      if (lines.isBlank(index)) continue;
      if (head.size === MAX_HEAD_LINES) return new Set();
      head.add(index);
    }
    return head;
  }
  let top = 0;
  while (top < lines.length && lines.isBlank(top)) top++;
  if (top === lines.length) top = -1;
  let firstBlank = top + 1;
  while (firstBlank < lines.length && !lines.isBlank(firstBlank)) firstBlank++;
  if (firstBlank >= lines.length) return new Set();
  let more = false;
  for (let index = firstBlank; index < lines.length && !more; index++) more = !lines.isBlank(index);
  if (!more || firstBlank - top > MAX_HEAD_LINES) return new Set();
  for (let index = top; index < firstBlank; index++) head.add(index);
  return head;
}
