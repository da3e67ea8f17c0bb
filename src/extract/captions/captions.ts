import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { countWords } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';
import { blockText, lineOf } from '../../tree/block-text.js';
import { recordRemoved, sweepBlocks } from '../../tree/edit-blocks.js';
import type { Article, Credit, Media } from '../../types.js';
import { ensureArticle } from '../article.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { matchPhotoCredit } from './photo-credit.js';

/**
 * Takes photo captions and their credits out of the body: each paragraph
 * ending in a photo credit becomes a `media` entry and a `photo` credit; a
 * repeated credit or a repeated caption goes to `removed`.
 */
export function captions(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const seen = new Set<string>();
    sweepBlocks(tree, (node) => takeCaption(node, article, lexicon, seen));
  };
}

/** Most blocks from the top {@link leadCaptions} reads. */
const LEAD_BLOCKS = 8;

/**
 * Takes the captions heading the story that the head readers left standing
 * alone: a byline or a headline taken off a line of a block leaves the
 * caption over its photo credit a paragraph of its own (`A ship enters the port … REUTERS/Jane Doe`
 * over a byline line), as copydesk's Markdown prints it and reads it back.
 * Before the headline and byline were read, the caption did not end its block.
 */
export function leadCaptions(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const seen = new Set(article.media.map((media) => squash(captionLine(media))));
    const taken = new Set<RootContent>();
    // Only the blocks heading the story, down to the first that is no caption: further
    // down, a caption's block was the captions reader's to read, and still is.
    for (const node of tree.children.slice(0, LEAD_BLOCKS)) {
      if (!takeCaption(node, article, lexicon, seen)) break;
      taken.add(node);
    }
    if (taken.size > 0) sweepBlocks(tree, (node) => taken.has(node));
  };
}

/** A caption and its credit as one line, as a block printed twice repeats it. */
function captionLine(media: Media): string {
  return `${media.caption}${media.joiner ?? ' '}${media.creditText ?? ''}`;
}

/**
 * Reads one block as a caption (or a photo credit alone, or a caption printed
 * twice) into the article; true when the block is to be taken out.
 */
function takeCaption(
  node: RootContent,
  article: Article,
  lexicon: Lexicon,
  seen: Set<string>,
): boolean {
  if (node.type !== 'paragraph') return false;
  const text = blockText(node);
  // Only captions are remembered; until one is, no paragraph needs its key.
  if (seen.size > 0 && seen.has(squash(text))) {
    recordRemoved(article, node, 'duplicate-caption');
    return true;
  }
  const match = matchPhotoCredit(text, lexicon);
  if (!match || countWords(match.caption) > 90) return false;
  seen.add(squash(text));
  const line = lineOf(node);
  const credit: Credit = {
    role: 'photo',
    names: match.names,
    organization: match.organization,
    text: match.creditText,
    line,
  };
  if (match.caption !== '') {
    const media: Media = {
      caption: match.caption,
      credit: match.credit,
      creditText: match.creditText,
      joiner: match.joiner,
      line,
    };
    article.media.push(media);
  } else {
    const previous = article.media.at(-1);
    if (previous && previous.credit === null) {
      previous.credit = match.credit;
      previous.creditText = match.creditText;
    }
  }
  article.credits.push(credit);
  if (match.duplicate) {
    article.removed.push({ text: match.duplicate, reason: 'duplicate-credit', line });
  }
  return true;
}
