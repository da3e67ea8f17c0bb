import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { dropTextPrefix } from '../../tree/line-map.js';
import type { Article, Dateline } from '../../types.js';
import { ensureArticle } from '../article.js';
import { matchNoise } from '../furniture/noise-lookup.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { storyKindOf } from '../story-kind/story-kind-of.js';
import { opensWithAdvisory } from '../wire-header/head-lines.js';
import { type DatelineMatch, matchDateline } from './match-dateline.js';
import { resolveIsoDate } from './resolve-iso-date.js';

/** How many blocks from the top the lead paragraph may be. */
const SEARCH_BLOCKS = 6;

/**
 * How deep an agency-tagged dateline (`CITY (AP) —`) is still looked for
 * when none stands near the top: pasted pages put menus and captions first.
 */
const AGENCY_SEARCH_BLOCKS = 30;

type LeadBlock = Paragraph | Extract<RootContent, { type: 'heading' }>;

function findLead(tree: Root, lexicon: Lexicon): { node: LeadBlock; match: DatelineMatch } | null {
  for (const [index, node] of tree.children.slice(0, AGENCY_SEARCH_BLOCKS).entries()) {
    if (!isTextBlock(node)) continue;
    // A head-stack advisory (`For Release -- 6:30 p.m. EST`) opens no lead: its
    // phrase is never a place, though a dash may follow it.
    if (opensWithAdvisory(blockText(node))) continue;
    const match = matchDateline(blockText(node), lexicon);
    // Deeper down only an agency the table knows marks a lead.
    const known = match?.agency != null && !match.unknownAgency;
    if (match && (index < SEARCH_BLOCKS || known)) return { node, match };
  }
  return null;
}

/**
 * A place alone in parentheses, in capitals: how copydesk's Markdown prints
 * a header's dateline (`(SYDNEY)`) when the lead has none.
 */
const PLACE_PARAGRAPH = /^\((?<place>[\p{Lu}][\p{Lu}\s.,'’-]{0,59})\)$/u;

/**
 * copydesk's own Markdown prints a dateline that a field-tagged header gave
 * (AAP `:(SYDNEY)`) as a paragraph of its own above the lead; read back, it
 * is the dateline again. An end mark in the same shape (Yonhap's `(END)`,
 * `(MORE)`) is furniture the story kept as text, never a place.
 */
function readPlaceParagraph(tree: Root, article: Article, lexicon: Lexicon): void {
  // The layout prints it first, right above the lead.
  for (const node of tree.children.slice(0, 1)) {
    if (node.type !== 'paragraph') continue;
    const text = blockText(node).trim();
    const place = PLACE_PARAGRAPH.exec(text)?.groups?.place;
    if (!place || matchNoise(lexicon.endMarks, text)) continue;
    article.dateline = {
      text,
      location: place.trim(),
      date: null,
      isoDate: null,
      agency: null,
      line: lineOf(node),
    };
    tree.children.splice(tree.children.indexOf(node), 1);
    return;
  }
}

/** Finds the dateline at the head of the lead paragraph and cuts it off the body. */
export function dateline(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const found = findLead(tree, lexicon);
    // Without one in the lead, a dateline a field-tagged header gave stays.
    if (!found) {
      if (storyKindOf(tree, file, lexicon).kind === 'markdown')
        readPlaceParagraph(tree, article, lexicon);
      return;
    }
    const { node, match } = found;
    const result: Dateline = {
      text: match.text,
      location: match.location,
      date: match.date,
      // `--date`, or the year of `--date` or the transmission, else the copyright line's (read before).
      isoDate: resolveIsoDate(match, {
        date: file.data.referenceDate ?? null,
        year: file.data.referenceYear ?? article.copyright?.year ?? null,
      }),
      agency: match.agency,
      line: lineOf(node),
    };
    article.dateline = result;
    if (match.unknownAgency) {
      file.info(`Unknown source \`${match.agency}\` in the dateline, kept as written`, {
        place: node.position,
        source: 'copydesk',
        ruleId: 'dateline',
      });
    }
    if (node.type === 'paragraph') node.data = { ...node.data, lead: true };
    if (!dropTextPrefix(node, match.text.length)) {
      file.message('Cannot cut the dateline off a paragraph with inline markup', {
        place: node.position,
        source: 'copydesk',
        ruleId: 'dateline',
      });
    }
    // A dateline on a line of its own leaves nothing behind.
    if (blockText(node).trim() === '') tree.children.splice(tree.children.indexOf(node), 1);
  };
}
