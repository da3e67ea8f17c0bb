import { describe, expect, it } from 'vitest';
import {
  goldLineOf,
  goldLinesOf,
  HEADLINE_MISS_KINDS,
  headlineMissKind,
  isSentence,
} from '../scripts/lib/headline-misses.js';

const GOLD = 'Harbour authority to close old ferry pier';
const STANDFIRST = 'The morning ferry will leave from the cargo quay until the work is done.';
const LEAD =
  'The harbour authority in Portwell said on Friday it would close the old ferry pier for six months.';
/** A page of the given lines, one paragraph each (blank lines between). */
const page = (...lines: string[]): string => lines.join('\n\n');
/** The 1-based line of `line` on a page made by {@link page}. */
const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;

describe('headline miss kinds', () => {
  const text = page(
    'Home | News | Sport',
    'Ferries',
    GOLD,
    STANDFIRST,
    'By Jane Doe',
    LEAD,
    'Read next: Storm closes coast road',
  );
  const miss = (got: string | null) =>
    headlineMissKind({ text, gold: GOLD, got, gotLine: got ? lineOf(text, got) : 0 });

  it('tells no headline from the headline line read otherwise', () => {
    expect(miss(null)).toBe('no headline');
    expect(
      headlineMissKind({ text, gold: GOLD, got: `${GOLD} | Ferries`, gotLine: lineOf(text, GOLD) }),
    ).toBe('right line read wrong');
    expect(headlineMissKind({ text, gold: `${GOLD}.`, got: GOLD.toUpperCase(), gotLine: 5 })).toBe(
      'right line read wrong',
    );
    const titled = page(`${GOLD} | Coastal Daily`, GOLD, STANDFIRST, LEAD);
    expect(
      headlineMissKind({ text: titled, gold: GOLD, got: `${GOLD} | Coastal Daily`, gotLine: 1 }),
    ).toBe('a reprint of the headline chosen');
  });

  it('tells by place a standfirst, a lead sentence, furniture above and a line below', () => {
    expect(miss(STANDFIRST)).toBe('a standfirst chosen');
    expect(miss(LEAD)).toBe('a lead sentence chosen');
    expect(miss('Ferries')).toBe('page furniture above the headline chosen');
    expect(miss('Home | News | Sport')).toBe('page furniture above the headline chosen');
    expect(miss('Read next: Storm closes coast road')).toBe('a line below the headline chosen');
  });

  it('reads a sentence as the lead wherever the headline is, else says the headline is not a line', () => {
    const other = page('Ferries', 'Harbour authority to close', 'the old pier, it says', LEAD);
    expect(headlineMissKind({ text: other, gold: GOLD, got: LEAD, gotLine: 7 })).toBe(
      'a lead sentence chosen',
    );
    expect(headlineMissKind({ text: other, gold: GOLD, got: 'Ferries', gotLine: 1 })).toBe(
      'headline not printed as one line',
    );
  });

  it('lists every kind once', () => {
    expect(goldLinesOf(page(GOLD, LEAD, GOLD).split('\n'), GOLD)).toEqual([1, 5]);
    expect(new Set(HEADLINE_MISS_KINDS).size).toBe(HEADLINE_MISS_KINDS.length);
  });
});

describe('goldLineOf', () => {
  it('finds the headline alone or wrapped over lines, whatever its punctuation', () => {
    expect(goldLineOf(['Menu', '', 'Harbour authority to close', 'old ferry pier'], GOLD)).toBe(3);
    expect(goldLineOf(['Menu', 'HARBOUR AUTHORITY TO CLOSE OLD FERRY PIER!'], GOLD)).toBe(2);
    expect(goldLineOf(['Menu', 'Harbour authority'], GOLD)).toBe(0);
  });
});

describe('isSentence', () => {
  it('is a long line closed by a full stop, in either script', () => {
    expect(isSentence(LEAD)).toBe(true);
    expect(
      isSentence('港の古い桟橋は六か月間閉鎖され、技術者が杭を交換すると当局が発表した。'),
    ).toBe(true);
    expect(isSentence('桟橋を閉鎖。')).toBe(false);
    expect(isSentence(GOLD)).toBe(false);
    expect(isSentence('Ferry pier to close.')).toBe(false);
  });
});
