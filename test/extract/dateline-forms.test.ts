import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../src/extract/dateline/match-dateline.js';
import { isoDate } from '../../src/extract/dateline/resolve-iso-date.js';
import { AGENCIES, defaultLexicon } from '../../src/lexicon/index.js';
import { formatStory } from '../../src/story.js';

/**
 * How agencies write their datelines (docs/wire-formats.md §2): one
 * synthetic lead per agency and shape, with what copydesk must read from
 * it. The shapes other than the parenthesised one are the agencies'
 * `datelines` in src/lexicon/agencies.ts.
 */
interface DatelineExample {
  agency: string | null;
  shape: string;
  example: string;
  expected: { text: string; location: string | null; date: string | null };
}

const FORMS: DatelineExample[] = [
  {
    agency: 'Reuters',
    shape: 'parenthesised',
    example: 'HARBOURTON, Oct 7 (Reuters) - Port workers walked out on Monday.',
    expected: { text: 'HARBOURTON, Oct 7 (Reuters) -', location: 'HARBOURTON', date: 'Oct 7' },
  },
  {
    agency: 'Reuters',
    shape: 'parenthesised',
    example: 'LIMA/SANTIAGO, Oct 7 (Reuters) - Copper miners in two countries struck.',
    expected: {
      text: 'LIMA/SANTIAGO, Oct 7 (Reuters) -',
      location: 'LIMA/SANTIAGO',
      date: 'Oct 7',
    },
  },
  {
    agency: 'Reuters',
    shape: 'parenthesised',
    example: 'Jan 3 (Reuters) - Shares of the lender rose in early trade.',
    expected: { text: 'Jan 3 (Reuters) -', location: null, date: 'Jan 3' },
  },
  {
    agency: 'AP',
    shape: 'parenthesised',
    example: 'FAIRVIEW, Ore. (AP) — A ferry ran aground on Tuesday.',
    expected: { text: 'FAIRVIEW, Ore. (AP) —', location: 'FAIRVIEW, Ore.', date: null },
  },
  {
    agency: 'AP',
    shape: 'parenthesised',
    example: 'ROSCOE, South Dakota (AP) _ A grain elevator caught fire overnight.',
    expected: { text: 'ROSCOE, South Dakota (AP) _', location: 'ROSCOE, South Dakota', date: null },
  },
  {
    agency: 'AP',
    shape: 'parenthesised',
    example: 'SAITAMA, Japan (AP) -- A new rail line opened on Friday.',
    expected: { text: 'SAITAMA, Japan (AP) --', location: 'SAITAMA, Japan', date: null },
  },
  {
    agency: 'AFP',
    shape: 'parenthesised',
    example: 'Lyon (AFP) - Firefighters fought a blaze in the old town.',
    expected: { text: 'Lyon (AFP) -', location: 'Lyon', date: null },
  },
  {
    agency: 'AFP',
    shape: 'parenthesised',
    example: 'Lyon, 7 oct 2024 (AFP) - Les pompiers ont lutté contre un incendie.',
    expected: { text: 'Lyon, 7 oct 2024 (AFP) -', location: 'Lyon', date: '7 oct 2024' },
  },
  {
    agency: 'Bloomberg',
    shape: 'parenthesised',
    example: '(Bloomberg) -- Copper rose for a third day in London.',
    expected: { text: '(Bloomberg) --', location: null, date: null },
  },
  {
    agency: 'dpa',
    shape: 'parenthesised',
    example: 'Hamburg (dpa) - The port handled more containers in May.',
    expected: { text: 'Hamburg (dpa) -', location: 'Hamburg', date: null },
  },
  {
    agency: 'dpa',
    shape: 'parenthesised',
    example: 'Denver (tca/dpa) - A late snowstorm closed the mountain passes.',
    expected: { text: 'Denver (tca/dpa) -', location: 'Denver', date: null },
  },
  {
    agency: 'PA',
    shape: 'parenthesised',
    example: 'LONDON (PA) - Rail fares will rise in March, operators said.',
    expected: { text: 'LONDON (PA) -', location: 'LONDON', date: null },
  },
  {
    agency: 'EFE',
    shape: 'parenthesised',
    example: 'Sevilla, 7 oct (EFE).- Los bomberos apagaron un incendio.',
    expected: { text: 'Sevilla, 7 oct (EFE).-', location: 'Sevilla', date: '7 oct' },
  },
  {
    agency: 'ANSA',
    shape: 'agency-first',
    example: '(ANSA) - MILANO, 7 OTT - La borsa ha chiuso in rialzo.',
    expected: { text: '(ANSA) - MILANO, 7 OTT -', location: 'MILANO', date: '7 OTT' },
  },
  {
    agency: 'ANSA',
    shape: 'agency-first',
    example: '(ANSA) - Milan, October 7 - The stock exchange closed higher.',
    expected: { text: '(ANSA) - Milan, October 7 -', location: 'Milan', date: 'October 7' },
  },
  {
    agency: 'Kyodo',
    shape: 'bare',
    example: 'SENDAI, Dec. 9 Kyodo - A ferry resumed service on Monday.',
    expected: { text: 'SENDAI, Dec. 9 Kyodo -', location: 'SENDAI', date: 'Dec. 9' },
  },
  {
    agency: 'Kyodo',
    shape: 'bare',
    example: 'Dec. 9 Kyodo - The government raised its growth forecast.',
    expected: { text: 'Dec. 9 Kyodo -', location: null, date: 'Dec. 9' },
  },
  {
    agency: 'Kyodo',
    shape: 'parenthesised',
    example: 'SENDAI (Kyodo) -- A ferry resumed service on Monday.',
    expected: { text: 'SENDAI (Kyodo) --', location: 'SENDAI', date: null },
  },
  {
    agency: 'Xinhua',
    shape: 'parenthesised',
    example: 'NANJING, Oct. 7 (Xinhua) -- A new bridge opened to traffic.',
    expected: { text: 'NANJING, Oct. 7 (Xinhua) --', location: 'NANJING', date: 'Oct. 7' },
  },
  {
    agency: 'TASS',
    shape: 'slashed',
    example: 'KAZAN, October 7. /TASS/. A new metro line opened on Monday.',
    expected: { text: 'KAZAN, October 7. /TASS/.', location: 'KAZAN', date: 'October 7' },
  },
  {
    agency: 'UPI',
    shape: 'parenthesised',
    example: 'DENVER, Oct. 7 (UPI) -- Snow closed the interstate.',
    expected: { text: 'DENVER, Oct. 7 (UPI) --', location: 'DENVER', date: 'Oct. 7' },
  },
  {
    agency: 'AAP',
    shape: 'parenthesised',
    example: 'BRISBANE (AAP) - Floodwaters began to recede on Sunday.',
    expected: { text: 'BRISBANE (AAP) -', location: 'BRISBANE', date: null },
  },
  {
    agency: 'CP',
    shape: 'parenthesised',
    example: 'HALIFAX (CP) _ The ferry strike ended on Friday.',
    expected: { text: 'HALIFAX (CP) _', location: 'HALIFAX', date: null },
  },
  {
    agency: 'Yonhap',
    shape: 'parenthesised',
    example: 'BUSAN, Oct. 7 (Yonhap) -- The port set a cargo record.',
    expected: { text: 'BUSAN, Oct. 7 (Yonhap) --', location: 'BUSAN', date: 'Oct. 7' },
  },
  {
    agency: 'ANP',
    shape: 'parenthesised',
    example: 'ZWOLLE (ANP) - De brandweer heeft een brand geblust.',
    expected: { text: 'ZWOLLE (ANP) -', location: 'ZWOLLE', date: null },
  },
  {
    agency: 'NTB',
    shape: 'parenthesised',
    example: 'TROMSØ (NTB) - Ferja ble innstilt på grunn av uvær.',
    expected: { text: 'TROMSØ (NTB) -', location: 'TROMSØ', date: null },
  },
  {
    agency: 'STT',
    shape: 'parenthesised',
    example: 'TAMPERE (STT) - Kaupunki avasi uuden kirjaston.',
    expected: { text: 'TAMPERE (STT) -', location: 'TAMPERE', date: null },
  },
  {
    agency: 'ATS',
    shape: 'parenthesised',
    example: 'Lausanne (ATS) - La ville a inauguré une nouvelle gare.',
    expected: { text: 'Lausanne (ATS) -', location: 'Lausanne', date: null },
  },
  {
    agency: 'KNA',
    shape: 'unseparated',
    example: 'Bonn (KNA) Die Gemeinde hat eine neue Kirche geweiht.',
    expected: { text: 'Bonn (KNA)', location: 'Bonn', date: null },
  },
  {
    agency: 'Dow Jones',
    shape: 'parenthesised',
    example: 'ZURICH (Dow Jones)--The franc weakened against the euro.',
    expected: { text: 'ZURICH (Dow Jones)--', location: 'ZURICH', date: null },
  },
  {
    agency: 'PRNewswire',
    shape: 'slashed',
    example: 'AUSTIN, Texas, Oct. 7, 2024 /PRNewswire/ -- Acme Corp. opened a plant.',
    expected: {
      text: 'AUSTIN, Texas, Oct. 7, 2024 /PRNewswire/ --',
      location: 'AUSTIN, Texas',
      date: 'Oct. 7, 2024',
    },
  },
  {
    agency: 'Business Wire',
    shape: 'wire-dashes',
    example: 'SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. reported higher sales.',
    expected: {
      text: 'SAN FRANCISCO--(BUSINESS WIRE)--',
      location: 'SAN FRANCISCO',
      date: null,
    },
  },
  {
    agency: null,
    shape: 'unattributed',
    example: 'NEWPORT BEACH, Calif., March 9 - The company said profits rose.',
    expected: {
      text: 'NEWPORT BEACH, Calif., March 9 -',
      location: 'NEWPORT BEACH, Calif.',
      date: 'March 9',
    },
  },
  {
    agency: null,
    shape: 'unattributed',
    example: 'TORONTO _ Ontario posted a smaller deficit than expected.',
    expected: { text: 'TORONTO _', location: 'TORONTO', date: null },
  },
];

