import { describe, expect, it } from 'vitest';
import { findTimestamp, parseTimestampLine } from '../../src/extract/published/timestamp.js';

describe('parseTimestampLine', () => {
  it.each([
    ['December 22, 2023 at 7:35 PM', '2023-12-22'],
    ['Dec 21st 2023 at 10:00AM', '2023-12-21'],
    ['12-19-2023', '2023-12-19'],
    ['Updated Nov. 6, 2023 6:00 a.m. PT', '2023-11-06'],
    ['Published Dec. 21, 2023 5:02 p.m. ET', '2023-12-21'],
    ['Saturday 23 December 2023 09:25', '2023-12-23'],
    ['December 23, 202311:08 AM UTC', '2023-12-23'],
    ['December 21, 2023 report', '2023-12-21'],
    ['2023-12-05', '2023-12-05'],
  ])('reads %j as a time stamp of %s', (line, isoDate) => {
    expect(parseTimestampLine(line)?.isoDate).toBe(isoDate);
  });

  it('reads stamps without a printed date, with no ISO date', () => {
    expect(parseTimestampLine('Updated 3 hours ago')).toMatchObject({ isoDate: null });
    expect(parseTimestampLine('PublishedFriday 11:15AM')).toMatchObject({ isoDate: null });
  });

  it('refuses prose that mentions a date', () => {
    expect(parseTimestampLine('He met officials on March 3, 2023 in Kyiv.')).toBeNull();
    expect(parseTimestampLine('Pamela Falk')).toBeNull();
  });
});

describe('findTimestamp', () => {
  it('finds a stamp glued to an affiliation', () => {
    const found = findTimestamp('Mike Coppinger, ESPNDec 22, 2023, 06:21 AM ET');
    expect(found).toMatchObject({ text: 'Dec 22, 2023, 06:21 AM ET', isoDate: '2023-12-22' });
  });

  it('stops at the name before a dash', () => {
    const found = findTimestamp('Eric Berger - Dec 21, 2023 1:00 pm UTC');
    expect(found).toMatchObject({ text: 'Dec 21, 2023 1:00 pm UTC', isoDate: '2023-12-21' });
  });

  it('takes a glued "at" and time with the date', () => {
    const found = findTimestamp('Dec 21, 2023 at1:39 pm | By Lexi G');
    expect(found).toMatchObject({ text: 'Dec 21, 2023 at1:39 pm', start: 0 });
  });

  it('takes the time before the date', () => {
    const found = findTimestamp('Philippine Daily Inquirer / 05:42 AM December 23, 2023');
    expect(found).toMatchObject({ text: '05:42 AM December 23, 2023', isoDate: '2023-12-23' });
  });
});
