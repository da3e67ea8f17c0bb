import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, ROOT, workspace } from './run-cli.js';
import { ORCHARD, PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

describe('copydesk machine formats', () => {
  it('prints one NDJSON object per story per line, never coloured, even with FORCE_COLOR', () => {
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'ndjson', '--color', 'a.txt', 'b.txt'], {
      cwd: ws.dir,
      env: { FORCE_COLOR: '3' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    const lines = result.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    const objects = lines.slice(0, -1).map((line) => JSON.parse(line));
    expect(objects.map((object) => object.headline)).toEqual([
      'Harbour Council Votes to Rebuild Old Pier',
      'Frost Threatens Apple Harvest in Valley Orchards',
    ]);
    expect(objects.every((object) => object.schemaVersion === 1)).toBe(true);
  });

  it('prints one JSON object for one story and an array for several', () => {
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const one = cli(['-f', 'json', 'a.txt'], { cwd: ws.dir });
    expect(JSON.parse(one.stdout).headline).toBe('Harbour Council Votes to Rebuild Old Pier');
    const two = cli(['-f', 'json', 'a.txt', 'b.txt'], { cwd: ws.dir, env: { FORCE_COLOR: '1' } });
    expect(two.stdout).not.toContain('\u001b');
    const parsed = JSON.parse(two.stdout);
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toHaveLength(2);
  });

  it('writes Markdown (uncoloured) when stdout is not a terminal', () => {
    const result = cli(['-'], { input: PIER, env: { FORCE_COLOR: '3' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Harbour Council Votes to Rebuild Old Pier$/m);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('gives the same output in the same order with --jobs 2 as with --jobs 1', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 12; index++)
      files[`w/${String(index).padStart(2, '0')}.txt`] = index % 2 ? PIER : ORCHARD;
    const ws = workspace(files);
    cleanup = ws.cleanup;
    const serial = cli(['-f', 'ndjson', '-j', '1', 'w'], { cwd: ws.dir });
    const parallel = cli(['-f', 'ndjson', '-j', '2', 'w'], { cwd: ws.dir });
    expect(parallel.code).toBe(0);
    expect(parallel.stderr).toBe('');
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.stdout.trim().split('\n')).toHaveLength(12);
  });
});

describe('copydesk terminal view', () => {
  it('sets the headline apart with a rule and ends with the desk line', () => {
    const result = cli(['-f', 'terminal', '--no-color', '--width', '80', '-'], { input: PIER });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Harbour Council Votes to Rebuild Old Pier');
    expect(lines[1]).toMatch(/^━+$/);
    expect(result.stdout).toContain('By Maria Lindqvist, Reuters');
    expect(result.stdout).toContain('Reporting: Maria Lindqvist');
    expect(result.stdout).toMatch(/\d+ words · 1 min read\n1 removed: advertisement/);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('wraps at --width, measuring wide characters as two columns', () => {
    const wide = PIER.replace(
      'The work will start',
      '港の 工事は 春に 始まる 予定で、 港の 工事は 春に 始まる 予定です。 絵文字 🎉🎉 も。 The work will start',
    );
    const result = cli(['-f', 'terminal', '--no-color', '--width', '40', '-'], { input: wide });
    const lines = result.stdout.split('\n');
    expect(lines.some((line) => /港/.test(line))).toBe(true);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
  });

  it('does not wrap when stdout is not a terminal and no --width is given', () => {
    const result = cli(['-f', 'terminal', '--no-color', '-'], { input: PIER });
    expect(result.stdout).toContain(
      'OSLO, March 3 (Reuters) - The harbour council voted on Tuesday to rebuild the old wooden pier, ending a decade',
    );
  });

  it('colours the view with --color and FORCE_COLOR, and not with NO_COLOR or --no-color', () => {
    const args = ['-f', 'terminal', '-'];
    expect(cli(['--color', ...args], { input: PIER }).stdout).toContain('\u001b[');
    expect(cli(args, { input: PIER, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(
      cli(args, { input: PIER, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout,
    ).not.toContain('\u001b');
    expect(
      cli(['--no-color', ...args], { input: PIER, env: { FORCE_COLOR: '3' } }).stdout,
    ).not.toContain('\u001b');
    expect(
      cli(['--color=never', ...args], { input: PIER, env: { FORCE_COLOR: '3' } }).stdout,
    ).not.toContain('\u001b');
    expect(cli(args, { input: PIER, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(
      '\u001b[',
    );
    // Seven spawns of the CLI: on a loaded machine that outlasts vitest's 5 s default.
  }, 30_000);

  it('sets each story of a batch under a rule that names its input', () => {
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'terminal', '--no-color', 'a.txt', 'b.txt'], { cwd: ws.dir });
    expect(result.stdout).toMatch(/^━━ a\.txt ━+$/m);
    expect(result.stdout).toMatch(/^━━ b\.txt ━+$/m);
  });

  it('opens each story of a wire capture with its rule and slug line', () => {
    const capture = readFileSync(join(ROOT, 'fixtures/anpa-multi-story-capture/input.txt'));
    const result = cli(['-f', 'terminal', '--no-color', '--width', '100', '-'], { input: capture });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^━━ <stdin> · story 1 of \d+ ━+\n\nBC-\S+ · [a-z]\d+ · priority \w+/m,
    );
    expect(result.stdout).toMatch(/^━━ <stdin> · story 2 of \d+ ━+$/m);
  });

  it('lists each removed item with --verbose', () => {
    const result = cli(['-f', 'terminal', '--no-color', '--verbose', '-'], { input: PIER });
    expect(result.stdout).toContain('removed (advertisement, line 1): ADVERTISEMENT');
    expect(result.stdout).not.toContain('--verbose lists them');
  });
});
