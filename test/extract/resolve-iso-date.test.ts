import { describe, expect, it } from 'vitest';
import { resolveIsoDate } from '../../src/extract/dateline/resolve-iso-date.js';

const near = (date: string, month: number, day: number) =>
  resolveIsoDate({ year: null, month, day }, { date, year: null });

describe('resolveIsoDate', () => {
  it('keeps a year the dateline writes, whatever the reference', () => {
    expect(
      resolveIsoDate({ year: 2019, month: 3, day: 4 }, { date: '2025-01-02', year: 2024 }),
    ).toBe('2019-03-04');
  });

  it('puts a year-less date in the year nearest the reference date, across New Year', () => {
    expect(near('2025-01-02', 12, 31)).toBe('2024-12-31');
    expect(near('2025-01-02', 1, 3)).toBe('2025-01-03');
    expect(near('2024-12-30', 1, 2)).toBe('2025-01-02');
    expect(near('2024-06-15', 6, 14)).toBe('2024-06-14');
  });

  it('stays within six months of the reference, either way', () => {
    // 182 days back against 183 ahead; then 184 back against 181 ahead.
    expect(near('2025-03-01', 8, 31)).toBe('2024-08-31');
    expect(near('2025-03-01', 8, 29)).toBe('2025-08-29');
  });

  it('gives a tie to the earlier date', () => {
    // 2023-03-02 and 2024-03-02 are both 183 days from 2023-09-01.
    expect(near('2023-09-01', 3, 2)).toBe('2023-03-02');
    expect(near('2023-09-01', 3, 1)).toBe('2024-03-01');
  });

  it('finds a February 29 only in a leap year, and none when no near year has one', () => {
    expect(near('2024-03-10', 2, 29)).toBe('2024-02-29');
    expect(near('2025-01-10', 2, 29)).toBe('2024-02-29');
    expect(near('2026-06-01', 2, 29)).toBeNull();
  });

  it('uses a known year as it stands when there is no reference date', () => {
    expect(resolveIsoDate({ year: null, month: 10, day: 1 }, { date: null, year: 2024 })).toBe(
      '2024-10-01',
    );
    expect(
      resolveIsoDate({ year: null, month: 10, day: 1 }, { date: null, year: null }),
    ).toBeNull();
  });

  it('never resolves a day the month does not have', () => {
    expect(
      resolveIsoDate({ year: 2023, month: 2, day: 29 }, { date: null, year: null }),
    ).toBeNull();
    expect(
      resolveIsoDate({ year: null, month: 4, day: 31 }, { date: null, year: 2024 }),
    ).toBeNull();
    expect(near('2024-05-01', 2, 30)).toBeNull();
    expect(
      resolveIsoDate({ year: null, month: 13, day: 1 }, { date: null, year: 2024 }),
    ).toBeNull();
  });
});
