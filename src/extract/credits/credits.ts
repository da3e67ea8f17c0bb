import type { List, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { sweepBlocks } from '../../tree/edit-blocks.js';
import { dropTextSuffix, lineAt } from '../../tree/line-map.js';
import { lastLineStart } from '../../tree/paragraph-lines.js';
import type { Article, Credit } from '../../types.js';
import { ensureArticle } from '../article.js';
import { parseCopyright } from '../copyright/parse-copyright.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { addCredit } from './add-credit.js';
import { contactCredit, isContactLine } from './contact-line.js';
import { closingCredits, type ParsedCredit, parseCredits } from './parse-credits.js';
import { gluedSignoff, parseSignoff } from './signoff.js';

/**
 * Takes the sign-offs off the end of the story, last first: whole closing
 * paragraphs (`dpa abc`, `abc/def`) and a glued agency sign-off. Returns them
 * in reading order.
 */
function takeSignoffs(tree: Root): Credit[] {
  const taken: Credit[] = [];
  for (let guard = 0; guard < 3; guard++) {
    const last = tree.children.at(-1);
    if (!last || !isTextBlock(last)) break;
    const text = blockText(last);
    const whole = parseSignoff(text);
    if (whole) {
      taken.unshift({ ...whole, line: lineOf(last) });
      tree.children.pop();
      continue;
    }
    const glued = gluedSignoff(text);
    if (glued && last.type === 'paragraph' && dropTextSuffix(last, glued.index)) {
      taken.unshift({ ...glued.credit, line: lineAt(last, glued.index) });
    }
    break;
  }
  return taken;
}

/** How many paragraphs from the end a credit appended to a paragraph is looked for in. */
const APPENDED_BLOCKS = 3;

/**
 * Cuts credit lines appended to the end of the story's last paragraphs
 * (`… said. (Reporting by A; Editing by B)`) off them: every credit line the
 * paragraph closes on.
 */
function takeAppendedCredits(tree: Root, article: Article, lexicon: Lexicon): Credit[] {
  const taken: Credit[] = [];
  for (const node of tree.children.slice(-APPENDED_BLOCKS).reverse()) {
    if (node.type !== 'paragraph') continue;
    // A paragraph that is all credit lines is the tail's (creditBlocksAtTail takes it).
    if (parseCredits(blockText(node), lexicon)) continue;
    // Only the story's last paragraph closes it: a credit line in one above is
    // story text, as copydesk's Markdown, which prints credits apart, reads it.
    let found = closingCredits(blockText(node), lastLineStart(node), lexicon);
    if (!found) break;
    // A paragraph may close on several credit lines (`… Jane Doe contributed to
    // this report. John Roe contributed to this report.`): all go, the last first,
    // as copydesk's Markdown prints each as a paragraph of its own.
    while (found) {
      const line = lineAt(node, found.index);
      const text = blockText(node).slice(found.index).trim();
      // A line that reads as a copyright notice (`© CNN's … contributed`) is one:
      // copydesk's Markdown prints it alone, where the copyright reader takes it first.
      if (parseCopyright(text)) break;
      if (!dropTextSuffix(node, found.index)) break;
      // The same line twice in a row is a duplicate, as a block printed twice is (page-noise.ts).
      if (taken.length > 0 && found.credits.every((credit, at) => credit.text === taken[at]?.text))
        article.removed.push({ text, reason: 'duplicate', line });
      else taken.unshift(...found.credits.map((credit) => ({ ...credit, line })));
      found = closingCredits(blockText(node), lastLineStart(node), lexicon);
    }
    if (taken.length > 0) break;
  }
  return taken;
}

/** How many other blocks may stand between a credit line and the end of the story. */
const TAIL_BLOCKS = 8;

/**
 * The credit blocks at the foot of the story, in reading order: credit
 * lines with at most {@link TAIL_BLOCKS} other blocks below them. Credit
 * lines do not count, so a long run of them (copydesk's Markdown prints one
 * credit a paragraph) is read whole.
 */
function creditBlocksAtTail(
  blocks: readonly RootContent[],
  lexicon: Lexicon,
): Array<{ node: RootContent; parsed: ParsedCredit[] }> {
  const found: Array<{ node: RootContent; parsed: ParsedCredit[] }> = [];
  let others = 0;
  // Found from the end up and turned round once: unshift per block was quadratic.
  for (let index = blocks.length - 1; index >= 0 && others < TAIL_BLOCKS; index--) {
    const node = blocks[index] as RootContent;
    const parsed = isTextBlock(node)
      ? tailCredit(blocks, index, lexicon)
      : node.type === 'list'
        ? creditList(node, lexicon)
        : null;
    if (parsed) found.push({ node, parsed });
    else others++;
  }
  return found.reverse();
}

/**
 * A list whose every item is a credit line (dpa's contacts: `- Reporting by:
 * …`, `- Editing by: …`): its credits, in order; else null. copydesk's
 * Markdown prints each credit as a paragraph, which the tail reads as one.
 */
function creditList(list: List, lexicon: Lexicon): ParsedCredit[] | null {
  const credits: ParsedCredit[] = [];
  for (const item of list.children) {
    const parsed = parseCredits(blockText(item), lexicon);
    if (!parsed) return null;
    credits.push(...parsed);
  }
  return credits.length > 0 ? credits : null;
}

/**
 * The credits a block at the tail reads as: a credit line, or a contact line
 * (an e-mail address, a phone number) under one, as dpa lists its contacts
 * under the editor's credit. It is the credits' as the part not for
 * publication reads it; copydesk's Markdown prints it in that place.
 */
function tailCredit(
  blocks: readonly RootContent[],
  index: number,
  lexicon: Lexicon,
): ParsedCredit[] | null {
  const text = blockText(blocks[index] as RootContent);
  const parsed = parseCredits(text, lexicon);
  if (parsed || !isContactLine(text)) return parsed;
  // Up through the contact lines above it to the first other block: a credit line?
  for (let above = index - 1; above >= 0; above--) {
    const node = blocks[above] as RootContent;
    if (!isTextBlock(node)) return null;
    const aboveText = blockText(node);
    if (parseCredits(aboveText, lexicon)) return [contactCredit(text)];
    if (!isContactLine(aboveText)) return null;
  }
  return null;
}

/** Takes the credit blocks at the tail of the story ({@link creditBlocksAtTail}) out of the tree. */
function takeTailCredits(tree: Root, lexicon: Lexicon): Credit[] {
  const found: Credit[] = [];
  const taken = new Set<RootContent>();
  for (const { node, parsed } of creditBlocksAtTail(tree.children, lexicon)) {
    const line = lineOf(node);
    for (const credit of parsed) found.push({ ...credit, line });
    taken.add(node);
  }
  // Out of the tree in one sweep: block by block (indexOf and splice) was quadratic.
  if (taken.size > 0) sweepBlocks(tree, (node) => taken.has(node));
  return found;
}

/**
 * Takes the credits the head readers left at the story's tail: a byline
 * taken off the first line of a block leaves the line under it (`Compiled
 * by Jane Roe.`) a paragraph of its own, and a byline taken off the last
 * line of the last paragraph leaves credits appended to the line above it
 * (`… the company said. (Reporting by Jane Roe)`) at the story's end, as
 * copydesk's Markdown prints them and reads them back. Before the headline
 * and byline are read, neither stood where credits close a story.
 */
export function tailCredits(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const appended = takeAppendedCredits(tree, article, lexicon);
    const found = takeTailCredits(tree, lexicon);
    found.push(...appended);
    for (const credit of found) addCredit(article, credit);
  };
}

/** Takes credit paragraphs out of the tail of the story. */
export function credits(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const signoffs = takeSignoffs(tree);
    const appended = takeAppendedCredits(tree, article, lexicon);
    const found = takeTailCredits(tree, lexicon);
    // Credits appended to the last paragraph, then the sign-offs, close the story.
    found.push(...appended);
    for (const credit of found) addCredit(article, credit);
    article.credits.push(...signoffs);
  };
}
