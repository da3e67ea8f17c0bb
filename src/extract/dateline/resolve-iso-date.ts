import type { DatelineMatch } from './match-dateline.js';

/** Resolves `YYYY-MM-DD` when month, day and a year are known. */
export function isoDate(match: DatelineMatch, referenceYear: number | null): string | null {
  const year = match.year ?? referenceYear;
  if (year === null || match.month === null || match.day === null) return null;
  if (match.day < 1 || match.day > 31) return null;
  return `${String(year).padStart(4, '0')}-${String(match.month).padStart(2, '0')}-${String(match.day).padStart(2, '0')}`;
}
