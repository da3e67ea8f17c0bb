import { describe, expect, it } from 'vitest';
import { bylineCandidates } from '../../src/extract/byline/byline-candidates.js';
import { BYLINE_FEATURES } from '../../src/extract/byline/byline-features.js';
import { slotsOf } from '../../src/extract/byline/byline-slots.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { fromWire } from '../../src/parse/from-wire.js';

const HEAD = 'Harbour authority to close old ferry pier';
const LEAD =
  'The harbour authority in Portwell said on Friday it would close the old ferry pier for six months while engineers replace the rotten piles along the northern quay.';
const BY = 'By Jane Doe';
/** A page of the given lines, one paragraph each. */
const page = (...lines: string[]): string => lines.join('\n\n');
/** The usual page: the headline (line 1), the line under it, the lead. */
const usual = (line: string): string => page(HEAD, line, LEAD);

/**
 * The value of one byline feature for the candidate whose first line reads
 * `line` on `text`, the headline standing on input line `headlineLine`.
 */
function featureValue(
  name: string,
  text: string,
  line: string,
  headlineLine = 1,
  imageLines: ReadonlySet<number> = new Set(),
): number {
  const slots = slotsOf(fromWire(text).tree, defaultLexicon, false, headlineLine);
  const candidate = bylineCandidates(slots, defaultLexicon, headlineLine, text, imageLines).find(
    (c) => c.facts[c.index]?.flat === line,
  );
  const feature = BYLINE_FEATURES.find((f) => f.name === name);
  if (!candidate) throw new Error(`no candidate reads "${line}"`);
  if (!feature) throw new Error(`no feature ${name}`);
  return feature.value(candidate);
}

/** Three paragraphs of a story, each printed once. */
const STORY = [1, 2, 3].map((at) => `${LEAD} Paragraph ${at}.`);
/** A page that credits its author only at its foot. */
const FOOT = 'Written by Jane Doe';
const footPage = page(HEAD, ...STORY, FOOT);

