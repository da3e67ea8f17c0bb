import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { dropTextPrefix } from '../../tree/line-map.js';
import type { Dateline } from '../../types.js';
import { ensureArticle } from '../article.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
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
    const match = matchDateline(blockText(node), lexicon);
    if (match && (index < SEARCH_BLOCKS || match.agency !== null)) return { node, match };
  }
  return null;
}

/** Finds the dateline at the head of the lead paragraph and cuts it off the body. */
export function dateline(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const found = findLead(tree, lexicon);
    if (!found) return;
    const { node, match } = found;
    const result: Dateline = {
      text: match.text,
      location: match.location,
      date: match.date,
      // `--date` first, else the year of the transmission or of the copyright line (read before).
      isoDate: resolveIsoDate(match, {
        date: file.data.referenceDate ?? null,
        year: file.data.referenceYear ?? article.copyright?.year ?? null,
      }),
      agency: match.agency,
      line: lineOf(node),
    };
    article.dateline = result;
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
