import type { CreditRole } from '../types.js';

/**
 * Phrases that open a credit and the role they give. Longer phrases are tried
 * first, so `Additional reporting by` wins over `reporting by`.
 */
export interface CreditPhrase {
  phrase: string;
  role: CreditRole;
}

/** The built-in credit phrases; `--config` can add more. */
export const CREDIT_PHRASES: CreditPhrase[] = [
  { phrase: 'Additional reporting by', role: 'additional-reporting' },
  { phrase: 'Additional reporting from', role: 'additional-reporting' },
  { phrase: 'Reporting by', role: 'reporting' },
  { phrase: 'Reported by', role: 'reporting' },
  { phrase: 'Writing by', role: 'writing' },
  { phrase: 'Written by', role: 'writing' },
  { phrase: 'Compiled by', role: 'writing' },
  { phrase: 'Editing by', role: 'editing' },
  { phrase: 'Edited by', role: 'editing' },
  { phrase: 'With assistance from', role: 'assistance' },
  { phrase: 'With assistance by', role: 'assistance' },
  // Reuters' foreign-language services close with the same parenthesised line.
  { phrase: 'Reporte adicional de', role: 'additional-reporting' },
  { phrase: 'Reporte de', role: 'reporting' },
  { phrase: 'Editado en español por', role: 'editing' },
  { phrase: 'Editado por', role: 'editing' },
  { phrase: 'Escrito por', role: 'writing' },
  { phrase: 'Reportagem adicional de', role: 'additional-reporting' },
  { phrase: 'Reportagem de', role: 'reporting' },
  { phrase: 'Edição de', role: 'editing' },
  { phrase: 'Reportage', role: 'reporting' },
  { phrase: 'Édité par', role: 'editing' },
  { phrase: 'Version française', role: 'other' },
  { phrase: 'Redigiert von', role: 'editing' },
  { phrase: 'Geschrieben von', role: 'writing' },
  { phrase: 'Bearbeitet von', role: 'editing' },
  { phrase: 'Mitarbeit:', role: 'contributor' },
  { phrase: 'Hanno collaborato', role: 'contributor' },
  { phrase: 'Graphic by', role: 'other' },
  { phrase: 'Photographer:', role: 'photo' },
  { phrase: 'Photo by', role: 'photo' },
  { phrase: 'Photos by', role: 'photo' },
  { phrase: 'Photo:', role: 'photo' },
  { phrase: 'Credit:', role: 'photo' },
  { phrase: 'To contact the reporters on this story:', role: 'contact' },
  { phrase: 'To contact the reporter on this story:', role: 'contact' },
  { phrase: 'To contact the editors responsible for this story:', role: 'contact' },
  { phrase: 'To contact the editor responsible for this story:', role: 'contact' },
];

/**
 * What a contributor line says the people did, after `contributed`: `to this
 * report` (or article, story), `reporting`; a place may follow
 * (`from Washington`). Without one of these, `contributed` is prose.
 */
export const CONTRIBUTED_TO: readonly string[] = ['report', 'article', 'story', 'reporting'];

/**
 * Contributor lines: `<agency> writer(s) A and B contributed (to this report)`.
 * The words that may stand between the organisation and the names.
 */
export const CONTRIBUTOR_TITLES: readonly string[] = [
  'writer',
  'writers',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'staff writer',
  'staff writers',
  'photographer',
  'photographers',
];
