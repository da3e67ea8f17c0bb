import type { DatelineShape } from './datelines.js';
import { LANGUAGES } from './languages/index.js';

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
  /**
   * Dateline shapes the agency writes besides `PLACE[, DATE] (TAG) -`, in
   * which every agency's tags are read (see datelines.ts).
   */
  datelines?: DatelineShape[];
}

/**
 * The agencies, by the spellings every language shares: the tag and the
 * short name. Longer names in a language are in that language's table.
 */
const AGENCY_TAGS: Agency[] = [
  { name: 'Reuters', tags: ['Reuters', 'Reuter'], names: ['Reuters'] },
  { name: 'AP', tags: ['AP'], names: ['AP'] },
  { name: 'AFP', tags: ['AFP'], names: ['AFP'] },
  { name: 'Bloomberg', tags: ['Bloomberg'], names: ['Bloomberg'] },
  { name: 'dpa', tags: ['dpa'], names: ['dpa'] },
  { name: 'PA', tags: ['PA'], names: ['PA'] },
  { name: 'Kyodo', tags: ['Kyodo'], names: ['Kyodo'], datelines: ['bare'] },
  { name: 'EFE', tags: ['EFE'], names: ['EFE'] },
  { name: 'ANSA', tags: ['ANSA'], names: ['ANSA'], datelines: ['agency-first'] },
  { name: 'Xinhua', tags: ['Xinhua'], names: ['Xinhua'] },
  { name: 'TASS', tags: ['TASS'], names: ['TASS'], datelines: ['slashed'] },
  { name: 'UPI', tags: ['UPI'], names: ['UPI'] },
  { name: 'AAP', tags: ['AAP'], names: ['AAP'] },
  { name: 'CP', tags: ['CP'], names: [] },
  { name: 'Yonhap', tags: ['Yonhap'], names: ['Yonhap'] },
  { name: 'ANP', tags: ['ANP'], names: ['ANP'] },
  { name: 'NTB', tags: ['NTB'], names: ['NTB'] },
  { name: 'STT', tags: ['STT'], names: ['STT'] },
  { name: 'ATS', tags: ['ATS'], names: ['ATS'] },
  { name: 'KNA', tags: ['KNA'], names: ['KNA'], datelines: ['unseparated'] },
  { name: 'Dow Jones', tags: ['Dow Jones'], names: ['Dow Jones'] },
  { name: 'PRNewswire', tags: ['PRNewswire'], names: [], datelines: ['slashed'] },
  { name: 'Business Wire', tags: [], names: [], datelines: ['wire-dashes'] },
  { name: 'CNN', tags: ['CNN'], names: ['CNN'] },
  { name: 'Jiji', tags: ['Jiji'], names: ['Jiji Press'] },
  { name: 'Lusa', tags: ['Lusa'], names: ['Lusa'] },
  { name: 'APA', tags: ['APA'], names: ['APA'] },
  { name: 'Belga', tags: ['Belga'], names: ['Belga'] },
  { name: 'PAP', tags: ['PAP'], names: ['PAP'] },
  { name: 'Anadolu', tags: ['Anadolu'], names: ['Anadolu Agency'] },
  { name: 'BBC', tags: ['BBC'], names: ['BBC', 'BBC News'] },
];

/** An agency with every language's spellings of it added. */
function withSpellings(agency: Agency): Agency {
  const tags = [...agency.tags];
  const names = [...agency.names];
  for (const language of LANGUAGES) {
    for (const spelling of language.agencies) {
      if (spelling.agency !== agency.name) continue;
      tags.push(...(spelling.tags ?? []));
      names.push(...(spelling.names ?? []));
    }
  }
  return { ...agency, tags, names };
}

/** The built-in agency table, every language's spellings included; `--config` can add more. */
export const AGENCIES: Agency[] = AGENCY_TAGS.map(withSpellings);
