import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { articleOf, blockText, removeBlock } from './blocks.js';
import type { ExtractOptions } from './options.js';
import { splitParagraph } from './split-lines.js';
import { isBlockEnd } from './wire-header.js';

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
    const article = articleOf(file);
    const alone = (text: string): boolean => isRuleLine(text) || isBlockEnd(text);
    for (const node of [...tree.children]) {
      if (node.type === 'paragraph') splitParagraph(tree, node, alone);
    }
    for (const node of [...tree.children]) {
      if (node.type !== 'paragraph') continue;
      const text = blockText(node);
      if (isRuleLine(text)) removeBlock(tree, node, article, 'separator');
      else if (isBlockEnd(text)) removeBlock(tree, node, article, 'end-mark');
    }
  };
}
