import type { Root, RootContent } from 'mdast';
import { countWordsUpTo } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock } from '../../tree/block-text.js';
import { parseTimestampLine, type TimestampSpan } from './timestamp.js';

/** How many blocks from the top a page's time stamp may stand. */
const SEARCH_BLOCKS = 25;
/** Fewest words of a paragraph that is the story itself. */
const PROSE_WORDS = 25;

/** A block near the top of a pasted page that is a time stamp and nothing else. */
export interface StampBlock {
  node: RootContent;
  text: string;
  stamp: TimestampSpan;
}

/**
 * The time-stamp lines near the top of a story, stopping at the second
 * paragraph of prose, so dates in the story are never among them.
 */
export function stampBlocks(tree: Root): StampBlock[] {
  const found: StampBlock[] = [];
  let prose = 0;
  for (const node of tree.children.slice(0, SEARCH_BLOCKS)) {
    const single = node.type === 'list' && node.children.length === 1;
    if (!isTextBlock(node) && !single) continue;
    const text = squash(blockText(node));
    const stamp = parseTimestampLine(text);
    if (stamp) found.push({ node, text, stamp });
    else if (countWordsUpTo(text, PROSE_WORDS) >= PROSE_WORDS && ++prose >= 2) break;
  }
  return found;
}
