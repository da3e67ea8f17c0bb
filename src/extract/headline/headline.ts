import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { dropBlock, recordRemoved } from '../../tree/edit-blocks.js';
import type { Article } from '../../types.js';
import { ensureArticle } from '../article.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
import type { StoryKindName } from '../story-kind/kind.js';
import { storyKindOf } from '../story-kind/story-kind-of.js';
import type { Head } from './head.js';
import { findMarkdownHeadline } from './markdown-headline.js';
import { imageLinesOf } from './page-blocks.js';
import { isProseSentence, opensLikeWire } from './shapes.js';
import { findWebHeadline, splitHeadlineLabel } from './web-headline.js';
import { findWireHeadline } from './wire-headline.js';

/** How many blocks from the top the wire opening is read from. */
const OPENING_BLOCKS = 8;

/**
 * The headline reader a story's kind asks for: copydesk's Markdown by its
 * layout; a page by the scored pick among its leftovers; wire copy by its
 * opening, or by the scored pick when it does not open as wire copy does.
 */
function findHead(
  blocks: readonly RootContent[],
  kind: StoryKindName,
  lexicon: Lexicon,
  file: VFile,
): Head | null {
  if (kind === 'markdown') return findMarkdownHeadline(blocks);
  const opening = blocks.slice(0, OPENING_BLOCKS).filter(isTextBlock);
  if (kind === 'web' || !opensLikeWire(opening, lexicon)) {
    const { found, decisions } = findWebHeadline(
      blocks,
      lexicon,
      imageLinesOf(ensureArticle(file)),
    );
    file.data.decisions = { ...file.data.decisions, ...decisions };
    if (found) return found;
  }
  return findWireHeadline(blocks, lexicon);
}

/** True when the headline found is the story's only block of text and reads as a sentence of prose. */
function isOnlySentence(tree: Root, found: Head): boolean {
  // One walk that stops at a second block of text: a story of a million blocks has many.
  let only: RootContent | undefined;
  for (const node of tree.children) {
    if (node.type === 'list' || node.type === 'code') return false;
    if (!isTextBlock(node)) continue;
    if (only !== undefined) return false;
    only = node;
  }
  return only === found.head && isProseSentence(blockText(found.head));
}

/** Takes a block out of the tree; its text, white space squashed. */
function take(tree: Root, node: RootContent): string {
  dropBlock(tree, node);
  return squash(blockText(node));
}

/** Writes what a reader found into the article and takes it out of the tree. */
function applyHead(tree: Root, article: Article, found: Head): void {
  for (const node of found.furniture) {
    recordRemoved(article, node, 'page-header');
    dropBlock(tree, node);
  }
  const line = lineOf(found.head);
  article.headlineLine = line;
  if (found.kicker) {
    article.kickerLine = lineOf(found.kicker);
    article.kicker = take(tree, found.kicker);
  }
  const text = take(tree, found.head);
  // A label a page appends to its headline (`… | Editorial`) goes to `removed`.
  const labelled = splitHeadlineLabel(text);
  article.headline = labelled?.headline ?? text;
  if (labelled) article.removed.push({ text: labelled.label, reason: 'section-label', line });
  // A field-tagged header's abstract (`AB#`) is the deck already: the block
  // under the headline stays in the body rather than replace it unseen.
  if (found.deck && article.deck === null) {
    article.deckLine = lineOf(found.deck);
    article.deck = take(tree, found.deck);
  }
}

/**
 * Finds the headline near the top of the story, with the section label
 * above it (kicker) and the standfirst below it (deck), by the reader the
 * story's kind asks for.
 */
export function headline(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    // A field-tagged header named the headline (wireHeader wrote it).
    if (article.headline !== null) return;
    const { kind } = storyKindOf(tree, file, lexicon);
    const found = findHead(tree.children, kind, lexicon, file);
    // A story that is one sentence of prose has no headline: the sentence is its body.
    // (In copydesk's Markdown a level-one heading is the headline, whatever it says.)
    const sentence = found !== null && kind !== 'markdown' && isOnlySentence(tree, found);
    if (found && !sentence) applyHead(tree, article, found);
    if (article.headline === null) {
      const reason = sentence
        ? 'Missing headline: the story is one sentence of prose (lower case, a full stop), kept as its body'
        : 'Missing headline: no short line opens the story';
      file.message(reason, { place: tree.position?.start, source: 'copydesk', ruleId: 'headline' });
    }
  };
}
