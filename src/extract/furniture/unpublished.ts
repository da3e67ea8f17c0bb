import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { UNPUBLISHED_MARKERS } from '../../lexicon/signoffs.js';
import { squash } from '../../text/squash.js';
import { blockText, lineOf } from '../../tree/block-text.js';
import { recordRemoved } from '../../tree/edit-blocks.js';
import type { Article, Credit } from '../../types.js';
import { ensureArticle } from '../article.js';
import { addCredit } from '../credits/add-credit.js';
import { contactCredit, isContactLine } from '../credits/contact-line.js';
import { type ParsedCredit, parseCredits } from '../credits/parse-credits.js';
import { parseSignoff } from '../credits/signoff.js';
import { type ExtractOptions, lexiconOf } from '../options.js';

const markers = new Set(UNPUBLISHED_MARKERS.map((marker) => marker.toLowerCase()));

/** True for a line that opens a part not for publication (`The following information is not for publication`). */
export function isUnpublishedMarker(text: string): boolean {
  if (text.length > 200) return false;
  return markers.has(squash(text).replace(/[.:]$/, '').toLowerCase());
}

/** The lines of a block, list items one each. */
function blockParts(node: RootContent): string[] {
  if (node.type === 'list') return node.children.map((item) => blockText(item));
  return [blockText(node)];
}

/**
 * Moves dpa's part not for publication out of the body: from the marker
 * line to the end, credit lines (`- Reporting by: …`) and contact lines
 * become credits, the sign-off a `signoff` credit, everything else goes to
 * `removed` as `not-for-publication`. A sign-off closes the credits, wherever
 * it stood in the part (docs/wire-formats.md §4), as it closes a story; a
 * credit repeating the one before it is a duplicate (add-credit.ts).
 */
export function unpublished(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const start = tree.children.findIndex(
      (node) => node.type === 'paragraph' && isUnpublishedMarker(blockText(node)),
    );
    if (start < 0) return;
    const found: Credit[] = [];
    for (const node of tree.children.slice(start)) take(node, article, found, lexicon);
    // Every block from the marker on is taken: cut off at once (a splice per block was quadratic).
    tree.children.length = start;
    const signoffs = found.filter((credit) => credit.role === 'signoff');
    for (const credit of found) if (credit.role !== 'signoff') addCredit(article, credit);
    for (const credit of signoffs) addCredit(article, credit);
  };
}

/** Reads one block of the part not for publication into `found`, or records it as removed (the caller drops it). */
function take(
  node: RootContent,
  article: Article,
  found: Credit[],
  lexicon: ReturnType<typeof lexiconOf>,
): void {
  const line = lineOf(node);
  const parts = blockParts(node);
  const read = parts.map((part): ParsedCredit[] | null => {
    const credits = parseCredits(part, lexicon);
    if (credits) return credits;
    const signoff = parseSignoff(part);
    if (signoff) return [signoff];
    if (isContactLine(part)) return [contactCredit(part)];
    return null;
  });
  if (read.every((credits) => credits !== null)) {
    for (const credits of read) {
      for (const credit of credits ?? []) found.push({ ...credit, line });
    }
    return;
  }
  recordRemoved(article, node, 'not-for-publication');
}
