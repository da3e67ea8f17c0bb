import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText, isTextBlock } from '../../tree/block-text.js';
import { recordRemoved, sweepBlocks } from '../../tree/edit-blocks.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';

/**
 * The teleprinter test pattern (`ryryryry …`, often followed by the
 * sender's name) that agencies send to check a line.
 */
export function isTestPattern(text: string): boolean {
  return /^(?:ry){4,}\b/i.test(text.trim());
}

/**
 * Takes transmission test copy out of the body: every paragraph that opens
 * with the `ryry…` pattern goes to `removed` as `test-transmission`.
 */
export function testPattern(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    // One sweep: block by block (indexOf and splice) was quadratic in the blocks removed.
    sweepBlocks(tree, (node) => {
      const test = isTextBlock(node) && isTestPattern(blockText(node));
      if (test) recordRemoved(article, node, 'test-transmission');
      return test;
    });
  };
}
