import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IncrementalSplitter, type SplitEvent } from '../../src/split/incremental.js';
import { type InputFormat, type Story, splitStories } from '../../src/split/split-stories.js';
import { anpaTransmission, chunked, iptcTransmission, transmitted } from './transmissions.js';

/** Every story the incremental splitter gives for the chunks; a leftover goes to the last, as in batch. */
function incremental(chunks: string[], from: InputFormat): Story[] {
  const splitter = new IncrementalSplitter({ from });
  const events: SplitEvent[] = [];
  for (const chunk of chunks) events.push(...splitter.push(chunk));
  events.push(...splitter.end());
  const stories: Story[] = [];
  for (const event of events) {
    if (event.kind === 'story') stories.push(event.story);
    else if (event.kind === 'leftover') stories.at(-1)?.removed.push(...event.removed);
    else throw new Error('Unexpected discard: nothing here is longer than the buffer');
  }
  return stories;
}

const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 });

describe('IncrementalSplitter gives the batch splitter’s stories for any chunking', () => {
  for (const [name, write, from] of [
    ['ANPA-1312', anpaTransmission, 'auto'],
    ['ANPA-1312 (--from anpa)', anpaTransmission, 'anpa'],
    ['IPTC-7901', iptcTransmission, 'auto'],
    ['IPTC-7901 (--from iptc7901)', iptcTransmission, 'iptc7901'],
  ] as const) {
    it(`${name}: whole, truncated, EOT-less and text-less transmissions, junk between`, () => {
      fc.assert(
        fc.property(
          fc.array(transmitted, { minLength: 1, maxLength: 7 }),
          fc.constantFrom('', '\u0016\u0016\n', 'LEADING NOISE\n'),
          cuts,
          (entries, lead, points) => {
            const text = lead + entries.map(write).join('');
            expect(incremental(chunked(text, points), from)).toEqual(splitStories(text, from));
          },
        ),
        { numRuns: 300, seed: 20241001 },
      );
    });
  }

  it('one character at a time gives the same stories as one chunk', () => {
    fc.assert(
      fc.property(fc.array(transmitted, { minLength: 1, maxLength: 4 }), (entries) => {
        const text = entries.map(anpaTransmission).join('');
        expect(incremental([...text], 'auto')).toEqual(splitStories(text, 'auto'));
      }),
      { numRuns: 50, seed: 7 },
    );
  });

  it('emits a whole transmission as soon as its EOT arrives, before any later byte', () => {
    const splitter = new IncrementalSplitter({ from: 'auto' });
    const entry = {
      body: 'Text.\n',
      slug: 'BC-Test',
      number: 1,
      ending: 'whole',
      gap: '',
    } as const;
    const first = anpaTransmission(entry);
    const events = splitter.push(first);
    expect(events.map((event) => event.kind)).toEqual(['story']);
    expect(splitter.buffered).toBe(0);
  });
});

describe('plain text with a separator line', () => {
  it('cuts a story at each separator line, for any chunking, and the rest at the end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z .,\n]{1,80}$/), { minLength: 1, maxLength: 6 }),
        cuts,
        (texts, points) => {
          const stories = texts.map((text) => `Headline\n\n${text}\n`);
          const input = stories.map((story) => `${story}-----\n`).join('');
          const splitter = new IncrementalSplitter({ from: 'text', separator: '-----' });
          const out: string[] = [];
          for (const chunk of chunked(input, points))
            for (const event of splitter.push(chunk))
              if (event.kind === 'story') out.push(event.story.text);
          for (const event of splitter.end())
            if (event.kind === 'story') out.push(event.story.text);
          expect(out).toEqual(stories);
        },
      ),
      { numRuns: 200, seed: 99 },
    );
  });

  it('gives up a transmission that outgrows the buffer, and keeps the next one whole', () => {
    const splitter = new IncrementalSplitter({ from: 'anpa', maxBuffer: 1000 });
    const entry = {
      body: 'Text.\n',
      slug: 'BC-Next',
      number: 2,
      ending: 'whole',
      gap: '',
    } as const;
    const events = [
      ...splitter.push(`\u0001a0001\u001fgnrl-\nr a BC-Huge 05-14 0100\n\u0002`),
      ...splitter.push('x'.repeat(2000)),
      ...splitter.push(anpaTransmission(entry)),
      ...splitter.end(),
    ];
    expect(events.map((event) => event.kind)).toEqual(['discarded', 'story']);
    const story = events.find((event) => event.kind === 'story');
    expect(story?.kind === 'story' && story.story.transmission?.slug).toBe('BC-Next');
    expect(splitter.buffered).toBe(0);
  });
});
