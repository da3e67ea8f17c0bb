import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { lineOf } from '../../tree/block-text.js';
import { removeBlock } from '../../tree/edit-blocks.js';
import { ensureArticle } from '../article.js';
import { isBylinePart } from '../headline/web-headline.js';
import { type ExtractOptions, lexiconOf } from '../options.js';

/**
 * Removes a pasted page's furniture above its headline (navigation, site
 * name, promotions) once the byline reader has had its chance at the lines
 * there: runs after the byline, on stories whose headline was picked among a
 * page's leftovers. Time stamps and bylines above the headline stay for the
 * `published` reader.
 */
export function pageHeader(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const headlineLine = article.headlineLine;
    if (!file.data.decisions?.headline || headlineLine === null || article.headline === null)
      return;
    const above = tree.children.filter((node) => {
      const line = lineOf(node);
      return line > 0 && line < headlineLine;
    });
    const blocks = tree.children;
    for (const node of above) {
      if (!isBylinePart(blocks, blocks.indexOf(node), lexicon))
        removeBlock(tree, node, article, 'page-header');
    }
  };
}
