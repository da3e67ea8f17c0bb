import type { Language } from './language.js';

/** German: dpa, APA and KNA copy (`Berlin (dpa) -`, `Von Anja Muster, dpa`). */
export const GERMAN: Language = {
  code: 'de',
  months: {
    januar: 1,
    jänner: 1,
    jän: 1,
    februar: 2,
    märz: 3,
    mär: 3,
    maerz: 3,
    mai: 5,
    juni: 6,
    juli: 7,
    oktober: 10,
    okt: 10,
    dezember: 12,
    dez: 12,
  },
  agencies: [{ agency: 'dpa', names: ['Deutsche Presse-Agentur'] }],
  bylineWords: ['Von'],
  nameJoiners: ['und'],
};
