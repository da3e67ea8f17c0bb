/**
 * Knowledge about the header lines of ANPA-1312 and IPTC-7901 stories
 * (docs/wire-formats.md §1): the line marks, the keyword (slug) line,
 * picture references, Canadian Press tags and take words.
 */

/** Marks that close a header line, longest first: CP `@<`, ANPA `<` and `=`, IPTC ` =`. */
export const HEADER_LINE_ENDS: readonly string[] = ['@<', '<', '='];

/**
 * Marks an agency glues to the last word of a headline line to close it, in
 * copy without header framing: Kyodo's `+` (`Japan extends fishing
 * limits+`). Cut off the first line of story text when the lead's dateline
 * names that agency (elsewhere `Disney+` is a name).
 */
export const HEADLINE_END_MARKS: ReadonlyArray<{ mark: string; agency: string }> = [
  { mark: '+', agency: 'Kyodo' },
];

/** Cycle designators that open an ANPA keyword line (`BC-US--Harbor Fire, …`). */
export const KEYWORD_CYCLES: readonly string[] = ['BC', 'AM', 'PM', 'AP'];

/** Header lines that list picture or media references, not story text. */
export const MEDIA_REFERENCES: readonly string[] = [
  'AP Photo',
  'AP Photos',
  'AP Graphic',
  'AP Graphics',
  'AP Video',
  'AP Audio',
  'AP Interactive',
];

/** What a tagged header line (`HL: …`) becomes. */
export type HeaderTagUse = 'headline' | 'note' | 'metadata';

/** Canadian Press header tags and what copydesk makes of each. */
export const HEADER_TAGS: ReadonlyArray<{ tag: string; use: HeaderTagUse }> = [
  { tag: 'HL', use: 'headline' },
  { tag: 'Update', use: 'note' },
  { tag: 'INDEX', use: 'metadata' },
  { tag: 'SYMBOL', use: 'metadata' },
  { tag: 'KEYWORD', use: 'metadata' },
];

/**
 * Take or version words that stand alone above an IPTC-7901 headline or in
 * an ANPA header (`1ST LEAD`, `EXTRA`); an ordinal may precede the last two
 * words (`2ND LEAD`, `3RD WRITETHRU`).
 */
export const TAKE_WORDS: readonly string[] = [
  'EXTRA',
  'LEAD',
  'WRITETHRU',
  'WRITETHROUGH',
  'NEW LEAD',
  'URGENT',
  'FLASH',
  'BULLETIN',
  'CORRECTION',
  'REPEAT',
  'REFILE',
  'SUMMARY',
  '(Achtung)',
  'HOLD HOLD HOLD',
  'KILL KILL KILL',
];

/**
 * Service lines an agency sends with a story that are neither its text nor
 * a take word (dpa's `Impressum`): kept apart in `removed` as `service-line`.
 */
export const SERVICE_LINES: readonly string[] = ['Impressum'];

/** Whole lines that close tabular blocks inside ANPA copy. */
export const BLOCK_END_LINES: readonly string[] = ['END'];

/**
 * Words of an ANPA version token (`1stLd-Writethru`, `7thWritethru`, `Sub`,
 * `Correction`), each optionally after an ordinal and joined by hyphens. A
 * second keyword-field token that is none of these belongs to the slug
 * (`AM-COFFEE-IVORY COAST`).
 */
export const VERSION_WORDS: readonly string[] = [
  'Ld',
  'Lead',
  'Writethru',
  'Writethrough',
  'Sub',
  'Correction',
  'Corrective',
  'Insert',
  'Add',
  'Advisory',
  'Urgent',
  'Take',
  'Takes',
  'Kill',
  'Repeat',
  'Refile',
  'Update',
];
