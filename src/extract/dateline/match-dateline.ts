import { DATELINE_NON_PLACES, type DatelineShape } from '../../lexicon/datelines.js';
import type { Lexicon } from '../../lexicon/index.js';
import { MONTHS } from '../../lexicon/months.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';

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
}

const monthAlternation = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const DATE = `(?:(?:${monthAlternation})\\.?\\s+\\d{1,2}|\\d{1,2}\\.?\\s+(?:${monthAlternation})\\.?)(?:,?\\s+\\d{4})?`;
const DATE_ONLY = new RegExp(`^${DATE}\\.?$`, 'iu');
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
  const key = parts.at(-1) ?? '';
  for (const agency of lexicon.agencies) {
    if (agency.tags.some((candidate) => candidate.toLowerCase() === key)) return agency.name;
  }
  return null;
}

function readDate(date: string): { month: number | null; day: number | null; year: number | null } {
  const words = date.toLowerCase().match(/[\p{L}]+|\d+/gu) ?? [];
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

/** A place as written: starts with a capital, a few words, no sentence inside, not a label. */
function isPlace(text: string): boolean {
  return (
    !nonPlaces.has(text.toLowerCase()) &&
    /^[\p{Lu}\d]/u.test(text) &&
    text.length <= 60 &&
    text.split(/\s+/).length <= 8 &&
    !/[.!?]\s+\p{Ll}/u.test(text) &&
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
  const parts = trimmed.split(/\s*,\s*/);
  let date: string | null = null;
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

/**
 * Reads a dateline off the start of a lead paragraph, or returns null.
 * Accepts `PLACE[, qualifier][, date] (AGENCY) sep`, the 1987 Reuters
 * `PLACE, Mon D -`, and `PLACE —` in capitals.
 */
export function matchDateline(text: string, lexicon: Lexicon): DatelineMatch | null {
  const head = text.slice(0, 200);

  const shapes = shapesOf(lexicon);
  for (const form of [shapes.agencyFirst, shapes.wireDashes, shapes.slashed, shapes.bare]) {
    const match = form?.exec(head);
    if (!match?.groups) continue;
    const agency = agencyOfTag(match.groups.agency ?? '', lexicon);
    const split = splitPlaceAndDate(match.groups.pre ?? '');
    if (agency && split) return build(match[0], split.location, split.date, agency);
  }

  const agencyMatch = AGENCY_FORM.exec(head);
  if (agencyMatch?.groups) {
    const agency = agencyOfTag(agencyMatch.groups.agency ?? '', lexicon);
    const pre = agencyMatch.groups.pre ?? '';
    // Most agencies put a separator after the tag; a few (KNA) write none.
    const separated =
      agencyMatch.groups.sep || pre.trim() === '' || (agency && shapes.unseparated.has(agency));
    if (agency && separated) {
      const split = splitPlaceAndDate(pre);
      if (split) return build(agencyMatch[0], split.location, split.date, agency);
    }
  }

  const dated = DATED_FORM.exec(head);
  if (dated?.groups) {
    const location = (dated.groups.pre ?? '').trim();
    if (isPlace(location)) return build(dated[0], location, dated.groups.date ?? null, null);
  }

  const place = PLACE_FORM.exec(head);
  if (place?.groups) {
    const location = (place.groups.pre ?? '').trim();
    const capitals = !/\p{Ll}/u.test(location.split(',')[0] ?? '');
    // A plain hyphen after a mixed-case phrase is too common in prose to trust,
    // and a dateline opens prose: a line of capitals after it is a headline.
    const prose = /\p{Ll}/u.test(head.slice(place[0].length, place[0].length + 80));
    if ((place.groups.sep !== '-' || capitals) && prose) {
      if (isPlace(location)) return build(place[0], location, null, null);
    }
  }
  return null;
}
