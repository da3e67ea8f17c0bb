import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { isBlockEnd, isRuleLine } from '../../parse/line-shapes.js';
import { blockText } from '../../tree/block-text.js';
import { removeBlock } from '../../tree/edit-blocks.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';

/**
 * Takes wire rules (`___`, which separate the story from trailing notes) and
 * `^END<` block ends out of the body (fromWire gives each a block of its own).
 */
export function rules(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    for (const node of [...tree.children]) {
      if (node.type !== 'paragraph') continue;
      const text = blockText(node);
      if (isRuleLine(text)) removeBlock(tree, node, article, 'separator');
      else if (isBlockEnd(text)) removeBlock(tree, node, article, 'end-mark');
    }
  };
}
