import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { dropBlock, removeBlock, sweepBlocks } from '../../tree/edit-blocks.js';
import { dropTextPrefix } from '../../tree/line-map.js';
import { lineMapOf } from '../../tree/paragraph-lines.js';
import type { Article } from '../../types.js';
import { ensureArticle } from '../article.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { matchNoise } from '../furniture/noise-lookup.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { isEditorialNote, leadingNoteLength } from './editorial-note.js';

/** How many blocks from the top a note glued to the head of a paragraph is looked for in. */
const LEAD_BLOCKS = 8;

/**
 * Takes editorial notes out of the story, wherever they stand, and a note
 * glued to the head of one of the first paragraphs (a correction lead; see
 * {@link takeLeadNotes}).
 */
export function notes(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    sweepBlocks(tree, (node) => {
      if (!isTextBlock(node)) return false;
      const text = blockText(node);
      if (!isEditorialNote(text)) return false;
      // A note on the lines above the lead's dateline, in one paragraph: the note goes, the lead stays.
      const leadAt = leadStartUnderNote(node, text, lexicon);
      if (leadAt > 0 && node.type === 'paragraph' && dropTextPrefix(node, leadAt)) {
        article.notes.push({ text: squash(text.slice(0, leadAt)), line: lineOf(node) });
        return false;
      }
      article.notes.push({ text: squash(text), line: lineOf(node) });
      return true;
    });
    takeLeadNotes(tree, article, lexicon);
  };
}

/**
 * Where the lead starts in a paragraph that a note opens: the first of its
 * input lines after the first that opens with a dateline, when the lines
 * above it are a note on their own (`Eds: Adds background.` over `BERLIN,
 * May 5 (dpa) - …`, no blank line between). A prefixed note (`Eds:`) is
 * read to the paragraph's end, so without this the lead went with it.
 * 0 when there is no such line.
 */
function leadStartUnderNote(node: RootContent, text: string, lexicon: Lexicon): number {
  const map = lineMapOf(node)?.map;
  if (!map) return 0;
  for (let line = 1; line < map.length; line++) {
    const start = map.indexAt(line);
    if (matchDateline(text.slice(start), lexicon) === null) continue;
    return isEditorialNote(text.slice(0, start)) ? start : 0;
  }
  return 0;
}

/**
 * Takes a note glued to the head of one of the first paragraphs once the
 * headline and byline readers have cut their lines off the top of a
 * paragraph: `Jane Example\n(Updates with …)\nBERLIN, May 5 (dpa) - …` read
 * as a byline leaves the note at the head of the lead, where the wire puts
 * it, above the dateline. The notes reader, run before them, saw that
 * paragraph open with the byline line; copydesk's Markdown prints the
 * byline apart, and its reading took the note.
 */
export function leadNotes(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    takeLeadNotes(tree, ensureArticle(file), lexicon);
  };
}

/**
 * A note glued to the head of one of the first {@link LEAD_BLOCKS}
 * paragraphs. What such a note leaves may be a note again, or furniture (a
 * noise phrase: `(Updates with …)ADVERTISEMENT`), which the furniture
 * reader, run before, saw glued to the note: it goes to `removed` as that
 * reader would have put it, so that the story reads as its own Markdown
 * does, where the two stand apart.
 */
function takeLeadNotes(tree: Root, article: Article, lexicon: Lexicon): void {
  for (const node of tree.children.slice(0, LEAD_BLOCKS)) {
    if (node.type !== 'paragraph') continue;
    // A note may be doubled (`((…))`) or followed by a second one.
    for (let guard = 0; guard < 3; guard++) {
      const text = blockText(node);
      const length = leadingNoteLength(text) || leadStartUnderNote(node, text, lexicon);
      const line = lineOf(node);
      if (length === 0) {
        if (guard > 0) takeRemainder(tree, node, article, lexicon);
        break;
      }
      if (!dropTextPrefix(node, length)) break;
      article.notes.push({ text: squash(text.slice(0, length)), line });
    }
  }
}

/**
 * What a leading note left of its paragraph: a note again (the same note
 * sent twice), or furniture the furniture reader saw glued to the note.
 * Either goes; anything else is the story and stays.
 */
function takeRemainder(tree: Root, node: RootContent, article: Article, lexicon: Lexicon): void {
  const text = blockText(node);
  if (isEditorialNote(text)) {
    article.notes.push({ text: squash(text), line: lineOf(node) });
    dropBlock(tree, node);
    return;
  }
  const noise = matchNoise(lexicon.noisePhrases, text);
  if (noise) removeBlock(tree, node, article, noise.reason);
}
