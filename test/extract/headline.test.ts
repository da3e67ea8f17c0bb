import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/extract/furniture/boilerplate.js';
import { headline } from '../../src/extract/headline/headline.js';
import { runExtractors } from '../helpers/run-extractors.js';

describe('headline extractor', () => {
  it('takes the first short line as the headline, with its line', () => {
    const { article } = runExtractors(
      'SHIP ORDERS RISE\n\n    LONDON, Feb 2 - Orders rose.',
      headline,
    );
    expect(article).toMatchObject({ headline: 'SHIP ORDERS RISE', headlineLine: 1, kicker: null });
  });

  it('takes a short section label above the headline as the kicker', () => {
    const { article } = runExtractors(
      'Company News\n\nRutte Takes Reins at NATO With a Mission\n\n(Bloomberg) -- Text.',
      headline,
    );
    expect(article).toMatchObject({
      kicker: 'Company News',
      headline: 'Rutte Takes Reins at NATO With a Mission',
    });
  });

  it('takes a standfirst before the byline as the deck', () => {
    const { article } = runExtractors(
      'Towns count the cost of the autumn storm\n\nInsurers expect claims to top last year\n\nBy Ann Poe\n\nLONDON (Reuters) - Text.',
      headline,
    );
    expect(article.deck).toBe('Insurers expect claims to top last year');
  });

  it('does not take a byline or dateline for a headline', () => {
    const { article, file } = runExtractors(
      'LONDON, Oct 1 (Reuters) - Shares fell on Tuesday.',
      headline,
    );
    expect(article.headline).toBeNull();
    expect(file.messages.map((message) => message.ruleId)).toEqual(['headline']);
  });

  it('never takes removed furniture or a sentence for the headline', () => {
    const { article } = runExtractors(
      'ADVERTISEMENT\n\nReal Headline\n\nBody sentence one.',
      boilerplate,
      headline,
    );
    expect(article.headline).toBe('Real Headline');
    expect(article.removed).toEqual([{ text: 'ADVERTISEMENT', reason: 'advertisement', line: 1 }]);
  });
});

describe('boilerplate extractor', () => {
  it('removes a sign-off on the last line and several end marks', () => {
    const { article } = runExtractors(
      'Head\n\n    Text of the story.\n MORE\n Reuter',
      boilerplate,
    );
    expect(article.removed.map((item) => [item.reason, item.text])).toEqual([
      ['sign-off', 'Reuter'],
      ['end-mark', 'MORE'],
    ]);
  });

  it('removes the sign-off from the last line of a table', () => {
    const { article, tree } = runExtractors(
      'Head\n\nShr     1.09   1.04\nNet     4,000  3,500\nReuter',
      boilerplate,
    );
    expect(article.removed).toEqual([{ text: 'Reuter', reason: 'sign-off', line: 5 }]);
    expect(tree.children.at(-1)).toMatchObject({
      type: 'code',
      value: 'Shr     1.09   1.04\nNet     4,000  3,500',
    });
  });

  it('leaves a sentence that contains a noise word', () => {
    const { article } = runExtractors('Head\n\nThe advertisement ran for weeks.', boilerplate);
    expect(article.removed).toEqual([]);
  });
});
