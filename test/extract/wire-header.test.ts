import { describe, expect, it } from 'vitest';
import { isTestPattern } from '../../src/extract/furniture/test-pattern.js';
import { isUnpublishedMarker } from '../../src/extract/furniture/unpublished.js';
import { classifyHeadLine } from '../../src/extract/wire-header/head-lines.js';
import { classifyHeaderLine } from '../../src/extract/wire-header/header-line.js';
import { isBlockEnd, isMarkedLine, isRuleLine } from '../../src/parse/line-shapes.js';
import { formatStory } from '../../src/story.js';

describe('classifyHeadLine', () => {
  it('reads an ANPA selector line printed as text into a transmission', () => {
    const line = classifyHeadLine('u i AM-Dock-Strike 2ndLd-Writethru a0411 04-02 0655', null);
    expect(line?.kind).toBe('selector');
    if (line?.kind !== 'selector') return;
    expect(line.transmission).toMatchObject({
      priority: 'u',
      category: 'i',
      date: '04-02',
      wordCount: 655,
    });
  });
  it('knows keyword lines, advisories and picture references', () => {
    expect(classifyHeadLine('AM-Dock-Strike, 2nd Ld-Writethru, a0411,0655', null)).toEqual({
      kind: 'keyword',
    });
    expect(classifyHeadLine('With AM-Dock-Strike, Bjt', null)).toMatchObject({ use: 'removed' });
    expect(classifyHeadLine('An AP Extra', null)).toMatchObject({ reason: 'advisory' });
    expect(classifyHeadLine('For Release 6 a.m. EDT Sunday', null)).toMatchObject({ use: 'note' });
    // A comma after the phrase, and a date after that: still a release note, not a dateline.
    expect(classifyHeadLine('For Release, Thursday, Feb. 9', null)).toMatchObject({ use: 'note' });
    expect(classifyHeadLine('LaserPhotos NY12,13', null)).toMatchObject({
      reason: 'media-reference',
    });
    expect(classifyHeadLine('BULLETIN', null)).toEqual({ kind: 'take' });
  });
  it('leaves headlines, bylines and role lines as story text', () => {
    for (const line of [
      'AP-NORC poll finds most back the plan',
      'Dock Workers Strike in Three Ports',
      'By JANE ROE',
      'Associated Press Writer',
      'For releasing prisoners, a deal is near',
    ])
      expect(classifyHeadLine(line, null), line).toBeNull();
  });
});

describe('classifyHeaderLine', () => {
  it('knows the keyword line by its cycle designator or the slug', () => {
    expect(classifyHeaderLine('BC-US--Harbor Fire, 1st Ld-Writethru,412', null)).toBe('keyword');
    expect(classifyHeaderLine('Ont-Budget,0320', 'Ont-Budget')).toBe('keyword');
    expect(classifyHeaderLine('Fire-fighters battle blaze', 'Fire-Harbor')).toBe('text');
  });
  it('knows picture references, tags, take words and END', () => {
    expect(classifyHeaderLine('AP Photo XYZ101, XYZ102', null)).toBe('media');
    expect(classifyHeaderLine('HL:Ontario posts deficit', null)).toBe('tag');
    expect(classifyHeaderLine('1ST LEAD', null)).toBe('take');
    expect(classifyHeaderLine('3RD WRITETHRU', null)).toBe('take');
    expect(classifyHeaderLine('END', null)).toBe('end');
  });
  it('leaves headlines, bylines and notes as text', () => {
    expect(classifyHeaderLine('Fire sweeps through harbor warehouses', 'BC-US--Fire')).toBe('text');
    expect(classifyHeaderLine('By JANE DOE', null)).toBe('text');
    expect(classifyHeaderLine('Eds: Updates with quote.', null)).toBe('text');
  });
});

describe('line predicates', () => {
  it('marks ANPA and CP header lines, not prose', () => {
    expect(isMarkedLine('^Associated Press=')).toBe(true);
    expect(isMarkedLine('THE CANADIAN PRESS@<')).toBe(true);
    expect(isMarkedLine('Shares rose 3 < 4 percent')).toBe(false);
  });
  it('knows rules, block ends, test patterns and unpublished markers', () => {
    expect(isRuleLine('___')).toBe(true);
    expect(isRuleLine('__')).toBe(false);
    expect(isBlockEnd('^END<')).toBe(true);
    expect(isTestPattern('ryryryryry copyright by dpa')).toBe(true);
    expect(isTestPattern('ryan said')).toBe(false);
    expect(isUnpublishedMarker('The following information is not for publication:')).toBe(true);
    expect(isUnpublishedMarker('It is not for publication, he said.')).toBe(false);
  });
});

describe('wire header extractor', () => {
  const ap = [
    '^BC-US--Harbor Fire,412<',
    '^Fire sweeps through harbor<',
    '^AP Photo XYZ101<',
    '^(Eds: Updates with quote.)<',
    '^By JANE DOE=',
    '^AP Sports Writer=',
    '\tCHATHAM, Mass. (AP) _ A fire swept through warehouses.',
    '___',
    '\tAP writer John Roe contributed to this report.',
    '',
  ].join('\n');

  it('reads the AP header lines of a story without framing too', () => {
    const [result] = formatStory(ap, { format: 'json' });
    const json = result?.json;
    expect(json?.headline).toBe('Fire sweeps through harbor');
    expect(json?.byline?.text).toBe('By JANE DOE\nAP Sports Writer');
    expect(json?.notes).toEqual(['(Eds: Updates with quote.)']);
    expect(json?.dateline?.location).toBe('CHATHAM, Mass.');
    expect(json?.body).toBe('A fire swept through warehouses.');
    expect(json?.removed.map((item) => [item.reason, item.line])).toEqual([
      ['keyword-line', 1],
      ['media-reference', 3],
      ['separator', 8],
    ]);
    expect(json?.credits.map((credit) => credit.role)).toEqual(['contributor']);
  });

  it('leaves plain stories without header lines alone', () => {
    const [result] = formatStory('Headline here\n\nLONDON (Reuters) - Text =\nmore text.\n', {
      format: 'json',
    });
    expect(result?.json?.headline).toBe('Headline here');
    expect(result?.json?.body).toBe('Text = more text.');
  });
});

describe('a tagged header that gives the abstract and no title', () => {
  // Two-letter feed with `AB#` (the abstract, read as the deck) and no `TI#`:
  // the headline comes from the text, and the paragraph under it stayed the
  // deck as well, overwriting the abstract, whose words were lost.
  const feed = [
    'zczc',
    'BY#Ana Field',
    'AB#Grain exports climbed for a third month as the harbour reopened.',
    'TX#',
    'Grain exports rose again in May, the port authority said on Monday.',
    'Shipments are expected to stay high through the summer.',
    'PD#3 June 2024 10:00:00',
  ].join('\n');

  it('keeps the abstract as the deck and the second paragraph in the body', () => {
    const [result] = formatStory(feed, { format: 'json' });
    const article = result?.json as { deck: string | null; body: string };
    expect(article.deck).toBe('Grain exports climbed for a third month as the harbour reopened.');
    expect(article.body).toContain('Shipments are expected to stay high through the summer.');
  });
});
