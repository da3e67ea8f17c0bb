import { LANGUAGES } from './languages/index.js';

/**
 * Month spellings of every language table (languages/), lower case, to the
 * month's number: full names and the abbreviations datelines and time
 * stamps use (`Sept`, `oct`, `OTT`, `déc`).
 */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  LANGUAGES.flatMap((language) => Object.entries(language.months)),
);
