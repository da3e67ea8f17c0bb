import type { Language } from './language.js';

/** German: dpa, APA and KNA copy. */
export const GERMAN: Language = {
  code: 'de',
  months: {},
  agencies: [{ agency: 'dpa', names: ['Deutsche Presse-Agentur'] }],
  bylineWords: ['Von'],
  nameJoiners: ['und'],
};
