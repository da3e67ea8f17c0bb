/**
 * The words a text prints in lower case (`details`, `football`), lower-cased
 * keys. A person's name is a proper noun, never printed in lower case; a
 * label in title case (`Exclusive Details`) is made of words the same page
 * prints in lower case elsewhere.
 */
export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’-]*/gu)) {
    words.add(match[0].replace(/['’-]+$/u, ''));
  }
  return words;
}
