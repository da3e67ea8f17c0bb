import type { Language } from './language.js';

/** Portuguese: Lusa and EFE's Portuguese service. */
export const PORTUGUESE: Language = {
  code: 'pt',
  months: {
    fev: 2,
    out: 10,
    dez: 12,
  },
  agencies: [],
  bylineWords: ['Por'],
  nameJoiners: ['e'],
};
