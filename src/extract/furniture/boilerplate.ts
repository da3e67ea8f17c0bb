import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText, isTextBlock } from '../../tree/block-text.js';
import { recordRemoved, sweepBlocks } from '../../tree/edit-blocks.js';
import { ensureArticle } from '../article.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { stripEndMarks } from './end-marks.js';
import { matchNoise } from './noise-lookup.js';
import { removePageNoise } from './page-noise.js';

/**
 * Removes page and wire furniture: whole blocks that match the noise table
 * anywhere, and end marks or sign-offs at the end of the story, including a
 * sign-off on the last line of the last block.
 */
export function boilerplate(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    sweepBlocks(tree, (node) => {
      if (!isTextBlock(node)) return false;
      const hit = matchNoise(lexicon.noisePhrases, blockText(node));
      if (hit) recordRemoved(article, node, hit.reason);
      return hit !== undefined;
    });
    removePageNoise(tree, article, lexicon.noisePhrases);
    stripEndMarks(tree, lexicon.endMarks, article);
  };
}
