/** Quotes a word for a POSIX shell when it needs it, for commands copydesk suggests. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
