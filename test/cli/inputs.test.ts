import { afterEach, describe, expect, it } from 'vitest';
import { runCli, workspace } from './run-cli.js';
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
  it('converts files, directories (recursively), quoted globs and stdin, in operand order', async () => {
    const ws = workspace({
      'a.txt': PIER,
      'wires/b.txt': ORCHARD,
      'wires/deep/c.txt': PIER,
      'wires/skip.json': '{}',
      'glob/d.txt': ORCHARD,
      'glob/e.txt': PIER,
    });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'ndjson', 'a.txt', 'wires', 'glob/*.txt', '-'], {
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

  it('reads standard input when no file is given and stdin is not a TTY', async () => {
    const result = await runCli(['-f', 'json'], { input: PIER });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0].headline).toBe('Harbour Council Votes to Rebuild Old Pier');
  });

  it('converts a file named twice only once', async () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'ndjson', 'a.txt', './a.txt'], { cwd: ws.dir });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('picks up only the --ext extensions when searching a directory', async () => {
    const ws = workspace({ 'in/a.wire': PIER, 'in/b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'ndjson', '--ext', 'wire', 'in'], { cwd: ws.dir });
    expect(paths(result.stdout)).toEqual(['in/a.wire']);
  });

  it('keeps converting past a binary file, reports it, and exits 1 at the end', async () => {
    const ws = workspace({
      'a.txt': PIER,
      'bad.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]),
      'c.txt': ORCHARD,
    });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'ndjson', 'a.txt', 'bad.txt', 'c.txt'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(paths(result.stdout)).toEqual(['a.txt', 'c.txt']);
    expect(result.stderr).toMatch(/^bad\.txt\s+error\s+.+binary-input$/m);
    expect(result.stderr).toMatch(/✖ 1 error/);
  });

  it('reports a glob that matches nothing and exits 1', async () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'ndjson', 'a.txt', 'none/*.txt'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(paths(result.stdout)).toEqual(['a.txt']);
    expect(result.stderr).toMatch(
      /^none\/\*\.txt\s+error\s+No files match this pattern\s+no-match$/m,
    );
  });

  it('exits 2 for a missing file, after converting the others', async () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'ndjson', 'missing.txt', 'a.txt'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(paths(result.stdout)).toEqual(['a.txt']);
    expect(result.stderr).toMatch(/^missing\.txt\s+error\s+No such file\s+no-such-file$/m);
  });

  it('reads a file whose name starts with a dash after --', async () => {
    const ws = workspace({ '-x.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'json', '--', '-x.txt'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0].source.path).toBe('-x.txt');
  });

  it('shows control characters in file names visibly (caret notation), never raw', async () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'json', 'a.txt', 'evil\u001bc\u0007.txt'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toMatch(/^evil\^\[c\^G\.txt\s+error\s+No such file/m);
  });
});

describe('copydesk usage errors', () => {
  it.each([
    [['--bogus'], /^copydesk\s+error\s+Unknown option '--bogus'\s+unknown-option$/m],
    [['--format', 'yaml'], /Unexpected --format value 'yaml': expected one of terminal, markdown/],
    [['--width', 'wide'], /Unexpected --width value 'wide': expected a whole number of columns/],
    [['--jobs', '0'], /expected a number of worker threads/],
    [['--date', '1 Oct'], /expected a date as YYYY-MM-DD/],
    [['--date', '2024-13-01'], /2024-13-01 is not on the calendar/],
    [['--date', '2023-02-29'], /2023-02-29 is not on the calendar/],
    [['-o', 'a.md', '--out-dir', 'out', '-'], /either -o\/--output or --out-dir/],
    [
      ['--force', '--skip-existing', '--out-dir', 'out', '-'],
      /either --force .* or --skip-existing/,
    ],
  ])('exits 2 for %j with a message on stderr and nothing on stdout', async (args, message) => {
    const result = await runCli(args, { input: PIER });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('copydesk --help');
  });

  it('prints help on stdout and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Usage: copydesk [options] [command] [files...]');
    expect(result.stdout).toContain('Exit status: 0 success');
  });

  it('prints the version on stdout and exits 0', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('copydesk --date', () => {
  const story = (date: string) =>
    `Harbour Council Votes to Rebuild Old Pier\n\nOSLO, ${date} (Reuters) - The harbour council voted to rebuild the old wooden pier.\n`;
  const isoDate = async (date: string, reference: string) =>
    JSON.parse(
      (await runCli(['-f', 'json', '--date', reference, '-'], { input: story(date) })).stdout,
    )[0].dateline.isoDate;

  it('resolves a year-less dateline to the date nearest the reference, across New Year', async () => {
    expect(await isoDate('Dec 31', '2025-01-02')).toBe('2024-12-31');
    expect(await isoDate('Jan 3', '2025-01-02')).toBe('2025-01-03');
    expect(await isoDate('June 3', '2024-10-01')).toBe('2024-06-03');
    expect(await isoDate('March 3', '2024-10-01')).toBe('2025-03-03');
  });
});
