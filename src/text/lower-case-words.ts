/**
 * A token that is an address, not prose: a social handle (`@jroe`,
 * `jane_roe`), an e-mail address, a web address or a path. The words in it
 * are a login's or a file's, printed in lower case whatever they are.
 */
const ADDRESS = /[@_/\\]|\p{L}\.\p{L}/u;

/** A token that is one lower-case ASCII word and nothing else. */
const PLAIN_WORD = /^[a-z]+$/;

/**
 * The words a text prints in lower case (`details`, `football`), lower-cased
 * keys. A person's name is a proper noun, never printed in lower case; a
 * label in title case (`Exclusive Details`) is made of words the same page
 * prints in lower case elsewhere. Handles and addresses (`@jane_roe`,
 * `janeroe.com`) are not prose, and give no words.
 */
export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of text.split(/\s+/u)) {
    // Most tokens of prose are plain lower-case ASCII words: the token is the
    // word, with no regular expression run over it.
    if (PLAIN_WORD.test(token)) {
      words.add(token);
      continue;
    }
    if (ADDRESS.test(token)) continue;
    for (const match of token.matchAll(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’-]*/gu)) {
      words.add(match[0].replace(/['’-]+$/u, ''));
    }
  }
  return words;
}

/** White space as `\s` in a Unicode pattern reads it (no surrogate is white space). */
const SPACE = /\s/u;

/**
 * True when `text` prints `word` in lower case: the same answer as
 * `lowerCaseWords(text).has(word)`, found from where `word` occurs. A reader
 * that asks of a few words (the surnames of a byline's names) need not read
 * a whole page into a set: only the tokens holding the word are read.
 */
export function printsInLowerCase(text: string, word: string): boolean {
  if (word === '') return lowerCaseWords(text).has(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let start = at;
    while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
    let end = at + word.length;
    while (end < text.length && !SPACE.test(text[end] as string)) end++;
    if (lowerCaseWords(text.slice(start, end)).has(word)) return true;
  }
  return false;
}
