import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { lineOf } from '../../tree/block-text.js';
import { removeBlock } from '../../tree/edit-blocks.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';
import { stampBlocks } from './stamp-blocks.js';

/**
 * Takes the page's time stamps (`December 22, 2023 at 7:35 PM`, `Updated 3
 * hours ago`) off the top of a pasted story: the first becomes `published`
 * (with its ISO date when the stamp prints one), later ones go to `removed`.
 */
export function published(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    for (const { node, text, stamp } of stampBlocks(tree)) {
      if (article.published === null) {
        article.published = { text: stamp.text, isoDate: stamp.isoDate, line: lineOf(node) };
        // Separators around the stamp (`|`, `•`) are all that is left of the line.
        const rest = text.replace(stamp.text, '').trim();
        if (rest !== '')
          article.removed.push({ text: rest, reason: 'timestamp', line: lineOf(node) });
        tree.children.splice(tree.children.indexOf(node), 1);
      } else {
        removeBlock(tree, node, article, 'timestamp');
      }
    }
  };
}
