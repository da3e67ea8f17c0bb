/**
 * What copydesk knows of one language: the words wire copy and pages
 * written in it use for dates, agencies and bylines. Adding a language is
 * adding one such table to `index.ts` beside this file.
 */
export interface Language {
  /** BCP 47 code (`en`, `fr`). */
  code: string;
  /**
   * Month names and abbreviations as datelines and time stamps write them,
   * in lower case (a full stop after an abbreviation is read either way),
   * with the month's number.
   */
  months: Readonly<Record<string, number>>;
  /**
   * How agencies are spelled in the language, by the agency's `name` in
   * agencies.ts: dateline tags (`(أ ف ب)`) and longer names used as
   * affiliations in bylines and credits (`Agence France-Presse`).
   */
  agencies: ReadonlyArray<{ agency: string; tags?: readonly string[]; names?: readonly string[] }>;
  /** Words that open a byline before the names (`By`, `Von`, `Par`). */
  bylineWords: readonly string[];
  /** Words that join names in a byline (`and`, `und`, `et`). */
  nameJoiners: readonly string[];
}
