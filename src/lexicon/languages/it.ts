import type { Language } from './language.js';

/** Italian: ANSA copy (`(ANSA) - ROMA, 2 GIU -`, `Di Mario Rossi`). */
export const ITALIAN: Language = {
  code: 'it',
  months: {
    gen: 1,
    gennaio: 1,
    febbraio: 2,
    marzo: 3,
    aprile: 4,
    mag: 5,
    maggio: 5,
    giu: 6,
    giugno: 6,
    lug: 7,
    luglio: 7,
    ago: 8,
    agosto: 8,
    set: 9,
    settembre: 9,
    ott: 10,
    ottobre: 10,
    novembre: 11,
    dic: 12,
    dicembre: 12,
  },
  agencies: [{ agency: 'ANSA', names: ['Agenzia ANSA'] }],
  bylineWords: ['Di'],
  nameJoiners: ['e', 'ed'],
};
