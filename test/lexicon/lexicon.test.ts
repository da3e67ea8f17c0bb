import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/extract/byline/parse-byline.js';
import { matchPhotoCredit } from '../../src/extract/captions/photo-credit.js';
import { matchDateline } from '../../src/extract/dateline/match-dateline.js';
import { AGENCIES, extendLexicon, LANGUAGES, MONTHS } from '../../src/lexicon/index.js';
import { formatStory } from '../../src/story.js';

describe('language tables', () => {
  it('never gives one month spelling two months', () => {
    const seen = new Map<string, { month: number; code: string }>();
    for (const language of LANGUAGES) {
      for (const [spelling, month] of Object.entries(language.months)) {
        const other = seen.get(spelling);
        // Languages may share a spelling (`mai`, `set`), never for two months.
        if (other) expect(`${spelling}: ${month}`).toBe(`${spelling}: ${other.month}`);
        seen.set(spelling, { month, code: language.code });
      }
    }
  });

  it('writes month spellings in lower case, for months 1 to 12', () => {
    for (const [spelling, month] of Object.entries(MONTHS)) {
      expect(spelling).toBe(spelling.toLowerCase());
      expect(month >= 1 && month <= 12).toBe(true);
    }
  });

  it('spells only agencies the agency table has', () => {
    const names = new Set(AGENCIES.map((agency) => agency.name));
    for (const language of LANGUAGES)
      for (const spelling of language.agencies) expect(names).toContain(spelling.agency);
  });

  it("adds a language's agency names to the agency", () => {
    const afp = AGENCIES.find((agency) => agency.name === 'AFP');
    expect(afp?.names).toContain('Agence France-Presse');
  });

  it('reads a month of every language in a dateline', () => {
    for (const language of LANGUAGES) {
      const [spelling, month] = Object.entries(language.months)[0] ?? [];
      if (!spelling) continue;
      const match = matchDateline(`HARBOURTON, 7 ${spelling} (Reuters) - Text.`, extendLexicon({}));
      expect(match?.month).toBe(month);
    }
  });
});

describe('a configured lexicon', () => {
  const lexicon = extendLexicon({
    agencies: [{ name: 'Nordwire', tags: ['Nordwire', 'NW'], names: ['Nordwire News'] }],
    noisePhrases: [{ phrase: 'Listen to the harbour podcast', reason: 'advertisement' }],
    creditPhrases: [{ phrase: 'Fact-checking by', role: 'other' }],
  });

  it('reads the agency in datelines, bylines and photo credits', () => {
    expect(matchDateline('HARBOURTON (NW) - Ferries sailed.', lexicon)?.agency).toBe('Nordwire');
    expect(parseByline('By Jane Doe, Nordwire News', lexicon)?.authors[0]?.affiliation).toBe(
      'Nordwire News',
    );
    expect(matchPhotoCredit('The pier at dawn. Photo: Jane Doe/NW', lexicon)?.organization).toBe(
      'Nordwire',
    );
  });

  it('removes the noise phrase and reads the credit phrase', () => {
    const text = [
      'Ferries to sail again',
      '',
      'HARBOURTON (NW) - Ferries sailed again on Monday after the storm.',
      '',
      'Listen to the harbour podcast',
      '',
      'Fact-checking by Ann Poe',
    ].join('\n');
    const [story] = formatStory(text, { format: 'json', lexicon });
    expect(story?.json?.removed.map((item) => item.reason)).toContain('advertisement');
    expect(story?.json?.credits).toMatchObject([{ role: 'other', names: ['Ann Poe'] }]);
  });
});
