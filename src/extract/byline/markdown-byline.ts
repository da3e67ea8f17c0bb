import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { countWords } from '../../text/count-words.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { paragraphLines } from '../../tree/paragraph-lines.js';
import type { Author, Byline } from '../../types.js';
import { ensureArticle } from '../article.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { parseTimestampLine, type TimestampSpan } from '../published/timestamp.js';
import { MAX_BYLINE_WORDS } from './byline-candidates.js';
import {
  isBarePrefix,
  isRoleLine,
  isSite,
  NO_BYLINE,
  startsWithBylineWord,
} from './byline-words.js';
import { isTitle, isTitleOrOrganization, parseByline } from './parse-byline.js';
import { parseWebByline } from './parse-web-byline.js';
import { MAX_WIRE_BYLINE_WORDS } from './wire-byline.js';

/** The people a byline's lines name, its title and organisation, and a time stamp glued into it. */
interface ReadByline {
  /** A byline word opened it (`By`, `Written by`). */
  explicit: boolean;
  authors: Author[];
  title: string | null;
  organization: string | null;
  stamp: TimestampSpan | null;
}

/** How many blocks under the byline paragraph the lead may stand. */
const LEAD_BLOCKS = 4;

/**
 * True when a byline read back from Markdown is wire copy's, so the wire
 * reader reads it as it did in the story: names in capitals (`By JOSH
 * BOAK`), an agency named in it (`By Jane Doe, Reuters`), or a lead whose
 * dateline carries an agency or a date (`LONDON, Oct 7 (Reuters) -`,
 * `CHICAGO, March 18 -`). Pages write neither; the web reader read theirs.
 */
function prefersWire(tree: Root, lines: string[], lexicon: Lexicon): boolean {
  const first = lines[0] ?? '';
  const names = first.replace(/^by\b/i, '');
  if (/\p{Lu}{2}/u.test(names) && !/\p{Ll}/u.test(names.replace(/\bMa?c(?=\p{Lu})/gu, '')))
    return true;
  if (lines.some((line) => namesAgency(line, lexicon))) return true;
  return tree.children.slice(1, 1 + LEAD_BLOCKS).some((node) => {
    if (!isTextBlock(node)) return false;
    const dateline = matchDateline(blockText(node), lexicon);
    return dateline !== null && (dateline.agency !== null || dateline.date !== null);
  });
}

/** True for a byline line that names a news agency (`Reuters`, `Associated Press`). */
function namesAgency(line: string, lexicon: Lexicon): boolean {
  const words = line.toLowerCase();
  return lexicon.agencies.some((agency) =>
    [...agency.names, ...agency.tags].some((name) =>
      new RegExp(`(?:^|[\\s,])${escapeRegExp(name.toLowerCase())}(?:$|[\\s,.])`).test(words),
    ),
  );
}

/** A byline line taken as sent: one author, the whole line. */
function asSent(line: string): ReadByline {
  return {
    explicit: false,
    authors: [{ name: line, affiliation: null }],
    title: null,
    organization: null,
    stamp: null,
  };
}

/**
 * A byline's lines read as the wire reader reads them: `By NAME` on the
 * first line, title or organisation lines under it (`AP Business Writer`,
 * `Associated Press`); or the lines together as one byline.
 */
function readWire(lines: string[], lexicon: Lexicon): ReadByline | null {
  const [first = '', ...rest] = lines;
  const split = rest.length > 0 && rest.every((line) => isTitleOrOrganization(line, lexicon));
  const parsed = parseByline(split ? first : lines.join(' '), lexicon);
  if (!parsed) return null;
  let { authors, title } = parsed;
  for (const line of split ? rest : []) {
    if (isTitle(line) && title === null) title = line;
    else if (authors.every((author) => author.affiliation === null))
      authors = authors.map((author) => ({ ...author, affiliation: line }));
  }
  return {
    explicit: true,
    authors,
    title,
    organization: parsed.organization ?? null,
    stamp: null,
  };
}

/**
 * A byline's lines read as the web reader reads them: `By A and B`, a bare
 * `By` over the names, a line of names, with a role line under them
 * (`Senior Transport Reporter`) as the title.
 */
