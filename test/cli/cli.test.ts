import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, ROOT, runCli, workspace } from './run-cli.js';

let cleanup = () => {};
afterEach(() => cleanup());

const SEED = join(ROOT, 'fixtures/bloomberg-web-paste-kicker-caption/input.txt');

// Smoke tests of the built binary: the bundle, the process shell and its
// streams. Behaviour is tested in-process (runCli) in the other files.
// Concurrent: each test waits on a child of its own.
describe.concurrent('copydesk binary (spawned)', () => {
  it('prints help with examples on stdout and exits 0', async ({ expect }) => {
    const { code, stdout, stderr } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: copydesk/);
    expect(stdout).toMatch(/Examples:/);
    expect(stderr).toBe('');
  });

  it('prints the package version', async ({ expect }) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect((await cli(['--version'])).stdout.trim()).toBe(pkg.version);
  });

  it('formats a file as a JSON array with the fields of the story', async ({ expect }) => {
    const { code, stdout } = await cli(['--format', 'json', SEED]);
    expect(code).toBe(0);
    const stories = JSON.parse(stdout) as Record<string, unknown>[];
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({
      schemaVersion: 1,
      headline: 'Copper Climbs as Smelters Cut Output in Chile',
      kicker: 'Markets',
      byline: null,
      dateline: { agency: 'Bloomberg', location: null },
      copyright: { year: 2024, holder: 'Bloomberg L.P.' },
    });
  });

  it('reads standard input when no file is given, and with "-"', async ({ expect }) => {
    const text = readFileSync(SEED);
    for (const args of [
      ['-f', 'markdown'],
      ['-f', 'markdown', '-'],
    ]) {
      const { code, stdout } = await cli(args, { input: text });
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Markets\n\n# Copper Climbs/);
    }
  });

  it('exits 2 with an error row naming a missing file', async ({ expect }) => {
    const { code, stderr } = await cli(['no-such-file.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe('no-such-file.txt  error    No such file  no-such-file\n\n✖ 1 error\n');
  });

  it('exits 2 on an unknown flag with one report row', async ({ expect }) => {
    const { code, stderr } = await cli(['--bogus']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^copydesk {2}error {4}Unknown option '--bogus' {2}unknown-option$/m);
  });

  it('refuses binary input with exit 1 and no stack trace', async ({ expect, onTestFinished }) => {
    const ws = workspace({
      'image.bin': Uint8Array.from([0x00, 0x01, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
    });
    onTestFinished(ws.cleanup);
    const { code, stderr } = await cli(['image.bin'], { cwd: ws.dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/binary input/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('copydesk in-process', () => {
  it('defaults to Markdown when stdout is not a terminal, without colour', async () => {
    const { stdout } = await runCli([SEED], { env: { FORCE_COLOR: '3' } });
    expect(stdout).toMatch(/^Markets\n\n# Copper/);
    expect(stdout).not.toMatch(/\u001b/);
  });

  it('writes to a file with -o and keeps stdout empty', async () => {
    const ws = workspace({});
    cleanup = ws.cleanup;
    const { code, stdout } = await runCli(['-o', 'story.md', SEED], { cwd: ws.dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(join(ws.dir, 'story.md'), 'utf8')).toMatch(/# Copper Climbs/);
  });

  it('colours the terminal view only when asked', async () => {
    const view = async (args: string[], env: Record<string, string> = {}) =>
      (await runCli(['-f', 'terminal', ...args, SEED], { env })).stdout;
    expect(await view(['--color'])).toMatch(/\u001b\[/);
    expect(await view(['--no-color'])).not.toMatch(/\u001b/);
    expect(await view(['--color'], { NO_COLOR: '1' })).toMatch(/\u001b\[/);
    expect(await view([], { NO_COLOR: '1', FORCE_COLOR: '1' })).not.toMatch(/\u001b/);
  });

  it('exits 2 on a bad value', async () => {
    expect((await runCli(['--format', 'pdf', SEED])).code).toBe(2);
    expect((await runCli(['--width', 'wide', SEED])).code).toBe(2);
  });

  it('reports a story without a headline, and fails it only with --strict', async () => {
    const text = 'LONDON, Oct 1 (Reuters) - Shares fell on Tuesday after the data.';
    const lax = await runCli(['-f', 'json'], { input: text });
    expect(lax.code).toBe(0);
    expect(lax.stderr).toMatch(/<stdin>:1:1\s+warning\s+Missing headline.*headline/);
    expect((await runCli(['-f', 'json', '--strict'], { input: text })).code).toBe(1);
  });

  it('re-reads its own Markdown with --from markdown', async () => {
    const markdown = (await runCli(['-f', 'markdown', SEED])).stdout;
    const [again] = JSON.parse(
      (await runCli(['-f', 'json', '--from', 'markdown'], { input: markdown })).stdout,
    ) as Record<string, unknown>[];
    expect(again).toMatchObject({
      headline: 'Copper Climbs as Smelters Cut Output in Chile',
      kicker: 'Markets',
    });
  });
});
