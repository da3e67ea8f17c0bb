import { VERSION_WORDS } from '../lexicon/wire-header.js';
import { charsIn, isSpace, trimEndWhere } from '../text/trim.js';
import type { Transmission } from '../types.js';

const isSlash = charsIn('/');

/** What a header parser read: the fields, and the header text it could not place. */
export interface ParsedHeader {
  transmission: Transmission;
  /** Header text no field took; the splitter reports it under `removed`. */
  leftovers: string[];
}

/** A transmission with every field empty. */
export function emptyTransmission(): Transmission {
  return {
    service: null,
    storyNumber: null,
    selector: null,
    priority: null,
    category: null,
    format: null,
    slug: null,
    version: null,
    reference: null,
    wordCount: null,
    date: null,
    trailer: null,
    codes: {},
  };
}

const nonEmpty = (text: string | undefined): string | null =>
  text === undefined || text.trim() === '' ? null : text.trim();

/** ANPA first header line: service letter, story number, optional extra field, US, selector. */
// The service letter is read only before a story number: a word is kept whole.
const ANPA_FIRST = /^(?:([A-Za-z])(?=\d))?(\d{0,4})(?!\d)([^\u001f\n]{0,15})\u001f([^\n]*)$/u;
/** ANPA second header line: priority, category, optional format bytes, then the keyword region. */
// Each code stands apart (a space, the format bytes or the end follow it), so no
// field cuts a word of the header in two.
const ANPA_SECOND = /^(\S) (\S)(?=[\u0013\u0014 ]|$)([\u0013\u0014][\u0011\u0012])? ?(.*)$/u;
/** The end of the keyword region: filing date and word count. */
const ANPA_DATE_COUNT = /^(.*?)(?:^| )(\d{1,2}-\d{1,2}) +(\d{1,5})$/u;

/** Names the ANPA format identifier: DC3/DC4 (body type/agate) and DC1/DC2 (text/tabular). */
function anpaFormat(bytes: string | undefined): string | null {
  if (!bytes) return null;
  const agate = bytes.charCodeAt(0) === 0x14;
  const tabular = bytes.charCodeAt(1) === 0x12;
  return `${agate ? 'agate' : 'body'}-${tabular ? 'tabular' : 'text'}`;
}

/** Header lines are short; longer ones are not parsed (and stay linear to scan). */
const MAX_HEADER_LINE = 200;

/** Strips framing bytes that may pad a header line (SYN, ENQ, DEL, spaces at the ends). */
function cleanLine(line: string): string {
  // A space, not nothing: padding between two words must not join them.
  return line.replace(/[\u0005\u0007\u000c\u0016\u007f]/gu, ' ').trim();
}

/** True for a line short enough to be a header line. */
const short = (line: string): boolean => line.length <= MAX_HEADER_LINE;

const versionWord = `(?:\\d+(?:st|nd|rd|th))?(?:${VERSION_WORDS.join('|')})`;
const VERSION = new RegExp(`^${versionWord}(?:-?${versionWord})*$`, 'i');

/**
 * Splits the keyword region of an ANPA header into slug, version and
 * reference: single spaces separate them and an empty version leaves two
 * spaces in a row (docs/wire-formats.md §1.1). A token after the slug that
 * is not a version word still belongs to the slug (`AM-COFFEE-IVORY COAST`).
 */
function splitKeyword(region: string, transmission: Transmission): void {
  const parts = region.split(' ');
  let slugEnd = 1;
  while (slugEnd < parts.length && parts[slugEnd] !== '' && !VERSION.test(parts[slugEnd] ?? '')) {
    slugEnd++;
  }
  // More than one token after the slug: the last ones are version and reference.
  if (slugEnd === parts.length && parts.length > 2) slugEnd = 1;
  transmission.slug = nonEmpty(parts.slice(0, slugEnd).join(' '));
  transmission.version = nonEmpty(parts[slugEnd]);
  transmission.reference = nonEmpty(parts.slice(slugEnd + 1).join(' '));
}

