import type { ArticleJson } from '../render/json.js';

/**
 * Runs of letters, or runs of digits: a transmission header writes fields
 * side by side (`f0901` = service `f` + story number `0901`), and a field may
 * hold a number (`wordCount` 102 for `0102`), so digits count by value.
 * Chinese and Japanese characters (fullwidth forms too) count one by one:
 * that writing has no spaces, and a line joined into its paragraph gains none.
 */
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uff00-\uffef]|[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uff00-\uffef]+|\p{N}+/gu;

function countTokens(text: string, into: Map<string, number>, sign: 1 | -1): void {
  for (const match of text.normalize('NFC').matchAll(WORD)) {
    const word = /^\d+$/.test(match[0]) ? match[0].replace(/^0+(?=\d)/, '') : match[0];
    into.set(word, (into.get(word) ?? 0) + sign);
  }
}

/** Every string an article keeps: its fields, its body and what it removed. */
export function keptStrings(article: ArticleJson): string[] {
  const strings: string[] = [];
  const push = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (typeof value === 'number') strings.push(String(value));
  };
  push(article.headline);
  push(article.deck);
  push(article.kicker);
  push(article.byline?.text);
  push(article.dateline?.text);
  push(article.published?.text);
  for (const credit of article.credits) push(credit.text);
  push(article.copyright?.text);
  for (const media of article.media) {
    push(media.caption);
    push(media.credit);
  }
  for (const note of article.notes) push(note);
  push(article.body);
  for (const item of article.removed) push(item.text);
  if (article.transmission) {
    for (const value of Object.values(article.transmission)) push(value);
    for (const value of Object.values(article.transmission.codes)) push(value);
  }
  return strings;
}

/**
 * The nothing-lost check: the words of the input that no field, body or
 * `removed` entry of the stories accounts for (as a multiset: a word written
 * twice must be kept twice). Empty when nothing was lost.
 */
export function unaccountedWords(input: string, articles: ArticleJson[]): string[] {
  const balance = new Map<string, number>();
  countTokens(input, balance, 1);
  for (const article of articles)
    for (const text of keptStrings(article)) countTokens(text, balance, -1);
  const missing: string[] = [];
  for (const [word, count] of balance)
    for (let index = 0; index < count; index++) missing.push(word);
  return missing;
}
