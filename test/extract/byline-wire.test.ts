import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/extract/byline/parse-byline.js';
import { bylineBeforeDateline } from '../../src/extract/byline/wire-byline.js';
import { defaultLexicon } from '../../src/lexicon/index.js';

const names = (text: string): string[] | undefined =>
  parseByline(text, defaultLexicon)?.authors.map((author) => author.name);

describe('parseByline', () => {
  it('splits two authors on "and"', () => {
    expect(names('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('splits a list of three on commas and "and"', () => {
    expect(names('By Jane Doe, John Roe and Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
  });

  it('reads the agency after a pipe as the affiliation', () => {
    expect(parseByline('By Jane Doe | Reuters', defaultLexicon)?.authors).toEqual([
      { name: 'Jane Doe', affiliation: 'Reuters' },
    ]);
  });

  it('reads the agency after a comma as the affiliation', () => {
    expect(parseByline('By Jane Doe, Bloomberg News', defaultLexicon)?.authors).toEqual([
      { name: 'Jane Doe', affiliation: 'Bloomberg News' },
    ]);
  });

  it('re-cases capitals with care for Mc, O’ and particles', () => {
    expect(names("By JANE McDONALD and PETER O'NEILL")).toEqual(['Jane McDonald', "Peter O'Neill"]);
    expect(names('By PIETER VAN DER BERG')).toEqual(['Pieter van der Berg']);
  });

  it('keeps bin, hyphens and accents in names as written', () => {
    expect(names('By Ahmad bin Salleh and Anne-Marie Dupont')).toEqual([
      'Ahmad bin Salleh',
      'Anne-Marie Dupont',
    ]);
    expect(names('By José Ñúñez')).toEqual(['José Ñúñez']);
  });

  it('keeps a suffix with its name, with or without a comma', () => {
    expect(names('By John Smith, Jr.')).toEqual(['John Smith, Jr.']);
    expect(names('By John Smith Jr. and Ann Poe')).toEqual(['John Smith Jr.', 'Ann Poe']);
    expect(names('By MARTIN KING III')).toEqual(['Martin King III']);
  });

  it('takes no organisation for a person', () => {
    expect(parseByline('By The Associated Press', defaultLexicon)).toEqual({
      authors: [],
      title: null,
      organization: 'The Associated Press',
    });
    expect(names('By Reuters Staff')).toEqual([]);
    expect(names('By Business News Desk')).toEqual([]);
  });

  it('reads no organisation out of a sentence that mentions one', () => {
    // A bare `By` joined to a caption with its photo credit: a sentence, not an agency's name.
    expect(
      parseByline(
        'By A quiet quay before sunrise. Photographer: Lee Sample/Bloomberg',
        defaultLexicon,
      ),
    ).toBeNull();
    expect(parseByline('By Reuters staff', defaultLexicon)?.organization).toBe('Reuters staff');
  });

  it('cuts a time stamp or an e-mail prompt off the names', () => {
    expect(names('By Jane Doe 10:32 AM ET')).toEqual(['Jane Doe']);
    expect(names('By Jane Doe Email the author')).toEqual(['Jane Doe']);
  });

  it('drops where the reporter filed from', () => {
    expect(names('By Jane Doe in Lima')).toEqual(['Jane Doe']);
  });

  it('is not fooled by a dateline or a sentence', () => {
    expect(parseByline('LONDON, Oct 7 (Reuters) - Shares fell.', defaultLexicon)).toBeNull();
    expect(parseByline('By the end of the year, 40 per cent had left.', defaultLexicon)).toBeNull();
  });
});

describe('bylineBeforeDateline', () => {
  it('cuts a byline run into the lead where the place in capitals begins', () => {
    const found = bylineBeforeDateline(
      'By Jane Doe PORTWELL (Reuters) - The pier closed.',
      defaultLexicon,
    );
    expect(found?.text).toBe('By Jane Doe');
  });

  it('needs a lead after the dateline: a dateline that ends the text tells no place from names', () => {
    expect(bylineBeforeDateline('By Jane Doe 10:32 AM ET PORTWELL (Reuters)', defaultLexicon)).toBe(
      null,
    );
  });
});
