/**
 * Desk sign-offs that close wire stories (docs/wire-formats.md §4): the
 * agency and the desk's lower-case initials (`dpa abc def`), AFP's initials
 * joined by `/` (`abc/def/gh`) and its bureau composites (`burs-abc/def`),
 * and the agency's own closing mark (`EFE`, `(ANSA).`, `==Kyodo`).
 * `pattern` is the source of a RegExp over the whole line with a `names`
 * group (the initials) and optionally an `org` group.
 *
 * Patterns only use bounded repetitions so matching stays linear.
 */
export interface SignoffForm {
  name: string;
  pattern: string;
  /** The organisation when the pattern has no `org` group. */
  organization?: string;
  /** Also read at the very end of the last paragraph, after a sentence (`… dijo. EFE`). */
  glued?: boolean;
}

/** The built-in sign-off forms, most specific first. */
export const SIGNOFF_FORMS: SignoffForm[] = [
  {
    name: 'agency-initials',
    pattern:
      '(?<org>dpa|AFP|EFE|ANSA|KNA|APA|sda|ats|AAP|ANP|Belga|Lusa|NTB|STT|TT)\\s+(?<names>[a-z]{1,4}(?:(?:\\s+|/)[a-z]{1,4}){0,5})',
  },
  {
    name: 'agency-alone',
    pattern: '(?<org>EFE)',
    glued: true,
  },
  {
    // ANSA closes its copy with its tag in brackets, after the last sentence (`… l'Asia. (ANSA).`).
    name: 'agency-tag-closing',
    pattern: '\\((?<org>ANSA)\\)\\.?',
    glued: true,
  },
  {
    // Kyodo's closing mark, on a line of its own or after a caption's credit (`(Kyodo) ==Kyodo`).
    name: 'agency-end-mark',
    pattern: '==(?<org>Kyodo)',
    glued: true,
  },
  {
    name: 'bureau-composite',
    pattern: 'burs?-(?<names>[a-z]{1,4}(?:/[a-z]{1,4}){0,6})',
    organization: 'AFP',
  },
  {
    name: 'slashed-initials',
    pattern: '(?<names>[a-z]{1,4}(?:/[a-z]{1,4}){1,6})',
  },
];

/**
 * Lines that open a part of a story not for publication (dpa's notes to
 * editors and contacts block); everything after one is metadata.
 */
export const UNPUBLISHED_MARKERS: readonly string[] = [
  'The following information is not for publication',
  'Not for publication',
  'NOT FOR PUBLICATION',
  '# dpa NOTEBOOK',
  'dpa NOTEBOOK',
  '* * * *',
];
