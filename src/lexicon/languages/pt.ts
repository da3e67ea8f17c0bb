import type { Language } from './language.js';

/** Portuguese: Lusa and EFE's Portuguese service (`Lisboa, 4 set (EFE).-`, `Por`). */
export const PORTUGUESE: Language = {
  code: 'pt',
  months: {
    janeiro: 1,
    fev: 2,
    fevereiro: 2,
    março: 3,
    marco: 3,
    abr: 4,
    abril: 4,
    mai: 5,
    maio: 5,
    junho: 6,
    julho: 7,
    ago: 8,
    agosto: 8,
    set: 9,
    setembro: 9,
    out: 10,
    outubro: 10,
    novembro: 11,
    dez: 12,
    dezembro: 12,
  },
  agencies: [{ agency: 'EFE', names: ['Agência EFE'] }],
  bylineWords: ['Por'],
  nameJoiners: ['e'],
};
