/**
 * Verbs that open an editorial note in parentheses at the top of a story
 * (`(Updates with …)`, `(Adds quote …)`), and prefixes of note lines.
 */
export const NOTE_VERBS: readonly string[] = [
  'Adds',
  'Updates',
  'Corrects',
  'Recasts',
  'Rewrites',
  'Changes',
  'Fixes',
  'Refiles',
  'Removes',
  'Repeats',
  'Inserts',
  'Clarifies',
  'Deletes',
  'Moves',
  'Advances',
  'ATTN:',
];

/** Line prefixes that mark an editor's note. */
export const NOTE_PREFIXES: readonly string[] = [
  'Eds:',
  'EDS:',
  'Editor’s note:',
  "Editor's note:",
  'Editors:',
];

/**
 * A correction or refile note names what it changes (`(This version of the
 * Dec 6 story corrects paragraph 3)`, `(The Dec. 1 story was refiled to
 * correct …)`, `((This December 4 story has been corrected …))`): one of
 * these words for the item, and one of the action stems after it, within
 * the note's first words.
 */
export const NOTE_SUBJECTS: readonly string[] = ['story', 'version', 'article', 'item', 'report'];

/** Stems of the actions a correction or refile note names (`corrects`, `refiled`). */
export const NOTE_ACTIONS: readonly string[] = [
  'correct',
  'refile',
  'update',
  'add',
  'change',
  'fix',
  'remove',
  'clarif',
  'withdr',
  'repeat',
  'delet',
  'amend',
  'restor',
];

/**
 * Currency conversion notes (`($1 = 0.91 euros)`, `(1 euro = $1.08)`):
 * the symbols and unit words one side of the `=` may carry.
 */
export const CURRENCY_MARKS: readonly string[] = [
  '$',
  '€',
  '£',
  '¥',
  '₹',
  '₩',
  'dollar',
  'euro',
  'pound',
  'yen',
  'yuan',
  'franc',
  'rupee',
  'rouble',
  'ruble',
  'real',
  'reais',
  'peso',
  'won',
  'lira',
  'crown',
  'krona',
  'kronor',
  'krone',
  'rand',
  'zloty',
  'ringgit',
  'baht',
  'dirham',
  'riyal',
  'shekel',
  'hryvnia',
  'renminbi',
  'rupiah',
  'naira',
];
