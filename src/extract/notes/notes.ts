import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { sweepBlocks } from '../../tree/edit-blocks.js';
import { dropTextPrefix } from '../../tree/line-map.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';
import { isEditorialNote, leadingNoteLength } from './editorial-note.js';

/** How many blocks from the top a note glued to the head of a paragraph is looked for in. */
const LEAD_BLOCKS = 8;

/**
 * Takes editorial notes out of the story, wherever they stand, and a note
 * glued to the head of one of the first paragraphs (a correction lead).
 */
export function notes(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    sweepBlocks(tree, (node) => {
      if (!isTextBlock(node)) return false;
      const text = blockText(node);
      if (!isEditorialNote(text)) return false;
      article.notes.push({ text: squash(text), line: lineOf(node) });
      return true;
    });
    for (const node of tree.children.slice(0, LEAD_BLOCKS)) {
      if (node.type !== 'paragraph') continue;
      // A note may be doubled (`((…))`) or followed by a second one.
      for (let guard = 0; guard < 3; guard++) {
        const text = blockText(node);
        const length = leadingNoteLength(text);
        const line = lineOf(node);
        if (length === 0) {
          // What a leading note left may be a note again (the same note sent twice).
          if (guard > 0 && isEditorialNote(text)) {
            article.notes.push({ text: squash(text), line });
            tree.children.splice(tree.children.indexOf(node), 1);
          }
          break;
        }
        if (!dropTextPrefix(node, length)) break;
        article.notes.push({ text: squash(text.slice(0, length)), line });
      }
    }
  };
}
