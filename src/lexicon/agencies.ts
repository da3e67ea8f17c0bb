/**
 * News agencies as they tag datelines, bylines and credits.
 *
 * `tags` are the spellings that stand in a dateline's parentheses (or after a
 * slash, as `/TASS/`); `names` are longer forms used as affiliations in
 * bylines and credits. Matching is case-insensitive on whole tags.
 */
export interface Agency {
  /** The name copydesk reports in `dateline.agency`. */
  name: string;
  tags: string[];
  names: string[];
}

/** The built-in agency table; `--config` can add more. */
export const AGENCIES: Agency[] = [
  { name: 'Reuters', tags: ['Reuters', 'Reuter'], names: ['Reuters', 'Thomson Reuters'] },
  { name: 'AP', tags: ['AP'], names: ['Associated Press', 'The Associated Press', 'AP'] },
  { name: 'AFP', tags: ['AFP'], names: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  {
    name: 'Bloomberg',
    tags: ['Bloomberg'],
    names: ['Bloomberg', 'Bloomberg News', 'Bloomberg L.P.'],
  },
  { name: 'dpa', tags: ['dpa'], names: ['dpa', 'Deutsche Presse-Agentur'] },
  { name: 'PA', tags: ['PA'], names: ['PA', 'PA Media', 'Press Association'] },
  { name: 'Kyodo', tags: ['Kyodo'], names: ['Kyodo', 'Kyodo News'] },
  { name: 'EFE', tags: ['EFE'], names: ['EFE', 'Agencia EFE'] },
  { name: 'ANSA', tags: ['ANSA'], names: ['ANSA'] },
  { name: 'Xinhua', tags: ['Xinhua'], names: ['Xinhua', 'Xinhua News Agency'] },
  { name: 'TASS', tags: ['TASS'], names: ['TASS'] },
  { name: 'UPI', tags: ['UPI'], names: ['UPI', 'United Press International'] },
  { name: 'AAP', tags: ['AAP'], names: ['AAP', 'Australian Associated Press'] },
  { name: 'CP', tags: ['CP'], names: ['The Canadian Press', 'Canadian Press'] },
  { name: 'Yonhap', tags: ['Yonhap'], names: ['Yonhap', 'Yonhap News Agency'] },
  { name: 'ANP', tags: ['ANP'], names: ['ANP'] },
  { name: 'NTB', tags: ['NTB'], names: ['NTB'] },
  { name: 'STT', tags: ['STT'], names: ['STT'] },
  { name: 'ATS', tags: ['ATS'], names: ['ATS'] },
  { name: 'KNA', tags: ['KNA'], names: ['KNA'] },
  { name: 'Dow Jones', tags: ['Dow Jones'], names: ['Dow Jones', 'Dow Jones Newswires'] },
  { name: 'PRNewswire', tags: ['PRNewswire'], names: ['PR Newswire'] },
  { name: 'Business Wire', tags: ['BUSINESS WIRE'], names: ['Business Wire'] },
  { name: 'CNN', tags: ['CNN'], names: ['CNN'] },
];
