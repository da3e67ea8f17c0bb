import {
  CONTRIBUTED_TO,
  CONTRIBUTOR_TITLES,
  type CreditPhrase,
} from '../../lexicon/credit-roles.js';
import type { Lexicon } from '../../lexicon/index.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { squash } from '../../text/squash.js';
import type { Credit } from '../../types.js';
import { isOrganization } from '../byline/organization.js';

/** A credit read from text, before it is given a line. */
export type ParsedCredit = Omit<Credit, 'line'>;

/** Splits a list of names (`A, B and C`) and drops where they worked from. */
export function splitCreditNames(text: string): { names: string[]; organization: string | null } {
  let organization: string | null = null;
  const names = text
    .replace(/\.$/, '')
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((part) => {
      let name = part.trim();
      // `Jane Doe in Lima`, `Jane Doe from Paris`, `Jane Doe at jdoe@example.net`.
      name = name.replace(/\s+(?:in|from|at|on)\s+.*$/, '');
      const slash = /^(.+?)\s*\/\s*(.+)$/.exec(name);
      if (slash) {
        name = slash[1] ?? name;
        organization = slash[2] ?? organization;
      }
      return name.replace(/^[-–—\s]+|[\s.]+$/g, '');
    })
    // Phone numbers and e-mail addresses in contact lines are not names.
    .filter((name) => name !== '' && /^\p{L}/u.test(name) && !/[@\d]/.test(name));
  return { names, organization };
}

/** A person's name as credits write it: one to four capitalised words. */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** A credit phrase with its compiled opening pattern. */
interface CompiledPhrase extends CreditPhrase {
  pattern: RegExp;
}

/** A phrase table compiled: phrases longest first, and the patterns that split a line into roles. */
interface CompiledPhrases {
  phrases: CompiledPhrase[];
  /** `;`, `) (` between bracketed groups of roles, or `,` / `.` / `/` before a role phrase. */
  punctuated: RegExp;
  /** A space before a role phrase with its capital (`Editing by`). */
  capitalised: RegExp;
  /**
   * A role phrase after nothing but the separators and brackets the split
   * drops: the first part a credit paragraph is read from opens so, and a
   * paragraph that does not is refused without splitting it.
   */
  opening: RegExp;
}

const compiled = new WeakMap<CreditPhrase[], CompiledPhrases>();

/** Compiles a phrase table once. */
function compilePhrases(table: CreditPhrase[]): CompiledPhrases {
  const cached = compiled.get(table);
  if (cached) return cached;
  const phrases = [...table]
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .map((entry) => ({
      ...entry,
      pattern: new RegExp(`^${escapeRegExp(entry.phrase)}\\s*:?\\s*(.+)$`, 'is'),
    }));
  const starts = phrases.map((entry) => escapeRegExp(entry.phrase)).join('|');
  const result: CompiledPhrases = {
    phrases,
    punctuated: new RegExp(
      `\\s*;\\s*|\\s*\\)\\.?\\s*\\(\\s*(?=(?:${starts})\\b)|\\s*[,./]\\s*(?=(?:${starts})\\b)`,
      'iu',
    ),
    capitalised: new RegExp(`\\s+(?=(?:${starts})\\b)`, 'u'),
    // The same flags as each phrase's own pattern, so that it opens on the same letters.
    opening: new RegExp(`^[\\s;().,/\\-–—]*(?:${starts})`, 'i'),
  };
  compiled.set(table, result);
  return result;
}

function parsePart(part: string, phrases: CompiledPhrase[]): ParsedCredit | null {
  const text = part.trim().replace(/^[-–—]+\s*/, '');
  for (const entry of phrases) {
    const match = entry.pattern.exec(text);
    if (!match) continue;
    const { names, organization } = splitCreditNames(match[1] ?? '');
    if (names.length === 0) return null;
    return { role: entry.role, names, organization, text: part.trim() };
  }
  return null;
}

