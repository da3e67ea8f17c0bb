import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import {
  articleOf,
  blockText,
  countWords,
  isTextBlock,
  lineOf,
  removeBlock,
  squash,
} from './blocks.js';
import type { ExtractOptions } from './options.js';
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
    else if (countWords(text) >= PROSE_WORDS && ++prose >= 2) break;
  }
  return found;
}

/**
 * Takes the page's time stamps (`December 22, 2023 at 7:35 PM`, `Updated 3
 * hours ago`) off the top of a pasted story: the first becomes `published`
 * (with its ISO date when the stamp prints one), later ones go to `removed`.
 */
export function published(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = articleOf(file);
    for (const { node, text, stamp } of stampBlocks(tree)) {
      if (article.published === null) {
        article.published = { text: stamp.text, isoDate: stamp.isoDate, line: lineOf(node) };
        // Separators around the stamp (`|`, `•`) are all that is left of the line.
        const rest = text.replace(stamp.text, '').trim();
        if (rest !== '')
          article.removed.push({ text: rest, reason: 'timestamp', line: lineOf(node) });
        tree.children.splice(tree.children.indexOf(node), 1);
      } else {
        removeBlock(tree, node, article, 'timestamp');
      }
    }
  };
}
