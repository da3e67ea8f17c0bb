import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DECK_FEATURES } from '../../src/extract/headline/deck-features.js';
import { KICKER_FEATURES } from '../../src/extract/headline/kicker-features.js';
import {
  deckCandidates,
  kickerCandidates,
  type StackCandidate,
} from '../../src/extract/headline/stack-candidate.js';
import { findWebHeadline } from '../../src/extract/headline/web-headline.js';
import { defaultLexicon, extendLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { STACK_WEIGHTS } from '../../src/lexicon/stack-weights.js';
import { WEB_WEIGHTS } from '../../src/lexicon/web-weights.js';
import { fromWire } from '../../src/parse/from-wire.js';
import type { Feature } from '../../src/score/feature.js';
import { blockText } from '../../src/tree/block-text.js';

const HEAD = 'Harbour authority to close old ferry pier';
const LEAD =
  'The harbour authority in Portwell said on Friday it would close the old ferry pier for six months while engineers replace the piles.';
const STANDFIRST = 'The morning ferry will leave from the cargo quay until the work is done';
const BY = 'By Jane Doe';
/** A page of the given lines, one paragraph each. */
const page = (...lines: string[]): string => lines.join('\n\n');

/** The blocks of a page and the index of its headline (the line {@link HEAD}). */
function blocksOf(text: string): { blocks: RootContent[]; head: number } {
  const blocks = fromWire(text).tree.children;
  const head = blocks.findIndex((node) => blockText(node) === HEAD);
  if (head < 0) throw new Error('no headline line');
  return { blocks, head };
}

/** The value of one feature for the candidate that reads `line`, among `which` candidates of the page. */
function featureValue(
  features: readonly Feature<StackCandidate>[],
  which: typeof deckCandidates,
  name: string,
  text: string,
  line: string,
): number {
  const { blocks, head } = blocksOf(text);
  const candidate = which(blocks, head, defaultLexicon).find((c) => c.text === line);
  const feature = features.find((f) => f.name === name);
  if (!candidate) throw new Error(`no candidate reads "${line}"`);
  if (!feature) throw new Error(`no feature ${name}`);
  return feature.value(candidate);
}

type Case = [feature: string, text: string, line: string, value: number];

const DECK_CASES: readonly Case[] = [
  ['deckLength', page(HEAD, STANDFIRST, BY, LEAD), STANDFIRST, 1],
  ['deckLength', page(HEAD, 'Ferry news today', BY, LEAD), 'Ferry news today', 0],
  ['deckLength', page(HEAD, `${LEAD} ${LEAD} ${LEAD}`, BY), `${LEAD} ${LEAD} ${LEAD}`, 0],
  ['anchorSoon', page(HEAD, STANDFIRST, BY, LEAD), STANDFIRST, 1],
  ['anchorSoon', page(HEAD, STANDFIRST, LEAD, LEAD, LEAD, BY), STANDFIRST, 0],
  ['anchorSoon', page(HEAD, STANDFIRST, 'March 3, 2024 at 10:15 a.m.', LEAD), STANDFIRST, 1],
  ['endsSentence', page(HEAD, `${STANDFIRST}.`, BY, LEAD), `${STANDFIRST}.`, 1],
  ['endsSentence', page(HEAD, STANDFIRST, BY, LEAD), STANDFIRST, 0],
  ['blocksBetween', page(HEAD, STANDFIRST, BY, LEAD), STANDFIRST, 0],
  ['blocksBetween', page(HEAD, BY, STANDFIRST, LEAD), STANDFIRST, 0.5],
  ['blocksBetween', page(HEAD, BY, 'Photo', STANDFIRST, LEAD), STANDFIRST, 1],
  ['bylineShape', page(HEAD, BY, LEAD), BY, 1],
  ['bylineShape', page(HEAD, STANDFIRST, BY, LEAD), STANDFIRST, 0],
  [
    'datelineShape',
    page(HEAD, `PORTWELL, March 3 - ${STANDFIRST}.`, BY),
    `PORTWELL, March 3 - ${STANDFIRST}.`,
    1,
  ],
  ['datelineShape', page(HEAD, STANDFIRST, BY, LEAD), STANDFIRST, 0],
  ['anchorLine', page(HEAD, 'March 3, 2024 at 10:15 a.m.', LEAD), 'March 3, 2024 at 10:15 a.m.', 1],
  ['anchorLine', page(HEAD, STANDFIRST, BY, LEAD), STANDFIRST, 0],
  ['repeatsHeadline', page(HEAD, HEAD, BY, LEAD), HEAD, 1],
  ['repeatsHeadline', page(HEAD, STANDFIRST, BY, LEAD), STANDFIRST, 0],
];

const KICKER_CASES: readonly Case[] = [
  ['sectionLabel', page('Company News', HEAD, BY, LEAD), 'Company News', 1],
  ['sectionLabel', page('Ferry Talk', HEAD, BY, LEAD), 'Ferry Talk', 0],
  ['shortLabel', page('Ferry Talk', HEAD, BY, LEAD), 'Ferry Talk', 1],
  ['shortLabel', page('Ferry talk this week', HEAD, BY, LEAD), 'Ferry talk this week', 0],
  ['sentenceMark', page('Ferries:', HEAD, BY, LEAD), 'Ferries:', 1],
  ['sentenceMark', page('Ferries', HEAD, BY, LEAD), 'Ferries', 0],
  ['capitals', page('FERRIES', HEAD, BY, LEAD), 'FERRIES', 1],
  ['capitals', page('Ferries', HEAD, BY, LEAD), 'Ferries', 0],
  ['blocksBetween', page('Ferries', HEAD, BY, LEAD), 'Ferries', 0],
  ['blocksBetween', page('Ferries', 'Menu', HEAD, BY, LEAD), 'Ferries', 1],
  ['anchorLine', page(BY, HEAD, LEAD), BY, 1],
  ['anchorLine', page('Ferries', HEAD, BY, LEAD), 'Ferries', 0],
];

describe.each([
  ['deck', DECK_FEATURES, deckCandidates, DECK_CASES],
  ['kicker', KICKER_FEATURES, kickerCandidates, KICKER_CASES],
] as const)('%s features', (_name, features, which, cases) => {
  it.each(cases)('%s of %#', (feature, text, line, value) => {
    expect(featureValue(features, which, feature, text, line)).toBeCloseTo(value, 6);
  });

  it('every feature has a unique name, a one-line doc, a weight and cases above', () => {
    const names = features.map((feature) => feature.name);
    expect(new Set(names).size).toBe(names.length);
    for (const feature of features) expect(feature.doc).toMatch(/^[^\n]{10,}$/);
    expect(new Set(cases.map(([feature]) => feature))).toEqual(new Set(names));
    const weights = STACK_WEIGHTS[_name];
    expect(new Set(Object.keys(weights))).toEqual(new Set(['none', ...names]));
  });
});

/** The kicker and deck `findWebHeadline` picks on a page, as text. */
function stackOf(text: string, lexicon: Lexicon = defaultLexicon) {
  const blocks = fromWire(text).tree.children;
  const { found, decisions } = findWebHeadline(blocks, lexicon);
  return {
    headline: found ? blockText(found.head) : null,
    kicker: found?.kicker ? blockText(found.kicker) : null,
    deck: found?.deck ? blockText(found.deck) : null,
    decisions,
  };
}

describe('kicker and deck decisions', () => {
  it('take the label right above the headline and the standfirst right under it', () => {
    const found = stackOf(page('Ferries', HEAD, `${STANDFIRST}.`, BY, LEAD));
    expect(found).toMatchObject({ headline: HEAD, kicker: 'Ferries', deck: `${STANDFIRST}.` });
    expect(found.decisions.kicker?.chosen).toBeGreaterThan(0);
    expect(found.decisions.deck?.chosen).toBeGreaterThan(0);
  });

  it('choose none when no block clears the bar', () => {
    // A three-word line above and the lead right under: neither label nor standfirst.
    const found = stackOf(page('News from Portwell', HEAD, BY, LEAD));
    expect(found).toMatchObject({ headline: HEAD, kicker: null, deck: null });
    expect(found.decisions.kicker?.chosen).toBe(0);
    expect(found.decisions.deck?.chosen).toBe(0);
  });

  it('never take a standfirst with no byline or time stamp soon under it (the lead)', () => {
    expect(stackOf(page(HEAD, `${STANDFIRST}.`, LEAD, LEAD, LEAD)).deck).toBeNull();
  });

  it('never take a block past the one next to the headline', () => {
    expect(stackOf(page('Ferries', 'Menu', HEAD, BY, LEAD)).kicker).toBe('Menu');
    expect(stackOf(page(HEAD, 'Photo', `${STANDFIRST}.`, BY, LEAD)).deck).toBeNull();
  });

  it('keep their hand-set weights when a fit hands in only the fitted ones', () => {
    const lexicon = extendLexicon({ weights: { headline: WEB_WEIGHTS.headline, byline: {} } });
    expect(lexicon.weights.deck).toBe(STACK_WEIGHTS.deck);
    expect(lexicon.weights.kicker).toBe(STACK_WEIGHTS.kicker);
    expect(stackOf(page('Ferries', HEAD, `${STANDFIRST}.`, BY, LEAD), lexicon)).toMatchObject({
      kicker: 'Ferries',
      deck: `${STANDFIRST}.`,
    });
  });
});
