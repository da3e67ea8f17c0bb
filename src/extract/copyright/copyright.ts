import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { sweepBlocks } from '../../tree/edit-blocks.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';
import { parseCopyright } from './parse-copyright.js';

/** Takes the copyright notice out of the story (the last one wins). */
export function copyright(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    sweepBlocks(tree, (node) => {
      if (!isTextBlock(node)) return false;
      const parsed = parseCopyright(blockText(node));
      if (!parsed) return false;
      if (article.copyright) {
        article.removed.push({
          text: article.copyright.text,
          reason: 'duplicate-copyright',
          line: article.copyright.line,
        });
      }
      article.copyright = { ...parsed, line: lineOf(node) };
      return true;
    });
  };
}
