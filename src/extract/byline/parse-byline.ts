import type { Lexicon } from '../../lexicon/index.js';
import { LANGUAGES } from '../../lexicon/languages/index.js';
import { MONTHS } from '../../lexicon/months.js';
import { NAME_PARTICLES, NAME_SUFFIXES } from '../../lexicon/names.js';
import { BYLINE_TITLE_WORDS, BYLINE_TRAILERS } from '../../lexicon/organizations.js';
import { countWords } from '../../text/count-words.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { oneEditApart } from '../../text/one-edit-apart.js';
import { squash } from '../../text/squash.js';
import type { Author } from '../../types.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { isNameSized, isOrganization, trailingOrganization } from './organization.js';
import { recaseName } from './recase-name.js';

/** What a byline says: the people, their affiliation and a job title. */
export interface ParsedByline {
  authors: Author[];
  title: string | null;
  /** The organisation, when the byline names one and no person (`By The Associated Press`). */
  organization?: string | null;
}

const titleWords = new RegExp(`\\b(?:${BYLINE_TITLE_WORDS.join('|')})s?\\b`, 'i');

/** Shortest title word read through a slip of the keys (`Wrtier`): shorter ones are too near other words. */
const MIN_SLIPPED_TITLE = 6;
const slippable = BYLINE_TITLE_WORDS.filter((word) => word.length >= MIN_SLIPPED_TITLE);

/** A capitalised word that is a title word typed with one slip (`Wrtier`, `Wirter`, `Editer`). */
function isSlippedTitleWord(word: string): boolean {
  const bare = word.replace(/s$/u, '');
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    slippable.some((title) => oneEditApart(bare, title) || oneEditApart(word, title))
  );
}

/**
 * A job title after a byline's names (`AP Business Writer`), misspelt titles
 * included: role lines were typed by hand (`Associated Press Wrtier`).
 */
export function isTitle(text: string): boolean {
  if (countWords(text) > 6) return false;
  return titleWords.test(text) || text.split(/\s+/u).some(isSlippedTitleWord);
}

/** A plausible person's name: one to five words, letters first, no digits. */
function isPersonName(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  return (
    words.length >= 1 &&
    words.length <= 5 &&
    /^\p{L}/u.test(text) &&
    !/\d/.test(text) &&
    // Separators (`Jane Doe |`, `Jane Doe •`) end a web byline: never part of a name.
    !/[@:;!?|•·]/.test(text)
  );
}

/** Month spellings of every language, longest first (`December` before `Dec`). */
const months = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const trailers = new RegExp(
  `\\s+(?:${BYLINE_TRAILERS.map(escapeRegExp).join('|')})\\b.*$|\\s+\\d{1,2}:\\d{2}.*$|\\s+(?:${months})\\.? \\d{1,2},? \\d{4}.*$`,
  'iu',
);
const suffixes = new Set(Object.keys(NAME_SUFFIXES).map((suffix) => suffix.toLowerCase()));
/** `Jr`, `III`: a suffix after a comma belongs to the name before it. */
const writtenSuffixes = [
  ...new Set(Object.values(NAME_SUFFIXES).map((suffix) => suffix.replace(/\.$/, ''))),
]
  .map(escapeRegExp)
  .join('|');
/** Words that open a byline, in every language (`By`). */
const bylineWords = LANGUAGES.flatMap((language) => language.bylineWords)
  .map(escapeRegExp)
  .join('|');
const OPENING = new RegExp(`^(?:${bylineWords})[:\\s]\\s*(.+)$`, 'isu');
/** What separates the names of a byline: commas (not before a suffix), `&`, and `and` in every language. */
const NAME_SEPARATOR = new RegExp(
  `\\s*(?:,(?!\\s*(?:${writtenSuffixes})\\b)|&|\\b(?:${LANGUAGES.flatMap(
    (language) => language.nameJoiners,
  )
    .map(escapeRegExp)
    .join('|')})\\b)\\s*`,
  'u',
);

