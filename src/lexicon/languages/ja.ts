import type { Language } from './language.js';

/**
 * Japanese: the agency and place stand in brackets at the head of the lead
 * (`【北京共同】`, `［ニューヨーク　５日　ロイター］`); the tags below are
 * read at the end of such a bracket.
 */
export const JAPANESE: Language = {
  code: 'ja',
  months: {},
  agencies: [
    { agency: 'Kyodo', tags: ['共同'], names: ['共同通信'] },
    { agency: 'Reuters', tags: ['ロイター'] },
    { agency: 'Jiji', tags: ['時事'], names: ['時事通信'] },
    { agency: 'Xinhua', tags: ['新華社'] },
    { agency: 'Yonhap', tags: ['聯合'] },
    { agency: 'AFP', tags: ['ＡＦＰ＝時事', 'AFP=時事'] },
  ],
  bylineWords: [],
  nameJoiners: [],
};
