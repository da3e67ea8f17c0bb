import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from '../../src/config/validate.js';
import { cli, runCli, workspace } from './run-cli.js';
import { PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

/** The pier story under a made-up agency tag, with a made-up furniture line and credit. */
const LOCAL = `Harbour Council Votes to Rebuild Old Pier

FJORD, March 3 (Nordwire) - The harbour council voted on Tuesday to rebuild the old wooden pier, ending a decade of debate over the crumbling landmark.

Subscribe to our morning briefing

Fact-checking by Ola Nordmann
`;

const RC = {
  agencies: [{ name: 'Nordwire', tags: ['Nordwire'], names: ['Nordwire News'] }],
  noisePhrases: [{ phrase: 'Subscribe to our morning briefing', reason: 'newsletter-prompt' }],
  creditPhrases: [{ phrase: 'Fact-checking by', role: 'other' }],
  options: { format: 'json' },
};

describe('copydesk configuration', () => {
  it('reads a discovered .copydeskrc.json: agencies, noise phrases, credit roles, default options', async () => {
    const ws = workspace({ '.copydeskrc.json': JSON.stringify(RC), 'sub/story.txt': LOCAL });
    cleanup = ws.cleanup;
    const result = await runCli(['story.txt'], { cwd: `${ws.dir}/sub` });
    expect(result.code).toBe(0);
    const [article] = JSON.parse(result.stdout);
    expect(article.dateline.agency).toBe('Nordwire');
    expect(article.removed).toContainEqual({
      text: 'Subscribe to our morning briefing',
      reason: 'newsletter-prompt',
      line: 5,
    });
    expect(article.credits.map((credit: { text: string }) => credit.text)).toContain(
      'Fact-checking by Ola Nordmann',
    );
  });

  it('hands the config lexicon to --jobs worker threads', async () => {
    const ws = workspace({
      '.copydeskrc.json': JSON.stringify(RC),
      'w/a.txt': LOCAL,
      'w/b.txt': LOCAL,
    });
    cleanup = ws.cleanup;
    const result = await cli(['-j', '2', '-f', 'ndjson', 'w'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    const agencies = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).dateline.agency);
    expect(agencies).toEqual(['Nordwire', 'Nordwire']);
  });

  it('lets the command line override a config default', async () => {
    const ws = workspace({ '.copydeskrc.json': JSON.stringify(RC), 'story.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'markdown', 'story.txt'], { cwd: ws.dir });
    expect(result.stdout).toMatch(/^# Harbour Council/m);
  });

  it('reads the copydesk key of package.json, and --no-config ignores it', async () => {
    const ws = workspace({
      'package.json': JSON.stringify({ name: 'desk', copydesk: { options: { format: 'ndjson' } } }),
      'story.txt': PIER,
    });
    cleanup = ws.cleanup;
    expect(JSON.parse((await runCli(['story.txt'], { cwd: ws.dir })).stdout).headline).toBe(
      'Harbour Council Votes to Rebuild Old Pier',
    );
    expect((await runCli(['--no-config', 'story.txt'], { cwd: ws.dir })).stdout).toMatch(
      /^# Harbour/m,
    );
  });

  it('reads --config FILE and exits 2 when it does not exist', async () => {
    const ws = workspace({
      'desk.json': JSON.stringify({ options: { format: 'json' } }),
      's.txt': PIER,
    });
    cleanup = ws.cleanup;
    expect(
      JSON.parse((await runCli(['--config', 'desk.json', 's.txt'], { cwd: ws.dir })).stdout)[0]
        .headline,
    ).toBe('Harbour Council Votes to Rebuild Old Pier');
    const missing = await runCli(['--config', 'nope.json', 's.txt'], { cwd: ws.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^nope\.json\s+error\s+no such file\s+config$/m);
  });

  it('exits 2 naming the key and what was expected when the config is invalid', async () => {
    const ws = workspace({
      '.copydeskrc.json': JSON.stringify({ options: { width: 'wide' } }),
      's.txt': PIER,
    });
    cleanup = ws.cleanup;
    const result = await runCli(['s.txt'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^\.copydeskrc\.json\s+error\s+options\.width: expected a whole number ≥ 0, such as 80, got "wide"\s+config$/m,
    );
  });

  it('exits 2 when the config is not JSON', async () => {
    const ws = workspace({ '.copydeskrc.json': '{ format: json }', 's.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['s.txt'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^\.copydeskrc\.json\s+error\s+expected JSON/m);
  });
});

describe('validateConfig', () => {
  it.each([
    [{ agencies: 'AP' }, 'agencies: expected an array, got "AP"'],
    [{ agencies: [{ tags: ['X'] }] }, 'agencies[0].name: expected a non-empty string, got nothing'],
    [
      { creditPhrases: [{ phrase: 'Shot by', role: 'camera' }] },
      'creditPhrases[0].role: expected one of photo, reporting, additional-reporting, writing, editing, assistance, contributor, contact, other, got "camera"',
    ],
    [
      { noisePhrases: [42] },
      'noisePhrases[0]: expected a phrase or { "phrase", "reason" }, got 42',
    ],
    [
      { options: { format: 'yaml' } },
      'options.format: expected one of terminal, markdown, json, ndjson, newsmlg2, nitf, got "yaml"',
    ],
    [
      { options: { jobs: 0 } },
      'options.jobs: expected a whole number from 1 to 256, such as 4, got 0',
    ],
    // Bounded like -j: 100,000 workers died of V8 OOM with no output.
    [
      { options: { jobs: 100_000 } },
      'options.jobs: expected a whole number from 1 to 256, such as 4, got 100000',
    ],
    [
      { option: {} },
      'option: expected one of the keys $schema, agencies, noisePhrases, creditPhrases, options, got "option"',
    ],
    [[], '(top level): expected an object, got an array of 0'],
  ])('rejects %j with a message naming the key', async (value, message) => {
    expect(() => validateConfig(value)).toThrow(ConfigError);
    expect(() => validateConfig(value)).toThrow(message);
  });

  it('expands shorthand strings into full entries', async () => {
    expect(validateConfig({ agencies: ['Nordwire'], noisePhrases: ['Read more'] })).toEqual({
      agencies: [{ name: 'Nordwire', tags: ['Nordwire'], names: ['Nordwire'] }],
      noisePhrases: [{ phrase: 'Read more', reason: 'noise' }],
      creditPhrases: [],
      options: {},
    });
  });
});
