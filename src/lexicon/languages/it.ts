import type { Language } from './language.js';

/** Italian: ANSA copy. */
export const ITALIAN: Language = {
  code: 'it',
  months: {
    gen: 1,
    gennaio: 1,
    mag: 5,
    giu: 6,
    lug: 7,
    luglio: 7,
    ott: 10,
  },
  agencies: [],
  bylineWords: ['Di'],
  nameJoiners: ['e'],
};
