import type { Point } from 'unist';
import type { HeadFields, Removed, SourceInfo, Transmission } from '../types.js';
import {
  ADVISORY_BELLS,
  EOT,
  ETX,
  framingText,
  hasWords,
  SOH,
  STX,
  TABULAR_SPACES,
} from './framing.js';
import { type ParsedHeader, parseAnpaHeader, parseIptcHeader, trailerYear } from './headers.js';
import { LineIndex } from './positions.js';
import { cutTaggedFeed, isTaggedFeed } from './tagged.js';

/** A diagnostic the splitter makes about the framing, with where it points. */
export interface StoryMessage {
  reason: string;
  ruleId: string;
  place: Point;
}

/** One story cut from an input, with where it starts and its transmission header. */
export interface Story {
  text: string;
  /** Where `text` starts in the input, so line numbers stay those of the original. */
  start: Point;
  format: SourceInfo['format'];
  transmission: Transmission | null;
  /** Framing text no header field took (routing lines, stray bytes between stories). */
  removed: Removed[];
  messages: StoryMessage[];
  /** Year the transmission gives (trailer), for datelines without one. */
  year: number | null;
  /** Story fields a field-tagged header names (`$` headline, `BY#` byline …). */
  head?: HeadFields;
}

/** Input formats the splitter understands; `auto` detects framing. */
export type InputFormat = 'auto' | 'text' | 'markdown' | 'anpa' | 'iptc7901';

/** How far into the input `auto` looks for the first SOH. */
const DETECT_WINDOW = 512;

const ANPA_START = /^\s*[A-Za-z]?\d{0,4}[^\u001f\n]{0,15}\u001f/u;
const IPTC_START = /^\s*[A-Za-z]+\d+\s+\S\s+[A-Za-z]{1,3}\s+\d+/u;

/**
 * Tells ANPA-1312 from IPTC-7901 framing by the first header after SOH
 * (ANPA: story number and US; 7901: source, priority, category, word
 * count), or plain text when there is none.
 */
export function detectFraming(text: string): 'anpa' | 'iptc7901' | 'text' {
  const soh = text.indexOf(SOH);
  if (soh < 0 || soh > DETECT_WINDOW) return 'text';
  // Only padding and a routing line may stand before the first header.
  const head = text.slice(soh + 1, soh + 200);
  if (ANPA_START.test(head)) return 'anpa';
  if (IPTC_START.test(head)) return 'iptc7901';
  return text.includes(STX) ? 'anpa' : 'text';
}

/**
 * Splits one decoded input into stories. Plain text and Markdown are one
 * story each; ANPA-1312 and IPTC-7901 captures are split on their framing
 * (SOH header STX text ETX trailer EOT, repeated), each header read into a
 * {@link Transmission}.
 */
export function splitStories(text: string, from: InputFormat = 'auto'): Story[] {
  const framing = from === 'auto' ? detectFraming(text) : from;
  if ((framing === 'anpa' || framing === 'iptc7901') && text.includes(SOH)) {
    return splitTransmissions(text, framing);
  }
  if (from === 'auto' && framing === 'text' && isTaggedFeed(text)) return splitTagged(text);
  return [wholeInput(text, framing, [])];
}

/** The whole input as one story with no transmission header. */
export function wholeInput(
  text: string,
  format: SourceInfo['format'],
  messages: Story['messages'],
): Story {
  return {
    text,
    start: { line: 1, column: 1, offset: 0 },
    format,
    transmission: null,
    removed: [],
    messages,
    year: null,
  };
}

/** Offset of the first character of `text` from `from` that is not padding, or -1. */
function firstWord(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    if (!/[\u0000-\u001f\u007f\s]/u.test(text[index] as string)) return index;
  }
  return -1;
}

function removedFraming(
  text: string,
  from: number,
  to: number,
  reason: string,
  lines: LineIndex,
): Removed | null {
  const piece = text.slice(from, to);
  if (!hasWords(piece)) return null;
  const at = firstWord(text, from, to);
  return { text: framingText(piece), reason, line: lines.line(at < 0 ? from : at) };
}

/**
 * `indexOf` for searches whose start only moves forward: the last answer is
 * reused while it still lies ahead, so a capture with many headers and no
 * STX (or ETX) is scanned once, not once per header.
 */
function forwardFinder(text: string, char: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf(char, from);
    return found;
  };
}

/** Stories cut from transmissions, and framing text no story has taken yet. */
export interface TransmissionPieces {
  stories: Story[];
  /** Framing after the last story's text (and headers with no text), in input order. */
  leftover: Removed[];
}

/**
 * Cuts transmissions into stories; what stands after the last story (framing,
 * headers without text) is returned apart, for the caller to attach. The
 * batch splitter gives it to the last story; the incremental one reports it.
 */
