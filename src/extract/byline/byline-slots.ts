import type { List, Paragraph, Root, RootContent } from 'mdast';
import type { Lexicon } from '../../lexicon/index.js';
import { isFull, runsOn, type Wrap } from '../../parse/line-breaks.js';
import { countWords } from '../../text/count-words.js';
import { displayWidth } from '../../text/display-width.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { dropTextPrefix, dropTextSuffix } from '../../tree/line-map.js';
import { lineMapOf } from '../../tree/paragraph-lines.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { opensWithBylinePrefix, startsWithPageOpener } from './byline-words.js';

/** Fewest words of a paragraph that is the story itself. */
const PROSE_WORDS = 25;
/** How many blocks below the headline (or the top) a web byline may stand. */
const SEARCH_BLOCKS = 60;
/**
 * Most blocks below the headline's line looked at, repeats included: a page
 * prints its furniture twice, but not hundreds of blocks of it between the
 * headline and the byline. Without it a story made of repeats only (every
 * block printed twice) was searched to its end, each block a candidate.
 */
const SCAN_BLOCKS = 10 * SEARCH_BLOCKS;
/** Paragraphs of prose (captions count) after which no byline is looked for. */
const MAX_PROSE = 12;
/** Most items of a list whose items are read as lines (a longer list is a menu). */
const MAX_LIST_ITEMS = 6;
/** Most lines of a paragraph whose lines are also read one by one (a longer one is prose). */
const MAX_STACK_LINES = 6;
/** How many blocks at the end of a page are searched for a byline printed at the story's foot. */
const FOOT_BLOCKS = 12;
/** Paragraphs of prose above a block at the page's end that make it the story's foot, not its head. */
const FOOT_PROSE = 3;

/** One top-level block or one item of a short list, as a line of text. */
export interface Slot {
  node: RootContent;
  item: number | null;
  text: string;
  /** Paragraphs of prose above it. */
  prose: number;
  /**
   * For one line of a paragraph of several (a page's lines the segmenter
   * kept together: a caption over the byline, a name over its date), the
   * line's input line; null for a whole block or list item.
   */
  line: number | null;
  /** A first or last line of its paragraph: one that can be taken out without splitting it. */
  edge: boolean;
  /** Past the top of the story: a line at the page's end, or one a byline word opens further down. */
  foot: boolean;
}

/** A line that ends a sentence or closes a bracket, quotes after it allowed. */
const CLOSED = /[.!?…)\]]["'”’»]*$/u;

/**
 * The lines of a paragraph of two to six input lines, as slots of their
 * own: pages put a byline on the line under a caption or over its date
 * with no blank line between, and the segmenter keeps such lines together.
 * A first or last line is an edge (a candidate) unless the break beside it
 * is a wrap's: its sentence runs on over the break, or, in a text
 * hard-wrapped at a width, a line that closes no sentence is so full that
 * the next line's first word would not have fitted after it (then the
 * lines are one line of the page, cut by the wrap).
 */
function lineSlots(node: RootContent, prose: number, wrap: Wrap | null): Slot[] {
  const mapped = lineMapOf(node);
  if (!mapped || mapped.map.length < 2 || mapped.map.length > MAX_STACK_LINES) return [];
  const { value, map } = mapped;
  const texts = map.map((entry, index) =>
    value.slice(entry.index, map.at(index + 1)?.index ?? value.length).trim(),
  );
  const last = map.length - 1;
  /** True when the break after line `at` was made by the wrap, not by the page. */
  const wrapped = (at: number): boolean => {
    const line = texts[at] ?? '';
    const next = texts[at + 1] ?? '';
    if (runsOn(line, next)) return true;
    // A full line that closes a sentence or a bracket (a caption's credit)
    // may end a page line as well as a wrapped one: the page gets the doubt.
    if (wrap === null || CLOSED.test(line)) return false;
    return isFull((map.at(at)?.column ?? 1) - 1 + displayWidth(line), next, wrap.width);
  };
  return map.map((entry, index) => ({
    node,
    item: null,
    text: texts[index] ?? '',
    prose,
    line: entry.line,
    edge: (index === 0 && !wrapped(0)) || (index === last && !wrapped(last - 1)),
    foot: false,
  }));
}

/** Any character past ASCII. */
const NON_ASCII = /[^\0-\x7f]/;

/** A block's text as compared for repeats: case, quotes and white space folded. */
export function repeatKey(text: string): string {
  // ASCII text is its own NFKC form and has no curly quotes, so squashing and
  // lower-casing is the whole fold. Every text block of a page is folded, and
  // the squash of a long block is usually one another reader made already.
  if (!NON_ASCII.test(text)) return squash(text).toLowerCase();
  return text
    .normalize('NFKC')
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The text blocks whose text the page prints more than once (every copy):
 * a gallery's captions, teasers, buttons. A repeat is page furniture, not
 * the story: it neither counts as prose nor uses up the blocks searched for
 * a byline. Each block's text is folded once.
 */
export function printedTwice(blocks: readonly RootContent[]): Set<RootContent> {
  const first = new Map<string, RootContent>();
  const twice = new Set<RootContent>();
  for (const node of blocks) {
    if (!isTextBlock(node)) continue;
    const key = repeatKey(blockText(node));
    if (key === '') continue;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, node);
      continue;
    }
    twice.add(earlier);
    twice.add(node);
  }
  return twice;
}

/**
 * The slots of one block: a text block (and, unless `whole`, its lines),
 * or the items of a short list; none for anything else.
 */
