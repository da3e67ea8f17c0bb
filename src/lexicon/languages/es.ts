import type { Language } from './language.js';

/** Spanish: EFE copy (`Bogotá, 4 sep (EFE).-`, `Por Ana López`), Xinhua's Spanish service. */
export const SPANISH: Language = {
  code: 'es',
  months: {
    ene: 1,
    enero: 1,
    febrero: 2,
    mar: 3,
    marzo: 3,
    abr: 4,
    abril: 4,
    mayo: 5,
    junio: 6,
    julio: 7,
    ago: 8,
    agosto: 8,
    set: 9,
    septiembre: 9,
    setiembre: 9,
    octubre: 10,
    noviembre: 11,
    dic: 12,
    diciembre: 12,
  },
  agencies: [{ agency: 'EFE', names: ['Agencia EFE'] }],
  bylineWords: ['Por'],
  nameJoiners: ['y'],
};
