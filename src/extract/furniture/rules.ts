import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText } from '../../tree/block-text.js';
import { removeBlock } from '../../tree/edit-blocks.js';
import { splitParagraphWhere } from '../../tree/split-lines.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';
import { isBlockEnd } from '../wire-header/header-line.js';

/** A horizontal rule typed on the wire: three or more underscores (AP's `___`). */
export function isRuleLine(text: string): boolean {
  return /^_{3,}$/.test(text.trim());
}

/**
 * Takes wire rules (`___`, which separate the story from trailing notes) and
 * `^END<` block ends out of the body, even when they were hard-wrapped into
 * a paragraph with the lines around them.
 */
export function rules(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const alone = (text: string): boolean => isRuleLine(text) || isBlockEnd(text);
    for (const node of [...tree.children]) {
      if (node.type === 'paragraph') splitParagraphWhere(tree, node, alone);
    }
    for (const node of [...tree.children]) {
      if (node.type !== 'paragraph') continue;
      const text = blockText(node);
      if (isRuleLine(text)) removeBlock(tree, node, article, 'separator');
      else if (isBlockEnd(text)) removeBlock(tree, node, article, 'end-mark');
    }
  };
}
