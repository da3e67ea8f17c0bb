import { DATELINE_NON_PLACES, type DatelineShape } from '../../lexicon/datelines.js';
import type { Lexicon } from '../../lexicon/index.js';
import { MONTHS } from '../../lexicon/months.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { memoByText } from '../../text/memo-by-text.js';
import { squash } from '../../text/squash.js';

/** A dateline read off the head of a paragraph. */
export interface DatelineMatch {
  /** The dateline as written, separator included (`LONDON, Oct 1 (Reuters) -`). */
  text: string;
  location: string | null;
  date: string | null;
  agency: string | null;
  /** Month and day (and year when written) when the date could be read. */
  month: number | null;
  day: number | null;
  year: number | null;
  /** The agency is a source the agency table does not know, taken as written. */
  unknownAgency?: boolean;
}

const monthAlternation = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** Numeric dates (AFP Arabic `3-7-2024`) and a Japanese day (`５日`) besides month names. */
const NUMERIC_DATE = '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}';
const JAPANESE_DAY = '(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日';
const DATE = `(?:(?:${monthAlternation})\\.?\\s+\\d{1,2}|\\d{1,2}\\.?\\s+(?:${monthAlternation})\\.?)(?:,?\\s+\\d{4})?|${NUMERIC_DATE}|${JAPANESE_DAY}`;
const DATE_ONLY = new RegExp(`^(?:${DATE})\\.?$`, 'iu');
/** A date closing a place with no comma between them (`بيروت 3-7-2024`, `北京　５日`). */
const TRAILING_DATE = new RegExp(`^(?<place>.+?)[\\s\\u3000]+(?<date>${DATE})\\.?$`, 'iu');
const SEPARATOR = '(?:--|—|–|-|_|\\.-|:)';

/** `PLACE, DATE (Agency) -` and its shorter forms; the agency is checked against the lexicon. */
const AGENCY_FORM = new RegExp(
  `^(?<pre>[^()\\n]{0,80}?)\\s*\\((?<agency>[^()\\n]{1,40})\\)\\s*(?<sep>${SEPARATOR})?(?:\\s+|$|(?<=--)(?=\\S))`,
  'u',
);
/** The regular expressions for the agency shapes other than the parenthesised one. */
interface ShapeForms {
  agencyFirst: RegExp | null;
  bare: RegExp | null;
  slashed: RegExp | null;
  wireDashes: RegExp | null;
  unseparated: Set<string>;
}

const shapeCache = new WeakMap<Lexicon, ShapeForms>();

/** The tags, as a RegExp alternation, of the agencies that write a dateline shape. */
function tagsFor(lexicon: Lexicon, shape: DatelineShape): string | null {
  const tags = lexicon.agencies
    .filter((agency) => agency.datelines?.includes(shape))
    .flatMap((agency) => agency.tags)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return tags.length > 0 ? tags.join('|') : null;
}

/** Builds (once per lexicon) the matchers for the dateline shapes its agencies write. */
function shapesOf(lexicon: Lexicon): ShapeForms {
  const cached = shapeCache.get(lexicon);
  if (cached) return cached;
  const first = tagsFor(lexicon, 'agency-first');
  const bare = tagsFor(lexicon, 'bare');
  const slashed = tagsFor(lexicon, 'slashed');
  const dashes = tagsFor(lexicon, 'wire-dashes');
  const unseparated = new Set(
    lexicon.agencies
      .filter((agency) => agency.datelines?.includes('unseparated'))
      .map((agency) => agency.name),
  );
  const forms: ShapeForms = {
    agencyFirst: first
      ? new RegExp(
          `^\\(\\s*(?<agency>${first})\\s*\\)\\s*(?:--|—|–|-)\\s*(?<pre>[^()\\n]{1,60}?)\\s*(?<sep>--|—|–|-)(?:\\s+|$)`,
          'iu',
        )
      : null,
    bare: bare
      ? new RegExp(
          `^(?<pre>[^()\\n]{0,60}?)\\s*\\b(?<agency>${bare})\\s*(?<sep>--|—|–|-)(?:\\s+|$)`,
          'u',
        )
      : null,
    slashed: slashed
      ? new RegExp(
          `^(?<pre>[^()\\n/]{0,80}(?:/[^()\\n/]{1,40})*?)\\s*/(?<agency>${slashed})/\\s*(?<sep>\\.|--|—|–|-)?(?:\\s+|$)`,
          'iu',
        )
      : null,
    wireDashes: dashes
      ? new RegExp(`^(?<pre>[^()\\n]{1,80}?)\\s*--\\s*\\((?<agency>${dashes})\\)\\s*--\\s*`, 'iu')
      : null,
    unseparated,
  };
  shapeCache.set(lexicon, forms);
  return forms;
}