function blockSlots(node: RootContent, prose: number, wrap: Wrap | null, whole: boolean): Slot[] {
  if (isTextBlock(node)) {
    const slot = { node, item: null, text: blockText(node), prose, line: null, edge: true };
    return [{ ...slot, foot: false }, ...(whole ? [] : lineSlots(node, prose, wrap))];
  }
  if (node.type !== 'list' || node.children.length > MAX_LIST_ITEMS) return [];
  return node.children.map((item, index) => {
    const text = blockText({ ...node, children: [item] });
    return { node, item: index, text, prose, line: null, edge: true, foot: false };
  });
}

/** The slots of one block, marked as the foot's when `foot`. */
function markedSlots(node: RootContent, prose: number, wrap: Wrap | null, foot: boolean): Slot[] {
  const slots = blockSlots(node, prose, wrap, false);
  return foot ? slots.map((slot) => ({ ...slot, foot })) : slots;
}

/**
 * The lines near the top of a story where a byline may stand: text blocks
 * and the items of short lists, up to the dateline when `stopAtDateline`
 * (a byline never stands below it in wire copy), up to the twelfth
 * paragraph of prose, and at most sixty blocks below the headline's line;
 * blocks the page prints twice ({@link printedTwice}) count for neither,
 * but no block lies more than six hundred below the headline's line.
 * `wrap` is how the story's text was hard-wrapped (`wrapOf`), if at all.
 * A pasted page's foot ({@link footSlots}) follows, marked `foot`.
 */
export function slotsOf(
  tree: Root,
  lexicon: Lexicon,
  stopAtDateline: boolean,
  headlineLine: number | null = null,
  wrap: Wrap | null = null,
): Slot[] {
  const slots: Slot[] = [];
  let prose = 0;
  const below = Math.max(
    tree.children.findIndex((node) => lineOf(node) > (headlineLine ?? 0)),
    0,
  );
  const twice = printedTwice(tree.children);
  let searched = 0;
  let end = 0;
  for (const [index, node] of tree.children.entries()) {
    if (searched >= SEARCH_BLOCKS || index >= below + SCAN_BLOCKS) break;
    end = index + 1;
    const repeat = twice.has(node);
    if (index >= below && !repeat) searched++;
    const text = isTextBlock(node) ? blockText(node) : '';
    if (stopAtDateline && text !== '' && matchDateline(text, lexicon)) break;
    // Wire copy's head stack is segmented line by line already.
    if (stopAtDateline) slots.push(...blockSlots(node, prose, wrap, true));
    else slots.push(...markedSlots(node, prose, wrap, isFoot(tree, index, prose)));
    if (!repeat && countWords(text) >= PROSE_WORDS && !opensWithBylinePrefix(text)) prose++;
    if (prose >= MAX_PROSE) break;
  }
  return stopAtDateline ? slots : [...slots, ...footSlots(tree, end, prose, wrap)];
}

/** True for a block among a page's last ones with the story's prose above it: the foot, a short page's too. */
function isFoot(tree: Root, index: number, prose: number): boolean {
  return index >= tree.children.length - FOOT_BLOCKS && prose >= FOOT_PROSE;
}

/** True for a block a page's own byline opener starts (`Reporting by …`, `Written on Mar 27 by`). */
function opensByline(node: RootContent): boolean {
  if (!isTextBlock(node)) return false;
  const text = blockText(node);
  return text.length <= 300 && startsWithPageOpener(text);
}

/**
 * The slots of a page's foot, below the blocks searched from the top (on a
 * short page, the last of those are the foot as well: {@link isFoot}): the
 * last twelve blocks (an author box, `Written on … by`), and further up
 * every block a page's own byline opener starts, with the block under it
 * (`Reporting by …` after the story's last paragraph).
 */
function footSlots(tree: Root, from: number, prose: number, wrap: Wrap | null): Slot[] {
  const nodes = tree.children;
  const tail = Math.max(from, nodes.length - FOOT_BLOCKS);
  const slots: Slot[] = [];
  for (let index = from; index < nodes.length; index++) {
    const node = nodes[index] as RootContent;
    const previous = nodes[index - 1];
    const opened = opensByline(node) || (index > from && previous && opensByline(previous));
    if (index < tail && !opened) continue;
    slots.push(...markedSlots(node, prose, wrap, true));
  }
  return slots;
}

/**
 * Takes one line out of its paragraph, when it is the paragraph's first or
 * last line now (the whole paragraph when it is the only one); false when
 * it stands between others.
 */
function takeLine(tree: Root, node: Paragraph, line: number): boolean {
  const map = lineMapOf(node)?.map;
  const at = map?.findIndex((entry) => entry.line === line) ?? -1;
  if (!map || at < 0) return false;
  if (map.length === 1) {
    const index = tree.children.indexOf(node);
    if (index >= 0) tree.children.splice(index, 1);
    return true;
  }
  if (at === 0) return dropTextPrefix(node, map.at(1)?.index ?? 0);
  if (at === map.length - 1) return dropTextSuffix(node, map.at(at)?.index ?? 0);
  return false;
}

/** True when a slot can be taken out of the tree as it stands: a line in the middle of a paragraph cannot. */
export function canTakeSlot(slot: Slot): boolean {
  if (slot.line === null) return true;
  const map = lineMapOf(slot.node)?.map ?? [];
  const at = map.findIndex((entry) => entry.line === slot.line);
  return at === 0 || (at > 0 && at === map.length - 1);
}

/** Takes a slot's block, list item or line out of the tree. */
export function takeSlot(tree: Root, slot: Slot): void {
  if (slot.line !== null) {
    if (slot.node.type === 'paragraph') takeLine(tree, slot.node, slot.line);
    return;
  }
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
  if (slot.line !== null) return slot.line;
  if (slot.item === null) return lineOf(slot.node);
  const list = slot.node as List;
  return lineOf(list.children[slot.item] ?? list);
}