/** Reads the ANPA-1312 header (the text between SOH and STX). */
export function parseAnpaHeader(header: string): ParsedHeader {
  const transmission = emptyTransmission();
  const leftovers: string[] = [];
  const lines = header.split('\n').map(cleanLine);
  const taken = new Set<number>();
  const firstIndex = lines.findIndex((line) => short(line) && ANPA_FIRST.test(line));
  const first = firstIndex < 0 ? null : ANPA_FIRST.exec(lines[firstIndex] as string);
  if (first) {
    taken.add(firstIndex);
    transmission.service = nonEmpty(first[1]);
    transmission.storyNumber = nonEmpty(first[2]);
    const extra = nonEmpty(first[3]);
    if (extra) leftovers.push(extra);
    transmission.selector = nonEmpty(first[4]);
  }
  for (const [index, line] of lines.entries()) {
    if (taken.has(index) || !short(line)) continue;
    const second = ANPA_SECOND.exec(line);
    const tail = second ? ANPA_DATE_COUNT.exec(trimEndWhere(second[4] ?? '', isSpace)) : null;
    if (!second || !tail) continue;
    taken.add(index);
    transmission.priority = nonEmpty(second[1]);
    transmission.category = nonEmpty(second[2]);
    transmission.format = anpaFormat(second[3]);
    splitKeyword(tail[1] ?? '', transmission);
    transmission.date = nonEmpty(tail[2]);
    transmission.wordCount = tail[3] ? Number(tail[3]) : null;
    break;
  }
  for (const [index, line] of lines.entries()) {
    if (taken.has(index)) continue;
    const text = line.replace(/[\u0000-\u001f]/g, ' ').trim();
    if (text !== '') leftovers.push(text);
  }
  return { transmission, leftovers };
}

/** IPTC 7901 header line: source + number, priority, category, word count, optional info. */
const IPTC_FIRST = /^([A-Za-z]+)(\d+)\s+(\S)\s+([A-Za-z]{1,3})\s+(\d+)(?:\s+(.*))?$/u;

/**
 * Reads the IPTC 7901 header: the SOH line, then the keyword (slug) lines
 * that end with `/` (docs/wire-formats.md §1.2).
 */
export function parseIptcHeader(header: string): ParsedHeader {
  const transmission = emptyTransmission();
  const leftovers: string[] = [];
  const lines = header.split('\n').map(cleanLine);
  let index = 0;
  while (index < lines.length && lines[index] === '') index++;
  const firstLine = lines[index] ?? '';
  const first = short(firstLine) ? IPTC_FIRST.exec(firstLine) : null;
  if (first) {
    transmission.service = nonEmpty(first[1]);
    transmission.storyNumber = nonEmpty(first[2]);
    transmission.priority = nonEmpty(first[3]);
    transmission.category = nonEmpty(first[4]);
    transmission.wordCount = first[5] ? Number(first[5]) : null;
    const info = (first[6] ?? '').trim().split(/\s+/);
    // Routing letters (`vvvvb`, `ccccb`) lead the optional info; the sender's own numbering follows.
    if (/^[a-z]+$/.test(info[0] ?? '')) transmission.selector = info.shift() ?? null;
    transmission.reference = nonEmpty(info.join(' '));
    index++;
  }
  const slugs: string[] = [];
  for (const line of lines.slice(index)) {
    const text = line.replace(/[\u0000-\u001f]/g, ' ').trim();
    if (text === '') continue;
    if (text.endsWith('/')) slugs.push(trimEndWhere(text, isSlash));
    else leftovers.push(text);
  }
  transmission.slug = slugs.length > 0 ? slugs.join('/') : null;
  return { transmission, leftovers };
}

/**
 * The year a trailer gives: AP `AP-WF-05-14-24 1932GMT`, IPTC 7901
 * `141530 GMT May 24`, Canadian Press `16:35ET 31-10-14`. Two-digit years
 * from 70 up are read as 19xx.
 */
export function trailerYear(trailer: string | null): number | null {
  if (!trailer) return null;
  const match =
    /\b\d{1,2}-\d{1,2}-(\d{2}|\d{4})\b/.exec(trailer) ??
    /\bGMT\s+\p{L}{3,9}\.?\s+(\d{2}|\d{4})\b/u.exec(trailer);
  if (!match?.[1]) return null;
  const year = Number(match[1]);
  if (match[1].length === 4) return year;
  return year >= 70 ? 1900 + year : 2000 + year;
}

/** The selector line of an ANPA header as printed in plain text: lower-case priority and category. */
const PLAIN_SELECTOR = /^[a-z] [a-z] \S/u;

/**
 * Reads an ANPA selector line printed as text above a story (`r i
 * AM-Israel 1stLd-Writethru 01-02 0612`): priority, category, keyword,
 * version, filing date and word count; null for any other line.
 */
export function parseSelectorLine(line: string): Transmission | null {
  const text = line.trim();
  if (!short(text) || !PLAIN_SELECTOR.test(text)) return null;
  const second = ANPA_SECOND.exec(text);
  const tail = second ? ANPA_DATE_COUNT.exec(trimEndWhere(second[4] ?? '', isSpace)) : null;
  if (!second || !tail) return null;
  const transmission = emptyTransmission();
  transmission.priority = nonEmpty(second[1]);
  transmission.category = nonEmpty(second[2]);
  splitKeyword((tail[1] ?? '').replace(/ {2,}$/u, ''), transmission);
  transmission.date = nonEmpty(tail[2]);
  transmission.wordCount = tail[3] ? Number(tail[3]) : null;
  return transmission;
}
