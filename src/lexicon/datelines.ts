/**
 * How datelines are written, beyond the common `PLACE[, DATE] (TAG) sep`
 * that every agency's tags (agencies.ts) are read in. An agency's entry
 * names the other shapes it writes (docs/wire-formats.md §2):
 * - `unseparated`: the parenthesised form without a separator (`Bonn (KNA) Die …`);
 * - `agency-first`: `(TAG) - PLACE, DATE -` (ANSA);
 * - `bare`: the tag without parentheses (`TOKYO, Dec. 9 Kyodo -`);
 * - `slashed`: `PLACE, DATE. /TAG/.` or `/TAG/ --` (TASS, PR Newswire);
 * - `wire-dashes`: `PLACE--(TAG)--` (Business Wire).
 * Datelines with no agency (1987 Reuters `PLACE, Mon D -`, CP `TORONTO _`)
 * are read whatever the agency table holds.
 */
export type DatelineShape = 'unseparated' | 'agency-first' | 'bare' | 'slashed' | 'wire-dashes';

/**
 * Capitalised words that open a paragraph like a dateline place but are
 * labels (`FILE - Players pose …` in AP captions, `WATCH —`, `UPDATE -`).
 */
export const DATELINE_NON_PLACES: readonly string[] = [
  'FILE',
  'PHOTO',
  'PHOTOS',
  'VIDEO',
  'WATCH',
  'LISTEN',
  'UPDATE',
  'UPDATED',
  'BREAKING',
  'EXCLUSIVE',
  'ANALYSIS',
  'OPINION',
  'EDITORIAL',
  'REVIEW',
  'LIVE',
  'CORRECTION',
  'ADVERTISEMENT',
  'SPONSORED',
  'RELATED',
];
