import { describe, expect, it } from 'vitest';
import { HEADLINE_FEATURES } from '../../src/extract/headline/headline-features.js';
import { headlineCandidates } from '../../src/extract/headline/web-headline.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { fromWire } from '../../src/parse/from-wire.js';

const HEAD = 'Harbour authority to close old ferry pier';
const LEAD =
  'The harbour authority in Portwell said on Friday it would close the old ferry pier for six months while engineers replace the piles.';
const STANDFIRST = 'The morning ferry will leave from the cargo quay until the work is done.';
const BY = 'By Jane Doe';
/** A page of the given lines, one paragraph each. */
const page = (...lines: string[]): string => lines.join('\n\n');
/** The usual page: the line, a byline under it, the lead. */
const usual = (line: string): string => page(line, BY, LEAD);

/** The value of one headline feature for the candidate that reads `line` on `text`. */
function featureValue(
  name: string,
  text: string,
  line: string,
  imageLines: ReadonlySet<number> = new Set(),
): number {
  const blocks = fromWire(text).tree.children;
  const candidate = headlineCandidates(blocks, defaultLexicon, imageLines).find(
    (c) => c.text === line,
  );
  const feature = HEADLINE_FEATURES.find((f) => f.name === name);
  if (!candidate) throw new Error(`no candidate reads "${line}"`);
  if (!feature) throw new Error(`no feature ${name}`);
  return feature.value(candidate);
}

const teasers = [
  'Harbour authority to close old ferry pier',
  'Council votes on new parking rules downtown',
  'School choir wins regional singing contest',
  'Storm knocks out power on the east shore',
  'Local bakery celebrates fifty years of bread',
  'Library extends its hours for exam season',
];

