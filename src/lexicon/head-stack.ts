/**
 * Head-stack lines (docs/wire-formats.md §1.1): the lines above a story's
 * lead, where wire copy stacks the headline, editor's notes, photo
 * references, the byline and its role line without a blank line between
 * them. Byline words (languages/), editor's note prefixes (notes.ts), take
 * words, picture references and keyword lines (`AM-…`, wire-header.ts) open
 * a head line of their own; so do the advisories below, even when the line
 * above reaches the wrap width (and so looks wrapped onto them).
 */

/** What an advisory line in a head stack becomes. */
export type AdvisoryUse = 'note' | 'removed';

/**
 * Advisory lines AP stacks between the headline and the lead
 * (docs/wire-formats.md §1.1, §5): release times and embargoes (kept as
 * notes), picture references, package and retransmission notices (to
 * `removed` with the reason given). Matched at the start of the line, case
 * as written, before a space, a colon, a digit or the end.
 */
export const HEAD_ADVISORIES: ReadonlyArray<{ phrase: string; use: AdvisoryUse; reason: string }> =
  [
    { phrase: 'For Release', use: 'note', reason: 'release' },
    { phrase: 'For release', use: 'note', reason: 'release' },
    { phrase: 'FOR RELEASE', use: 'note', reason: 'release' },
    { phrase: 'Embargoed', use: 'note', reason: 'release' },
    { phrase: 'EMBARGOED', use: 'note', reason: 'release' },
    { phrase: 'LaserPhoto', use: 'removed', reason: 'media-reference' },
    { phrase: 'LaserPhotos', use: 'removed', reason: 'media-reference' },
    { phrase: 'Laserphoto', use: 'removed', reason: 'media-reference' },
    { phrase: 'Laserphotos', use: 'removed', reason: 'media-reference' },
    { phrase: 'LASERPHOTO', use: 'removed', reason: 'media-reference' },
    { phrase: 'An AP Extra', use: 'removed', reason: 'advisory' },
    { phrase: 'An AP News Analysis', use: 'removed', reason: 'advisory' },
    { phrase: 'From AP Newsfeatures', use: 'removed', reason: 'advisory' },
    { phrase: 'AGENCIES AND RADIO OUT', use: 'removed', reason: 'advisory' },
    { phrase: 'RETRANSMITTING', use: 'removed', reason: 'advisory' },
    { phrase: 'Precede', use: 'removed', reason: 'advisory' },
    { phrase: 'AP WEEKEND', use: 'removed', reason: 'advisory' },
    { phrase: '$Adv', use: 'removed', reason: 'advisory' },
    { phrase: '$adv', use: 'removed', reason: 'advisory' },
    { phrase: '$ADV', use: 'removed', reason: 'advisory' },
  ];
