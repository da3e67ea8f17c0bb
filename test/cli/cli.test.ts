import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/copydesk.js', import.meta.url).pathname;
const SEED = new URL('../../fixtures/bloomberg-web-paste-kicker-caption/input.txt', import.meta.url)
  .pathname;

/** Runs the built CLI with a clean colour environment. */
function copydesk(args: string[], input?: string | Uint8Array, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('copydesk CLI', () => {
  it('prints help with examples on stdout and exits 0', () => {
    const { code, stdout, stderr } = copydesk(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: copydesk/);
    expect(stdout).toMatch(/Examples:/);
    expect(stderr).toBe('');
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(copydesk(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('formats a file as JSON with the fields of the story', () => {
    const { code, stdout } = copydesk(['--format', 'json', SEED]);
    expect(code).toBe(0);
    const story = JSON.parse(stdout) as Record<string, unknown>;
    expect(story).toMatchObject({
      schemaVersion: 1,
      headline: 'Copper Climbs as Smelters Cut Output in Chile',
      kicker: 'Markets',
      byline: null,
      dateline: { agency: 'Bloomberg', location: null },
      copyright: { year: 2024, holder: 'Bloomberg L.P.' },
    });
  });

  it('reads standard input when no file is given, and with "-"', () => {
    const text = readFileSync(SEED);
    for (const args of [
      ['-f', 'markdown'],
      ['-f', 'markdown', '-'],
    ]) {
      const { code, stdout } = copydesk(args, text);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Markets\n\n# Copper Climbs/);
    }
  });

  it('defaults to Markdown when stdout is not a terminal, without colour', () => {
    const { stdout } = copydesk([SEED], undefined, { FORCE_COLOR: '3' });
    expect(stdout).toMatch(/^Markets\n\n# Copper/);
    expect(stdout).not.toMatch(/\u001b/);
  });

  it('writes to a file with -o and keeps stdout empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-'));
    const out = join(dir, 'story.md');
    const { code, stdout } = copydesk(['-o', out, SEED]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/# Copper Climbs/);
  });

  it('colours the terminal view only when asked', () => {
    expect(copydesk(['-f', 'terminal', '--color', SEED]).stdout).toMatch(/\u001b\[/);
    expect(copydesk(['-f', 'terminal', '--no-color', SEED]).stdout).not.toMatch(/\u001b/);
    expect(
      copydesk(['-f', 'terminal', '--color', SEED], undefined, { NO_COLOR: '1' }).stdout,
    ).toMatch(/\u001b\[/);
    expect(
      copydesk(['-f', 'terminal', SEED], undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout,
    ).not.toMatch(/\u001b/);
  });

  it('exits 2 with an error row naming a missing file', () => {
    const { code, stderr } = copydesk(['no-such-file.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe('no-such-file.txt  error    No such file  no-such-file\n\n✖ 1 error\n');
  });

  it('exits 2 on an unknown flag or a bad value', () => {
    expect(copydesk(['--bogus']).code).toBe(2);
    expect(copydesk(['--format', 'pdf', SEED]).code).toBe(2);
    expect(copydesk(['--width', 'wide', SEED]).code).toBe(2);
  });

  it('refuses binary input with exit 1 and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-'));
    const file = join(dir, 'image.bin');
    writeFileSync(file, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const { code, stderr } = copydesk([file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/binary input/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a story without a headline, and fails it only with --strict', () => {
    const text = 'LONDON, Oct 1 (Reuters) - Shares fell on Tuesday after the data.';
    const lax = copydesk(['-f', 'json'], text);
    expect(lax.code).toBe(0);
    expect(lax.stderr).toMatch(/<stdin>:1:1\s+warning\s+Missing headline.*headline/);
    expect(copydesk(['-f', 'json', '--strict'], text).code).toBe(1);
  });

  it('re-reads its own Markdown with --from markdown', () => {
    const markdown = copydesk(['-f', 'markdown', SEED]).stdout;
    const again = JSON.parse(
      copydesk(['-f', 'json', '--from', 'markdown'], markdown).stdout,
    ) as Record<string, unknown>;
    expect(again).toMatchObject({
      headline: 'Copper Climbs as Smelters Cut Output in Chile',
      kicker: 'Markets',
    });
  });
});
