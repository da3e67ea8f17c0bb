/**
 * Field-tagged feeds: transmissions whose header lines each open with a tag
 * that names the field the rest of the line holds (docs/wire-formats.md,
 * "Field-tagged feeds"). Two families are read:
 *
 * - ZCZC feeds (AAP and the teleprinter tradition): a `ZCZC` line opens the
 *   message, one-character tags open the header lines (`$` headline), the
 *   first untagged line starts the text, and an `NNNN` line closes it;
 * - two-letter tagged feeds (`TI#` title, `TX#` text): the header runs up to
 *   the body tag, whose line and the lines after it are the text.
 *
 * A tag whose field is `code` is kept as sent under `transmission.codes`.
 */

/** What a tagged header line holds. */
export type TaggedField =
  | 'headline'
  | 'deck'
  | 'byline'
  | 'dateline'
  | 'published'
  | 'slug'
  | 'priority'
  | 'category'
  | 'storyNumber'
  | 'service'
  | 'body'
  | 'code';

/** One tag and the field it names. */
export interface FieldTag {
  tag: string;
  field: TaggedField;
}

/** The line that opens a ZCZC message, and the one that closes it (case as the feeds vary). */
export const ZCZC_START = 'ZCZC';
/** The line that closes a ZCZC message. */
export const ZCZC_END = 'NNNN';

/**
 * AAP's ZCZC feed: `$` headline, `:(PLACE)` dateline, `&` author or desk,
 * `#` slug, `%` priority, `@` category; `*` and `~` carry codes.
 */
export const ZCZC_TAGS: readonly FieldTag[] = [
  { tag: '$', field: 'headline' },
  { tag: ':', field: 'dateline' },
  { tag: '&', field: 'byline' },
  { tag: '#', field: 'slug' },
  { tag: '%', field: 'priority' },
  { tag: '@', field: 'category' },
  { tag: '*', field: 'code' },
  { tag: '~', field: 'code' },
  { tag: '+', field: 'code' },
  { tag: '=', field: 'code' },
  { tag: '^', field: 'code' },
];

/**
 * Two-letter tagged feeds (`TI#` / `AB#` / `BY#` / `TX#` / `PD#`): title,
 * abstract, byline, text, publication date; other two-letter tags are codes.
 */
export const TWO_LETTER_TAGS: readonly FieldTag[] = [
  { tag: 'TI', field: 'headline' },
  { tag: 'HL', field: 'headline' },
  { tag: 'AB', field: 'deck' },
  { tag: 'BY', field: 'byline' },
  { tag: 'DL', field: 'dateline' },
  { tag: 'TX', field: 'body' },
  { tag: 'PD', field: 'published' },
  { tag: 'AN', field: 'storyNumber' },
  { tag: 'KN', field: 'service' },
  { tag: 'KY', field: 'slug' },
];