describe('matchDateline', () => {
  for (const form of FORMS) {
    it(`reads the ${form.agency ?? 'unattributed'} ${form.shape} form: ${form.expected.text}`, () => {
      const match = matchDateline(form.example, defaultLexicon);
      expect(match).toMatchObject({ ...form.expected, agency: form.agency });
    });
  }

  it('covers at least twenty agencies in its examples', () => {
    const agencies = new Set(FORMS.map((form) => form.agency).filter(Boolean));
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

  it("does not take a mixed-case word before AP's typewriter dash for a place", () => {
    // AP copy of the 1980s wrote every dash as `_`, prose dashes included.
    expect(
      matchDateline(
        'Water _ who owns it, who pays for it _ will divide the council.',
        defaultLexicon,
      ),
    ).toBeNull();
    expect(matchDateline('Harbour Town - Shares fell.', defaultLexicon)).toBeNull();
    expect(matchDateline('Harbour Town — Shares fell.', defaultLexicon)).toMatchObject({
      location: 'Harbour Town',
    });
  });

  it('takes an unknown source as written, and says it is unknown', () => {
    expect(matchDateline('LONDON (Acme) - Shares fell.', defaultLexicon)).toMatchObject({
      location: 'LONDON',
      agency: 'Acme',
      unknownAgency: true,
    });
  });

  it('takes no ticker after a place in title case for a source', () => {
    expect(matchDateline('Harbourton (HBRT) - Shares fell.', defaultLexicon)).toBeNull();
  });

  it('reads a photographer before the slash as a photo credit, not a partner agency', () => {
    // `(Photographer / Agency)` under a caption; `(tca/dpa)` (above) is two agencies' codes.
    expect(matchDateline('(Jane Example / Reuters)', defaultLexicon)).toBeNull();
    expect(matchDateline('(Jane Example/AFP) - Crowds gathered.', defaultLexicon)).toBeNull();
    expect(matchDateline('PARIS (Reuters/AFP) - Crowds gathered.', defaultLexicon)?.agency).toBe(
      'AFP',
    );
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

describe('the agency table', () => {
  it('has an example here of every dateline shape an agency writes', () => {
    for (const agency of AGENCIES) {
      for (const shape of agency.datelines ?? [])
        expect(FORMS.some((form) => form.agency === agency.name && form.shape === shape)).toBe(
          true,
        );
    }
  });
});
