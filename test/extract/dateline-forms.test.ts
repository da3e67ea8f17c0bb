import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../src/extract/dateline/match-dateline.js';
import { isoDate } from '../../src/extract/dateline/resolve-iso-date.js';
import { DATELINE_FORMS, defaultLexicon } from '../../src/lexicon/index.js';
import { formatStory } from '../../src/story.js';

describe('matchDateline', () => {
  for (const form of DATELINE_FORMS) {
    it(`reads the ${form.agency ?? 'unattributed'} ${form.shape} form: ${form.expected.text}`, () => {
      const match = matchDateline(form.example, defaultLexicon);
      expect(match).toMatchObject({ ...form.expected, agency: form.agency });
    });
  }

  it('covers at least twenty agencies in its forms table', () => {
    const agencies = new Set(DATELINE_FORMS.map((form) => form.agency).filter(Boolean));
    expect(agencies.size).toBeGreaterThanOrEqual(20);
  });

  it('does not take a sentence with a parenthesised word for a dateline', () => {
    expect(
      matchDateline('The company (AP) said on Tuesday that it had sold the unit.', defaultLexicon),
    ).toBeNull();
  });

  it('does not take a caption label for a place', () => {
    expect(
      matchDateline('FILE - Players pose after the final on Dec. 2, 2023.', defaultLexicon),
    ).toBeNull();
  });

  it('does not take an unknown tag for an agency', () => {
    expect(matchDateline('LONDON (Acme) - Shares fell.', defaultLexicon)).toBeNull();
  });

  it('needs a separator after the tag for agencies that write one', () => {
    expect(matchDateline('Hamburg (dpa) The port was closed.', defaultLexicon)).toBeNull();
  });

  it('reads localised months: Italian, Spanish, French', () => {
    const ansa = matchDateline('(ANSA) - ROMA, 1 LUG - Testo.', defaultLexicon);
    expect(ansa && [ansa.month, ansa.day]).toEqual([7, 1]);
    const efe = matchDateline('Nueva Delhi, 21 ene (EFE).- Texto.', defaultLexicon);
    expect(efe && [efe.location, efe.month, efe.day]).toEqual(['Nueva Delhi', 1, 21]);
  });
});

describe('isoDate', () => {
  it('resolves month and day with a reference year', () => {
    const match = matchDateline('BUSAN, Oct. 7 (Yonhap) -- Text.', defaultLexicon);
    expect(match && isoDate(match, 2024)).toBe('2024-10-07');
  });
  it('prefers the year written in the dateline', () => {
    const match = matchDateline('LYON, Oct 7, 2023 (AFP) - Text.', defaultLexicon);
    expect(match && isoDate(match, 2024)).toBe('2023-10-07');
  });
  it('stays null without a year', () => {
    const match = matchDateline('BUSAN, Oct. 7 (Yonhap) -- Text.', defaultLexicon);
    expect(match && isoDate(match, null)).toBeNull();
  });
});

describe('dateline extractor', () => {
  it('looks deeper for an agency dateline when pasted page furniture comes first', () => {
    const furniture = Array.from({ length: 9 }, (_, index) => `Menu item ${index + 1}`).join(
      '\n\n',
    );
    const input = `Headline of the story\n\n${furniture}\n\nTALLAHASSEE, Fla. (AP) — The state sued on Friday.\n`;
    const [result] = formatStory(input, { format: 'json' });
    expect(result?.json?.dateline).toMatchObject({ location: 'TALLAHASSEE, Fla.', agency: 'AP' });
  });

  it('does not look deep for a dateline without an agency', () => {
    const furniture = Array.from({ length: 9 }, (_, index) => `Menu item ${index + 1}`).join(
      '\n\n',
    );
    const input = `Headline of the story\n\n${furniture}\n\nST. LOUIS — A chase ended in a crash.\n`;
    const [result] = formatStory(input, { format: 'json' });
    expect(result?.json?.dateline).toBeNull();
  });
});