const contributorTitles = CONTRIBUTOR_TITLES.map(escapeRegExp).join('|');
const contributedTo = CONTRIBUTED_TO.map(escapeRegExp).join('|');
/** `… contributed [to this report|article|story|reporting][ from Place].` */
const CONTRIBUTED = new RegExp(
  `^(?<who>[^;]{2,240}?)\\s+contributed\\s+(?:(?:to\\s+)?(?:this|the)\\s+)?(?:${contributedTo})(?<rest>(?:\\s+(?:from|in|at)\\s+[^.;]{1,80})?)\\.?$`,
  'iu',
);
/** `<Org> writer(s) A and B`, with the organisation first. */
const TITLED = new RegExp(
  `^(?:The\\s+)?(?<org>[\\p{L}. ]{2,40}?)\\s+(?:${contributorTitles})\\s+(?<names>.+)$`,
  'iu',
);
/** `CNN's A and B`: the organisation in the possessive. */
const POSSESSIVE = /^(?<org>[\p{L}.& ]{2,40}?)['’]s\s+(?<names>.+)$/u;

/** {@link CONTRIBUTED}'s verb, found by one literal scan before the pattern runs. */
const MAY_CONTRIBUTE = /contributed/i;

/**
 * Reads a contributor line: `AP writer Jane Doe contributed to this
 * report.`, `CNN's A and B contributed to this report`, `Jane Doe
 * contributed reporting from Lima.` The names must read as names.
 */
function parseContributor(text: string, lexicon: Lexicon): ParsedCredit | null {
  const match = CONTRIBUTED.exec(text);
  const who = match?.groups?.who?.replace(/^[-–—\s]+/u, '') ?? '';
  if (!match || who === '') return null;
  let organization: string | null = null;
  let list = who;
  const titled = TITLED.exec(who);
  const possessive = POSSESSIVE.exec(who);
  if (titled?.groups && isOrganization(titled.groups.org ?? '', lexicon)) {
    organization = titled.groups.org ?? null;
    list = titled.groups.names ?? '';
  } else if (possessive?.groups) {
    organization = possessive.groups.org ?? null;
    list = possessive.groups.names ?? '';
  }
  const { names } = splitCreditNames(list);
  if (names.length === 0 || !names.every(looksLikeName)) return null;
  return { role: 'contributor', names, organization, text };
}

/**
 * Reads a whole credit paragraph: `(Reporting by A; Editing by B)`,
 * `--With assistance from A and B.`, `AP writer A contributed.`, contacts.
 * Returns null unless every part of the paragraph is a credit.
 */
export function parseCredits(text: string, lexicon: Lexicon): ParsedCredit[] | null {
  // A credit line is short; a long paragraph is not squashed just to be refused.
  if (text.length > 2000) return null;
  const flat = squash(text);
  if (flat.length > 600) return null;
  return mayBeCredits(flat, lexicon) ? readCredits(flat, lexicon) : null;
}

/** The text inside the brackets of a bracketed credit paragraph, else the text. */
function unbracketed(flat: string): string {
  return /^\((.*)\)\.?$/.exec(flat)?.[1] ?? flat;
}

/**
 * False for a squashed paragraph {@link readCredits} refuses, told by two
 * scans: a credit paragraph holds the verb of a contributor line, or opens
 * (past the separators the split drops) with a role phrase, since every part
 * must read as a credit and the first one by its phrase (a contact's further
 * names follow a contact). Most paragraphs are refused here unsplit.
 */
export function mayBeCredits(flat: string, lexicon: Lexicon): boolean {
  return (
    MAY_CONTRIBUTE.test(flat) ||
    compilePhrases(lexicon.creditPhrases).opening.test(unbracketed(flat))
  );
}

/** {@link parseCredits} for a squashed paragraph of 600 characters or fewer. */
export function readCredits(flat: string, lexicon: Lexicon): ParsedCredit[] | null {
  const contributor = parseContributor(flat, lexicon);
  if (contributor) return [contributor];
  const inner = unbracketed(flat);
  const { phrases, punctuated, capitalised } = compilePhrases(lexicon.creditPhrases);
  // Roles are separated by `;`, by `) (` where bracketed credit lines were joined into one
  // paragraph, or by `,` / `.` / `/` when the next part opens with a
  // role phrase; a role phrase with its capital (`Editing by`) needs no punctuation.
  const parts = inner.split(punctuated).flatMap((part) => part.split(capitalised));
  const credits: ParsedCredit[] = [];
  for (const part of parts) {
    // A dash before the first phrase (`— With assistance from A`) is punctuation.
    if (/^[\s\-–—]*$/u.test(part)) continue;
    const credit = parsePart(part, phrases);
    const previous = credits.at(-1);
    if (!credit && previous?.role === 'contact') {
      // `To contact the reporters on this story: A in X at a@x; B in Y at b@y`: more names.
      const more = splitCreditNames(part).names;
      if (more.length === 0 || !more.every(looksLikeName)) return null;
      previous.names.push(...more);
      previous.text = `${previous.text}; ${part.trim()}`;
      continue;
    }
    if (!credit) return null;
    credits.push(credit);
  }
  return credits.length > 0 ? credits : null;
}

/**
 * A credit line appended to the end of a paragraph: Reuters' `… said.
 * (Reporting by A in City; Editing by B)`, or a closing sentence `Jane Doe
 * contributed to this report.` Returns where it starts and what it says.
 */
export function trailingCredits(
  text: string,
  lexicon: Lexicon,
): { index: number; credits: ParsedCredit[] } | null {
  // Only the end of the paragraph can hold it; a credit line is short.
  const start = Math.max(0, text.length - 600);
  const end = text.slice(start).trimEnd();
  if (end.endsWith(')') || end.endsWith(').')) {
    const open = openingParenthesis(end);
    if (open > 0 && /[.!?"”’)]\s*$/u.test(end.slice(0, open))) {
      const credits = parseCredits(end.slice(open), lexicon);
      if (credits) return { index: start + open, credits };
    }
  }
  // The last sentence, after a full stop and a space.
  const sentence = /[.!?"”’]\s+(?=[^.!?]{2,300}\.?$)/u.exec(end);
  if (sentence) {
    const from = sentence.index + sentence[0].length;
    const contributor = parseContributor(squash(end.slice(from)), lexicon);
    if (contributor) return { index: start + from, credits: [contributor] };
  }
  return null;
}

/**
 * The credit lines a paragraph closes on: appended to its last sentence
 * ({@link trailingCredits}), or its last input line (starting at
 * `lastLine`, -1 for none) when that line is credits alone, set under the
 * last sentence's end with no blank line between (`… said on Monday.` /
 * `Compiled by Jane Roe.`). copydesk's Markdown prints such a line as a
 * paragraph of its own, and reads it back as credits.
 */
export function closingCredits(
  text: string,
  lastLine: number,
  lexicon: Lexicon,
): { index: number; credits: ParsedCredit[] } | null {
  const appended = trailingCredits(text, lexicon);
  if (appended || lastLine <= 0) return appended;
  // Under a sentence's end only: a hard-wrapped sentence may run on into a
  // line that opens like a credit (`… were` / `compiled by the ministry.`).
  if (!/[.!?"”’)]\s*$/u.test(text.slice(0, lastLine))) return null;
  const credits = parseCredits(text.slice(lastLine), lexicon);
  return credits ? { index: lastLine, credits } : null;
}

/** Where the parenthesis that closes a text opens, or -1. */
function openingParenthesis(text: string): number {
  let depth = 0;
  for (let index = text.lastIndexOf(')'); index >= 0; index--) {
    const char = text[index];
    if (char === ')') depth++;
    else if (char === '(') {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}
