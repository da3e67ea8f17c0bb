import { describe, expect, it } from 'vitest';
import { matchPhotoCredit } from '../../src/extract/captions/photo-credit.js';
import { parseCopyright } from '../../src/extract/copyright/parse-copyright.js';
import { credits } from '../../src/extract/credits/credits.js';
import { parseCredits } from '../../src/extract/credits/parse-credits.js';
import { isEditorialNote } from '../../src/extract/notes/editorial-note.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { formatStory } from '../../src/story.js';
import { runExtractors } from '../helpers/run-extractors.js';

const parse = (text: string) => parseCredits(text, defaultLexicon);

describe('parseCredits', () => {
  it('reads a Reuters credit line in parentheses', () => {
    expect(
      parse(
        '(Reporting by Jane Doe in Lima; Additional reporting by John Roe; Writing by Ann Poe; Editing by Max Moe and Eve Lo)',
      ),
    ).toEqual([
      {
        role: 'reporting',
        names: ['Jane Doe'],
        organization: null,
        text: 'Reporting by Jane Doe in Lima',
      },
      {
        role: 'additional-reporting',
        names: ['John Roe'],
        organization: null,
        text: 'Additional reporting by John Roe',
      },
      { role: 'writing', names: ['Ann Poe'], organization: null, text: 'Writing by Ann Poe' },
      {
        role: 'editing',
        names: ['Max Moe', 'Eve Lo'],
        organization: null,
        text: 'Editing by Max Moe and Eve Lo',
      },
    ]);
  });

  it('reads bracketed credit lines joined into one paragraph one role a part', () => {
    expect(
      parse(
        '(Reporting by Jane Doe; Editing by Max Moe)\n(Reporting by Jane Doe; Editing by Max Moe)',
      )?.map((credit) => credit.text),
    ).toEqual([
      'Reporting by Jane Doe',
      'Editing by Max Moe',
      'Reporting by Jane Doe',
      'Editing by Max Moe',
    ]);
  });

  it('keeps a bracket inside a credit that no role phrase follows', () => {
    expect(parse('(Reporting by Jane Doe (Lima) (Reuters))')?.map((credit) => credit.role)).toEqual(
      ['reporting'],
    );
  });

  it('reads roles separated by commas', () => {
    expect(
      parse('Reporting by Jane Doe, editing by John Roe')?.map((credit) => credit.role),
    ).toEqual(['reporting', 'editing']);
  });

  it('reads the Bloomberg assistance line', () => {
    expect(parse('--With assistance from Jane Doe and John Roe.')).toEqual([
      {
        role: 'assistance',
        names: ['Jane Doe', 'John Roe'],
        organization: null,
        text: '--With assistance from Jane Doe and John Roe.',
      },
    ]);
  });

  it('reads an AP contributor line', () => {
    expect(parse('AP writer Jane Doe contributed to this report.')).toMatchObject([
      { role: 'contributor', names: ['Jane Doe'], organization: 'AP' },
    ]);
  });

  it('refuses a paragraph that is only partly a credit', () => {
    expect(
      parse('Reporting by Jane Doe; the rest of this is a sentence about markets.'),
    ).toBeNull();
    expect(parse('The company said reporting by analysts was wrong.')).toBeNull();
  });
});

describe('credits extractor', () => {
  it('takes credit paragraphs from the tail with their line', () => {
    const { article, tree } = runExtractors(
      'Headline\n\nBody text here.\n\n(Reporting by Jane Doe; Editing by Max Moe)',
      credits,
    );
    expect(article.credits.map((credit) => [credit.role, credit.line])).toEqual([
      ['reporting', 5],
      ['editing', 5],
    ]);
    expect(tree.children).toHaveLength(2);
  });

  it('takes a credit line set under the last paragraph with no blank line between', () => {
    // copydesk's Markdown prints the line as a paragraph of its own, and reads it back
    // as credits: the first reading must agree (found by npm run fuzz).
    const { article, tree } = runExtractors(
      'Headline\n\nThe pier reopened on Monday after repairs.\nCompiled by Tom Sample.',
      credits,
    );
    expect(article.credits.map((credit) => [credit.role, credit.names, credit.line])).toEqual([
      ['writing', ['Tom Sample'], 4],
    ]);
    expect(tree.children.at(-1)).toMatchObject({
      children: [{ value: 'The pier reopened on Monday after repairs.' }],
    });
  });

  it('leaves a last line that only starts like a credit in the story', () => {
    const { article } = runExtractors(
      'Headline\n\nThe figures for the quarter were\ncompiled by the port authority and its staff in May.',
      credits,
    );
    expect(article.credits).toEqual([]);
  });
});

describe('matchPhotoCredit', () => {
  it('splits a Bloomberg caption from its credit and its repeat', () => {
    expect(
      matchPhotoCredit(
        'Two men shake hands. Photographer: Ana Ruiz/Bloomberg (Ana Ruiz/Bloomberg)',
      ),
    ).toMatchObject({
      caption: 'Two men shake hands.',
      credit: 'Ana Ruiz/Bloomberg',
      creditText: 'Photographer: Ana Ruiz/Bloomberg',
      names: ['Ana Ruiz'],
      organization: 'Bloomberg',
      duplicate: '(Ana Ruiz/Bloomberg)',
    });
  });

  it.each([
    [
      'A runner crosses the line. (AP Photo/Grace Lin, File)',
      'AP Photo/Grace Lin, File',
      ['Grace Lin'],
      'AP',
    ],
    ['A trader works. REUTERS/Jane Doe', 'REUTERS/Jane Doe', ['Jane Doe'], 'Reuters'],
    [
      'Envoys vote. / Credit: JOHN ROE/AFP via Getty Images',
      'JOHN ROE/AFP via Getty Images',
      ['JOHN ROE'],
      'AFP via Getty Images',
    ],
  ])('reads %j', (text, credit, names, organization) => {
    expect(matchPhotoCredit(text)).toMatchObject({ credit, names, organization });
  });

  it('ignores prose', () => {
    expect(matchPhotoCredit('The photographer said the light was poor.')).toBeNull();
  });
});

