import { afterAll, describe, expect, it } from 'vitest';
import type { ConvertSettings } from '../../src/cli/convert.js';
import { createPool, type Pool } from '../../src/cli/pool.js';
import { NDJSON_SETTINGS } from './stories.js';

/** The built worker bundle, as the CLI starts it (test/setup builds dist/ first). */
const WORKER = new URL('../../dist/copydesk-worker.js', import.meta.url);

const STORY = `Harbour Council Votes to Rebuild Old Pier

FJORD, March 3 (Nordwire) - The harbour council voted on Tuesday to rebuild the old wooden pier, ending a decade of debate over the crumbling landmark.
`;

const settings: ConvertSettings = {
  ...NDJSON_SETTINGS,
  lexicon: {
    agencies: [{ name: 'Nordwire', tags: ['Nordwire'], names: ['Nordwire News'] }],
    noisePhrases: [],
    creditPhrases: [],
  },
};

let pool: Pool | null = null;
afterAll(() => pool?.close());

describe('the worker bundle', () => {
  it('converts batches with the run settings, a config lexicon included', {
    timeout: 60_000,
  }, async () => {
    pool = createPool(1, WORKER, () => {
      throw new Error('converted on the main thread, not in the worker');
    });
    const bytes = new TextEncoder().encode(STORY);
    const outcomes = await Promise.all([
      pool.convert(bytes, 'a.txt', settings),
      pool.convert(bytes, 'b.txt', settings),
      pool.convert(bytes, 'c.txt', { ...settings, format: 'json' }),
    ]);
    expect(pool.stats()).toMatchObject({ byWorkers: 3, here: 0 });
    const [a, b, c] = outcomes.map((outcome) => {
      if (!outcome.ok) throw new Error(outcome.reason);
      return outcome.stories[0]?.output ?? '';
    });
    // NDJSON comes printed on one line, JSON as the indented document.
    expect(a?.split('\n')).toHaveLength(2);
    expect(JSON.parse(a ?? '').dateline.agency).toBe('Nordwire');
    expect(JSON.parse(b ?? '').source.path).toBe('b.txt');
    expect(c).toBe(`${JSON.stringify(JSON.parse(c ?? ''), null, 2)}\n`);
  });
});
