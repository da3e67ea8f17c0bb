import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { isBlockEnd, isRuleLine } from '../../parse/line-shapes.js';
import { blockText } from '../../tree/block-text.js';
import { recordRemoved, sweepBlocks } from '../../tree/edit-blocks.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';

/**
 * Takes wire rules (`___`, which separate the story from trailing notes) and
 * `^END<` block ends out of the body (fromWire gives each a block of its own).
 */
export function rules(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    // One sweep: a block-by-block splice is quadratic in a long run of rules.
    sweepBlocks(tree, (node) => {
      if (node.type !== 'paragraph') return false;
      const text = blockText(node);
      const reason = isRuleLine(text) ? 'separator' : isBlockEnd(text) ? 'end-mark' : null;
      if (reason !== null) recordRemoved(article, node, reason);
      return reason !== null;
    });
  };
}
