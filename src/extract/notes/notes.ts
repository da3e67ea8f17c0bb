import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { sweepBlocks } from '../../tree/edit-blocks.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';
import { isEditorialNote } from './editorial-note.js';

/** Takes editorial notes out of the story, wherever they stand. */
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
  };
}