function readWeb(lines: string[], lexicon: Lexicon): ReadByline | null {
  const [first = '', ...rest] = lines;
  const bare = isBarePrefix(first) && rest.length > 0;
  const parsed = parseWebByline(bare ? `By ${rest[0]}` : first, lexicon);
  if (!parsed) return null;
  const under = bare ? rest.slice(1) : rest;
  const title = under.find((line) => isRoleLine(line, lexicon) && !isSite(line, lexicon));
  return {
    explicit: parsed.explicit,
    authors: parsed.authors.map((author) => ({ ...author })),
    title: title ?? null,
    organization: parsed.organization,
    stamp: parsed.stamp,
  };
}

/**
 * A paragraph that is one emphasised line: how copydesk's Markdown writes a
 * byline of names that no byline word opens (render/markdown.ts).
 */
function isEmphasised(node: Paragraph): boolean {
  const children = node.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  return children.length === 1 && children[0]?.type === 'emphasis';
}

/**
 * Reads back the byline paragraph of copydesk's own Markdown, by its place
 * and shape in the layout render/markdown.ts writes: the first paragraph
 * under the headline and deck holds the byline lines as written, hard
 * breaks between them, and the page's time stamp on a last line of its own.
 * Nothing else in that layout has hard breaks, so a paragraph of several
 * lines there is the byline paragraph; a paragraph of one line is the byline
 * when a byline word opens it (`By …`) or it is set in emphasis (names alone,
 * names with a time stamp glued on), else it is the story's first paragraph. The byline keeps its lines as
 * written. Returns true when it took the paragraph.
 */
export function readMarkdownByline(tree: Root, file: VFile, lexicon: Lexicon): boolean {
  const article = ensureArticle(file);
  const first = tree.children[0];
  // The layout's mark for "no byline here" (render/markdown.ts): it holds no words.
  if (first?.type === 'html' && first.value.trim() === NO_BYLINE) {
    tree.children.splice(0, 1);
    return false;
  }
  if (first?.type !== 'paragraph') return false;
  const all = paragraphLines(first)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const last = all.at(-1);
  const stamp = last === undefined ? null : parseTimestampLine(last);
  const lines = stamp ? all.slice(0, -1) : all;
  const line = lineOf(first);
  let read: ReadByline | null = null;
  // The lead opens with the dateline; no reader takes a byline at or below it.
  if (lines.length > 0 && matchDateline(lines.join(' '), lexicon)) return false;
  if (lines.length > 0) {
    const web = readWeb(lines, lexicon);
    const wire = readWire(lines, lexicon);
    read = prefersWire(tree, lines, lexicon) ? (wire ?? web) : (web ?? wire);
    // One plain line is the byline only when a byline word opens it (`By …`), as
    // render/markdown.ts writes it: any other one-line byline is written in
    // emphasis, so a plain line without one is the story's first paragraph
    // (`AP Business Writer` with no name in the story stays body text).
    const words = countWords(all[0] ?? '');
    const saysSo =
      startsWithBylineWord(all[0] ?? '') &&
      ((wire !== null && words <= MAX_WIRE_BYLINE_WORDS) ||
        (web !== null && words <= MAX_BYLINE_WORDS));
    if (all.length === 1 && !saysSo && !isEmphasised(first)) read = null;
    // Set apart by hard breaks or emphasis, the paragraph is the byline by the
    // layout alone, even when no reader makes out its names (a field-tagged
    // feed's `BY#` value is taken as sent): its first line is then the name.
    if (!read && (all.length > 1 || isEmphasised(first))) read = asSent(lines[0] ?? '');
    if (!read) return false;
  } else if (!stamp) return false;
  if (read) {
    const byline: Byline = {
      text: lines.join('\n'),
      authors: read.authors,
      title: read.title,
      organization: read.organization,
      line,
    };
    article.byline = byline;
  }
  const printed = stamp ?? read?.stamp ?? null;
  if (printed && article.published === null)
    article.published = { text: printed.text, isoDate: printed.isoDate, line };
  tree.children.splice(0, 1);
  return true;
}
