import { describe, expect, it } from 'vitest';
import { dateline } from '../../src/extract/dateline/dateline.js';
import { matchDateline } from '../../src/extract/dateline/match-dateline.js';
import { isoDate } from '../../src/extract/dateline/resolve-iso-date.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { runExtractors } from '../helpers/run-extractors.js';

const match = (text: string) => matchDateline(text, defaultLexicon);

describe('matchDateline', () => {
  it.each([
    ['LONDON, Oct 1 (Reuters) - Shares fell.', 'LONDON', 'Oct 1', 'Reuters'],
    ['Jan 30 (Reuters) - Shares fell.', null, 'Jan 30', 'Reuters'],
    ['(Bloomberg) -- Copper rose.', null, null, 'Bloomberg'],
    ['CHATHAM, Mass. (AP) — A ferry sank.', 'CHATHAM, Mass.', null, 'AP'],
    ['CHATHAM, Mass. (AP) _ A ferry sank.', 'CHATHAM, Mass.', null, 'AP'],
    ['Paris (AFP) - Firefighters battled.', 'Paris', null, 'AFP'],
    ['LOS ANGELES, Feb 26 - BankAmerica Corp is not', 'LOS ANGELES', 'Feb 26', null],
    ['NEWPORT BEACH, Calif., March 9 - The company said', 'NEWPORT BEACH, Calif.', 'March 9', null],
    ['Lima, march 9 - Peru said', 'Lima', 'march 9', null],
    ['ST. LOUIS — The city council', 'ST. LOUIS', null, null],
    ['LYON, Oct 7, 2024 (AFP) - Firefighters', 'LYON', 'Oct 7, 2024', 'AFP'],
  ])('reads %j', (text, location, date, agency) => {
    expect(match(text)).toMatchObject({ location, date, agency });
  });

  it.each([
    ['The company (AP) said nothing.'],
    ['ECONOMIC SPOTLIGHT - BOLIVIA'],
    ['He said the plan - which failed - was bad.'],
    ['Shares of Acme (Reuters) rose on news.'],
  ])('does not take %j for a dateline', (text) => {
    expect(match(text)).toBeNull();
  });

  it('resolves an ISO date only when a year is known', () => {
    const found = match('LONDON, Oct 1 (Reuters) - Shares fell.');
    expect(found && isoDate(found, null)).toBeNull();
    expect(found && isoDate(found, 2024)).toBe('2024-10-01');
  });
});

describe('dateline extractor', () => {
  it('cuts the dateline off the lead paragraph and records its line', () => {
    const { article, tree } = runExtractors(
      'HEADLINE HERE\n\nBERLIN, March 3 (Reuters) - A bakery chain grew.',
      dateline,
    );
    expect(article.dateline).toMatchObject({
      text: 'BERLIN, March 3 (Reuters) -',
      location: 'BERLIN',
      line: 3,
    });
    const lead = tree.children.find((node) => node.data && 'lead' in node.data);
    expect(lead?.position?.start).toMatchObject({ line: 3, column: 29 });
  });

  it('uses the reference year on the file for isoDate', () => {
    const { article } = runExtractors(
      'x\n\nOSLO, Nov 14 (Reuters) - Trains stopped.',
      (options) => (tree, file) => {
        file.data.referenceYear = 2023;
        dateline(options)(tree, file);
      },
    );
    expect(article.dateline?.isoDate).toBe('2023-11-14');
  });
});
