import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, ROOT, runCli, workspace } from './run-cli.js';
import { ORCHARD, PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

describe('copydesk machine formats', () => {
  it('prints one NDJSON object per story per line, never coloured, even with FORCE_COLOR', async () => {
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'ndjson', '--color', 'a.txt', 'b.txt'], {
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

  it('prints one JSON array whatever the input holds: one story, several, or none', async () => {
    const capture = readFileSync(join(ROOT, 'fixtures/anpa-multi-story-capture/input.txt'));
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD, 'wire.anpa': capture });
    cleanup = ws.cleanup;
    const one = JSON.parse((await runCli(['-f', 'json', 'a.txt'], { cwd: ws.dir })).stdout);
    expect(one.map((story: { headline: string }) => story.headline)).toEqual([
      'Harbour Council Votes to Rebuild Old Pier',
    ]);
    const two = await runCli(['-f', 'json', 'a.txt', 'b.txt'], {
      cwd: ws.dir,
      env: { FORCE_COLOR: '1' },
    });
    expect(two.stdout).not.toContain('\u001b');
    expect(JSON.parse(two.stdout)).toHaveLength(2);
    // One file, several stories: the same shape as one file with one story.
    const wire = JSON.parse((await runCli(['-f', 'json', 'wire.anpa'], { cwd: ws.dir })).stdout);
    expect(Array.isArray(wire)).toBe(true);
    expect(wire.length).toBeGreaterThan(1);
    const none = await runCli(['-f', 'json', 'missing.txt'], { cwd: ws.dir });
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it.each([
    ['all.json', (text: string) => JSON.parse(text)[0].headline],
    ['all.ndjson', (text: string) => JSON.parse(text.split('\n')[0] ?? '').headline],
    ['all.jsonl', (text: string) => JSON.parse(text.split('\n')[0] ?? '').headline],
    ['all.md', (text: string) => /^# (.*)$/m.exec(text)?.[1]],
    ['all.markdown', (text: string) => /^# (.*)$/m.exec(text)?.[1]],
    ['all.txt', (text: string) => text.split('\n')[0]],
  ])('infers the format of -o %s from its extension', async (name, headline) => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['-o', name, 'a.txt'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    const text = readFileSync(join(ws.dir, name), 'utf8');
    expect(headline(text)).toBe('Harbour Council Votes to Rebuild Old Pier');
    expect(text).not.toContain('\u001b');
  });

  it('lets -f win over the -o extension, and the extension over a config default', async () => {
    const ws = workspace({
      'a.txt': PIER,
      '.copydeskrc.json': JSON.stringify({ options: { format: 'ndjson' } }),
    });
    cleanup = ws.cleanup;
    await runCli(['-f', 'markdown', '-o', 'x.json', 'a.txt'], { cwd: ws.dir });
    expect(readFileSync(join(ws.dir, 'x.json'), 'utf8')).toMatch(/^# Harbour/m);
    await runCli(['-o', 'y.md', 'a.txt'], { cwd: ws.dir });
    expect(readFileSync(join(ws.dir, 'y.md'), 'utf8')).toMatch(/^# Harbour/m);
    await runCli(['-o', 'z.out', 'a.txt'], { cwd: ws.dir });
    expect(JSON.parse(readFileSync(join(ws.dir, 'z.out'), 'utf8')).headline).toBe(
      'Harbour Council Votes to Rebuild Old Pier',
    );
  });

  it('writes Markdown (uncoloured) when stdout is not a terminal', async () => {
    const result = await runCli(['-'], { input: PIER, env: { FORCE_COLOR: '3' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Harbour Council Votes to Rebuild Old Pier$/m);
    expect(result.stdout).not.toContain('\u001b');
  });

  // Spawned, as worker threads are the process shell's (src/cli/index.ts).
  // Concurrent, with their runs side by side: the worker waits on children.
  it.concurrent('gives the same output in the same order with --jobs 2 as with --jobs 1', async ({
    expect,
    onTestFinished,
  }) => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 12; index++)
      files[`w/${String(index).padStart(2, '0')}.txt`] = index % 2 ? PIER : ORCHARD;
    const ws = workspace(files);
    onTestFinished(ws.cleanup);
    const [serial, parallel, array] = await Promise.all([
      cli(['-f', 'ndjson', '-j', '1', 'w'], { cwd: ws.dir }),
      cli(['-f', 'ndjson', '-j', '2', 'w'], { cwd: ws.dir }),
      cli(['-f', 'json', '-j', '2', 'w'], { cwd: ws.dir }),
    ]);
    expect(parallel.code).toBe(0);
    expect(parallel.stderr).toBe('');
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.stdout.trim().split('\n')).toHaveLength(12);
    // The JSON array streams the same bytes from either.
    expect(array.stdout).toBe(
      `${JSON.stringify(
        serial.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line)),
        null,
        2,
      )}\n`,
    );
  });

  it.concurrent('says in --verbose how many threads converted, and why', async ({
    expect,
    onTestFinished,
  }) => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 6; index++) files[`w/${index}.txt`] = PIER;
    const ws = workspace(files);
    onTestFinished(ws.cleanup);
    const [asked, chosen] = await Promise.all([
      cli(['-f', 'ndjson', '-j', '2', '--verbose', 'w'], { cwd: ws.dir }),
      cli(['-f', 'ndjson', '--verbose', 'w'], { cwd: ws.dir }),
    ]);
    expect(asked.stderr).toMatch(
      /^copydesk: 6 inputs, 6 stories in \d+\.\d\d s on 2 threads \(this one and 1 worker\): --jobs 2; \d inputs? converted by workers, \d here\n$/,
    );
    // Six short stories are never worth a worker's start-up.
    expect(chosen.stderr).toMatch(/ s on 1 thread: [^\n]+\n$/);
  });
});

describe('copydesk terminal view', () => {
  it('sets the headline apart with a rule and ends with the desk line', async () => {
    const result = await runCli(['-f', 'terminal', '--no-color', '--width', '80', '-'], {
      input: PIER,
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Harbour Council Votes to Rebuild Old Pier');
    expect(lines[1]).toMatch(/^━+$/);
    expect(result.stdout).toContain('By Maria Lindqvist, Reuters');
    expect(result.stdout).toContain('Reporting: Maria Lindqvist');
    expect(result.stdout).toMatch(/\d+ words · 1 min read\n1 removed: advertisement/);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('wraps at --width, measuring wide characters as two columns', async () => {
    const wide = PIER.replace(
      'The work will start',
      '港の 工事は 春に 始まる 予定で、 港の 工事は 春に 始まる 予定です。 絵文字 🎉🎉 も。 The work will start',
    );
    const result = await runCli(['-f', 'terminal', '--no-color', '--width', '40', '-'], {
      input: wide,
    });
    const lines = result.stdout.split('\n');
    expect(lines.some((line) => /港/.test(line))).toBe(true);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
  });

  it('does not wrap when stdout is not a terminal and no --width is given', async () => {
    const result = await runCli(['-f', 'terminal', '--no-color', '-'], { input: PIER });
    expect(result.stdout).toContain(
      'OSLO, March 3 (Reuters) - The harbour council voted on Tuesday to rebuild the old wooden pier, ending a decade',
    );
  });

  it('colours the view with --color and FORCE_COLOR, and not with NO_COLOR or --no-color', async () => {
    const args = ['-f', 'terminal', '-'];
    expect((await runCli(['--color', ...args], { input: PIER })).stdout).toContain('\u001b[');
    expect((await runCli(args, { input: PIER, env: { FORCE_COLOR: '1' } })).stdout).toContain(
      '\u001b[',
    );
    expect(
      (await runCli(args, { input: PIER, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b');
    expect(
      (await runCli(['--no-color', ...args], { input: PIER, env: { FORCE_COLOR: '3' } })).stdout,
    ).not.toContain('\u001b');
    expect(
      (await runCli(['--color=never', ...args], { input: PIER, env: { FORCE_COLOR: '3' } })).stdout,
    ).not.toContain('\u001b');
    expect(
      (await runCli(args, { input: PIER, env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout,
    ).toContain('\u001b[');
  });

  it('sets each story of a batch under a rule that names its input', async () => {
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'terminal', '--no-color', 'a.txt', 'b.txt'], {
      cwd: ws.dir,
    });
    expect(result.stdout).toMatch(/^━━ a\.txt ━+$/m);
    expect(result.stdout).toMatch(/^━━ b\.txt ━+$/m);
  });

  it('opens each story of a wire capture with its rule and slug line', async () => {
    const capture = readFileSync(join(ROOT, 'fixtures/anpa-multi-story-capture/input.txt'));
    const result = await runCli(['-f', 'terminal', '--no-color', '--width', '100', '-'], {
      input: capture,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^━━ <stdin> · story 1 of \d+ ━+\n\nBC-\S+ · [a-z]\d+ · priority \w+/m,
    );
    expect(result.stdout).toMatch(/^━━ <stdin> · story 2 of \d+ ━+$/m);
  });

  it('lists each removed item with --verbose', async () => {
    const result = await runCli(['-f', 'terminal', '--no-color', '--verbose', '-'], {
      input: PIER,
    });
    expect(result.stdout).toContain('removed (advertisement, line 1): ADVERTISEMENT');
    expect(result.stdout).not.toContain('--verbose lists them');
  });
});
