import { describe, expect, it } from 'vitest';
import { REFLOW_SHAPES, reflowFields, reshapeInput } from '../scripts/lib/reflow.js';
import { decode } from '../src/decode/decode.js';
import { fromWire } from '../src/parse/from-wire.js';
import type { ArticleJson } from '../src/render/json.js';
import { formatStory } from '../src/story.js';
import { loadFixtures } from './helpers/fixtures.js';

const fixtures = loadFixtures().filter((fixture) => fixture.options.from !== 'markdown');

/** The headline, byline, dateline and credits of every story in an input. */
function fields(input: Uint8Array, options: (typeof fixtures)[number]['options']) {
  return formatStory(input, { ...options, format: 'json' }).map((story) =>
    reflowFields(story.json as ArticleJson),
  );
}

describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
  'fixture %s, reshaped',
  (_name, fixture) => {
    const results = formatStory(fixture.input, { ...fixture.options, format: 'json' });
    const stories = results.map((story) => ({
      offset: story.file.data.storyStart?.offset ?? 0,
      text: String(story.file.value),
      iptc: story.json?.source.format === 'iptc7901',
    }));
    const original = results.map((story) => reflowFields(story.json as ArticleJson));
    const input = decode(fixture.input).text;

    it.each(REFLOW_SHAPES)('keeps headline, byline, dateline and credits as %s', (shape) => {
      const reshaped = new TextEncoder().encode(reshapeInput(input, stories, shape, fromWire));
      expect(fields(reshaped, fixture.options)).toEqual(original);
    });
  },
);
