import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { BYLINE_TITLE_WORDS, type Lexicon, ORGANIZATION_WORDS } from '../lexicon/index.js';
import type { Author, Byline } from '../types.js';
import {
  articleOf,
  blockText,
  countWords,
  escapeRegExp,
  isTextBlock,
  lineOf,
  squash,
} from './blocks.js';
import { matchDateline } from './dateline.js';
import { type ExtractOptions, lexiconOf } from './options.js';
import { recaseName } from './recase-name.js';
import { findWebByline } from './web-byline.js';

/** What a byline says: the people, their affiliation and a job title. */
export interface ParsedByline {
  authors: Author[];
  title: string | null;
}

const titleWords = new RegExp(`\\b(?:${BYLINE_TITLE_WORDS.join('|')})s?\\b`, 'i');
const orgWords = new RegExp(`\\b(?:${ORGANIZATION_WORDS.join('|')})\\b`, 'i');

/** True when a byline part names an organisation rather than a person. */
export function isOrganization(text: string, lexicon: Lexicon): boolean {
  const key = squash(text).toLowerCase();
  if (key === '') return false;
  for (const agency of lexicon.agencies) {
    for (const name of [...agency.names, ...agency.tags]) {
      if (name.toLowerCase() === key) return true;
    }
  }
  return orgWords.test(text);
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
    !/[@:;!?]/.test(text)
  );
}

/** Longest agency or organisation name closing a string (`JANE DOE Associated Press`). */
function trailingOrganization(text: string, lexicon: Lexicon): string | null {
  const names = lexicon.agencies
    .flatMap((agency) => agency.names)
    .filter((name) => name.length > 2)
    .sort((a, b) => b.length - a.length);
  for (const name of names) {
    const match = new RegExp(`\\s(${escapeRegExp(name)})$`, 'i').exec(text);
    if (match) return match[1] ?? null;
  }
  return null;
}

/**
 * Reads the people out of a byline (`By Jane Doe and John Roe, Bloomberg`),
 * or returns null when the text is not a byline.
 */
export function parseByline(text: string, lexicon: Lexicon): ParsedByline | null {
  const match = /^by[:\s]\s*(.+)$/is.exec(squash(text));
  if (!match) return null;
  let rest = match[1] ?? '';
  // A closing full stop is punctuation, unless it ends an initial or `Jr.`.
  if (/\.$/.test(rest) && !/\b(?:Jr|Sr|\p{Lu})\.$/u.test(rest)) rest = rest.slice(0, -1);
  let affiliation: string | null = null;
  let title: string | null = null;

  const pipe = rest.split(/\s+\|\s+/);
  if (pipe.length > 1) {
    rest = pipe[0] ?? '';
    affiliation = pipe.slice(1).join(' | ');
  }

  const segments = rest.split(/\s*,\s*/);
  while (segments.length > 1) {
    const last = segments.at(-1) ?? '';
    if (isTitle(last) && title === null) title = last;
    else if (isOrganization(last, lexicon) && affiliation === null) affiliation = last;
    else break;
    segments.pop();
  }
  rest = segments.join(', ');
  if (affiliation === null) {
    const trailing = trailingOrganization(rest, lexicon);
    if (trailing) {
      affiliation = trailing;
      rest = rest.slice(0, rest.length - trailing.length).trim();
    }
  }

  const names = rest
    .split(/\s*(?:,|&|\band\b|\bund\b|\bet\b)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0 || !names.every(isPersonName)) return null;
  return {
    authors: names.map((name) => ({ name: recaseName(name), affiliation })),
    title,
  };
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
    if (file.data.webPaste && findWebByline(tree, file, lexicon)) return;
    const blocks = tree.children.slice(0, SEARCH_BLOCKS + 1);
    for (const [index, node] of blocks.entries()) {
      if (!isTextBlock(node)) continue;
      const text = blockText(node);
      if (matchDateline(text, lexicon)) break;
      if (countWords(text) > 20) continue;
      const parsed = parseByline(text, lexicon);
      if (!parsed) continue;
      let fullText = squash(text);
      const next = blocks[index + 1];
      let title = parsed.title;
      let authors = parsed.authors;
      if (next && isTextBlock(next)) {
        const nextText = squash(blockText(next));
        const nextIsTitle = isTitle(nextText) && !matchDateline(nextText, lexicon);
        const nextIsOrg =
          countWords(nextText) <= 5 &&
          isOrganization(nextText, lexicon) &&
          !matchDateline(nextText, lexicon);
        if ((nextIsTitle || nextIsOrg) && title === null) {
          if (nextIsTitle) title = nextText;
          if (nextIsOrg && authors.every((author) => author.affiliation === null)) {
            authors = authors.map((author) => ({ ...author, affiliation: nextText }));
          }
          fullText = `${fullText}\n${nextText}`;
          tree.children.splice(tree.children.indexOf(next), 1);
        }
      }
      const result: Byline = { text: fullText, authors, title, line: lineOf(node) };
      article.byline = result;
      tree.children.splice(tree.children.indexOf(node), 1);
      return;
    }
    if (!file.data.webPaste) findWebByline(tree, file, lexicon);
  };
}
