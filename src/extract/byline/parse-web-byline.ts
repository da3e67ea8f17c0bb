import type { Lexicon } from '../../lexicon/index.js';
import { LANGUAGES } from '../../lexicon/languages/index.js';
import { NAME_PARTICLES, NAME_SUFFIXES } from '../../lexicon/names.js';
import {
  AUTHOR_ROLE_WORDS,
  BARE_BYLINE_LABELS,
  BYLINE_PREFIXES,
  DOMAIN_ENDINGS,
  NON_AUTHOR_CREDITS,
  PAGE_BYLINE_TRAILERS,
  SITE_WORDS,
} from '../../lexicon/web-bylines.js';
import { countWords } from '../../text/count-words.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { squash } from '../../text/squash.js';
import type { Author } from '../../types.js';
import { findTimestamp, type TimestampSpan } from '../published/timestamp.js';
import { isOrganization } from './organization.js';
import { recaseName } from './recase-name.js';

/** A byline read from a line of a pasted page. */
export interface WebByline {
  authors: Author[];
  /** The line as written; a time stamp glued into it stays, and is also returned apart. */
  text: string;
  /** A time stamp printed on the same line. */
  stamp: TimestampSpan | null;
  /** True when a word like `By` or `Written by` opened it. */
  explicit: boolean;
  /** The desk or site a byline names instead of a person (`Slate Staff`). */
  organization: string | null;
}

/** Page byline openers and every language's byline words, longest first. */
const prefixes = [
  ...new Set([...BYLINE_PREFIXES, ...LANGUAGES.flatMap((language) => language.bylineWords)]),
].sort((a, b) => b.length - a.length);
const pagePrefixes = new Set(BYLINE_PREFIXES);
/** A prefix as a pattern; another language's word (`Di`, `Par`) only as a whole word (not `Director`). */
const prefixPattern = (prefix: string): string =>
  escapeRegExp(prefix).replace(/ /g, '\\s+') + (pagePrefixes.has(prefix) ? '' : '(?=[\\s:])');
const PREFIX = new RegExp(
  `(?:^|\\s)(?<prefix>${prefixes.map(prefixPattern).join('|')})(?::)?(?=\\s|\\p{Lu})\\s*`,
  'iu',
);
const BARE_PREFIX = new RegExp(
  `^(?:${BARE_BYLINE_LABELS.map((label) => escapeRegExp(label).replace(/ /g, '\\s+')).join('|')})\\s*:?$`,
  'i',
);
const CREDIT_BEFORE_BY = new RegExp(`\\b(?:${NON_AUTHOR_CREDITS.join('|')})$`, 'i');
const GLUE_WORDS = ['By', 'Published', 'Updated', 'Posted', ...AUTHOR_ROLE_WORDS];
// `ByThe Associated Press`, `Emma BatyPublished:`, `Miguel CortinaWriter`.
const GLUED = new RegExp(`(?<=\\p{Ll})(?=(?:${GLUE_WORDS.join('|')})(?:\\b|\\p{Lu}))`, 'gu');
// A stamp label glued to a time zone (`ESTUpdated`).
const GLUED_STAMP = /(?<=\p{Lu})(?=(?:Published|Updated|Posted)\b)/gu;
const GLUED_BY = /\bBy(?=\p{Lu}\p{Ll})/gu;
const siteWords = new RegExp(`\\b(?:${SITE_WORDS.join('|')})\\b`, 'i');
/** Job-title words beside a name (`Wellness Writer`). */
export const roleWords = new RegExp(`\\b(?:${AUTHOR_ROLE_WORDS.join('|')})s?\\b`, 'i');
const particles = new Set(NAME_PARTICLES);
const DOMAIN = new RegExp(`\\p{L}\\.(?:${DOMAIN_ENDINGS.map(escapeRegExp).join('|')})\\b`, 'iu');
/** Page furniture trailing a byline's names (`Follow`, `See full bio`). */
export const trailers = new RegExp(
  `(?:\\s|^)(?:${PAGE_BYLINE_TRAILERS.map((word) => escapeRegExp(word).replace(/ /g, '\\s+')).join('|')})(?:\\s*\\(\\d+\\))?\\s*$`,
  'i',
);

/** Puts back the spaces a page lost between inline pieces (`ByThe`, `BatyPublished`). */
export function deglue(text: string): string {
  return text.replace(GLUED_BY, 'By ').replace(GLUED, ' ').replace(GLUED_STAMP, ' ');
}

