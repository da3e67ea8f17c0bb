/** Data tables, not code: agencies, languages, months, credit roles, noise phrases, notes. */
export { AGENCIES, type Agency } from './agencies.js';
export { CONTRIBUTOR_TITLES, CREDIT_PHRASES, type CreditPhrase } from './credit-roles.js';
export { DATELINE_NON_PLACES, type DatelineShape } from './datelines.js';
export { LANGUAGES, type Language } from './languages/index.js';
export { MONTHS } from './months.js';
export { MAC_NAMES, NAME_PARTICLES, NAME_SUFFIXES } from './names.js';
export { END_MARKS, NOISE_PHRASES, type NoisePhrase } from './noise.js';
export { NOTE_PREFIXES, NOTE_VERBS } from './notes.js';
export { BYLINE_TITLE_WORDS, BYLINE_TRAILERS, ORGANIZATION_WORDS } from './organizations.js';

import type { ModelWeights } from '../score/feature.js';
import { AGENCIES, type Agency } from './agencies.js';
import { CREDIT_PHRASES, type CreditPhrase } from './credit-roles.js';
import { END_MARKS, NOISE_PHRASES, type NoisePhrase } from './noise.js';
import { STACK_WEIGHTS } from './stack-weights.js';
import { WEB_WEIGHTS } from './web-weights.js';

/**
 * The tables extractors are handed (a user's config extends them); the
 * other tables in this folder are built in.
 */
export interface Lexicon {
  agencies: Agency[];
  creditPhrases: CreditPhrase[];
  noisePhrases: NoisePhrase[];
  endMarks: NoisePhrase[];
  /** Weights of the scored choices on pasted pages (headline, byline fitted; kicker, deck hand-set). */
  weights: ModelWeights;
}

/** The shipped weights: the fitted table and the hand-set one. */
const MODEL_WEIGHTS: ModelWeights = { ...WEB_WEIGHTS, ...STACK_WEIGHTS };

/** The built-in tables. */
export const defaultLexicon: Lexicon = {
  agencies: AGENCIES,
  creditPhrases: CREDIT_PHRASES,
  noisePhrases: NOISE_PHRASES,
  endMarks: END_MARKS,
  weights: MODEL_WEIGHTS,
};

/**
 * Returns the default tables extended with extra entries (extras first, so
 * they win); weights given for a decision replace that decision's shipped
 * table, the others stay.
 */
export function extendLexicon(
  extra: Partial<Omit<Lexicon, 'weights'>> & { weights?: Partial<ModelWeights> },
): Lexicon {
  return {
    agencies: [...(extra.agencies ?? []), ...AGENCIES],
    creditPhrases: [...(extra.creditPhrases ?? []), ...CREDIT_PHRASES],
    noisePhrases: [...(extra.noisePhrases ?? []), ...NOISE_PHRASES],
    endMarks: [...(extra.endMarks ?? []), ...END_MARKS],
    weights: { ...MODEL_WEIGHTS, ...extra.weights },
  };
}
export { SIGNOFF_FORMS, type SignoffForm, UNPUBLISHED_MARKERS } from './signoffs.js';
export {
  BLOCK_END_LINES,
  HEADER_LINE_ENDS,
  HEADER_TAGS,
  type HeaderTagUse,
  KEYWORD_CYCLES,
  MEDIA_REFERENCES,
  TAKE_WORDS,
  VERSION_WORDS,
} from './wire-header.js';
