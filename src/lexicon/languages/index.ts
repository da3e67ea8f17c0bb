/** The languages copydesk reads, each one table (see language.ts). */
import { ARABIC } from './ar.js';
import { GERMAN } from './de.js';
import { ENGLISH } from './en.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { ITALIAN } from './it.js';
import { JAPANESE } from './ja.js';
import type { Language } from './language.js';
import { PORTUGUESE } from './pt.js';

export type { Language } from './language.js';

/** Every language table; months, agency spellings and byline words are read from all of them. */
export const LANGUAGES: readonly Language[] = [
  ENGLISH,
  FRENCH,
  SPANISH,
  ITALIAN,
  PORTUGUESE,
  GERMAN,
  ARABIC,
  JAPANESE,
];
