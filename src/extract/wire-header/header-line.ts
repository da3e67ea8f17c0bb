import {
  BLOCK_END_LINES,
  HEADER_TAGS,
  KEYWORD_CYCLES,
  MEDIA_REFERENCES,
  SERVICE_LINES,
  TAKE_WORDS,
} from '../../lexicon/wire-header.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { squash } from '../../text/squash.js';

const keywordLine = new RegExp(`^(?:${KEYWORD_CYCLES.map(escapeRegExp).join('|')})-\\S`);
const mediaLine = new RegExp(`^(?:${MEDIA_REFERENCES.map(escapeRegExp).join('|')})\\b`, 'i');
/** A Canadian Press tag line (`HL: …`); group 1 is the tag. */
export const tagLine: RegExp = new RegExp(
  `^(${HEADER_TAGS.map((entry) => escapeRegExp(entry.tag)).join('|')}):`,
);
const takeLine = new RegExp(
  `^(?:\\d+(?:ST|ND|RD|TH)\\s+)?(?:${TAKE_WORDS.map(escapeRegExp).join('|')})$`,
  'i',
);

/** What a header line is, once its marks are off. */
export type HeaderLineKind = 'keyword' | 'media' | 'tag' | 'take' | 'service' | 'end' | 'text';

/**
 * Classifies a header line with its marks removed: the keyword line that
 * repeats the slug, picture references, CP tags, take words, `END`, or text
 * (headline, byline, title, `Eds:` note) left for the other extractors.
 */
export function classifyHeaderLine(text: string, slug: string | null): HeaderLineKind {
  const flat = squash(text);
  // The keyword line repeats the whole slug, give or take spaces and punctuation.
  const key = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (keywordLine.test(flat) || (slug && key(slug) !== '' && key(flat).startsWith(key(slug))))
    return 'keyword';
  if (mediaLine.test(flat)) return 'media';
  if (tagLine.test(flat)) return 'tag';
  if (takeLine.test(flat)) return 'take';
  if (SERVICE_LINES.includes(flat)) return 'service';
  if (BLOCK_END_LINES.includes(flat)) return 'end';
  return 'text';
}