/** Per feature: a page, the candidate line, and the value it must have; a case that has it and one that has not. */
const CASES: ReadonlyArray<[feature: string, text: string, line: string, value: number]> = [
  ['words2to3', usual('Ferry news'), 'Ferry news', 1],
  ['words2to3', usual(HEAD), HEAD, 0],
  ['words4to5', usual('Old ferry pier closes'), 'Old ferry pier closes', 1],
  ['words4to5', usual(HEAD), HEAD, 0],
  ['words6to9', usual(HEAD), HEAD, 1],
  ['words6to9', usual('Old ferry pier closes'), 'Old ferry pier closes', 0],
  [
    'words10to14',
    usual('Harbour authority to close the old ferry pier for six months'),
    'Harbour authority to close the old ferry pier for six months',
    1,
  ],
  ['words10to14', usual(HEAD), HEAD, 0],
  [
    'words15to20',
    usual(
      'Harbour authority to close the old ferry pier for six months while engineers replace piles',
    ),
    'Harbour authority to close the old ferry pier for six months while engineers replace piles',
    1,
  ],
  ['words15to20', usual(HEAD), HEAD, 0],
  [
    'wordsOver20',
    usual(
      'Harbour authority to close the old ferry pier for six months while engineers replace all the rotten piles on the quay',
    ),
    'Harbour authority to close the old ferry pier for six months while engineers replace all the rotten piles on the quay',
    1,
  ],
  ['wordsOver20', usual(HEAD), HEAD, 0],
  [
    'titleCase',
    usual('Harbour Authority To Close Old Ferry Pier'),
    'Harbour Authority To Close Old Ferry Pier',
    1,
  ],
  [
    'titleCase',
    usual('harbour authority to close old ferry pier'),
    'harbour authority to close old ferry pier',
    0,
  ],
  [
    'lowercaseStart',
    usual('harbour authority to close old ferry pier'),
    'harbour authority to close old ferry pier',
    1,
  ],
  ['lowercaseStart', usual(HEAD), HEAD, 0],
  [
    'fullStop',
    usual('Harbour authority will close the old ferry pier.'),
    'Harbour authority will close the old ferry pier.',
    1,
  ],
  ['fullStop', usual('Ferry pier closes, says J. R.'), 'Ferry pier closes, says J. R.', 0],
  [
    'fullStop',
    usual('The old ferry pier at dawn on Friday. (Jane Doe/Coastal Daily)'),
    'The old ferry pier at dawn on Friday. (Jane Doe/Coastal Daily)',
    1,
  ],
  ['fullStop', usual('We keep the harbour running. 💙'), 'We keep the harbour running. 💙', 1],
  [
    'questionOrExclamation',
    usual('Will the harbour authority close the ferry pier?'),
    'Will the harbour authority close the ferry pier?',
    1,
  ],
  ['questionOrExclamation', usual(HEAD), HEAD, 0],
  [
    'innerSentence',
    usual('The pier closes. Ferries move to the cargo quay'),
    'The pier closes. Ferries move to the cargo quay',
    1,
  ],
  ['innerSentence', usual(HEAD), HEAD, 0],
  ['quoted', usual('“We will close the old ferry pier”'), '“We will close the old ferry pier”', 1],
  ['quoted', usual(HEAD), HEAD, 0],
  ['trailingColon', usual(`${HEAD}:`), `${HEAD}:`, 1],
  ['trailingColon', usual(HEAD), HEAD, 0],
  ['trailingColon', page(HEAD, 'Jane Doe/', LEAD), 'Jane Doe/', 1],
  ['breadcrumb', usual('News / Local / Harbour'), 'News / Local / Harbour', 1],
  ['breadcrumb', usual(HEAD), HEAD, 0],
  ['gluedWords', usual('MenuClose SearchHarbour'), 'MenuClose SearchHarbour', 1],
  ['gluedWords', usual(`${HEAD}Weather`), `${HEAD}Weather`, 0.5],
  ['gluedWords', usual(HEAD), HEAD, 0],
  ['cutShort', usual(`${HEAD} for…`), `${HEAD} for…`, 1],
  ['cutShort', usual(HEAD), HEAD, 0],
  ['numbered', usual(`3. ${HEAD}`), `3. ${HEAD}`, 1],
  ['numbered', usual(HEAD), HEAD, 0],
  [
    'menuLine',
    usual('Home News Sport Business Weather Travel Culture Opinion Video Podcasts'),
    'Home News Sport Business Weather Travel Culture Opinion Video Podcasts',
    1,
  ],
  ['menuLine', usual(HEAD), HEAD, 0],
  ['fileName', usual('Ferry pier hero.jpg'), 'Ferry pier hero.jpg', 1],
  ['fileName', usual('old-ferry-pier-closure view'), 'old-ferry-pier-closure view', 1],
  ['fileName', usual(HEAD), HEAD, 0],
  ['endsAnotherLine', page(`Coastal Daily > News > ${HEAD}`, HEAD, BY, LEAD), HEAD, 1],
  ['endsAnotherLine', usual(HEAD), HEAD, 0],
  [
    'holdsAnotherLine',
    page(`Coastal Daily > News > ${HEAD}`, HEAD, BY, LEAD),
    `Coastal Daily > News > ${HEAD}`,
    1,
  ],
  ['holdsAnotherLine', usual(HEAD), HEAD, 0],
  [
    'dateline',
    usual('PORTWELL, England — The ferry pier will close for repairs'),
    'PORTWELL, England — The ferry pier will close for repairs',
    1,
  ],
  ['dateline', usual(HEAD), HEAD, 0],
  [
    'timestamp',
    usual(
      'Harbour authority says on December 22, 2023 that it will close the old ferry pier for six months',
    ),
    'Harbour authority says on December 22, 2023 that it will close the old ferry pier for six months',
    1,
  ],
  ['timestamp', usual(HEAD), HEAD, 0],
  [
    'captionShape',
    usual('Workers inspect the piles (Jane Roe/Coastal Daily)'),
    'Workers inspect the piles (Jane Roe/Coastal Daily)',
    1,
  ],
  ['captionShape', usual('Photo: the old ferry pier'), 'Photo: the old ferry pier', 1],
  ['captionShape', usual(HEAD), HEAD, 0],
  [
    'navigationShare',
    usual('Home News Tech Gaming Shop Deals'),
    'Home News Tech Gaming Shop Deals',
    1,
  ],
  ['navigationShare', usual('Ferry news for the harbour'), 'Ferry news for the harbour', 0.2],
  ['navigationShare', usual(HEAD), HEAD, 0],
  [
    'copyrightNotice',
    page('© 2023 Coastal Daily. All rights reserved', HEAD, BY, LEAD),
    '© 2023 Coastal Daily. All rights reserved',
    1,
  ],
  ['copyrightNotice', usual(HEAD), HEAD, 0],
  [
    'webAddress',
    page('coastaldaily.com © Coastal Daily', HEAD, BY, LEAD),
    'coastaldaily.com © Coastal Daily',
    1,
  ],
  ['webAddress', usual('U.S. harbour rules change'), 'U.S. harbour rules change', 0],
  [
    'reprintsAbove',
    page("Harbour 'to close' old ferry pier", 'Harbour ‘to close’ old ferry pier', BY, LEAD),
    'Harbour ‘to close’ old ferry pier',
    1,
  ],
  ['reprintsAbove', page('Harbour authority to close old…', HEAD, BY, LEAD), HEAD, 1],
  ['reprintsAbove', page(`${HEAD}Coastal Daily`, HEAD, BY, LEAD), HEAD, 1],
  ['reprintsAbove', page(`${HEAD} Coastal Daily`, HEAD, BY, LEAD), HEAD, 0],
  ['reprintsAbove', page(HEAD, STANDFIRST, HEAD, BY, LEAD), HEAD, 0],
  [
    'reprintedBelow',
    page('Harbour authority -- to close old ferry pier', HEAD, BY, LEAD),
    'Harbour authority -- to close old ferry pier',
    1,
  ],
  ['reprintedBelow', usual(HEAD), HEAD, 0],
  ['imageLabel', usual('Coastal Daily logo'), 'Coastal Daily logo', 1],
  ['imageLabel', usual(HEAD), HEAD, 0],
  ['imageLabel', usual('Old ferry pier image caption'), 'Old ferry pier image caption', 1],
  ['promotionShare', usual('Subscribe newsletter'), 'Subscribe newsletter', 1],
  [
    'promotionShare',
    usual('Subscribe to the harbour newsletter'),
    'Subscribe to the harbour newsletter',
    0.4,
  ],
  [
    'promotionShare',
    usual('Ferry pier repairs begin in spring'),
    'Ferry pier repairs begin in spring',
    0,
  ],
  [
    'addressesReader',
    usual('Why you should ride the old ferry'),
    'Why you should ride the old ferry',
    1,
  ],
  ['addressesReader', usual(HEAD), HEAD, 0],
  [
    'markup',
    usual('Harbour authority <i>to close</i> old pier'),
    'Harbour authority <i>to close</i> old pier',
    1,
  ],
  ['markup', usual(HEAD), HEAD, 0],
  // The image's placeholder stood on line 2, above the candidate on line 3.
  ['afterImage', page('Coastal Daily', HEAD, BY, LEAD), HEAD, 0],
  ['anchorNext', usual(HEAD), HEAD, 1],
  ['anchorNext', page(HEAD, STANDFIRST, BY, LEAD), HEAD, 0],
  ['anchorNear', page(HEAD, STANDFIRST, BY, LEAD), HEAD, 1],
  ['anchorNear', usual(HEAD), HEAD, 0],
  ['anchorFar', page(HEAD, STANDFIRST, 'Share', 'Save', 'Print', BY, LEAD), HEAD, 1],
  ['anchorFar', usual(HEAD), HEAD, 0],
  ['byLineNear', page(HEAD, STANDFIRST, BY, LEAD), HEAD, 1],
  ['byLineNear', page(HEAD, 'December 22, 2023', LEAD), HEAD, 0],
  ['anchorAbove', page(BY, HEAD, LEAD), HEAD, 1],
  ['anchorAbove', usual(HEAD), HEAD, 0],
  ['anchorsAbove', page('December 22, 2023', BY, 'Updated 9:30 a.m.', HEAD, LEAD), HEAD, 1],
  ['anchorsAbove', page(BY, HEAD, LEAD), HEAD, 1 / 3],
  ['anchorsAbove', usual(HEAD), HEAD, 0],
  ['repeatedBelow', page(HEAD, BY, 'Share', HEAD, LEAD), HEAD, 1],
  ['repeatedBelow', usual(HEAD), HEAD, 0],
  ['linkRun', page(...teasers, LEAD), teasers[2] as string, 1],
  ['linkRun', page(...teasers, LEAD), teasers[0] as string, 0],
  ['personName', page('Jane Doe', HEAD, LEAD), 'Jane Doe', 1],
  ['personName', usual(HEAD), HEAD, 0],
  ['personName', page('Jane Doe Harbour Reporter', HEAD, LEAD), 'Jane Doe Harbour Reporter', 1],
  // Titles the name reader splits into a name and leftovers are no line of names.
  ['personName', page('2023-2024 Ferry Timetable', HEAD, LEAD), '2023-2024 Ferry Timetable', 0],
  [
    'personName',
    page('Harbour Master – the quiet keeper of tides', HEAD, LEAD),
    'Harbour Master – the quiet keeper of tides',
    0,
  ],
  ['authorLine', page(HEAD, 'Jane Doe', 'December 22, 2023', LEAD), 'Jane Doe', 1],
  ['authorLine', page(HEAD, 'Jane Doe', LEAD), 'Jane Doe', 0],
  ['proseAbove', page(LEAD, HEAD, STANDFIRST), HEAD, 1 / 3],
  ['proseAbove', usual(HEAD), HEAD, 0],
  ['storyOverlap', usual(HEAD), HEAD, 1],
  ['storyOverlap', page('Weekend weather forecast', HEAD, BY, LEAD), 'Weekend weather forecast', 0],
  ['leadOverlap', usual(HEAD), HEAD, 1],
  ['leadOverlap', page(LEAD, HEAD), HEAD, 0],
  ['firstTitle', page('Menu', HEAD, BY, LEAD), HEAD, 1],
  // A title bar that the page prints again below is not the headline, nor is a footer line.
  ['firstTitle', page('Harbour authority -- to close old ferry pier', HEAD, BY, LEAD), HEAD, 1],
  ['firstTitle', page('Old ferry pier image caption', HEAD, BY, LEAD), HEAD, 1],
  ['firstTitle', page('News Sport Weather Politics Business', HEAD, BY, LEAD), HEAD, 1],
  ['firstTitle', page('© Coastal Daily Media Group 2023', HEAD, BY, LEAD), HEAD, 1],
  [
    'firstTitle',
    page(HEAD, 'Old ferry pier to shut for the winter', BY, LEAD),
    'Old ferry pier to shut for the winter',
    0,
  ],
  ['firstCandidate', page('Coastal Daily', HEAD, BY, LEAD), 'Coastal Daily', 1],
  ['firstCandidate', page('Coastal Daily', HEAD, BY, LEAD), HEAD, 0],
  ['position', usual(HEAD), HEAD, 0],
  ['position', page('Coastal Daily', HEAD, BY, LEAD), HEAD, 1 / 50],
  ['proseNext', page(HEAD, LEAD), HEAD, 1],
  ['proseNext', usual(HEAD), HEAD, 0],
  ['standfirstNext', page(HEAD, STANDFIRST, BY, LEAD), HEAD, 1],
  ['standfirstNext', usual(HEAD), HEAD, 0],
];

describe('headline features', () => {
  it.each(CASES)('%s of %#', (feature, text, line, value) => {
    expect(featureValue(feature, text, line)).toBeCloseTo(value, 6);
  });

  it('afterImage: an image placeholder stood on one of the two lines above', () => {
    const text = page('Coastal Daily', HEAD, BY, LEAD);
    expect(featureValue('afterImage', text, HEAD, new Set([2]))).toBe(1);
    expect(featureValue('afterImage', text, HEAD, new Set([7]))).toBe(0);
  });

  it('every feature has a unique name, a one-line doc and cases above', () => {
    const names = HEADLINE_FEATURES.map((feature) => feature.name);
    expect(new Set(names).size).toBe(names.length);
    for (const feature of HEADLINE_FEATURES) expect(feature.doc).toMatch(/^[^\n]{10,}$/);
    expect(new Set(CASES.map(([feature]) => feature))).toEqual(new Set(names));
  });
});
