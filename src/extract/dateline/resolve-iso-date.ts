import type { DatelineMatch } from './match-dateline.js';

/** A date as a dateline writes it: month and day, and the year when it gives one. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** What a date without a year is resolved against. */
export interface DateReference {
  /** A full reference date, `YYYY-MM-DD` (`--date`). */
  date: string | null;
  /** A year known from the story (its transmission or copyright line). */
  year: number | null;
}

const DAY = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Resolves a dateline's date to `YYYY-MM-DD`, or null when it cannot be:
 * - a date that gives its year keeps it;
 * - a year-less date with a full reference date (`--date`) takes the year,
 *   among the reference's, the one before and the one after, that puts it
 *   nearest the reference — so within six months of it, either way (`Dec 31`
 *   with 2025-01-02 is 2024-12-31; `Jan 3` is 2025-01-03); a tie goes to the
 *   earlier date, as a story is more often filed before it is read;
 * - else a known year (from the transmission or copyright line) is used;
 * - a day the month does not have (`Feb 30`, `Feb 29` outside a leap year)
 *   resolves to null, never to a date that does not exist.
 */
export function resolveIsoDate(parts: DateParts, reference: DateReference): string | null {
  const { month, day } = parts;
  if (month === null || day === null || month < 1 || month > 12 || day < 1) return null;
  const valid = (year: number) => day <= daysInMonth(year, month);
  if (parts.year !== null) return valid(parts.year) ? iso(parts.year, month, day) : null;
  const match = reference.date === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(reference.date);
  if (match) {
    const base = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    const year = Number(match[1]);
    let best: { year: number; distance: number } | null = null;
    // Earlier years first, so an equal distance keeps the earlier date.
    for (const candidate of [year - 1, year, year + 1]) {
      if (!valid(candidate)) continue;
      const distance = Math.abs(Date.UTC(candidate, month - 1, day) - base) / DAY;
      if (best === null || distance < best.distance) best = { year: candidate, distance };
    }
    return best === null ? null : iso(best.year, month, day);
  }
  if (reference.year === null || !valid(reference.year)) return null;
  return iso(reference.year, month, day);
}

/** Resolves `YYYY-MM-DD` when month, day and a year are known (no reference date). */
export function isoDate(match: DatelineMatch, referenceYear: number | null): string | null {
  return resolveIsoDate(match, { date: null, year: referenceYear });
}
