import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import {
  CONTRIBUTOR_TITLES,
  type CreditPhrase,
  type Lexicon,
  SIGNOFF_FORMS,
} from '../lexicon/index.js';
import type { Credit } from '../types.js';
import { articleOf, blockText, escapeRegExp, isTextBlock, lineOf, squash } from './blocks.js';
import { isOrganization } from './byline.js';
import { type ExtractOptions, lexiconOf } from './options.js';

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

/** The credit phrases compiled once per table: each phrase's regex, longest first, and the splitters. */
interface CompiledPhrases {
  phrases: Array<CreditPhrase & { regex: RegExp; upper: string }>;
  punctuated: RegExp;
  capitalised: RegExp;
}

// Compiling these per paragraph was a third of the extraction time; tables are
// immutable once built, so cache by table.
const compiled = new WeakMap<CreditPhrase[], CompiledPhrases>();

function compilePhrases(table: CreditPhrase[]): CompiledPhrases {
  let entry = compiled.get(table);
  if (!entry) {
    const phrases = [...table]
      .sort((a, b) => b.phrase.length - a.phrase.length)
      .map((phrase) => ({
        ...phrase,
        regex: new RegExp(`^${escapeRegExp(phrase.phrase)}\\s*:?\\s*(.+)$`, 'is'),
        upper: phrase.phrase.toUpperCase(),
      }));
    // Roles are separated by `;`, or by `,` / `.` / `/` when the next part opens with a
    // role phrase; a role phrase with its capital (`Editing by`) needs no punctuation.
    const starts = phrases.map((phrase) => escapeRegExp(phrase.phrase)).join('|');
    const punctuated = new RegExp(`\\s*;\\s*|\\s*[,./]\\s*(?=(?:${starts})\\b)`, 'iu');
    const capitalised = new RegExp(`\\s+(?=(?:${starts})\\b)`, 'u');
    entry = { phrases, punctuated, capitalised };
    compiled.set(table, entry);
  }
  return entry;
}

function parsePart(part: string, phrases: CompiledPhrases['phrases']): ParsedCredit | null {
  const text = part.trim().replace(/^[-–—]+\s*/, '');
  for (const entry of phrases) {
    // An upper-cased prefix test first: most phrases never match, and an
    // untried regex is never compiled (compiling them all cost a cold start
    // several milliseconds). It never rejects a real match: the regex's `i`
    // flag equates two characters only when they upper-case alike.
    if (text.slice(0, entry.phrase.length).toUpperCase() !== entry.upper) continue;
    const match = entry.regex.exec(text);
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
  const flat = squash(text);
  if (flat.length > 600) return null;
  const contributor = parseContributor(flat, lexicon);
  if (contributor) return [contributor];
  const inner = /^\((.*)\)\.?$/.exec(flat)?.[1] ?? flat;
  const { phrases, punctuated, capitalised } = compilePhrases(lexicon.creditPhrases);
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

const signoffForms = SIGNOFF_FORMS.map((form) => ({
  form,
  pattern: new RegExp(`^(?:${form.pattern})$`, 'u'),
}));

/** Reads a desk sign-off line (`dpa abc def`, `abc/def/gh`, `burs-abc/def`), or null. */
export function parseSignoff(text: string): ParsedCredit | null {
  const flat = squash(text);
  if (flat.length > 60) return null;
  for (const { form, pattern } of signoffForms) {
    const groups = pattern.exec(flat)?.groups;
    if (!groups) continue;
    const names = (groups.names ?? '').split(/[\s/]+/).filter((name) => name !== '');
    return {
      role: 'signoff',
      names,
      organization: groups.org ?? form.organization ?? null,
      text: flat,
    };
  }
  return null;
}

/** How many blocks from the end credit lines may stand. */
const TAIL_BLOCKS = 8;

/** Takes credit paragraphs out of the tail of the story. */
export function credits(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = articleOf(file);
    // The sign-off closes the story; it is listed after the credits above it.
    const last = tree.children.at(-1);
    const signoff = last && isTextBlock(last) ? parseSignoff(blockText(last)) : null;
    if (last && signoff) tree.children.pop();
    const tail = tree.children.slice(-TAIL_BLOCKS);
    for (const node of tail) {
      if (!isTextBlock(node)) continue;
      const parsed = parseCredits(blockText(node), lexicon);
      if (!parsed) continue;
      const line = lineOf(node);
      article.credits.push(...parsed.map((credit) => ({ ...credit, line })));
      tree.children.splice(tree.children.indexOf(node), 1);
    }
    if (last && signoff) article.credits.push({ ...signoff, line: lineOf(last) });
  };
}
