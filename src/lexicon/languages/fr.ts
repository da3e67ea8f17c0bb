import type { Language } from './language.js';

/** French: AFP copy (`Lyon, 3 juil 2024 (AFP) -`, `Par Jean Dupont`). */
export const FRENCH: Language = {
  code: 'fr',
  months: {
    janv: 1,
    janvier: 1,
    fév: 2,
    févr: 2,
    fevr: 2,
    février: 2,
    fevrier: 2,
    mars: 3,
    avr: 4,
    avril: 4,
    mai: 5,
    juin: 6,
    juil: 7,
    juillet: 7,
    août: 8,
    aout: 8,
    septembre: 9,
    octobre: 10,
    novembre: 11,
    déc: 12,
    décembre: 12,
    decembre: 12,
  },
  agencies: [{ agency: 'AFP', names: ['Agence France-Presse', 'Agence France Presse'] }],
  bylineWords: ['Par'],
  nameJoiners: ['et'],
};
