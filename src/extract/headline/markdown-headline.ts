import type { RootContent } from 'mdast';
import { blockText, isTextBlock } from '../../tree/block-text.js';
import type { Head } from './head.js';
import { isKickerLike } from './shapes.js';

/**
 * The headline of copydesk's own Markdown, read by its layout
 * (render/markdown.ts): the level-one heading, the section label in the
 * paragraph right above it, the deck in the level-two heading right under
 * it. A document without a level-one heading has no headline.
 */
export function findMarkdownHeadline(blocks: readonly RootContent[]): Head | null {
  const index = blocks.findIndex((node) => node.type === 'heading' && node.depth === 1);
  const head = blocks[index];
  if (!head) return null;
  const above = blocks[index - 1];
  const below = blocks[index + 1];
  return {
    head,
    kicker: above && isTextBlock(above) && isKickerLike(blockText(above)) ? above : null,
    deck: below?.type === 'heading' && below.depth === 2 ? below : null,
    furniture: [],
  };
}
