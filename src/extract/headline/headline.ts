import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { countWords } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import type { Article } from '../../types.js';
import { ensureArticle } from '../article.js';
import { parseWebByline } from '../byline/parse-web-byline.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { imageLinesOf, isAnchor } from './page-blocks.js';
import {
  endsLikeSentence,
  isBylineOrDateline,
  isDeckLike,
  isHeadlineLike,
  isKickerLike,
  opensLikeWire,
  opensWithByline,
} from './shapes.js';
import { pickWebHeadline, splitHeadlineLabel } from './web-headline.js';

/** How many blocks from the top the headline may be. */
const SEARCH_BLOCKS = 8;

function take(tree: Root, node: RootContent): string {
  tree.children.splice(tree.children.indexOf(node), 1);
  return squash(blockText(node));
}

/**
 * Finds the headline near the top of the story, with the section label
 * above it (kicker) and the standfirst below it (deck). In Markdown input a
 * level-one heading is the headline.
 */
export function headline(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    findHeadline(tree, file, lexicon);
    if (ensureArticle(file).headline === null) {
      file.message('Missing headline: no short line opens the story', {
        place: tree.position?.start,
        source: 'copydesk',
        ruleId: 'headline',
      });
    }
  };
}

function findHeadline(tree: Root, file: VFile, lexicon: Lexicon): void {
  const article = ensureArticle(file);
  const top = tree.children.slice(0, SEARCH_BLOCKS).filter(isTextBlock);

  let headIndex = top.findIndex((node) => node.type === 'heading' && node.depth === 1);
  let kickerIndex = -1;
  if (headIndex >= 0) {
    const before = top[headIndex - 1];
    if (headIndex >= 1 && before && isKickerLike(blockText(before))) kickerIndex = headIndex - 1;
  } else if (
    (file.data.webPaste || !opensLikeWire(top, lexicon)) &&
    findWebHeadline(tree, file, lexicon)
  ) {
    return;
  } else {
    const first = top[0];
    const second = top[1];
    if (!first || !isHeadlineLike(blockText(first), lexicon) || opensWithByline(first, lexicon))
      return;
    headIndex = 0;
    if (
      second &&
      isKickerLike(blockText(first)) &&
      isHeadlineLike(blockText(second), lexicon) &&
      !opensWithByline(second, lexicon) &&
      !endsLikeSentence(blockText(second)) &&
      countWords(blockText(second)) > countWords(blockText(first))
    ) {
      kickerIndex = 0;
      headIndex = 1;
    }
  }

  const head = top[headIndex];
  if (!head) return;
  const deckCandidate = top[headIndex + 1];
  const afterDeck = tree.children[tree.children.indexOf(deckCandidate as RootContent) + 1];
  let deck: RootContent | undefined;
  if (deckCandidate && isDeckLike(deckCandidate, lexicon)) {
    const isSubheading = deckCandidate.type === 'heading' && deckCandidate.depth === 2;
    const leadsIntoStory =
      afterDeck !== undefined &&
      isTextBlock(afterDeck) &&
      (isBylineOrDateline(blockText(afterDeck), lexicon) ||
        opensWithByline(afterDeck, lexicon) ||
        isAnchor(blockText(afterDeck), lexicon));
    // copydesk's own Markdown prints the deck as `## deck`: a paragraph
    // there is the byline or the story.
    const ownMarkdown = article.source.format === 'markdown';
    if (isSubheading || (leadsIntoStory && !ownMarkdown)) deck = deckCandidate;
  }

  const kicker = kickerIndex >= 0 ? top[kickerIndex] : undefined;
  article.headlineLine = lineOf(head);
  if (kicker) {
    article.kickerLine = lineOf(kicker);
    article.kicker = take(tree, kicker);
  }
  setHeadline(article, take(tree, head), lineOf(head));
  if (deck) {
    article.deckLine = lineOf(deck);
    article.deck = take(tree, deck);
  }
}

/** Sets the headline; a label a page appends to it (`… | Editorial`) goes to `removed`. */
function setHeadline(article: Article, text: string, line: number): void {
  const labelled = splitHeadlineLabel(text);
  article.headline = labelled?.headline ?? text;
  if (labelled) article.removed.push({ text: labelled.label, reason: 'section-label', line });
}

/**
 * The headline of a pasted page: picked among the page's leftovers (see
 * {@link pickWebHeadline}); a section label right above it becomes the
 * kicker, a standfirst right under it the deck. The page furniture above it
 * stays for the byline reader; `pageHeader` removes it after. Returns false
 * when no line qualifies.
 */
function findWebHeadline(tree: Root, file: VFile, lexicon: Lexicon): boolean {
  const article = ensureArticle(file);
  const blocks = tree.children;
  const { index, decision } = pickWebHeadline(blocks, lexicon, imageLinesOf(article));
  file.data.decisions = { ...file.data.decisions, headline: decision };
  const head = blocks[index];
  if (!head) return false;
  file.data.webPaste = true;
  const before = blocks.slice(0, index);
  const above = before.at(-1);
  const kicker =
    above &&
    isTextBlock(above) &&
    isKickerLike(blockText(above)) &&
    !isAnchor(blockText(above), lexicon)
      ? above
      : undefined;
  const next = blocks[index + 1];
  let deck: RootContent | undefined;
  if (next && isTextBlock(next) && isDeckLike(next, lexicon)) {
    const text = squash(blockText(next));
    const soonAnchor = blocks
      .slice(index + 2, index + 5)
      .some((node) => isTextBlock(node) && isAnchor(blockText(node), lexicon));
    // A standfirst is a sentence, never the byline (`Coastal Daily Staff`).
    const isSentence = countWords(text) >= 5 && parseWebByline(text, lexicon) === null;
    if (soonAnchor && isSentence && text !== squash(blockText(head)) && !isAnchor(text, lexicon))
      deck = next;
  }
  // Page furniture above the headline stays for the byline reader; `pageHeader` removes it after.
  article.headlineLine = lineOf(head);
  if (kicker) {
    article.kickerLine = lineOf(kicker);
    article.kicker = take(tree, kicker);
  }
  setHeadline(article, take(tree, head), lineOf(head));
  if (deck) {
    article.deckLine = lineOf(deck);
    article.deck = take(tree, deck);
  }
  return true;
}
