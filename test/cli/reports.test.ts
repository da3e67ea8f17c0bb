import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/report.js';
import { formatGithubReport } from '../../src/cli/report-github.js';
import { runCli, workspace } from './run-cli.js';
import { NO_HEADLINE, PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

const warning = (reason: string, line: number | null = 1) => ({
  line,
  column: line === null ? null : 1,
  endLine: null,
  endColumn: null,
  severity: 'warning' as const,
  ruleId: 'headline',
  reason,
});

describe('--report json', () => {
  it('writes vfile-reporter-json records on stderr and nothing else there', async () => {
    const ws = workspace({ 'flat.txt': NO_HEADLINE, 'pier.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(
      ['--report', 'json', '-f', 'ndjson', 'flat.txt', 'pier.txt', 'gone.txt'],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stderr);
    expect(report.map((file: { path: string }) => file.path)).toEqual([
      'gone.txt',
      'flat.txt',
      'pier.txt',
    ]);
    const [gone, flat, pier] = report;
    expect(gone).toMatchObject({ cwd: ws.dir, history: ['gone.txt'] });
    expect(gone.messages).toEqual([
      { fatal: true, reason: 'No such file', ruleId: 'no-such-file', source: 'copydesk' },
    ]);
    expect(flat.messages).toEqual([
      {
        column: 1,
        fatal: false,
        line: 1,
        place: { line: 1, column: 1 },
        reason: 'Missing headline: no short line opens the story',
        ruleId: 'headline',
        source: 'copydesk',
      },
    ]);
    expect(pier.messages).toEqual([]);
  });

  it('reports a usage error in JSON too, when --report json was given', async () => {
    const result = await runCli(['--report=json', '-f', 'jsn']);
    expect(result.code).toBe(2);
    const [file] = JSON.parse(result.stderr);
    expect(file.messages[0]).toMatchObject({ fatal: true, ruleId: 'invalid-argument' });
    expect(file.messages[0].reason).toMatch(/did you mean json\?/);
  });
});

describe('--report github', () => {
  it('prints one workflow command per message, with the place', async () => {
    const ws = workspace({ 'flat.txt': NO_HEADLINE, 'pier.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['--report', 'github', '-f', 'json', 'flat.txt', 'gone.txt'], {
      cwd: ws.dir,
    });
    expect(result.stderr).toBe(
      [
        '::error file=gone.txt,title=copydesk no-such-file::No such file',
        '::warning file=flat.txt,line=1,col=1,title=copydesk headline::Missing headline: no short line opens the story',
        '',
      ].join('\n'),
    );
  });

  it('escapes what would end or start a command, and shows control sequences visibly', () => {
    const text = formatGithubReport(
      [
        {
          name: 'a,b:c%.txt',
          path: 'a,b:c%.txt',
          messages: [warning('50% off\n::error::forged \u001b[2J')],
        },
      ],
      {},
    );
    expect(text).toBe(
      '::warning file=a%2Cb%3Ac%25.txt,line=1,col=1,title=copydesk headline::50%25 off%0A::error::forged ^[[2J\n',
    );
    expect(text.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(1);
  });

  it('maps info to notices and keeps --quiet and --silent', () => {
    const info = { ...warning('a note'), severity: 'info' as const };
    const entries = [{ name: 'a.txt', path: 'a.txt', messages: [info, warning('a doubt')] }];
    expect(formatGithubReport(entries, {})).toMatch(/^::notice file=a\.txt/);
    expect(formatGithubReport(entries, { quiet: true })).not.toMatch(/::notice/);
    expect(formatGithubReport(entries, { silent: true })).toBe('');
  });
});

describe('human report', () => {
  const plain = new Chalk({ level: 0 });
  const long =
    'Unexpected byline, expected a name: the line under the headline reads like a sentence and not like a list of people, so it stays in the body';

  it('wraps a long reason under itself at the terminal width, keeping one row per message', () => {
    const report = formatReport([{ name: 'wires/a.txt', messages: [warning(long, 3)] }], {
      chalk: plain,
      width: 60,
    });
    const lines = report.split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(lines[0]).toMatch(/^wires\/a\.txt:3:1 {2}warning {2}Unexpected byline/);
    // Continuation lines stand under the reason, the rule closes the last one.
    expect(lines[1]).toMatch(/^ {26}\S/);
    expect(report).toMatch(/body {2}headline\n\n⚠ 1 warning\n$/);
  });

  it('pads rule ids into a column only while every row fits', () => {
    const short = formatReport(
      [{ name: 'a.txt', messages: [warning('short'), warning('a little longer')] }],
      { chalk: plain },
    );
    expect(short).toContain('a.txt:1:1  warning  short            headline\n');
    const wide = formatReport([{ name: 'a.txt', messages: [warning('short'), warning(long)] }], {
      chalk: plain,
    });
    expect(wide).toContain('a.txt:1:1  warning  short  headline\n');
    expect(Math.max(...wide.split('\n').map((line) => line.length))).toBeLessThan(192);
  });

  it('wraps the report to the terminal on stderr in a real run', async () => {
    const result = await runCli(['-f', 'json', '-'], {
      input: NO_HEADLINE,
      stderrIsTTY: true,
      columns: 50,
      env: { NO_COLOR: '1', TERM: 'xterm' },
    });
    for (const line of result.stderr.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(50);
    expect(result.stderr).toMatch(/^<stdin>:1:1 {2}warning {2}Missing headline/);
  });
});

describe('did you mean', () => {
  it.each([
    [['-f', 'jsn'], /Unexpected --format value 'jsn': expected one of .* \(did you mean json\?\)/],
    [['--from', 'anap'], /\(did you mean anpa\?\)/],
    [['--report', 'githb'], /\(did you mean github\?\)/],
    [['--color=alwyas'], /\(did you mean always\?\)/],
    [['--formt', 'json'], /Unknown option '--formt' \(did you mean --format\?\)/],
  ])('suggests the closest value for %j', async (args, message) => {
    const result = await runCli([...args, '-'], { input: PIER });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('suggests nothing for a value that is not close to any', async () => {
    const result = await runCli(['-f', 'spreadsheet', '-'], { input: PIER });
    expect(result.stderr).not.toMatch(/did you mean/);
  });

  it('suggests the config key a typo was meant to be', async () => {
    const ws = workspace({
      '.copydeskrc.json': JSON.stringify({ options: { widht: 80 }, agencys: [] }),
      'a.txt': PIER,
    });
    cleanup = ws.cleanup;
    const result = await runCli(['a.txt'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^\.copydeskrc\.json\s+error\s+\S+: expected one of the keys .* \(did you mean (agencies|width)\?\)\s+config$/m,
    );
  });
});

describe('one error style', () => {
  it('prints usage, config, output and input errors as report rows', async () => {
    const ws = workspace({ 'a.txt': PIER, file: 'x' });
    cleanup = ws.cleanup;
    const row = /^\S.*? {2}error {4}\S.*\S {2}[a-z-]+$/m;
    for (const args of [
      ['--bogus'],
      ['--out-dir', 'file', 'a.txt'],
      ['--config', 'none.json', 'a.txt'],
      ['missing.txt'],
      ['-o', 'x.md', '--out-dir', 'y', 'a.txt'],
    ]) {
      const result = await runCli(args, { cwd: ws.dir });
      expect(result.stderr, args.join(' ')).toMatch(row);
      expect(result.stderr, args.join(' ')).not.toMatch(/^(copydesk: |error: )/m);
    }
  });
});
