/** A text's letters and digits alone, lower case: what stays when a page prints a line again in other type. */
export function letterKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}
