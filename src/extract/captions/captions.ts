import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { countWords } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';
import { blockText, lineOf } from '../../tree/block-text.js';
import { recordRemoved, sweepBlocks } from '../../tree/edit-blocks.js';
import type { Credit, Media } from '../../types.js';
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
    sweepBlocks(tree, (node) => {
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
    });
  };
}
