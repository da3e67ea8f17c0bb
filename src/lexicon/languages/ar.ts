import type { Language } from './language.js';

/**
 * Arabic: AFP's Arabic service writes its tag `(أ ف ب)` and dates as
 * DD-MM-YYYY (read by the dateline's numeric date), so no month names are
 * needed for datelines.
 */
export const ARABIC: Language = {
  code: 'ar',
  months: {},
  agencies: [
    { agency: 'AFP', tags: ['أ ف ب', 'أ.ف.ب', 'ا ف ب'] },
    { agency: 'Reuters', tags: ['رويترز'] },
    { agency: 'AP', tags: ['أ ب', 'اسوشييتد برس'] },
    { agency: 'dpa', tags: ['د ب أ'] },
    { agency: 'Xinhua', tags: ['شينخوا'] },
  ],
  bylineWords: ['بقلم'],
  nameJoiners: [],
};
