import { CONTRIBUTOR_TITLES, type CreditPhrase } from '../../lexicon/credit-roles.js';
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
const CONTRIBUTOR = new RegExp(
  `^(?:The\\s+)?(?<org>[\\p{L}. ]{2,40}?)\\s+(?:${contributorTitles})\\s+(?<names>[^.;]{2,200}?)\\s+contributed(?:\\s+(?:to\\s+)?(?:this|the)\\s+(?:report|story))?(?<rest>[^.]{0,120})\\.?$`,
  'iu',
);

/** Reads `AP writer Jane Doe contributed to this report.` */
function parseContributor(text: string, lexicon: Lexicon): ParsedCredit | null {
  const match = CONTRIBUTOR.exec(text);
  const org = match?.groups?.org ?? '';
  if (!match || !isOrganization(org, lexicon)) return null;
  const { names } = splitCreditNames(match.groups?.names ?? '');
  if (names.length === 0) return null;
  return { role: 'contributor', names, organization: org, text };
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
  const contributor = parseContributor(flat, lexicon);
  if (contributor) return [contributor];
  const inner = /^\((.*)\)\.?$/.exec(flat)?.[1] ?? flat;
  const { phrases, punctuated, capitalised } = compilePhrases(lexicon.creditPhrases);
  // Roles are separated by `;`, by `) (` where bracketed credit lines were joined into one
  // paragraph, or by `,` / `.` / `/` when the next part opens with a
  // role phrase; a role phrase with its capital (`Editing by`) needs no punctuation.
  const parts = inner.split(punctuated).flatMap((part) => part.split(capitalised));
  const credits: ParsedCredit[] = [];
  for (const part of parts) {
    if (part.trim() === '') continue;
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
