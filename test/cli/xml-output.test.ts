import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaErrors } from '../../scripts/lib/iptc-xml.js';
import { versionCreatedFor } from '../../src/cli/xml-output.js';
import { ROOT, runCli, workspace } from './run-cli.js';

let cleanup = () => {};
afterEach(() => cleanup());

const capture = readFileSync(join(ROOT, 'fixtures/anpa-multi-story-capture/input.txt'));

// In-process (runCli): the bundle and its process shell are the smoke tests' (cli.test.ts).
describe('the XML formats on the command line', () => {
  it('prints one newsMessage holding every story of a capture, valid and the same on every run with SOURCE_DATE_EPOCH', async () => {
    const env = { SOURCE_DATE_EPOCH: '1727784000' };
    // Two runs an hour apart by their clocks: SOURCE_DATE_EPOCH sets every time stamp.
    const first = await runCli(['-f', 'newsmlg2', '-'], { input: capture, env, clock: () => 0 });
    const second = await runCli(['-f', 'newsmlg2', '-'], {
      input: capture,
      env,
      clock: () => 3_600_000,
    });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toContain('<sent>2024-10-01T12:00:00Z</sent>');
    expect(first.stdout.match(/<newsItem /g)).toHaveLength(5);
    expect(schemaErrors(first.stdout, 'newsmlg2')).toEqual([]);
  }, 30_000);

  it('prints a newsMessage for one story too: the input never sets the shape', async () => {
    const story = readFileSync(
      join(ROOT, 'fixtures/reuters-london-dateline-reporting-editing/input.txt'),
    );
    const result = await runCli(['-f', 'newsmlg2', '-'], {
      input: story,
      env: { SOURCE_DATE_EPOCH: '1727784000' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml [^>]*\?>\s*<newsMessage /);
    expect(result.stdout.match(/<newsItem /g)).toHaveLength(1);
    expect(schemaErrors(result.stdout, 'newsmlg2')).toEqual([]);
  }, 30_000);

  it('writes one valid .xml file per story with --out-dir', async () => {
    const ws = workspace({ 'wire.anpa': capture });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'nitf', '--out-dir', 'out', 'wire.anpa'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    const files = readdirSync(join(ws.dir, 'out')).sort();
    expect(files).toEqual(['wire-1.xml', 'wire-2.xml', 'wire-3.xml', 'wire-4.xml', 'wire-5.xml']);
    for (const file of files)
      expect(schemaErrors(readFileSync(join(ws.dir, 'out', file), 'utf8'), 'nitf')).toEqual([]);
  }, 30_000);
});

describe('versionCreated', () => {
  it('is SOURCE_DATE_EPOCH when set, else the clock, in whole seconds', () => {
    expect(versionCreatedFor({ SOURCE_DATE_EPOCH: '0' }, () => 5e12)).toBe('1970-01-01T00:00:00Z');
    expect(versionCreatedFor({}, () => Date.UTC(2024, 9, 1, 12, 0, 0, 750))).toBe(
      '2024-10-01T12:00:00Z',
    );
    expect(versionCreatedFor({ SOURCE_DATE_EPOCH: 'soon' }, () => 0)).toBe('1970-01-01T00:00:00Z');
  });
});
