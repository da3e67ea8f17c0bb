import type { List, Root, RootContent } from 'mdast';
import type { Lexicon } from '../../lexicon/index.js';
import { countWords } from '../../text/count-words.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { opensWithBylinePrefix } from './byline-words.js';

/** Fewest words of a paragraph that is the story itself. */
const PROSE_WORDS = 25;
/** How many blocks below the headline (or the top) a web byline may stand. */
const SEARCH_BLOCKS = 60;
/** Paragraphs of prose (captions count) after which no byline is looked for. */
const MAX_PROSE = 12;
/** Most items of a list whose items are read as lines (a longer list is a menu). */
const MAX_LIST_ITEMS = 6;

/** One top-level block or one item of a short list, as a line of text. */
export interface Slot {
  node: RootContent;
  item: number | null;
  text: string;
  /** Paragraphs of prose above it. */
  prose: number;
}

/**
 * The lines near the top of a story where a byline may stand: text blocks
 * and the items of short lists, up to the dateline when `stopAtDateline`
 * (a byline never stands below it in wire copy), up to the twelfth
 * paragraph of prose, and at most sixty blocks below the headline's line.
 */
export function slotsOf(
  tree: Root,
  lexicon: Lexicon,
  stopAtDateline: boolean,
  headlineLine: number | null = null,
): Slot[] {
  const slots: Slot[] = [];
  let prose = 0;
  const below = tree.children.findIndex((node) => lineOf(node) > (headlineLine ?? 0));
  const limit = Math.max(below, 0) + SEARCH_BLOCKS;
  for (const node of tree.children.slice(0, limit)) {
    if (isTextBlock(node)) {
      const text = blockText(node);
      if (stopAtDateline && matchDateline(text, lexicon)) break;
      slots.push({ node, item: null, text, prose });
      if (countWords(text) >= PROSE_WORDS && !opensWithBylinePrefix(text)) prose++;
      if (prose >= MAX_PROSE) break;
    } else if (node.type === 'list' && node.children.length <= MAX_LIST_ITEMS) {
      node.children.forEach((item, index) => {
        slots.push({ node, item: index, text: blockText({ ...node, children: [item] }), prose });
      });
    }
  }
  return slots;
}

/** Takes a slot's block (or list item) out of the tree. */
export function takeSlot(tree: Root, slot: Slot): void {
  if (slot.item === null) {
    const index = tree.children.indexOf(slot.node);
    if (index >= 0) tree.children.splice(index, 1);
    return;
  }
  const list = slot.node as List;
  const item = list.children[slot.item];
  if (item) list.children = list.children.filter((child) => child !== item);
  if (list.children.length === 0) {
    const index = tree.children.indexOf(list);
    if (index >= 0) tree.children.splice(index, 1);
  }
}

/** The input line of a slot. */
export function lineOfSlot(slot: Slot): number {
  if (slot.item === null) return lineOf(slot.node);
  const list = slot.node as List;
  return lineOf(list.children[slot.item] ?? list);
}
