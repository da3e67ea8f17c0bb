import { MONTHS } from '../../lexicon/months.js';
import { RELATIVE_TIME_UNITS, TIME_ZONES, TIMESTAMP_WORDS } from '../../lexicon/timestamps.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { memoByText } from '../../text/memo-by-text.js';
import { isPastFieldLength } from '../field-line.js';

/** A time stamp found in a line: where it is, as written, and its date when one is printed. */
export interface TimestampSpan {
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD` when the stamp prints a full date, else null. */
  isoDate: string | null;
}

// Longest names first, so that `December` wins over `Dec`.
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((name) => {
    const first = name.charAt(0);
    return `[${first.toUpperCase()}${first}]${escapeRegExp(name.slice(1))}`;
  })
  .join('|');

// A month name may follow another word with no space (`ESPNDec 22, 2023`,
// `Kent GermanDec 22, 2023`) when it keeps its capital.
const MONTH_FIRST = new RegExp(
  `(?:(?<!\\p{L})|(?<=\\p{L})(?=\\p{Lu}))(?<month>${MONTH_NAMES})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s*(?<year>(?:19|20)\\d\\d))?`,
  'u',
);
const DAY_FIRST = new RegExp(
  `(?<!\\d)(?<day>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?<month>${MONTH_NAMES})\\.?,?\\s+(?<year>(?:19|20)\\d\\d)`,
  'u',
);
const ISO_DATE = /(?<!\d)(?<year>(?:19|20)\d\d)[-/](?<month>\d\d)[-/](?<day>\d\d)(?!\d)/;
/** `2019年04月13日`: year, month and day in an East Asian script. */
const HAN_DATE =
  /(?<!\d)(?<year>(?:19|20)\d\d)\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日/u;
const NUMERIC_DATE = /(?<!\d)(?<a>\d{1,2})[-/.](?<b>\d{1,2})[-/.](?<year>(?:19|20)\d\d)(?!\d)/;
const TIME = /(?<!\d)\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm](?!\p{Ll})\.?)?/u;
// The number starts where no digit stands before it: otherwise every digit
// of a long run would start a match that reads the rest of the run (quadratic).
const RELATIVE = new RegExp(
  `(?<![\\p{L}\\d])\\d+\\s*(?:${RELATIVE_TIME_UNITS.join('|')})\\.?\\s+ago\\b`,
  'iu',
);

/** The patterns a stamp's core is found by: each of them needs a figure. */
export const STAMP_PATTERNS: readonly RegExp[] = [
  MONTH_FIRST,
  DAY_FIRST,
  ISO_DATE,
  HAN_DATE,
  NUMERIC_DATE,
  TIME,
  RELATIVE,
];

/** A figure, as `\d` reads one in {@link STAMP_PATTERNS}. */
const ANY_DIGIT = /\d/;

const STAMP_WORDS = new Set(TIMESTAMP_WORDS);
const ZONES = new Set(TIME_ZONES);

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface Core {
  start: number;
  end: number;
  isoDate: string | null;
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

/** The first printed date (or, failing that, a time or a relative stamp) in a line. */
function findCore(text: string): Core | null {
  const found: Core[] = [];
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst?.groups) {
    const { month, day, year } = monthFirst.groups;
    found.push({
      start: monthFirst.index,
      end: monthFirst.index + monthFirst[0].length,
      isoDate: year ? iso(Number(year), monthNumber(month), Number(day)) : null,
    });
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst?.groups) {
    const { month, day, year } = dayFirst.groups;
    found.push({
      start: dayFirst.index,
      end: dayFirst.index + dayFirst[0].length,
      isoDate: iso(Number(year), monthNumber(month), Number(day)),
    });
  }
  const isoMatch = ISO_DATE.exec(text);
  if (isoMatch?.groups) {
    const { year, month, day } = isoMatch.groups;
    found.push({
      start: isoMatch.index,
      end: isoMatch.index + isoMatch[0].length,
      isoDate: iso(Number(year), Number(month), Number(day)),
    });
  }
  const han = HAN_DATE.exec(text);
  if (han?.groups) {
    const { year, month, day } = han.groups;
    found.push({
      start: han.index,
      end: han.index + han[0].length,
      isoDate: iso(Number(year), Number(month), Number(day)),
    });
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric?.groups) {
    const a = Number(numeric.groups.a);
    const b = Number(numeric.groups.b);
    // Month first, as US pages print it, unless the first number cannot be a month.
    const [month, day] = a > 12 ? [b, a] : [a, b];
    found.push({
      start: numeric.index,
      end: numeric.index + numeric[0].length,
      isoDate: iso(Number(numeric.groups.year), month, day),
    });
  }
  if (found.length > 0) return found.sort((x, y) => x.start - y.start)[0] ?? null;
  for (const pattern of [TIME, RELATIVE]) {
    const match = pattern.exec(text);
    if (match) return { start: match.index, end: match.index + match[0].length, isoDate: null };
  }
  return null;
}

/** Splits glued words apart (`PublishedFriday`, `at1:39`, `11:15AM`). */
function parts(token: string): string[] {
  return token
    .replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')
    .replace(/(\p{L})(?=\d)/gu, '$1 ')
    .replace(/(\d)(?=\p{L})/gu, '$1 ')
    .split(' ')
    .filter((part) => part !== '');
}

/** True for a word that may stand in a time stamp around its date. */
function isStampToken(token: string): boolean {
  const bare = token.replace(/[,;:]+$/, '');
  if (bare === '') return true;
  return parts(bare).every((part) => {
    const lower = part.toLowerCase();
    return (
      STAMP_WORDS.has(lower) ||
      STAMP_WORDS.has(lower.replace(/\.$/, '')) ||
      ZONES.has(part.replace(/\.$/, '')) ||
      /^\d{1,2}(?::\d\d){1,2}$/.test(part) ||
      /^\d{1,2}(?::\d\d)?[ap]\.?m\.?$/i.test(part) ||
      /^\(?\d{1,2}(?::\d\d)?\)?$/.test(part)
    );
  });
}

const SEPARATOR = /^[\s|/•·,–—-]*$/u;

/**
 * Finds a time stamp in a line: a printed date with the words around it
 * that belong to it (`Updated`, `at 7:35 PM`, `ET`), or a time or relative
 * stamp (`3 hours ago`) when no date is printed.
 */
export function findTimestamp(text: string): TimestampSpan | null {
  // Every form of a stamp holds a figure (a day, a year, a time, `3 hours ago`):
  // a line without one is refused by one native scan, not by seven patterns.
  if (!ANY_DIGIT.test(text)) return null;
  const core = findCore(text);
  if (!core) return null;
  let { start, end } = core;
  const tokens = [...text.matchAll(/[^\s|/•·–—,]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
  // Grow to the right over stamp words, then to the left.
  for (const token of tokens) {
    if (token.end <= end) continue;
    if (token.start < end) {
      end = token.end;
      continue;
    }
    // A bar or slash after the stamp opens the next piece (`… | UPDATED: …`).
    const gap = text.slice(end, token.start);
    if (!SEPARATOR.test(gap) || /[|/]/.test(gap) || !isStampToken(token.text)) break;
    end = token.end;
  }
  for (const token of [...tokens].reverse()) {
    if (token.start >= start) continue;
    if (token.end > start) break;
    if (!SEPARATOR.test(text.slice(token.end, start)) || !isStampToken(token.text)) break;
    start = token.start;
  }
  return { start, end, text: text.slice(start, end), isoDate: core.isoDate };
}

/**
 * Reads a line that is nothing but time stamps (`December 22, 2023 at 7:35 PM`,
 * `Published … | Updated …`) and returns the first, else null. Callers read
 * the answer and never change it: it is shared (see {@link readStampLine}).
 */
export function parseTimestampLine(text: string): TimestampSpan | null {
  if (isPastFieldLength(text)) return null;
  return readStampLine(text, stampLines);
}

/** The context {@link readStampLine} answers are kept under (it needs no lexicon). */
const stampLines = {};

/**
 * {@link parseTimestampLine} remembered by the line's text: the story kind,
 * the headline and byline readers and the time-stamp extractor each ask it
 * of the same blocks at the top of a story, and a paragraph with figures in
 * it runs every date pattern before it is refused.
 */
const readStampLine = memoByText((text: string, _lines: object): TimestampSpan | null => {
  const found = findTimestamp(text);
  if (!found) return null;
  // `PUBLISHED: … | UPDATED: …`: the rest may be further stamps.
  let rest = `${text.slice(0, found.start)} ${text.slice(found.end)}`;
  for (let guard = 0; guard < 3 && !SEPARATOR.test(rest); guard++) {
    const more = findTimestamp(rest);
    if (!more) return null;
    rest = `${rest.slice(0, more.start)} ${rest.slice(more.end)}`;
  }
  return SEPARATOR.test(rest) ? found : null;
});
