import { describe, expect, it } from 'vitest';
import { parseCredits } from '../../src/extract/credits/parse-credits.js';
import { parseSignoff } from '../../src/extract/credits/signoff.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import type { ArticleJson } from '../../src/render/json.js';
import { formatStory } from '../../src/story.js';

const roles = (text: string) =>
  parseCredits(text, defaultLexicon)?.map((credit) => [credit.role, credit.names]);

const reutersRoles = [
  ['reporting', ['Jane Doe']],
  ['editing', ['Max Moe']],
];

describe('parseCredits', () => {
  it('reads every Reuters role in one parenthesised line', () => {
    expect(
      roles(
        '(Reporting by Jane Doe in Lima; Additional reporting by John Roe; Writing by Ann Poe; Editing by Max Moe)',
      ),
    ).toEqual([
      ['reporting', ['Jane Doe']],
      ['additional-reporting', ['John Roe']],
      ['writing', ['Ann Poe']],
      ['editing', ['Max Moe']],
    ]);
  });

  for (const variant of [
    'Reporting by Jane Doe; editing by Max Moe',
    '(Reporting by Jane Doe, editing by Max Moe.)',
    'Reporting by Jane Doe. Editing by Max Moe',
    '(Reporting by Jane Doe/Editing by Max Moe)',
    '(Reporting by Jane Doe Editing by Max Moe)',
  ]) {
    it(`reads the punctuation variant ${variant}`, () => {
      expect(roles(variant)).toEqual(reutersRoles);
    });
  }

  it('reads several names per role and drops where they filed from', () => {
    expect(
      roles('(Reporting by Jane Doe in Lima and John Roe in Santiago; Editing by Max Moe)'),
    ).toEqual([
      ['reporting', ['Jane Doe', 'John Roe']],
      ['editing', ['Max Moe']],
    ]);
  });

  it('reads Bloomberg assistance lines', () => {
    expect(roles('--With assistance from Jane Doe and John Roe.')).toEqual([
      ['assistance', ['Jane Doe', 'John Roe']],
    ]);
  });

  it('reads contact lines with several people, leaving out addresses', () => {
    expect(
      roles(
        'To contact the reporters on this story: Jane Doe in Madrid at jdoe@example.net; John Roe in Rome at jroe@example.net',
      ),
    ).toEqual([['contact', ['Jane Doe', 'John Roe']]]);
    expect(
      roles('To contact the editor responsible for this story: Max Moe at mmoe@example.net'),
    ).toEqual([['contact', ['Max Moe']]]);
  });

  it('reads AP contributor lines with their organisation', () => {
    const [credit] =
      parseCredits(
        'Associated Press writers Jane Doe and John Roe contributed to this report from Washington.',
        defaultLexicon,
      ) ?? [];
    expect(credit).toMatchObject({
      role: 'contributor',
      names: ['Jane Doe', 'John Roe'],
      organization: 'Associated Press',
    });
  });

  it('reads a photographer credit with its organisation', () => {
    const [credit] = parseCredits('Photographer: Jane Doe/Bloomberg', defaultLexicon) ?? [];
    expect(credit).toMatchObject({ role: 'photo', names: ['Jane Doe'], organization: 'Bloomberg' });
  });

  it('refuses a paragraph of prose', () => {
    expect(
      parseCredits('The reporting by local media was wrong, he said.', defaultLexicon),
    ).toBeNull();
  });
});

describe('parseSignoff', () => {
  it('reads dpa initials with the agency', () => {
    expect(parseSignoff('dpa jn pd')).toMatchObject({
      role: 'signoff',
      names: ['jn', 'pd'],
      organization: 'dpa',
    });
  });
  it('reads AFP bureau composites as AFP', () => {
    expect(parseSignoff('burs-abc/def')).toMatchObject({
      names: ['abc', 'def'],
      organization: 'AFP',
    });
  });
  it('reads bare slashed initials', () => {
    expect(parseSignoff('hh/ph/ts')).toMatchObject({
      names: ['hh', 'ph', 'ts'],
      organization: null,
    });
  });
  it('reads an agency standing alone as its sign-off', () => {
    expect(parseSignoff('EFE')).toMatchObject({ role: 'signoff', names: [], organization: 'EFE' });
  });
  it("reads an agency's own closing mark as its sign-off", () => {
    expect(parseSignoff('(ANSA).')).toMatchObject({ names: [], organization: 'ANSA' });
    expect(parseSignoff('==Kyodo')).toMatchObject({ names: [], organization: 'Kyodo' });
  });
  it('refuses ordinary words', () => {
    expect(parseSignoff('The end')).toBeNull();
    expect(parseSignoff('(Kyodo)')).toBeNull();
  });
});

describe('credits extractor sign-offs', () => {
  it('cuts a glued EFE sign-off and keeps the desk initials after it, in reading order', () => {
    const [result] = formatStory(
      'Titular\n\nSevilla, 7 oct (EFE).- Texto del lead.\n\nNo hubo heridos. EFE\n\nabc/de\n',
      { format: 'json' },
    );
    expect(result?.json?.body).toBe('Texto del lead.\n\nNo hubo heridos.');
    expect(result?.json?.credits.map((credit) => [credit.text, credit.organization])).toEqual([
      ['EFE', 'EFE'],
      ['abc/de', null],
    ]);
  });

  it('leaves a paragraph ending in an agency name inside a sentence alone', () => {
    const [result] = formatStory('Headline\n\nMADRID (Reuters) - The figures came from EFE\n', {
      format: 'json',
    });
    expect(result?.json?.credits).toEqual([]);
  });
});

describe('credit lines a paragraph closes on', () => {
  const json = (text: string) => formatStory(text, { format: 'json' })[0]?.json as ArticleJson;
  const lead = 'PORTWELL (Reuters) - The harbour authority closed the old pier on Friday.';

  it('takes every one, in reading order', () => {
    const story = json(
      `Pier closes\n\n${lead} Jane Roe contributed to this report. Tom Poe contributed to this report.\n`,
    );
    expect(story.credits.map((credit) => credit.names)).toEqual([['Jane Roe'], ['Tom Poe']]);
    expect(story.body).toBe('The harbour authority closed the old pier on Friday.');
  });

  it('keeps the same line printed twice once, the other as a duplicate', () => {
    const line = 'Jane Roe contributed to this report.';
    const story = json(`Pier closes\n\n${lead} ${line} ${line}\n`);
    expect(story.credits.map((credit) => credit.text)).toEqual([line]);
    expect(story.removed).toContainEqual(
      expect.objectContaining({ text: line, reason: 'duplicate' }),
    );
    expect(story.body).toBe('The harbour authority closed the old pier on Friday.');
  });

  it('leaves a credit sentence closing the paragraph above the last one in the body', () => {
    const line = 'Jane Roe contributed to this report from Portwell.';
    const story = json(
      `Pier closes\n\n${lead}\n\nThe ferry will run from the new quay. ${line}\n\nThe old pier will be rebuilt by spring.\n`,
    );
    expect(story.credits).toEqual([]);
    expect(story.body).toContain(line);
  });

  it('keeps one of two identical credit lines at the foot, one under the other', () => {
    const line = 'Jane Roe and Tom Poe contributed to this report from Portwell.';
    const story = json(`Pier closes\n\n${lead}\n\n${line}\n${line}\n`);
    expect(story.credits.map((credit) => credit.text)).toEqual([line]);
    expect(story.removed).toContainEqual(
      expect.objectContaining({ text: line, reason: 'duplicate' }),
    );
  });
});
