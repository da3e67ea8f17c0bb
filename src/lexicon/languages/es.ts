import type { Language } from './language.js';

/** Spanish: EFE copy, Xinhua's Spanish service. */
export const SPANISH: Language = {
  code: 'es',
  months: {
    ene: 1,
    enero: 1,
    abr: 4,
    ago: 8,
    set: 9,
    dic: 12,
  },
  agencies: [{ agency: 'EFE', names: ['Agencia EFE'] }],
  bylineWords: ['Por'],
  nameJoiners: ['y'],
};