/**
 * The dashes (`--`, `—`, `–`, `-`) and AP's `_`: a pre-test for the forms
 * whose separator is one of them (agency first, wire dashes, bare tag, dated
 * and place-only); the parenthesised, slashed and bracketed forms may go
 * without and are tried regardless.
 */
const ANY_DASH = /[-—–_]/;

/** `PLACE, Mon D -` with no agency (1987 Reuters). */
const DATED_FORM = new RegExp(
  `^(?<pre>\\p{Lu}[^()\\n]{0,60}?),\\s*(?<date>${DATE})\\s*(?<sep>--|—|–|-|_)(?:\\s+|$)`,
  'iu',
);
/** `PLACE —` with no agency and no date: capitals, or one to three capitalised words. */
const PLACE_FORM =
  /^(?<pre>(?:\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s+(?<sep>--|—|–|_|-)\s+/u;

/**
 * The agency a tag names (`Reuters`, `REUTERS`, `tca/dpa`: the last part of
 * a slashed pair), as the agency table calls it; null for none.
 */
export function agencyOfTag(tag: string, lexicon: Lexicon): string | null {
  const parts = tag.split('/').map((part) => part.trim().toLowerCase());
  const named = (key: string) =>
    lexicon.agencies.find((agency) =>
      agency.tags.some((candidate) => candidate.toLowerCase() === key),
    )?.name ?? null;
  // `(Jane Example / Reuters)` is a photo credit, photographer then agency: a part
  // of several words before the slash that names no agency is a person, not a
  // partner's code (`tca/dpa`).
  if (parts.slice(0, -1).some((part) => /\s/.test(part) && named(part) === null)) return null;
  return named(parts.at(-1) ?? '');
}

/** Full-width digits (`５`) as ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));
}

function readDate(date: string): { month: number | null; day: number | null; year: number | null } {
  const plain = asciiDigits(date);
  // Numeric dates are day first (`3-7-2024`), as the agencies that write them do.
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(plain.trim());
  if (numeric)
    return { day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) };
  const japanese = /^(?:(\d{1,2})月)?(\d{1,2})日$/u.exec(plain.trim());
  if (japanese)
    return {
      day: Number(japanese[2]),
      month: japanese[1] ? Number(japanese[1]) : null,
      year: null,
    };
  const words = plain.toLowerCase().match(/[\p{L}]+|\d+/gu) ?? [];
  let month: number | null = null;
  let day: number | null = null;
  let year: number | null = null;
  for (const word of words) {
    if (/^\d{4}$/.test(word)) year = Number(word);
    else if (/^\d{1,2}$/.test(word)) day = Number(word);
    else month = MONTHS[word] ?? month;
  }
  return { month, day, year };
}

const nonPlaces = new Set(DATELINE_NON_PLACES.map((word) => word.toLowerCase()));

/** A place as written: starts with a capital, a few words, no sentence or label inside, not a byline. */
function isPlace(text: string): boolean {
  return (
    !nonPlaces.has(text.toLowerCase()) &&
    // A capital, a digit, or a letter of a script without case (Arabic, Japanese).
    /^[\p{Lu}\p{Lo}\d]/u.test(text) &&
    text.length <= 60 &&
    text.split(/\s+/).length <= 8 &&
    !/[.!?]\s+\p{Ll}/u.test(text) &&
    // A label and what it says (`Eds: Adds background. BERLIN`): a note run into the dateline.
    !/\p{L}:\s/u.test(text) &&
    !/["“”]/.test(text) &&
    // `By Jane Doe LONDON, …` is a byline run into a dateline, not a place.
    !/^by\s/i.test(text)
  );
}

function splitPlaceAndDate(pre: string): { location: string | null; date: string | null } | null {
  // TASS closes the date with a full stop (`October 7.`); a state's (`Ore.`) stays.
  const trimmed = pre
    .trim()
    .replace(/,$/, '')
    .replace(/(\d)\.$/, '$1');
  if (trimmed === '') return { location: null, date: null };
  const parts = trimmed.split(/\s*[,،]\s*/);
  let date: string | null = null;
  // A date may follow the place with no comma (`بيروت 3-7-2024`, `OSAKA March 3`).
  const last = parts.at(-1) ?? '';
  const glued = DATE_ONLY.test(last) ? null : TRAILING_DATE.exec(last);
  if (glued?.groups?.place && glued.groups.date) {
    parts.splice(-1, 1, glued.groups.place, glued.groups.date);
  }
  // The date is the last comma part, or the last two when a year follows (`Oct 7, 2024`).
  const lastTwo = parts.slice(-2).join(', ');
  if (parts.length >= 2 && DATE_ONLY.test(lastTwo) && /\d{4}$/.test(lastTwo)) {
    date = lastTwo;
    parts.splice(-2, 2);
  } else if (DATE_ONLY.test(parts.at(-1) ?? '')) {
    date = parts.pop() ?? null;
  }
  const location = parts.join(', ').trim();
  if (location === '') return { location: null, date };
  if (!isPlace(location)) return null;
  return { location, date };
}

function build(
  text: string,
  location: string | null,
  date: string | null,
  agency: string | null,
): DatelineMatch {
  const parts = date ? readDate(date) : { month: null, day: null, year: null };
  return { text: text.trim(), location, date, agency, ...parts };
}

/** A source's name as a dateline writes it: a few capitalised words or a web domain. */
const SOURCE_NAME =
  /^(?:\p{Lu}[\p{L}\d&.'’-]*|[\p{L}\d-]+\.[\p{L}]{2,6})(?:[\s/]+(?:\p{Lu}[\p{L}\d&.'’-]*|de|du|la|le|der|di|del|of|the|[\p{L}\d-]+\.[\p{L}]{2,6})){0,4}$/u;

/**
 * True when an unknown parenthesised tag after a place reads as a source
 * (a newspaper, a broadcaster, a web domain) rather than an aside or a
 * ticker: a place in capitals or with a date before it; before a place in
 * title case, a source that is not an all-capitals code (`(AAPL)`).
 */
function isUnknownSource(
  tag: string,
  split: { location: string | null; date: string | null },
): boolean {
  const name = tag.trim();
  if (!SOURCE_NAME.test(name) || /\d{3,}/.test(name)) return false;
  if (split.location === null) return split.date !== null;
  const place = split.location.split(/[,/]/)[0] ?? '';
  if (split.date !== null || !/\p{Ll}/u.test(place)) return true;
  return /\p{Ll}|\./u.test(name);
}

/** The bracket pairs Japanese copy puts the place and agency in. */
const BRACKETED = /^[【［[]\s*(?<inner>[^】］\]\n]{1,40}?)\s*[】］\]]\s*(?:[-–—]\s*)?/u;

/**
 * The Japanese dateline at the head of the lead: place, optional day and
 * the agency in brackets, the agency last (`【北京共同】`,
 * `［ニューヨーク　５日　ロイター］`).
 */
function matchBracketed(head: string, lexicon: Lexicon): DatelineMatch | null {
  const match = BRACKETED.exec(head);
  const inner = match?.groups?.inner;
  if (!match || !inner) return null;
  const spaced = inner.replace(/\u3000/g, ' ').trim();
  for (const agency of lexicon.agencies) {
    for (const tag of agency.tags) {
      if (!spaced.endsWith(tag)) continue;
      const rest = spaced.slice(0, spaced.length - tag.length).trim();
      const dated = TRAILING_DATE.exec(rest);
      const location = dated?.groups?.place ?? rest;
      const date = dated?.groups?.date ?? (DATE_ONLY.test(rest) ? rest : null);
      return build(match[0], date === rest ? null : location || null, date, agency.name);
    }
  }
  return null;
}

/**
 * Reads a dateline off the start of a lead paragraph, or returns null.
 * Accepts `PLACE[, qualifier][, date] (AGENCY) sep`, the 1987 Reuters
 * `PLACE, Mon D -`, and `PLACE —` in capitals.
 */
export function matchDateline(text: string, lexicon: Lexicon): Readonly<DatelineMatch> | null {
  return matchHead(text.slice(0, HEAD_CHARS), lexicon);
}

/** How much of a paragraph a dateline is looked for in. */
const HEAD_CHARS = 200;

/**
 * {@link matchDateline} of a paragraph's head, remembered by its text: the
 * story kind, the headline, byline and dateline readers each ask it of the
 * same opening blocks, and a page's headline scorer of every block near the
 * top. Its answers are shared, so they are read-only.
 */
const matchHead = memoByText((head: string, lexicon: Lexicon): DatelineMatch | null => {
  const shapes = shapesOf(lexicon);
  // Each form needs a mark of its own (a dash or AP's `_`, `--`, a slash, a
  // bracket): a head without it is refused before the form's lazy opening is
  // tried at each of its sixty to eighty starts. Most blocks a page reader asks
  // about are refused so.
  const dashed = ANY_DASH.test(head);
  const forms = [
    dashed ? shapes.agencyFirst : null,
    dashed && head.includes('--') ? shapes.wireDashes : null,
    head.includes('/') ? shapes.slashed : null,
    dashed ? shapes.bare : null,
  ];
  for (const form of forms) {
    const match = form?.exec(head);
    if (!match?.groups) continue;
    const agency = agencyOfTag(match.groups.agency ?? '', lexicon);
    const split = splitPlaceAndDate(match.groups.pre ?? '');
    if (agency && split) return build(match[0], split.location, split.date, agency);
  }

  const bracketed = matchBracketed(head, lexicon);
  if (bracketed) return bracketed;

  const agencyMatch = head.includes('(') ? AGENCY_FORM.exec(head) : null;
  if (agencyMatch?.groups) {
    const tag = agencyMatch.groups.agency ?? '';
    const agency = agencyOfTag(tag, lexicon);
    const pre = agencyMatch.groups.pre ?? '';
    const split = splitPlaceAndDate(pre);
    // Most agencies put a separator after the tag; a few (KNA) write none, and a
    // dated dateline (`Lyon, 3 juil 2024 (AFP) Le …`) needs none to be one.
    const separated =
      agencyMatch.groups.sep ||
      pre.trim() === '' ||
      (agency && shapes.unseparated.has(agency)) ||
      split?.date;
    if (agency && separated && split)
      return build(agencyMatch[0], split.location, split.date, agency);
    // A source the table does not know (`PARIS (Le Monde) -`), taken as written.
    if (!agency && agencyMatch.groups.sep && split && isUnknownSource(tag, split)) {
      return {
        ...build(agencyMatch[0], split.location, split.date, squash(tag)),
        unknownAgency: true,
      };
    }
  }

  if (!dashed) return null;
  const dated = head.includes(',') ? DATED_FORM.exec(head) : null;
  if (dated?.groups) {
    const location = (dated.groups.pre ?? '').trim();
    if (isPlace(location)) return build(dated[0], location, dated.groups.date ?? null, null);
  }

  const place = PLACE_FORM.exec(head);
  if (place?.groups) {
    const location = (place.groups.pre ?? '').trim();
    const capitals = !/\p{Ll}/u.test(location.split(',')[0] ?? '');
    // The typewriter stand-ins for a dash (a hyphen; AP's `_`) after a
    // mixed-case phrase are too common in prose to trust (`Money _ how to
    // raise it _ will …`); after capitals they close a dateline (CP's
    // `TORONTO _`). A dateline opens prose: a line of capitals after it is a
    // headline.
    const asciiDash = place.groups.sep === '-' || place.groups.sep === '_';
    const prose = /\p{Ll}/u.test(head.slice(place[0].length, place[0].length + 80));
    if ((!asciiDash || capitals) && prose) {
      if (isPlace(location)) return build(place[0], location, null, null);
    }
  }
  return null;
});
