import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { pickWebHeadline, splitHeadlineLabel } from '../../src/extract/headline/web-headline.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { fromWire } from '../../src/parse/from-wire.js';

const blocks = (text: string): RootContent[] => fromWire(text).tree.children;
const pick = (text: string): string | null => {
  const list = blocks(text);
  const node = list[pickWebHeadline(list, defaultLexicon).index];
  return node && node.type === 'paragraph' && node.children[0]?.type === 'text'
    ? node.children[0].value
    : null;
};
const LEAD =
  'The harbour authority in Portwell said on Friday it would close the old ferry pier for six months while engineers replace the piles.';

describe('pickWebHeadline', () => {
  it('skips navigation and a site name for the line over the byline', () => {
    expect(
      pick(
        `Menu\n\nSearch\n\nCoastal Daily\n\nHarbour authority to close old ferry pier\n\nBy Jane Doe\n\n${LEAD}`,
      ),
    ).toBe('Harbour authority to close old ferry pier');
  });

  it('prefers the headline over the standfirst under it', () => {
    expect(
      pick(
        `Harbour authority to close old ferry pier\n\nThe morning ferry will leave from the cargo quay until the work is done.\n\nDecember 22, 2023\n\n${LEAD}`,
      ),
    ).toBe('Harbour authority to close old ferry pier');
  });

  it('never picks a photo caption with its credit', () => {
    expect(
      pick(
        `Harbour authority to close old ferry pier\n\nBy Jane Doe\n\nWorkers inspect the piles on Dec. 21. (AP Photo/Jane Roe)\n\n${LEAD}`,
      ),
    ).toBe('Harbour authority to close old ferry pier');
  });

  it('does not take the author name for the headline', () => {
    expect(
      pick(`Jane Doe\n\nDecember 22, 2023\n\nHarbour authority to close old ferry pier\n\n${LEAD}`),
    ).toBe('Harbour authority to close old ferry pier');
  });
});

describe('splitHeadlineLabel', () => {
  it('splits a section label after a bar', () => {
    expect(
      splitHeadlineLabel('Keep the old ferry pier open while it is repaired | Editorial'),
    ).toEqual({
      headline: 'Keep the old ferry pier open while it is repaired',
      label: '| Editorial',
    });
  });

  it('splits a bracketed label', () => {
    expect(splitHeadlineLabel('Pier closes for the winter season [Watch]')?.headline).toBe(
      'Pier closes for the winter season',
    );
  });

  it('leaves a breadcrumb trail whole', () => {
    expect(splitHeadlineLabel('News | Local')).toBeNull();
  });
});
