import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/extract/furniture/boilerplate.js';
import { matchNoise } from '../../src/extract/furniture/noise-lookup.js';
import { isShareBar, pageNoiseReason } from '../../src/extract/furniture/page-noise.js';
import { NOISE_PHRASES } from '../../src/lexicon/noise.js';
import { blockText } from '../../src/tree/block-text.js';
import { runExtractors } from '../helpers/run-extractors.js';

describe('pageNoiseReason', () => {
  it.each([
    ['[copp]', 'image-placeholder'],
    ['[          ]', 'image-placeholder'],
    ['[]', 'image-placeholder'],
    ['━━━━━━━━━━', 'rule'],
    ['5 min read', 'reading-time'],
    ['• 2 minutes read', 'reading-time'],
    ['Comments (84)', 'comment-count'],
    ['59 comments', 'comment-count'],
    ['2 of 9 |', 'gallery-counter'],
    ['facebookxredditlink', 'share-buttons'],
    ['ShareShare Article via FacebookShare Article via Twitter', 'share-buttons'],
  ])('calls %j %s', (line, reason) => {
    expect(pageNoiseReason(line)).toBe(reason);
  });

  it('leaves prose and bracketed words in a sentence alone', () => {
    expect(pageNoiseReason('The pier will close [for now] in January.')).toBeNull();
    expect(pageNoiseReason('Share prices fell on Friday.')).toBeNull();
  });

  it('leaves a bracket that lists names with a full-width comma (a Japanese byline)', () => {
    expect(pageNoiseReason('[山田花子，PortNews]')).toBeNull();
    expect(pageNoiseReason('[山田花子]')).toBe('image-placeholder');
  });
});

describe('isShareBar', () => {
  it('needs more than X and on', () => {
    expect(isShareBar('X')).toBe(false);
    expect(isShareBar('Share on X')).toBe(true);
  });
});

describe('noise phrases', () => {
  it('matches a line opening with a phrase ending in *', () => {
    expect(matchNoise(NOISE_PHRASES, 'Read more: Ten things to know')?.reason).toBe('related-link');
    expect(matchNoise(NOISE_PHRASES, 'Read more')?.reason).toBe('related-link');
    expect(matchNoise(NOISE_PHRASES, 'Readers said more.')).toBeUndefined();
  });

  it('removes a caption printed twice in a row, once, with its reason', () => {
    const caption =
      'Workers inspect the timber piles under the old ferry pier in Portwell on a cold morning.';
    const { article, tree } = runExtractors(
      `${caption}\n\n${caption}\n\nThe pier closes.`,
      boilerplate,
    );
    expect(article.removed).toEqual([{ text: caption, reason: 'duplicate', line: 3 }]);
    expect(tree.children).toHaveLength(2);
  });
  it('removes a caption printed twice in a row when the copy is glued to the next line', () => {
    // Alt text, then the caption with its credit on the line under it (no blank line).
    const caption =
      'Workers inspect the timber piles under the old ferry pier in Portwell on a cold morning.';
    const { article, tree } = runExtractors(
      `${caption}\n\n${caption}\n(Jane Example / Portwell Photo)\n\nThe pier closes.`,
      boilerplate,
    );
    expect(article.removed).toEqual([{ text: caption, reason: 'duplicate', line: 3 }]);
    expect(tree.children).toHaveLength(3);
    expect(blockText(tree.children[1] as RootContent)).toBe('(Jane Example / Portwell Photo)');
  });

  it('keeps a first line that is short, or repeats nothing', () => {
    const { article } = runExtractors(
      'Harbour news\n\nHarbour news\nThe pier closes on Monday for repairs to its timber piles.',
      boilerplate,
    );
    expect(article.removed).toEqual([]);
  });
});