/** A word that may stand in a person's name. */
function isNameWord(word: string, index: number): boolean {
  if (index > 0 && particles.has(word.toLowerCase())) return true;
  if (index > 0 && (NAME_SUFFIXES[word.toUpperCase()] || /^(?:Jr|Sr)\.?$/.test(word))) return true;
  return /^(?:\p{Lu}\.)+$|^\p{Lu}[\p{L}'’-]*\.?$/u.test(word) && !/\d/.test(word);
}

/** True when a piece of text has the shape of a person's name (`Jordeene B. Lagare`, `JOSH BOAK`). */
export function isNameShaped(text: string, minWords = 1): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  if (words.length < minWords || words.length > 5 || text.length > 50) return false;
  return words.every((word, index) => isNameWord(word, index));
}

/** True for a piece naming a site, desk or organisation rather than a person. */
export function isSite(text: string, lexicon: Lexicon): boolean {
  return isOrganization(text, lexicon) || siteWords.test(text) || DOMAIN.test(text);
}

/** Cuts a role (`Wellness Writer`, `Globe Staff`) or credentials (`MS`, `RDN`) off a name. */
function stripRole(piece: string): string {
  const words = piece.split(/\s+/).filter((word) => word !== '');
  let cut = words.findIndex(
    (word, index) => index >= 2 && (roleWords.test(word) || siteWords.test(word)),
  );
  if (cut < 0) cut = words.length;
  let kept = words.slice(0, cut);
  // A role qualified by a word (`Globe Staff`): names rarely run past two words
  // unless an initial, a particle or a suffix is among them.
  if (cut < words.length && kept.length > 2) {
    const plain = kept.every((word, index) => index === 0 || !/^\p{Lu}\.$/u.test(word));
    if (plain) kept = kept.slice(0, 2);
  }
  while (
    kept.length > 2 &&
    /^\p{Lu}{2,4}$/u.test(kept.at(-1) ?? '') &&
    !NAME_SUFFIXES[kept.at(-1) ?? '']
  )
    kept = kept.slice(0, -1);
  return kept.join(' ');
}

