/**
 * Lines that open a block of their own in a story's head stack: the lines
 * above the lead, where wire copy stacks the headline, editor's notes,
 * photo references, the byline and its role line without a blank line
 * between them. Such a line stands alone even when the line above it
 * reaches the wrap width (and so looks wrapped onto it). A phrase matches
 * at the start of a line, before a space, a colon or the line's end; case
 * as written.
 *
 * Byline words (languages/), editor's note prefixes (notes.ts), take words,
 * picture references and keyword lines (`AM-…`, wire-header.ts) open a
 * head line too; this table holds the rest.
 */
export const HEAD_LINE_OPENERS: readonly string[] = [
  'LaserPhoto',
  'LaserPhotos',
  'An AP Extra',
  'An AP News Analysis',
  'For Release',
  'For release',
  'Embargoed',
];