/** Per feature: a page, the candidate's first line, and the value it must have; a case that has it and one that has not. */
const CASES: ReadonlyArray<[feature: string, text: string, line: string, value: number]> = [
  ['explicit', usual(BY), BY, 1],
  ['explicit', usual('Jane Doe'), 'Jane Doe', 0],
  ['bareBy', page(HEAD, 'By', 'Jane Doe', LEAD), 'By', 1],
  ['bareBy', usual(BY), BY, 0],
  ['organizationOnly', usual('By Coastal Daily staff'), 'By Coastal Daily staff', 1],
  ['organizationOnly', usual(BY), BY, 0],
  ['severalAuthors', usual('By Jane Doe and John Roe'), 'By Jane Doe and John Roe', 1],
  ['severalAuthors', usual(BY), BY, 0],
  ['oneWordName', usual('By Marino'), 'By Marino', 1],
  ['oneWordName', usual(BY), BY, 0],
  [
    'commonWords',
    page(HEAD, 'Harbour Details', LEAD, 'More details on the harbour follow.'),
    'Harbour Details',
    1,
  ],
  ['commonWords', usual(BY), BY, 0],
  // A given name that is a word too (`will`) is no label.
  ['commonWords', page(HEAD, 'Will Doe', LEAD, 'The pier will close.'), 'Will Doe', 0],
  ['commonWords', page(HEAD, 'Jane So', LEAD, 'It is so.'), 'Jane So', 0],
  ['longName', usual('By Maria de la Cruz'), 'By Maria de la Cruz', 1],
  ['longName', usual(BY), BY, 0],
  ['stampOnLine', usual('By Jane Doe, December 22, 2023'), 'By Jane Doe, December 22, 2023', 1],
  ['stampOnLine', usual(BY), BY, 0],
  ['stampNear', page(HEAD, BY, 'December 22, 2023', LEAD), BY, 1],
  ['stampNear', usual(BY), BY, 0],
  ['roleNext', page(HEAD, BY, 'Senior Reporter', LEAD), BY, 1],
  ['roleNext', usual(BY), BY, 0],
  ['roleOnLine', usual('By Jane Doe, Staff Writer'), 'By Jane Doe, Staff Writer', 1],
  ['roleOnLine', usual(BY), BY, 0],
  ['repeatedNear', page(HEAD, BY, 'Share', 'Jane Doe', LEAD), BY, 1],
  ['repeatedNear', usual(BY), BY, 0],
  ['nameElsewhere', page(HEAD, BY, LEAD, 'Write to Jane Doe at the harbour desk.'), BY, 1],
  ['nameElsewhere', usual(BY), BY, 0],
  ['affiliation', usual('Jane Doe, Coastal Daily'), 'Jane Doe, Coastal Daily', 1],
  ['affiliation', usual(BY), BY, 0],
  ['handle', usual('By Jane Doe @janedoe'), 'By Jane Doe @janedoe', 1],
  ['handle', usual(BY), BY, 0],
  ['handle', usual('Jane Doe (jdoe)'), 'Jane Doe (jdoe)', 1],
  ['authorPhoto', usual('Headshot of Jane Doe'), 'Headshot of Jane Doe', 1],
  ['authorPhoto', usual('jdoe-headshot Jane Doe'), 'jdoe-headshot Jane Doe', 1],
  ['authorPhoto', usual('Jane DoeJane Doe'), 'Jane DoeJane Doe', 1],
  ['authorPhoto', usual(BY), BY, 0],
  ['extraWords', usual('Jane Doe Jane Doe'), 'Jane Doe Jane Doe', 0],
  ['extraWords', usual('By Jane Doe, Staff Writer'), 'By Jane Doe, Staff Writer', 0.4],
  ['extraWords', usual('By Jane Doe, December 22, 2023'), 'By Jane Doe, December 22, 2023', 0],
  ['extraWords', usual(BY), BY, 0],
  ['widgetWords', usual('By Jane Doe Follow'), 'By Jane Doe Follow', 1],
  ['widgetWords', usual(BY), BY, 0],
  ['photoCredit', usual('By Jane Doe/Reuters'), 'By Jane Doe/Reuters', 1],
  ['photoCredit', usual(BY), BY, 0],
  ['photoCredit', usual('Jane Doe/May 2, 2024'), 'Jane Doe/May 2, 2024', 0],
  ['afterImage', usual(BY), BY, 0],
  [
    'runsOn',
    usual('Jane Doe and John Roe at the harbour gate'),
    'Jane Doe and John Roe at the harbour gate',
    1,
  ],
  ['runsOn', usual('By Jane Doe, Coastal Daily'), 'By Jane Doe, Coastal Daily', 0],
  ['runsOn', usual(BY), BY, 0],
  [
    'lineOfParagraph',
    page(HEAD, 'Workers on the quay at dawn. (Portwell Photo Agency)\nBy Jane Doe', LEAD),
    BY,
    1,
  ],
  ['lineOfParagraph', usual(BY), BY, 0],
  ['listItem', page(HEAD, `- ${BY}\n- December 22, 2023`, LEAD), BY, 1],
  ['listItem', usual(BY), BY, 0],
  [
    'sentence',
    usual('By Jane Doe and John Roe in the harbour town.'),
    'By Jane Doe and John Roe in the harbour town.',
    1,
  ],
  ['sentence', usual(BY), BY, 0],
  ['proseAbove', page(HEAD, LEAD, BY), BY, 1 / 3],
  ['proseAbove', usual(BY), BY, 0],
  ['underHeadline', usual(BY), BY, 1],
  ['underHeadline', page(HEAD, 'One', 'Two', 'Three', 'Four', BY, LEAD), BY, 0],
  ['aboveHeadline', page(BY, HEAD, LEAD), BY, 1],
  ['aboveHeadline', usual(BY), BY, 0],
  // At the foot, where the candidate stands is `atFoot`'s to weigh.
  ['proseAbove', footPage, FOOT, 0],
  ['position', footPage, FOOT, 0],
  ['underHeadline', footPage, FOOT, 0],
  ['atFoot', footPage, FOOT, 1],
  ['atFoot', usual(BY), BY, 0],
  ['position', usual(BY), BY, 0],
  ['position', page(HEAD, 'One', 'Two', BY, LEAD), BY, 2 / 60],
  // Positions count blocks: the lines of a paragraph above do not push the byline down.
  ['position', page(HEAD, 'One\nTwo\nThree', BY, LEAD), BY, 1 / 60],
];

describe('byline features', () => {
  it.each(CASES)('%s of %#', (feature, text, line, value) => {
    const headlineLine = feature === 'aboveHeadline' && value === 1 ? 3 : 1;
    expect(featureValue(feature, text, line, headlineLine)).toBeCloseTo(value, 6);
  });

  it('afterImage: an image placeholder stood on one of the two lines above', () => {
    const text = usual(BY);
    expect(featureValue('afterImage', text, BY, 1, new Set([2]))).toBe(1);
    expect(featureValue('afterImage', text, BY, 1, new Set([6]))).toBe(0);
  });

  it('proseAbove: a long paragraph over the headline (a caption, a teaser) is no story prose', () => {
    const teaser = `${LEAD} Read the full story inside.`;
    expect(featureValue('proseAbove', page(teaser, HEAD, BY, LEAD), BY, 3)).toBe(0);
    expect(featureValue('proseAbove', page(teaser, HEAD, LEAD, BY), BY, 3)).toBeCloseTo(1 / 3, 6);
  });

  it('at the foot, only a page opener makes a candidate: a plain By line heads a teaser', () => {
    const text = page(HEAD, ...STORY, BY, 'Written on 14 November 2024 by', 'John Roe', 'Follow');
    const slots = slotsOf(fromWire(text).tree, defaultLexicon, false, 1);
    const read = bylineCandidates(slots, defaultLexicon, 1, text).map(
      (c) => c.facts[c.index]?.flat,
    );
    expect(read).toEqual(['Written on 14 November 2024 by']);
  });

  it('every feature has a unique name, a one-line doc and cases above', () => {
    const names = BYLINE_FEATURES.map((feature) => feature.name);
    expect(new Set(names).size).toBe(names.length);
    for (const feature of BYLINE_FEATURES) expect(feature.doc).toMatch(/^[^\n]{10,}$/);
    expect(new Set(CASES.map(([feature]) => feature))).toEqual(new Set(names));
  });
});