export function cutTransmissions(text: string, format: 'anpa' | 'iptc7901'): TransmissionPieces {
  const lines = new LineIndex(text);
  const findSoh = forwardFinder(text, SOH);
  const findStx = forwardFinder(text, STX);
  const findEtx = forwardFinder(text, ETX);
  const findEot = forwardFinder(text, EOT);
  const findLineEnd = forwardFinder(text, '\n');
  const stories: Story[] = [];
  let pending: Removed[] = [];
  let position = 0;

  for (let soh = findSoh(0); soh >= 0; soh = findSoh(position)) {
    const before = removedFraming(text, position, soh, 'transmission-routing', lines);
    if (before) pending.push(before);
    const next = findSoh(soh + 1);
    const limit = next < 0 ? text.length : next;
    const stx = findStx(soh);
    if (stx < 0 || stx > limit) {
      const header = removedFraming(text, soh + 1, limit, 'transmission-without-text', lines);
      if (header) pending.push(header);
      position = limit;
      continue;
    }
    const messages: StoryMessage[] = [];
    const etxAt = findEtx(stx);
    const etx = etxAt < 0 || etxAt > limit ? -1 : etxAt;
    if (etx < 0) {
      messages.push({
        reason: 'Missing ETX: the story text runs to the next header or the end of input',
        ruleId: 'transmission-framing',
        place: lines.point(stx),
      });
    }
    const bodyEnd = etx < 0 ? limit : etx;
    const eotAt = etx < 0 ? -1 : findEot(etx);
    const hasEot = eotAt >= 0 && eotAt <= limit;
    // Without EOT the trailer is the rest of the ETX line; what follows belongs to the next story.
    const lineEnd = etx < 0 ? -1 : findLineEnd(etx);
    const trailerEnd = hasEot ? eotAt : lineEnd < 0 || lineEnd > limit ? limit : lineEnd;
    const parsed: ParsedHeader =
      format === 'anpa'
        ? parseAnpaHeader(text.slice(soh + 1, stx))
        : parseIptcHeader(text.slice(soh + 1, stx));
    const transmission = parsed.transmission;
    const headerLine = lines.line(soh);
    const removed: Removed[] = [
      ...pending,
      ...parsed.leftovers.map((leftover) => ({
        text: leftover,
        reason: 'transmission-header',
        line: headerLine,
      })),
    ];
    pending = [];
    if (etx >= 0) {
      const trailer = framingText(text.slice(etx + 1, trailerEnd)).replace(/\s*\n\s*/g, ' ');
      // The ANPA `<` closes the line; it is not part of the time stamp.
      transmission.trailer = trailer === '' ? null : trailer.replace(/\s*<$/, '');
    }
    let body = text.slice(stx + 1, bodyEnd);
    body =
      format === 'anpa' ? body.replace(TABULAR_SPACES, ' ') : body.replace(ADVISORY_BELLS, ' ');
    stories.push({
      text: body,
      start: lines.point(stx + 1),
      format,
      transmission,
      removed,
      messages,
      year: trailerYear(transmission.trailer),
    });
    position = hasEot ? eotAt + 1 : etx >= 0 ? trailerEnd : limit;
  }
  const after = removedFraming(text, position, text.length, 'after-transmission', lines);
  if (after) pending.push(after);
  return { stories, leftover: pending };
}

function splitTransmissions(text: string, format: 'anpa' | 'iptc7901'): Story[] {
  const { stories, leftover: pending } = cutTransmissions(text, format);
  const last = stories.at(-1);
  // A loop, not `push(...pending)`: a hostile capture can hold more pieces than a call takes.
  if (last) for (const piece of pending) last.removed.push(piece);
  if (stories.length > 0) return stories;
  // Headers but no text anywhere: one story of the whole input, so nothing is lost.
  return [
    wholeInput(text, format, [
      {
        reason: 'Missing STX: no story text in the transmission, read as plain text',
        ruleId: 'transmission-framing',
        place: { line: 1, column: 1, offset: 0 },
      },
    ]),
  ];
}

/** The body tag that opens a two-letter tagged feed's text (`TX#`), blanked where it stands. */
const BODY_TAG = /^[A-Z]{2}#/u;

/**
 * Splits a field-tagged feed (AAP ZCZC, `TI#`-tagged) into its messages. The
 * text keeps its place in the input; a body tag opening it becomes spaces of
 * the same length, so positions stay true.
 */
function splitTagged(text: string): Story[] {
  const lines = new LineIndex(text);
  const pieces = cutTaggedFeed(text);
  if (pieces.length === 0) return [wholeInput(text, 'text', [])];
  return pieces.map((piece) => {
    let body = text.slice(piece.start, piece.end);
    body = body.replace(BODY_TAG, (tag) => ' '.repeat(tag.length));
    return {
      text: body,
      start: lines.point(piece.start),
      format: 'tagged' as const,
      transmission: piece.transmission,
      removed: piece.removed,
      messages: [],
      year: null,
      head: piece.head,
    };
  });
}