describe('parseCopyright', () => {
  it.each([
    ['©2024 Bloomberg L.P.', 2024, 'Bloomberg L.P.'],
    ['Copyright 2023 The Associated Press. All rights reserved.', 2023, 'The Associated Press'],
    [
      '(c) Copyright Thomson Reuters 2014. Click For Restrictions - http://example.com/x',
      2014,
      'Thomson Reuters',
    ],
    ['© Copyright Deutsche Presse-Agentur GmbH', null, 'Deutsche Presse-Agentur GmbH'],
  ])('reads %j', (text, year, holder) => {
    expect(parseCopyright(text)).toMatchObject({ year, holder });
  });

  it('ignores a sentence that mentions copyright', () => {
    expect(
      parseCopyright(
        'The court said the copyright claim had no merit and dismissed it with costs.',
      ),
    ).toBeNull();
  });
});

describe('matchPhotoCredit, photographer form', () => {
  it("reads a photographer's agency as a name of a few words", () => {
    expect(matchPhotoCredit('A quay at dawn. Photographer: Lee Sample/Getty Images')).toMatchObject(
      {
        caption: 'A quay at dawn.',
        organization: 'Getty Images',
      },
    );
    expect(
      matchPhotoCredit(
        'A quay at dawn. Photographer: Lee Sample/Bloomberg --With assistance from Sam Sample.',
      ),
    ).toBeNull();
  });
});

describe('isEditorialNote', () => {
  it.each([
    '(Updates with union statement in paragraph 3)',
    'Eds: Adds byline.',
    '(ATTN: ADDS details in paras 4-5)',
  ])('knows %j', (text) => {
    expect(isEditorialNote(text)).toBe(true);
  });

  it('leaves a parenthesised sentence alone', () => {
    expect(isEditorialNote('(The figures were not adjusted for inflation.)')).toBe(false);
  });
});

describe('notes extractor on a note over the lead, with no blank line between', () => {
  const json = (text: string) =>
    formatStory(text, { format: 'json' })[0]?.json as {
      notes: string[];
      dateline: { text: string } | null;
      body: string;
    };

  it.each([
    ['Eds: Adds comment from the port authority.'],
    ['(Adds comment from the port authority in paragraph 2)'],
  ])('takes %j as the note and leaves the lead with its dateline', (note) => {
    const article = json(
      `Port to reopen on Friday\n\n${note}\nROTTERDAM, May 5 (Reuters) - The port will reopen on Friday, its authority said.\n`,
    );
    expect(article.notes).toEqual([note]);
    expect(article.dateline?.text).toBe('ROTTERDAM, May 5 (Reuters) -');
    expect(article.body).toBe('The port will reopen on Friday, its authority said.');
  });

  it('keeps a note of several lines whole when no dateline follows it', () => {
    const article = json(
      'Port to reopen on Friday\n\nEds: Adds comment from the port authority\nand updates the figures.\n\nThe port will reopen on Friday.\n',
    );
    expect(article.notes).toEqual([
      'Eds: Adds comment from the port authority and updates the figures.',
    ]);
  });
});

describe('a credit line the byline reader split off', () => {
  // A title line over a credit line, with no blank line between, under a
  // one-sentence headline: the byline reader takes the first line, and the
  // credit line is left a paragraph of its own. copydesk's Markdown prints it
  // so and reads it back as credits; the first reading must agree (found by
  // npm run fuzz).
  const story =
    'Harbour talks to resume on Wednesday, union says.\n\nPier Workers Walk Out Again\nCompiled by Tom Sample.\n';
  const json = (text: string, from?: 'markdown') =>
    formatStory(text, { format: 'json', ...(from ? { from } : {}) })[0]?.json as {
      credits: Array<{ text: string }>;
      body: string;
    };

  it('reads it as credits, as the Markdown read back does', () => {
    const first = json(story);
    expect(first.credits.map((credit) => credit.text)).toEqual(['Compiled by Tom Sample.']);
    expect(first.body).not.toContain('Compiled by');
    const markdown = formatStory(story, { format: 'markdown' })[0]?.output ?? '';
    expect(json(markdown, 'markdown').credits).toEqual(first.credits);
  });
});

describe('dpa contacts in copydesk Markdown', () => {
  it('reads a contact line back under the credit it stood under', () => {
    const story =
      'Ferry line votes on strike\n\nKiel (dpa) - Ferry crews voted on a strike on Sunday.\n\nThe result is due on Monday.\n\nThe following information is not for publication\n\n## dpa Contacts\n- Reporting by: Jana Example in Kiel\n- Editing by: Ann Example\n- +49 40 5555 0100, desk@example.net\n\ndpa je ae\n';
    const roles = (text: string, from?: 'markdown') => {
      const [result] = formatStory(text, { format: 'json', ...(from ? { from } : {}) });
      const json = result?.json as { credits: Array<{ role: string }> } | undefined;
      return json?.credits.map((credit) => credit.role);
    };
    const markdown = formatStory(story, { format: 'markdown' })[0]?.output ?? '';
    expect(roles(story)).toEqual(['reporting', 'editing', 'contact', 'signoff']);
    expect(roles(markdown, 'markdown')).toEqual(roles(story));
  });
});
