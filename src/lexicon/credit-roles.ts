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
