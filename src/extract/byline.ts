import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import {
  BYLINE_TITLE_WORDS,
  BYLINE_TRAILERS,
  type Lexicon,
  NAME_SUFFIXES,
  ORGANIZATION_WORDS,
} from '../lexicon/index.js';
import type { Author, Byline } from '../types.js';
import {
  articleOf,
  blockText,
  countWords,
  escapeRegExp,
  isTextBlock,
  lineOf,
  paragraphLines,
  squash,
} from './blocks.js';
import { matchDateline } from './dateline.js';
import { type ExtractOptions, lexiconOf } from './options.js';
import { recaseName } from './recase-name.js';
import { findWebByline, prefersWebByline } from './web-byline.js';

/** What a byline says: the people, their affiliation and a job title. */
export interface ParsedByline {
  authors: Author[];
  title: string | null;
  /** The organisation, when the byline names one and no person (`By The Associated Press`). */
  organization?: string | null;
}

const titleWords = new RegExp(`\\b(?:${BYLINE_TITLE_WORDS.join('|')})s?\\b`, 'i');
const orgWords = new RegExp(`\\b(?:${ORGANIZATION_WORDS.join('|')})\\b`, 'i');

/** A lexicon's organisation names, worked out once: bylines look them up on every candidate line. */
interface OrganizationNames {
  /** Every agency name and tag, case-folded. */
  all: Set<string>;
  /** Agency names longer than two letters, longest first, for a name closing a byline. */
  trailing: string[];
}

const organizationCache = new WeakMap<Lexicon, OrganizationNames>();

function organizationNames(lexicon: Lexicon): OrganizationNames {
  let names = organizationCache.get(lexicon);
  if (!names) {
    names = {
      all: new Set(
        lexicon.agencies
          .flatMap((agency) => [...agency.names, ...agency.tags])
          .map((name) => name.toLowerCase()),
      ),
      trailing: lexicon.agencies
        .flatMap((agency) => agency.names)
        .filter((name) => name.length > 2)
        .sort((a, b) => b.length - a.length),
    };
    organizationCache.set(lexicon, names);
  }
  return names;
}

/** True when a byline part names an organisation rather than a person. */
export function isOrganization(text: string, lexicon: Lexicon): boolean {
  const key = squash(text).toLowerCase();
  if (key === '') return false;
  return organizationNames(lexicon).all.has(key) || orgWords.test(text);
}

function isTitle(text: string): boolean {
  return titleWords.test(text) && countWords(text) <= 6;
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

/**
 * Longest agency or organisation name closing a string (`JANE DOE Associated Press`),
 * as written there.
 */
function trailingOrganization(text: string, lexicon: Lexicon): string | null {
  for (const name of organizationNames(lexicon).trailing) {
    const tail = text.slice(text.length - name.length);
    if (
      /\s/.test(text[text.length - name.length - 1] ?? '') &&
      tail.toLowerCase() === name.toLowerCase()
    ) {
      return tail;
    }
  }
  return null;
}

const trailers = new RegExp(
  `\\s+(?:${BYLINE_TRAILERS.map(escapeRegExp).join('|')})\\b.*$|\\s+\\d{1,2}:\\d{2}.*$|\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\w*\\.? \\d{1,2},? \\d{4}.*$`,
  'i',
);
const suffixes = new Set(Object.keys(NAME_SUFFIXES).map((suffix) => suffix.toLowerCase()));

/** True for a name suffix standing alone after a comma (`Jr.`, `III`). */
function isSuffix(text: string): boolean {
  return suffixes.has(text.toLowerCase()) || suffixes.has(`${text.toLowerCase()}.`);
}

/**
 * Reads the people out of a byline (`By Jane Doe and John Roe, Bloomberg`),
 * or returns null when the text is not a byline.
 */
export function parseByline(text: string, lexicon: Lexicon): ParsedByline | null {
  const match = /^by[:\s]\s*(.+)$/is.exec(squash(text));
  if (!match) return null;
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
    .split(/\s*(?:,(?!\s*(?:Jr|Sr|I{2,3}|IV)\b)|&|\band\b|\bund\b|\bet\b)\s*/)
    // `Jane Doe in Lima`: where the reporter filed from is not part of the name.
    .map((name) => name.replace(/\s+in\s+\p{Lu}.*$/u, '').trim())
    .filter((name) => name !== '');
  // `By The Associated Press`, `By Reuters Staff`: one organisation and no person.
  const person = rest.replace(/^the\b\s*/i, '');
  if (person === '' || (names.length === 1 && isOrganization(person, lexicon))) {
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
function isTitleOrOrganization(line: string, lexicon: Lexicon): boolean {
  const text = squash(line);
  if (matchDateline(text, lexicon) || countWords(text) > 6) return false;
  return isTitle(text) || isOrganization(text, lexicon);
}

/** How many blocks after the headline a byline may stand. */
const SEARCH_BLOCKS = 6;

/**
 * Finds the byline in the first blocks of the story (before the dateline),
 * with a title or affiliation line right after it (`Associated Press`,
 * `AP Business Writer`).
 */
export function byline(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = articleOf(file);
    // Pasted web pages write bylines in many more shapes; see web-byline.ts.
    if (prefersWebByline(tree, file) && findWebByline(tree, file, lexicon)) return;
    const blocks = tree.children.slice(0, SEARCH_BLOCKS + 1);
    for (const [index, node] of blocks.entries()) {
      if (!isTextBlock(node)) continue;
      const text = blockText(node);
      if (matchDateline(text, lexicon)) break;
      if (countWords(text) > 20) continue;
      // `By NAME` on its first line, title or organisation lines under it.
      const [firstLine = '', ...restLines] = paragraphLines(node).filter(
        (line) => line.trim() !== '',
      );
      const splitLines =
        restLines.length > 0 && restLines.every((line) => isTitleOrOrganization(line, lexicon));
      const parsed = parseByline(splitLines ? firstLine : text, lexicon);
      if (!parsed) continue;
      const shown = splitLines ? [squash(firstLine), ...restLines.map(squash)] : [squash(text)];
      let title = parsed.title;
      let authors = parsed.authors;
      const extraLines = splitLines ? restLines.map(squash) : [];
      const next = blocks[index + 1];
      // copydesk's Markdown writes a byline's title lines after hard breaks in the
      // byline paragraph; a paragraph of its own after it is body text there, even
      // when it looks like a title (the Markdown round trip must not absorb it).
      const markdownInput = article.source.format === 'markdown';
      if (next && isTextBlock(next) && extraLines.length === 0 && !markdownInput) {
        const nextText = squash(blockText(next));
        if (isTitleOrOrganization(nextText, lexicon)) {
          extraLines.push(nextText);
          shown.push(nextText);
          tree.children.splice(tree.children.indexOf(next), 1);
        }
      }
      for (const line of extraLines) {
        if (isTitle(line) && title === null) title = line;
        else if (authors.every((author) => author.affiliation === null)) {
          authors = authors.map((author) => ({ ...author, affiliation: line }));
        }
      }
      const fullText = shown.join('\n');
      const result: Byline = {
        text: fullText,
        authors,
        title,
        organization: parsed.organization ?? null,
        line: lineOf(node),
      };
      article.byline = result;
      tree.children.splice(tree.children.indexOf(node), 1);
      return;
    }
    if (!file.data.webPaste) findWebByline(tree, file, lexicon);
  };
}
