import { describe, expect, it } from 'vitest';
import { slotsOf } from '../../src/extract/byline/byline-slots.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { fromWire } from '../../src/parse/from-wire.js';
import { wrapOf } from '../../src/parse/line-breaks.js';

/** Greedy wrap of a paragraph at `width` columns, as a mail client or a terminal does. */
function wrapAt(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

const HEAD = 'Harbour authority to close old ferry pier';
const PROSE = [
  'The harbour authority in Portwell said on Friday it would close the old ferry pier for six months while engineers replace the rotten piles along the northern quay.',
  'Ferries will berth at the container terminal in the meantime, and the authority said passengers should allow twenty extra minutes for the walk to the town centre.',
  'Local traders, who depend on day visitors from the islands, said they feared a quiet summer and asked the council for help with their rents until the pier reopens.',
];

/** The slot reading `text` as a line of a paragraph (not a whole block), or undefined. */
function lineSlot(story: string, text: string) {
  const slots = slotsOf(fromWire(story).tree, defaultLexicon, false, 1, wrapOf(story));
  return slots.find((slot) => slot.line !== null && slot.text === text);
}

describe('byline slots on the lines of a paragraph', () => {
  it("takes a page's line under a caption as a candidate", () => {
    const story = [HEAD, 'A ferry at the old pier at dawn.\nBy Jane Doe', ...PROSE].join('\n\n');
    expect(lineSlot(story, 'By Jane Doe')?.edge).toBe(true);
  });

  it('takes no line a hard wrap cut short for a candidate, though it reads as a byline', () => {
    const byline =
      'By Jane Doe, Senior Harbour and Shipping Correspondent for Portwell Gazette readers';
    const story = [HEAD, byline, ...PROSE].map((paragraph) => wrapAt(paragraph, 50)).join('\n\n');
    expect(wrapOf(story)?.width).toBeLessThanOrEqual(50);
    const [first] = wrapAt(byline, 50).split('\n');
    expect(first).toMatch(/^By Jane Doe, Senior Harbour/);
    expect(lineSlot(story, first ?? '')?.edge).toBe(false);
  });
});

describe('byline slots past a gallery', () => {
  const caption =
    'A ferry waits at the old pier at dawn while engineers inspect the rotten piles along the northern quay before the authority closes it for six months of repairs.';
  /** A gallery of `count` captions, each printed twice (in the slide and under it), the second with curly quotes. */
  const gallery = (count: number): string[] =>
    Array.from({ length: count }, (_, at) => [
      `${caption} It's slide ${at + 1}.`,
      `${at + 1} of ${count}`,
      `${caption} It’s slide ${at + 1}.`,
    ]).flat();

  it('counts a paragraph printed twice neither as prose nor against the blocks searched', () => {
    const story = [HEAD, ...gallery(30), 'By Jane Doe', ...PROSE].join('\n\n');
    const slots = slotsOf(fromWire(story).tree, defaultLexicon, false, 1, wrapOf(story));
    const byline = slots.find((slot) => slot.text === 'By Jane Doe');
    expect(byline?.prose).toBe(0);
  });

  it('still stops after twelve paragraphs of prose printed once; past them is the foot', () => {
    const once = Array.from({ length: 12 }, (_, at) => `${caption} Slide ${at + 1} alone.`);
    const story = [HEAD, ...once, 'By Jane Doe', ...PROSE].join('\n\n');
    const slots = slotsOf(fromWire(story).tree, defaultLexicon, false, 1, wrapOf(story));
    const byline = slots.filter((slot) => slot.text === 'By Jane Doe');
    expect(byline.map((slot) => slot.foot)).toEqual([true]);
  });
});

describe("byline slots at a page's foot", () => {
  const caption =
    'A ferry waits at the old pier at dawn while engineers inspect the rotten piles along the northern quay before the authority closes it for six months of repairs.';
  const long = Array.from({ length: 40 }, (_, at) => `${caption} Paragraph ${at + 1}.`);

  it('marks the last blocks of a short page as the foot once three paragraphs of prose stand above', () => {
    const story = [HEAD, 'Jane Doe', ...PROSE, 'Written by Jane Doe'].join('\n\n');
    const slots = slotsOf(fromWire(story).tree, defaultLexicon, false, 1, wrapOf(story));
    const foot = (text: string) => slots.find((slot) => slot.text === text)?.foot;
    expect(foot('Jane Doe')).toBe(false);
    expect(foot('Written by Jane Doe')).toBe(true);
  });

  it("reads a page opener far above the page's end, with the block under it, and no other block there", () => {
    const story = [HEAD, ...long, 'Reporting by', 'Jane Doe', ...long.slice(0, 20)].join('\n\n');
    const slots = slotsOf(fromWire(story).tree, defaultLexicon, false, 1, wrapOf(story));
    const foot = slots.filter((slot) => slot.foot).map((slot) => slot.text);
    expect(foot.slice(0, 2)).toEqual(['Reporting by', 'Jane Doe']);
    expect(foot).toHaveLength(2 + 12);
  });

  it('leaves wire copy without a foot', () => {
    const story = [HEAD, ...PROSE, 'Written by Jane Doe'].join('\n\n');
    const slots = slotsOf(fromWire(story).tree, defaultLexicon, true, 1);
    expect(slots.some((slot) => slot.foot)).toBe(false);
  });

  it('looks no further than six hundred blocks below the headline, repeats or not', () => {
    // A story of nothing but repeats: no block counts against the sixty searched.
    const repeats = Array.from({ length: 400 }, () => ['Advertisement', 'Share this']).flat();
    const story = [HEAD, ...repeats, 'By Jane Doe', ...PROSE].join('\n\n');
    // The search from the top (the foot's slots follow it, marked `foot`).
    const slots = slotsOf(fromWire(story).tree, defaultLexicon, false, 1, wrapOf(story)).filter(
      (slot) => !slot.foot,
    );
    expect(slots.some((slot) => slot.text === 'By Jane Doe')).toBe(false);
    // The headline itself, then six hundred blocks below it.
    expect(slots.length).toBe(601);
    const near = [HEAD, ...repeats.slice(0, 500), 'By Jane Doe', ...PROSE].join('\n\n');
    const nearSlots = slotsOf(fromWire(near).tree, defaultLexicon, false, 1, wrapOf(near));
    expect(nearSlots.some((slot) => slot.text === 'By Jane Doe')).toBe(true);
  });
});
