import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { outputName, preservedOutputName } from '../../src/cli/out-dir.js';
import { ProgressBar, progressLine } from '../../src/cli/progress.js';
import { formatReport } from '../../src/cli/report.js';

const plain = new Chalk({ level: 0 });

describe('outputName', () => {
  it.each([
    ['wires/a.txt', 0, 1, 'markdown', 'a.md'],
    ['wires/a.txt', 1, 3, 'json', 'a-2.json'],
    ['a.b.txt', 0, 1, 'ndjson', 'a.b.ndjson'],
    ['x/.hidden', 0, 1, 'markdown', 'hidden.md'],
    ['..', 0, 1, 'markdown', 'story.md'],
    ['tab\there.txt', 0, 1, 'terminal', 'tab_here.txt'],
    [null, 0, 1, 'markdown', 'stdin.md'],
  ] as const)('names %s story %i of %i as %s → %s', (path, index, count, format, name) => {
    expect(outputName(path, { index, count }, format)).toBe(name);
  });

  it.each([
    ['2024/03/a.txt', '2024/03/a.md'],
    ['../x/a.txt', '_/x/a.md'],
    ['.git/a.txt', 'git/a.md'],
  ])('keeps folders safely with --preserve-paths: %s → %s', (relative, name) => {
    expect(preservedOutputName(relative, { index: 0, count: 1 }, 'markdown')).toBe(name);
  });

  it('names explain tables .explain.txt', () => {
    expect(outputName('a.txt', { index: 0, count: 1 }, 'explain')).toBe('a.explain.txt');
  });
});

describe('progressLine', () => {
  it('shows a bar, done/total, rate and time left', () => {
    expect(progressLine(5, 10, 2000, 60)).toBe(
      `[${'█'.repeat(18)}${'░'.repeat(17)}] 5/10  2.5/s  ETA 0:02`,
    );
  });

  it('shows no ETA before anything is done', () => {
    expect(progressLine(0, 10, 0, 60)).toMatch(/0\/10 {2}0\.0\/s {2}ETA –:––$/);
  });

  it('redraws at most every 80 ms but always draws the last update, and clears', () => {
    let now = 0;
    const out: string[] = [];
    const bar = new ProgressBar({
      write: (text) => out.push(text),
      now: () => now,
      total: 3,
      width: 60,
    });
    bar.update(1);
    now = 10;
    bar.update(2);
    bar.update(3);
    bar.clear();
    expect(out).toHaveLength(3);
    expect(out[1]).toContain('3/3');
    expect(out[2]).toBe('\r\u001b[2K');
  });
});

describe('formatReport', () => {
  const entry = (name: string, severity: 'error' | 'warning' | 'info', line: number | null) => ({
    name,
    messages: [
      {
        line,
        column: line === null ? null : 1,
        endLine: null,
        endColumn: null,
        severity,
        ruleId: 'rule',
        reason: `a ${severity}`,
      },
    ],
  });

  it('aligns columns and summarises by severity', () => {
    const report = formatReport(
      [entry('a.txt', 'warning', 3), entry('long/b.txt', 'error', null)],
      { chalk: plain },
    );
    expect(report).toBe(
      'a.txt:3:1   warning  a warning  rule\nlong/b.txt  error    a error    rule\n\n✖ 1 error, ⚠ 1 warning\n',
    );
  });

  it('hides info with quiet and everything but errors with silent', () => {
    const entries = [entry('a', 'info', 1), entry('b', 'warning', 1), entry('c', 'error', 1)];
    expect(formatReport(entries, { chalk: plain, quiet: true })).not.toContain('info');
    const silent = formatReport(entries, { chalk: plain, silent: true });
    expect(silent).not.toContain('warning');
    expect(silent).toContain('c:1:1  error');
  });

  it('prints file names and reasons without control sequences', () => {
    const [message] = entry('x', 'warning', 1).messages;
    if (!message) throw new Error('Missing message');
    const report = formatReport(
      [
        {
          name: 'a\u001b[2J.txt',
          messages: [{ ...message, reason: 'bad \u001b]0;title\u0007 byline' }],
        },
      ],
      { chalk: plain },
    );
    expect(report).not.toContain('\u001b');
    expect(report).toContain('a.txt:1:1  warning  bad  byline');
  });

  it('returns nothing when there is nothing to say', () => {
    expect(formatReport([{ name: 'a', messages: [] }], { chalk: plain })).toBe('');
  });
});
