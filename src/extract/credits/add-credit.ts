import { squash } from '../../text/squash.js';
import type { Article, Credit } from '../../types.js';
import { repeatsPrevious } from '../furniture/page-noise.js';

/**
 * Adds a credit to the article, or to `removed` as a `duplicate` when it repeats
 * the credit before it. copydesk's Markdown prints the credits one block each, one
 * after another, where a block repeating the one before it is a duplicate
 * (page-noise.ts): every extractor that takes credits reads them so too. A
 * sign-off closes the credits (docs/wire-formats.md §4): a credit read after
 * one (a credit line above dpa's part not for publication, read after it)
 * goes before the sign-offs, where the Markdown reader puts it.
 */
export function addCredit(article: Article, credit: Credit): void {
  const credits = article.credits;
  let at = credits.length;
  if (credit.role !== 'signoff') while (at > 0 && credits[at - 1]?.role === 'signoff') at--;
  const previous = credits[at - 1];
  if (previous && repeatsPrevious(squash(credit.text), squash(previous.text)))
    article.removed.push({ text: credit.text, reason: 'duplicate', line: credit.line });
  else credits.splice(at, 0, credit);
}
