import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitStories } from '../../src/split/split-stories.js';

/** Story text as wire copy carries it: printable lines, no framing bytes. */
const body = fc
  .array(fc.stringMatching(/^[A-Za-z0-9 ,.'"()-]{0,60}$/), { minLength: 1, maxLength: 6 })
  .map((lines) => `${lines.join('\n')}\n`);
const slug = fc.stringMatching(/^BC-[A-Z][A-Za-z0-9-]{0,18}$/);
const story = fc.record({ body, slug, number: fc.integer({ min: 0, max: 9999 }) });

function anpa(entry: { body: string; slug: string; number: number }): string {
  const number = String(entry.number).padStart(4, '0');
  return `\u0016\u0016\u0001a${number}\u001fgnrl-\nr a\u0013\u0011 ${entry.slug}  05-14 0100\n\u0002${entry.body}\u0003AP-WF-05-14-24 1932GMT<\n\n\u000c\n\u0004`;
}

describe('splitStories on generated ANPA captures', () => {
  it('recovers every story, in order, with its slug, text and first line', () => {
    fc.assert(
      fc.property(fc.array(story, { minLength: 1, maxLength: 8 }), (entries) => {
        const input = entries.map(anpa).join('\n');
        const stories = splitStories(input);
        expect(stories.map((item) => item.text)).toEqual(entries.map((entry) => entry.body));
        expect(stories.map((item) => item.transmission?.slug)).toEqual(
          entries.map((entry) => entry.slug),
        );
        for (const item of stories) {
          const offset = item.start.offset ?? 0;
          // The start point names the line of the original input the text begins on.
          expect(input.slice(0, offset).split('\n').length).toBe(item.start.line);
          expect(input.slice(offset, offset + item.text.length)).toBe(item.text);
        }
      }),
      { numRuns: 200, seed: 1127 },
    );
  });
});