function splitPieces(text: string): string[] {
  return text
    .replace(/\S+@\S+\.\S+|@\w+|https?:\/\/\S+/g, ' | ')
    .split(/\s*(?:\||\s[-–—/·•]\s|\/$|\s\/|\s{2,}|\bOn\b|\bon\b(?=\s*\|))\s*/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

/**
 * Reads the authors out of one line of a pasted page: `By A and B`,
 * `By: A, B - @handle`, `A, Site - Dec 21, 2023`, `A | December 22, 2023`,
 * `ByThe Associated Press`. A time stamp on the line is returned apart,
 * never as part of a name. Without an opening `By`, only a line of person
 * names (optionally with a role or a site) is read; the caller decides from
 * the context whether it is a byline.
 */
export function parseWebByline(text: string, lexicon: Lexicon): WebByline | null {
  let line = deglue(text.replace(/^[\s•·|]+/u, '')).trim();
  if (line === '' || line.length > 200) return null;
  const stamp = findTimestamp(line);
  if (stamp) line = `${line.slice(0, stamp.start)}  ${line.slice(stamp.end)}`;
  // `Published …Updated …`: a second stamp goes too, it is never a name.
  for (let guard = 0; stamp && guard < 3; guard++) {
    const more = findTimestamp(line);
    if (!more || more.isoDate === null) break;
    line = `${line.slice(0, more.start)}  ${line.slice(more.end)}`;
  }
  let explicit = false;
  const prefix = PREFIX.exec(line);
  if (prefix) {
    const before = line.slice(0, prefix.index).replace(/^[\s|/•·,–—-]+|[\s|/•·,–—-]+$/gu, '');
    const firstName = /^\S+/.exec(line.slice(prefix.index + prefix[0].length))?.[0] ?? '';
    // Words before `By` are only the author's name printed twice
    // (`Matt Asay By Matt Asay`, a headshot's alt text), never a sentence or a credit.
    if (
      (before === '' || (firstName.length > 1 && before.includes(firstName))) &&
      !CREDIT_BEFORE_BY.test(before)
    ) {
      explicit = true;
      line = line.slice(prefix.index + prefix[0].length);
    }
  }
  line = line.replace(trailers, '').replace(/[\s,|/–—•·-]+$/u, '');
  const persons: string[] = [];
  let organization: string | null = null;
  pieces: for (const group of splitPieces(line)) {
    for (const part of group.split(/\s*,\s*/)) {
      const whole = part.replace(/^[\s.:;]+|[\s:;]+$/g, '');
      // A site or desk after the names (`Financial Times`, `Worcester Telegram & Gazette`).
      // Before any name, `Adam Sennott Globe Staff` is a person with a role.
      const personWithRole =
        persons.length === 0 &&
        roleWords.test(whole.split(/\s+/).at(-1) ?? '') &&
        isNameShaped(stripRole(whole), 2);
      // `Jane Doe and The Associated Press`: names and a site, read piece by piece.
      const joinsNames = /\sand\s/i.test(whole);
      if (whole !== '' && !joinsNames && isSite(whole, lexicon) && !personWithRole) {
        if (persons.length > 0 && organization === null) {
          organization = whole;
          break pieces;
        }
        organization ??= whole;
        continue;
      }
      for (const raw of part.split(/\s*(?:&|\band\b)\s*/)) {
        // A closing full stop is punctuation, unless it ends an initial or `Jr.`.
        const piece = raw
          .replace(/^[\s.:;]+|[\s:;]+$/g, '')
          .replace(/(\p{Ll}{2})\.$/u, '$1')
          .replace(/(?<!\b(?:Jr|Sr))(\p{Ll})\.$/u, '$1');
        if (piece === '') continue;
        if (/^\p{Lu}{2,4}$/u.test(piece) && persons.length > 0) continue;
        const name = stripRole(piece);
        if (
          name !== piece &&
          roleWords.test(piece) &&
          !roleWords.test(name) &&
          isNameShaped(name, 2) &&
          !isSite(name, lexicon)
        ) {
          persons.push(name);
          continue;
        }
        if (roleWords.test(piece) && countWords(piece) <= 4 && persons.length > 0) continue;
        if (isSite(piece, lexicon) && persons.length > 0) {
          organization ??= piece;
          break pieces;
        }
        const minWords = explicit && persons.length === 0 ? 1 : 2;
        if (isNameShaped(name, minWords) && !isSite(name, lexicon)) {
          persons.push(name);
          continue;
        }
        // `Chicago Tribune staff`: a desk, not a person with a role.
        if (persons.length === 0 && isSite(name, lexicon)) {
          organization ??= piece;
          continue;
        }
        // `By Friday, the company said …` is a sentence, not a byline.
        if (/^\p{Ll}/u.test(piece) && countWords(piece) > 2) return null;
        if (persons.length > 0 || organization !== null) break pieces;
        return null;
      }
    }
  }
  if (persons.length > 0) {
    return {
      authors: persons.map((name) => ({ name: recaseName(name), affiliation: organization })),
      text: squash(text),
      stamp,
      explicit,
      organization: null,
    };
  }
  // A desk byline (`Slate Staff`, `By Chicago Tribune staff`) names an
  // organisation and no person, as the wire reader's `By The Associated Press`.
  // `Chicago Tribune staff` is the newsroom itself; `Slate Staff` is the desk's own name.
  const desk = organization?.replace(/\s+staff$/, '') ?? null;
  if (desk === null || !(explicit || /\bStaff\b/.test(desk))) return null;
  return { authors: [], text: squash(text), stamp, explicit, organization: desk };
}

/** True for a line that opens a byline and names nobody (`By`, `Author:`). */
export function isBarePrefix(text: string): boolean {
  return BARE_PREFIX.test(squash(text).replace(/^[•·]\s*/u, ''));
}

/** A line made of a role only (`NFL Analyst`, `Senior Contributor`, `Forbes Staff`). */
export function isRoleLine(text: string, lexicon: Lexicon): boolean {
  const flat = squash(text).replace(/^[·•|]\s*/u, '');
  return countWords(flat) <= 6 && (roleWords.test(flat) || isSite(flat, lexicon));
}

/**
 * A line of names without `By` must look like one: not in capitals
 * (`EVENT ENDED`), no possessive (`Today's Headlines`), no glued bar.
 */
export function plausibleNameLine(flat: string): boolean {
  return /\p{Ll}/u.test(flat) && !/['’]s\b/u.test(flat) && !/\p{L}\|\p{L}/u.test(flat);
}

/** True when a byline word (`By`, `Written by`) stands in the first 40 characters of a text. */
export function opensWithBylinePrefix(text: string): boolean {
  return PREFIX.test(text.slice(0, 40));
}
