import { afterEach, describe, expect, it } from 'vitest';
import { cli, workspace } from './run-cli.js';
import { ORCHARD, PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

function paths(ndjson: string): (string | null)[] {
  return ndjson
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).source.path);
}

describe('copydesk inputs', () => {
  it('converts files, directories (recursively), quoted globs and stdin, in operand order', () => {
    const ws = workspace({
      'a.txt': PIER,
      'wires/b.txt': ORCHARD,
      'wires/deep/c.txt': PIER,
      'wires/skip.json': '{}',
      'glob/d.txt': ORCHARD,
      'glob/e.txt': PIER,
    });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'ndjson', 'a.txt', 'wires', 'glob/*.txt', '-'], {
      cwd: ws.dir,
      input: ORCHARD,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(paths(result.stdout)).toEqual([
      'a.txt',
      'wires/b.txt',
      'wires/deep/c.txt',
      'glob/d.txt',
      'glob/e.txt',
      null,
    ]);
  });

  it('reads standard input when no file is given and stdin is not a TTY', () => {
    const result = cli(['-f', 'json'], { input: PIER });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).headline).toBe('Harbour Council Votes to Rebuild Old Pier');
  });

  it('converts a file named twice only once', () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'ndjson', 'a.txt', './a.txt'], { cwd: ws.dir });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('picks up only the --ext extensions when searching a directory', () => {
    const ws = workspace({ 'in/a.wire': PIER, 'in/b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'ndjson', '--ext', 'wire', 'in'], { cwd: ws.dir });
    expect(paths(result.stdout)).toEqual(['in/a.wire']);
  });

  it('keeps converting past a binary file, reports it, and exits 1 at the end', () => {
    const ws = workspace({
      'a.txt': PIER,
      'bad.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]),
      'c.txt': ORCHARD,
    });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'ndjson', 'a.txt', 'bad.txt', 'c.txt'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(paths(result.stdout)).toEqual(['a.txt', 'c.txt']);
    expect(result.stderr).toMatch(/^bad\.txt\s+error\s+.+binary-input$/m);
    expect(result.stderr).toMatch(/✖ 1 error/);
  });

  it('reports a glob that matches nothing and exits 1', () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'ndjson', 'a.txt', 'none/*.txt'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(paths(result.stdout)).toEqual(['a.txt']);
    expect(result.stderr).toMatch(
      /^none\/\*\.txt\s+error\s+No files match this pattern\s+no-match$/m,
    );
  });

  it('exits 2 for a missing file, after converting the others', () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'ndjson', 'missing.txt', 'a.txt'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(paths(result.stdout)).toEqual(['a.txt']);
    expect(result.stderr).toMatch(/^missing\.txt\s+error\s+No such file\s+no-such-file$/m);
  });

  it('reads a file whose name starts with a dash after --', () => {
    const ws = workspace({ '-x.txt': PIER });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'json', '--', '-x.txt'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).source.path).toBe('-x.txt');
  });

  it('shows file names from the input without their control characters', () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'json', 'a.txt', 'evil\u001bc\u0007.txt'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toMatch(/^evil\.txt\s+error\s+No such file/m);
  });
});

describe('copydesk usage errors', () => {
  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['--format', 'yaml'], /argument 'yaml' is invalid/],
    [['--width', 'wide'], /Expected a whole number of columns/],
    [['--jobs', '0'], /Expected a number of worker threads/],
    [['--date', '1 Oct'], /Expected a date as YYYY-MM-DD/],
    [['-o', 'a.md', '--out-dir', 'out', '-'], /either -o\/--output or --out-dir/],
  ])('exits 2 for %j with a message on stderr and nothing on stdout', (args, message) => {
    const result = cli(args, { input: PIER });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('copydesk --help');
  });

  it('prints help on stdout and exits 0', () => {
    const result = cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Usage: copydesk [options] [command] [files...]');
    expect(result.stdout).toContain('Exit status: 0 success');
  });

  it('prints the version on stdout and exits 0', () => {
    const result = cli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