const joiners = new Set(
  [...LANGUAGES.flatMap((language) => language.nameJoiners), ...NAME_PARTICLES].map((word) =>
    word.toLowerCase(),
  ),
);

/** True when every word up to an organisation after a comma is capitalised, or a joiner. */
function capitalisedNames(text: string): boolean {
  const names = text.split(',')[0] ?? '';
  return names
    .split(/\s+/)
    .filter((word) => word !== '' && word !== '&')
    .every((word) => /^\p{Lu}/u.test(word) || joiners.has(word.toLowerCase()));
}

/** True for a name suffix standing alone after a comma (`Jr.`, `III`). */
function isSuffix(text: string): boolean {
  return suffixes.has(text.toLowerCase()) || suffixes.has(`${text.toLowerCase()}.`);
}

/**
 * Reads the people out of a byline (`By Jane Doe and John Roe, Bloomberg`),
 * or returns null when the text is not a byline.
 */
export function parseByline(text: string, lexicon: Lexicon): ParsedByline | null {
  const match = OPENING.exec(squash(text));
  if (!match) return null;
  // Other languages' byline words open prose too (`Por la mañana`, `Von der Leyen
  // sagt`): after them every word of the names is capitalised, or a joiner.
  if (!/^by\b/i.test(match[0]) && !capitalisedNames(match[1] ?? '')) return null;
  // Time stamps and page prompts trail some bylines; they are never names.
  let rest = (match[1] ?? '').replace(trailers, '');
  // A closing full stop is punctuation, unless it ends an initial or `Jr.`.
  if (/\.$/.test(rest) && !/\b(?:Jr|Sr|\p{Lu})\.$/u.test(rest)) rest = rest.slice(0, -1);
  let affiliation: string | null = null;
  let title: string | null = null;

  const pipe = rest.split(/\s+\|\s+/);
  if (pipe.length > 1) {
    rest = pipe[0] ?? '';
    affiliation = pipe.slice(1).join(' | ');
  }

  const segments = rest.split(/\s*,\s*/).reduce<string[]>((kept, segment) => {
    // `John Smith, Jr.`: the suffix belongs to the name before it.
    if (kept.length > 0 && isSuffix(segment)) kept[kept.length - 1] += `, ${segment}`;
    else kept.push(segment);
    return kept;
  }, []);
  while (segments.length > 1) {
    const last = segments.at(-1) ?? '';
    if (isTitle(last) && title === null) title = last;
    else if (isOrganization(last, lexicon) && affiliation === null) affiliation = last;
    else break;
    segments.pop();
  }
  rest = segments.join(', ');
  let trailing: string | null = null;
  if (affiliation === null) {
    trailing = trailingOrganization(rest, lexicon);
    if (trailing) rest = rest.slice(0, rest.length - trailing.length).trim();
  }
  const names = rest
    .split(NAME_SEPARATOR)
    // `Jane Doe in Lima`: where the reporter filed from is not part of the name.
    .map((name) => name.replace(/\s+in\s+\p{Lu}.*$/u, '').trim())
    .filter((name) => name !== '');
  // `By The Associated Press`, `By Reuters Staff`: one organisation and no person.
  const person = rest.replace(/^the\b\s*/i, '');
  if (
    person === '' ||
    (names.length === 1 && isOrganization(person, lexicon) && isNameSized(person))
  ) {
    return { authors: [], title, organization: squash(`${rest} ${trailing ?? ''}`) };
  }
  affiliation ??= trailing;

  if (names.length === 0 || !names.every(isPersonName)) return null;
  return {
    authors: names.map((name) => ({ name: recaseName(name), affiliation })),
    title,
  };
}

/** A line under a byline: a job title (`AP Business Writer`) or an organisation (`Associated Press`). */
export function isTitleOrOrganization(line: string, lexicon: Lexicon): boolean {
  const text = squash(line);
  if (matchDateline(text, lexicon) || countWords(text) > 6) return false;
  return isTitle(text) || isOrganization(text, lexicon);
}
