import {
  type FieldTag,
  type TaggedField,
  TWO_LETTER_TAGS,
  ZCZC_END,
  ZCZC_START,
  ZCZC_TAGS,
} from '../lexicon/tagged-feeds.js';
import { blankControls } from '../parse/strip-controls.js';
import type { HeadFields, Removed, Transmission } from '../types.js';
import { emptyTransmission } from './headers.js';
import { LineIndex } from './positions.js';

/** One message cut from a tagged feed. */
export interface TaggedStory {
  /** Offset of the text in the input, and its end. */
  start: number;
  end: number;
  transmission: Transmission;
  head: HeadFields;
  removed: Removed[];
}

/** How far into the input detection looks. */
const DETECT_LINES = 20;

const zczcTags = new Map(ZCZC_TAGS.map((entry) => [entry.tag, entry.field]));
const twoLetterTags = new Map(TWO_LETTER_TAGS.map((entry) => [entry.tag, entry.field]));
const TWO_LETTER = /^([A-Z]{2})#(.*)$/u;
const isStart = (line: string): boolean => line.trim().toUpperCase().split(/\s+/)[0] === ZCZC_START;
const isEnd = (line: string): boolean => line.trim().toUpperCase() === ZCZC_END;

/** Lines of a text with their offsets. */
function linesOf(text: string): Array<{ text: string; offset: number }> {
  const lines: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, offset });
    offset += line.length + 1;
  }
  return lines;
}

/** The tag of a header line and its field, or null for an untagged line. */
function tagOf(
  line: string,
  zczc: boolean,
): { tag: string; field: TaggedField; value: string } | null {
  const two = TWO_LETTER.exec(line);
  if (two) {
    const tag = two[1] as string;
    return { tag, field: twoLetterTags.get(tag) ?? 'code', value: two[2] ?? '' };
  }
  if (!zczc) return null;
  const field = zczcTags.get(line[0] ?? '');
  return field ? { tag: line[0] as string, field, value: line.slice(1) } : null;
}

/**
 * Tells a field-tagged feed from other text by its first lines: a ZCZC
 * line before any text, or at least three two-letter tagged lines
 * (`TI#`, `TX#`) among the first lines, one of them the title or the text.
 */
export function isTaggedFeed(text: string): boolean {
  const lines = text.slice(0, 4000).split('\n').slice(0, DETECT_LINES);
  const first = lines.find((line) => line.trim() !== '');
  if (first !== undefined && isStart(first)) return true;
  const tags = lines.map((line) => TWO_LETTER.exec(line)?.[1]).filter((tag) => tag !== undefined);
  return tags.length >= 3 && (tags.includes('TI') || tags.includes('TX'));
}

/**
 * Sets a transmission field from a tagged line; codes are kept as sent.
 * False when the field was set already (a tag repeated): the first stands.
 */
function setField(
  transmission: Transmission,
  head: HeadFields,
  tag: FieldTag,
  value: string,
  line: number,
): boolean {
  // Header lines are not parsed as text: their control characters are blanked here.
  const text = blankControls(value).text.trim();
  if (text === '') return true;
  switch (tag.field) {
    case 'headline':
    case 'deck':
    case 'byline':
    case 'dateline':
    case 'published':
      if (head[tag.field]) return false;
      head[tag.field] = { text, line };
      return true;
    case 'slug':
    case 'priority':
    case 'category':
    case 'storyNumber':
    case 'service':
      if (transmission[tag.field] !== null) return false;
      transmission[tag.field] = text;
      return true;
    default:
      if (tag.tag in transmission.codes) return false;
      transmission.codes[tag.tag] = text;
      return true;
  }
}

/**
 * Cuts a field-tagged feed into messages: each from a ZCZC line (or the top
 * of the input) to its NNNN line, the next ZCZC line or the end. The tagged
 * header lines give the transmission and the story's head fields; the text
 * is what follows them (for two-letter feeds, from the body tag on, the tag
 * itself blanked out by the caller).
 */
export function cutTaggedFeed(text: string): TaggedStory[] {
  const lines = linesOf(text);
  const index = new LineIndex(text);
  const stories: TaggedStory[] = [];
  let at = 0;
  while (at < lines.length) {
    while (at < lines.length && (lines[at] as { text: string }).text.trim() === '') at++;
    if (at >= lines.length) break;
    const transmission = { ...emptyTransmission() };
    const head: HeadFields = {};
    const removed: Removed[] = [];
    const tags: string[] = [];
    let tagLine = 0;
    const opening = lines[at] as { text: string; offset: number };
    const zczc = isStart(opening.text);
    if (zczc) {
      const id = blankControls(opening.text).text.trim().split(/\s+/).slice(1).join(' ');
      if (id !== '') transmission.reference = id;
      removed.push({
        text: opening.text.trim().split(/\s+/)[0] as string,
        reason: 'transmission-routing',
        line: index.line(opening.offset),
      });
      at++;
    }
    // Header: tagged lines (blank lines between them allowed) up to the first untagged one.
    let bodyStart = -1;
    while (at < lines.length) {
      const line = lines[at] as { text: string; offset: number };
      if (line.text.trim() === '') {
        at++;
        continue;
      }
      if (isEnd(line.text) || (zczc && at > 0 && isStart(line.text))) break;
      const tagged = tagOf(line.text, zczc);
      if (!tagged) {
        bodyStart = line.offset;
        break;
      }
      if (tags.length === 0) tagLine = index.line(line.offset);
      tags.push(tagged.tag);
      if (tagged.field === 'body') {
        // The body tag's line is the first line of text; the caller blanks the tag out.
        bodyStart = line.offset;
        break;
      }
      const kept = setField(
        transmission,
        head,
        { tag: tagged.tag, field: tagged.field },
        tagged.value,
        index.line(line.offset),
      );
      // A tag sent twice: the second line has no field left, and its words are kept.
      if (!kept)
        removed.push({
          text: line.text.trim(),
          reason: 'field-tags',
          line: index.line(line.offset),
        });
      at++;
    }
    // Text: to the NNNN line, the next ZCZC line, or the end.
    let end = text.length;
    let next = lines.length;
    if (bodyStart >= 0) {
      at++;
      while (at < lines.length) {
        const line = lines[at] as { text: string; offset: number };
        if (isEnd(line.text) || isStart(line.text)) break;
        at++;
      }
    }
    const closing = lines[at];
    if (closing && isEnd(closing.text)) {
      removed.push({
        text: closing.text.trim(),
        reason: 'transmission-routing',
        line: index.line(closing.offset),
      });
      end = closing.offset;
      next = at + 1;
    } else if (closing) {
      end = closing.offset;
      next = at;
    }
    // Tags of two letters are words of the input; they are accounted for here.
    const lettered = tags.filter((tag) => /\p{L}/u.test(tag));
    if (lettered.length > 0)
      removed.push({
        text: lettered.map((tag) => `${tag}#`).join(' '),
        reason: 'field-tags',
        line: tagLine,
      });
    stories.push({
      start: bodyStart >= 0 ? bodyStart : end,
      end,
      transmission,
      head,
      removed,
    });
    // A message without a ZCZC line runs to the end, an NNNN line or the next
    // ZCZC line like any other: what follows is another message, never dropped.
    at = next;
  }
  return stories;
}
