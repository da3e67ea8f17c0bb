import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { wrapOf } from '../../parse/line-breaks.js';
import { isBlockEnd, isMarkedLine, isRuleLine } from '../../parse/line-shapes.js';
import { countWords } from '../../text/count-words.js';
import { memoByText } from '../../text/memo-by-text.js';
import { squashWithin } from '../../text/squash.js';
import { blockText, isTextBlock } from '../../tree/block-text.js';
import { ensureArticle } from '../article.js';
import { parseWebByline } from '../byline/parse-web-byline.js';
import { matchPhotoCredit } from '../captions/photo-credit.js';
import { parseCopyright } from '../copyright/parse-copyright.js';
import { parseCredits } from '../credits/parse-credits.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { matchNoise } from '../furniture/noise-lookup.js';
import { pageNoiseReason } from '../furniture/page-noise.js';
import { isTestPattern } from '../furniture/test-pattern.js';
import { opensLikeWire } from '../headline/shapes.js';
import { isEditorialNote } from '../notes/editorial-note.js';
import { stampBlocks } from '../published/stamp-blocks.js';
import { findTimestamp } from '../published/timestamp.js';
import { classifyHeadLine, isAnpaHeaderLine } from '../wire-header/head-lines.js';
import type { StoryKind } from './kind.js';

/** How many text blocks from the top the opening is read from. */
const OPENING_BLOCKS = 8;
/** How many blocks from the top an agency dateline marks wire copy. */
const DATELINE_BLOCKS = 8;
/** How many blocks from the top a dated `By` line marks a page. */
const BYLINE_BLOCKS = 7;

/**
 * True for a block the furniture, notes, captions, copyright and credits
 * extractors take out before the headline is looked for: the opening is read
 * without them, as the headline reader will see it.
 */
function isFurniture(node: RootContent, lexicon: Lexicon): boolean {
  return !isTextBlock(node) || isFurnitureText(blockText(node), lexicon);
}

/**
 * {@link isFurniture} for a text block, remembered by its text: furniture
 * repeats (an `ADVERTISEMENT` line between paragraphs, a notice after every
 * section), and each repeat is answered once.
 */
const isFurnitureText = memoByText((text: string, lexicon: Lexicon): boolean => {
  return (
    isMarkedLine(text) ||
    isRuleLine(text) ||
    isBlockEnd(text) ||
    isTestPattern(text) ||
    matchNoise(lexicon.noisePhrases, text) !== undefined ||
    pageNoiseReason(text) !== null ||
    isEditorialNote(text) ||
    classifyHeadLine(text, null) !== null ||
    matchPhotoCredit(text, lexicon) !== null ||
    parseCopyright(text) !== null ||
    parseCredits(text, lexicon) !== null
  );
});

/**
 * A year as a dated stamp prints it: a stamp's date is read only with its
 * year (`(?:19|20)\d\d` in every date pattern of the stamp reader).
 */
const ANY_YEAR = /(?:19|20)\d\d/;

/**
 * `By Jane Doe | February 28, 2023`, `18/03/2019 | Jane Doe`: a byline with
 * a dated time stamp beside the names, which wire copy never prints.
 */
function isDatedByline(node: RootContent, lexicon: Lexicon): boolean {
  if (!isTextBlock(node)) return false;
  const raw = blockText(node);
  // A block without a year holds no dated stamp, so it is no dated byline.
  if (!ANY_YEAR.test(raw)) return false;
  const text = squashWithin(raw, 200);
  if (text === null || matchDateline(text, lexicon)) return false;
  if (/^by\b/i.test(text)) return findTimestamp(text)?.isoDate != null;
  const byline = parseWebByline(text, lexicon);
  return byline !== null && byline.authors.length > 0 && byline.stamp?.isoDate != null;
}

/** Fewest items of a navigation menu. */
const MENU_ITEMS = 3;
/** Most words of a menu item. */
const MENU_ITEM_WORDS = 4;

/** A page's navigation menu: a list of three or more items of a few words each. */
function isMenu(node: RootContent): boolean {
  return (
    node.type === 'list' &&
    node.children.length >= MENU_ITEMS &&
    node.children.every(
      (item) => countWords(blockText({ ...node, children: [item] })) <= MENU_ITEM_WORDS,
    )
  );
}

/**
 * Decides what a story is: the input format (a transmission, copydesk's own
 * Markdown); a page's time stamp near the top, a dated byline, a navigation
 * menu or the greedy wrap of a browser's text rendering (a pasted page); a
 * wire opening (headline, then byline, dateline or the story), an
 * agency dateline near the top, or ANPA header lines (wire copy). A story
 * with neither is read as a page's leftovers.
 */
export function decideStoryKind(tree: Root, file: VFile, lexicon: Lexicon): StoryKind {
  const format = ensureArticle(file).source.format;
  if (format === 'markdown') return { kind: 'markdown', evidence: ['format:markdown'] };
  if (format === 'anpa' || format === 'iptc7901')
    return { kind: 'transmission', evidence: [`format:${format}`] };

  const blocks = tree.children;
  const page: string[] = [];
  if (stampBlocks(tree).length > 0) page.push('page-time-stamp');
  if (blocks.slice(0, BYLINE_BLOCKS).some((node) => isDatedByline(node, lexicon)))
    page.push('dated-byline');
  if (blocks.slice(0, OPENING_BLOCKS).some(isMenu)) page.push('navigation-menu');
  const wrap = wrapOf(String(file.value ?? ''));
  if (wrap?.greedy) page.push('greedy-wrap');
  if (page.length > 0) return { kind: 'web', evidence: page };

  const wire: string[] = [];
  // The first OPENING_BLOCKS blocks that are not furniture, found without testing the rest.
  const opening: RootContent[] = [];
  for (const node of blocks) {
    if (opening.length === OPENING_BLOCKS) break;
    if (!isFurniture(node, lexicon)) opening.push(node);
  }
  if (opensLikeWire(opening, lexicon)) wire.push('wire-opening');
  const dateline = blocks
    .slice(0, DATELINE_BLOCKS)
    .some((node) => isTextBlock(node) && matchDateline(blockText(node), lexicon)?.agency != null);
  if (dateline) wire.push('agency-dateline');
  if (
    blocks.some((node) => isTextBlock(node) && isMarkedLine(blockText(node))) ||
    blocks
      .slice(0, OPENING_BLOCKS)
      .some((node) => isTextBlock(node) && isAnpaHeaderLine(blockText(node)))
  )
    wire.push('wire-header-lines');
  if (wire.length > 0) return { kind: 'wire', evidence: wire };
  return { kind: 'web', evidence: ['no-wire-opening'] };
}
