import { squash } from '../../text/squash.js';
import type { Article, Credit } from '../../types.js';
import { repeatsPrevious } from '../furniture/page-noise.js';

/**
 * Adds a credit to the article, or to `removed` as a `duplicate` when it repeats
 * the credit before it. copydesk's Markdown prints the credits one block each, one
 * after another, where a block repeating the one before it is a duplicate
 * (page-noise.ts): every extractor that takes credits reads them so too.
 */
export function addCredit(article: Article, credit: Credit): void {
  const previous = article.credits.at(-1);
  if (previous && repeatsPrevious(squash(credit.text), squash(previous.text)))
    article.removed.push({ text: credit.text, reason: 'duplicate', line: credit.line });
  else article.credits.push(credit);
}
