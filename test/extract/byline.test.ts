import { describe, expect, it } from 'vitest';
import { byline } from '../../src/extract/byline/byline.js';
import { isTitle, parseByline } from '../../src/extract/byline/parse-byline.js';
import { recaseName } from '../../src/extract/byline/recase-name.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { runExtractors } from '../helpers/run-extractors.js';

const parse = (text: string) => parseByline(text, defaultLexicon);

describe('parseByline', () => {
  it('splits names and keeps the affiliation', () => {
    expect(parse('By Jane Doe and John Roe, Bloomberg')?.authors).toEqual([
      { name: 'Jane Doe', affiliation: 'Bloomberg' },
      { name: 'John Roe', affiliation: 'Bloomberg' },
    ]);
  });

  it('reads three names with a serial list', () => {
    expect(
      parse('By Ann Poe, Jane Doe and John Roe')?.authors.map((author) => author.name),
    ).toEqual(['Ann Poe', 'Jane Doe', 'John Roe']);
  });

  it('refuses a byline whose last piece carries a page separator', () => {
    expect(parse('By Jane Doe, Contributor, Coastal Daily |')).toBeNull();
    expect(parse('By Jane Doe •')).toBeNull();
  });

  it('takes an organisation after the name without a comma', () => {
    expect(parse('By JANE DOE Associated Press')?.authors).toEqual([
      { name: 'Jane Doe', affiliation: 'Associated Press' },
    ]);
  });

  it('separates a job title from the names', () => {
    expect(parse('By Jane Doe, AP Business Writer')).toEqual({
      authors: [{ name: 'Jane Doe', affiliation: null }],
      title: 'AP Business Writer',
    });
  });

  it('reads a pipe affiliation', () => {
    expect(parse('By Jane Doe | Reuters')?.authors).toEqual([
      { name: 'Jane Doe', affiliation: 'Reuters' },
    ]);
  });

  it.each([
    'By the way, prices rose 5 pct in March.',
    'By 2030 the city will have grown',
    'Byline',
  ])('refuses %j', (text) => {
    expect(parse(text)).toBeNull();
  });
});

describe('isTitle', () => {
  it('reads role lines, typed with one slip of the keys or not', () => {
    for (const line of [
      'Associated Press Writer',
      'AP Farm Writer',
      'Associated Press Wrtier',
      'AP Business Editer',
      'Assoicated Press Writer',
    ])
      expect(isTitle(line), line).toBe(true);
  });
  it('reads no title in other short lines', () => {
    for (const line of [
      'Associated Press',
      'Weekend Weather Around the Nation',
      'Waits for Rain',
      'Edition',
    ])
      expect(isTitle(line), line).toBe(false);
  });
});

describe('recaseName', () => {
  it.each([
    ['SEAN MCDONALD', 'Sean McDonald'],
    ["SEAN O'BRIEN", "Sean O'Brien"],
    ['PIETER VAN DER BERG', 'Pieter van der Berg'],
    ['ANNE-MARIE SMITH-JONES', 'Anne-Marie Smith-Jones'],
    ['ROBERT MACDONALD JR.', 'Robert MacDonald Jr.'],
    ['MARIA MACHADO', 'Maria Machado'],
    ['JOHN SMITH III', 'John Smith III'],
    ['G.G. LaBELLE', 'G.G. LaBelle'],
    ['ED McCULLOUGH', 'Ed McCullough'],
    ['ROSA DeVRIES-OKAFOR', 'Rosa DeVries-Okafor'],
    ['MARY ELLEN McCLOSKEY', 'Mary Ellen McCloskey'],
  ])('re-cases %s as %s', (caps, expected) => {
    expect(recaseName(caps)).toBe(expected);
  });

  it('keeps a name that already has lower case', () => {
    expect(recaseName('Ludwig van Beethoven')).toBe('Ludwig van Beethoven');
  });
});

describe('byline extractor', () => {
  it('takes the title line under the byline and removes both from the body', () => {
    const { article, tree } = runExtractors(
      'By MARISA DIAZ\nAP Science Writer\n\nNEW YORK (AP) — Text.',
      byline,
    );
    expect(article.byline).toMatchObject({
      text: 'By MARISA DIAZ\nAP Science Writer',
      title: 'AP Science Writer',
      authors: [{ name: 'Marisa Diaz', affiliation: null }],
      line: 1,
    });
    expect(tree.children).toHaveLength(1);
  });

  it('never looks past the dateline paragraph', () => {
    const { article } = runExtractors('LONDON, Oct 1 (Reuters) - Text.\n\nBy Jane Doe', byline);
    expect(article.byline).toBeNull();
  });
});
