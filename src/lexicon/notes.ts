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
