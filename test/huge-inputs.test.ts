import { describe, expect, it } from 'vitest';
import { fromWire } from '../src/parse/from-wire.js';
import { formatStory } from '../src/story.js';

// Inputs far larger than a story: an archive pasted as one file. They must be
// handled, not crash (no argument spreads over lines or blocks); speed is for
// `npm run bench`, so nothing here is timed.

describe('huge inputs', () => {
  it('parses 200,000 hard-wrapped lines with no blank line into their paragraphs', () => {
    const lines: string[] = [];
    // Every line but the indented first of a paragraph runs to the wrap width.
    for (let index = 0; index < 200_000; index++) {
      const number = String(index).padStart(6, '0');
      lines.push(
        index % 5 === 0
          ? `    Shares of the harbour company rose ${number} points as`
          : `traders bought back into the market after losses ${number}`,
      );
    }
    const { tree } = fromWire(lines.join('\n'));
    expect(tree.children).toHaveLength(40_000);
    expect(tree.children.every((node) => node.type === 'paragraph')).toBe(true);
  });

  it('removes 10,000 furniture blocks, each recorded in order with its line', () => {
    const blocks = ['MARKET REPORT', 'Shares rose on Tuesday.'];
    for (let index = 0; index < 10_000; index++)
      blocks.push('ADVERTISEMENT', `Paragraph ${index}.`);
    const [result] = formatStory(blocks.join('\n\n'), { format: 'json' });
    const removed = result?.json?.removed.filter((item) => item.reason === 'advertisement') ?? [];
    expect(removed).toHaveLength(10_000);
    expect(removed[0]?.line).toBe(5);
    expect(removed.at(-1)?.line).toBe(5 + 4 * 9_999);
    expect(result?.json?.body).not.toContain('ADVERTISEMENT');
  });
});
