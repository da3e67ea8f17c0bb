import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { sweepBlocks } from '../../tree/edit-blocks.js';
import type { Copyright } from '../../types.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';
import { parseCopyright } from './parse-copyright.js';

/** Takes the copyright notice out of the story (the last one wins). */
export function copyright(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    // The notice found last, set on the article once the sweep is done: a page that
    // repeats its notice after every block made a copy of each one that the next replaced.
    let last: Omit<Copyright, 'line'> | null = article.copyright;
    let lastLine = article.copyright?.line ?? 0;
    sweepBlocks(tree, (node) => {
      if (!isTextBlock(node)) return false;
      const parsed = parseCopyright(blockText(node));
      if (!parsed) return false;
      if (last)
        article.removed.push({ text: last.text, reason: 'duplicate-copyright', line: lastLine });
      last = parsed;
      lastLine = lineOf(node);
      return true;
    });
    if (last && last !== article.copyright) article.copyright = { ...last, line: lastLine };
  };
}
