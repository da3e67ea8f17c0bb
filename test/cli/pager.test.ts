import { describe, expect, it } from 'vitest';
import { PagedOutput, type PagerProcess, pagerCommand, pagerEnv } from '../../src/cli/pager.js';
import { runCli } from './run-cli.js';
import { PIER } from './stories.js';

/** A pager that records what it is sent, and can quit after so many writes. */
function fakePager(quitAfter = Number.POSITIVE_INFINITY) {
  const received: string[] = [];
  const started: { command: string; env: Record<string, string | undefined> }[] = [];
  let ended = false;
  const pager: PagerProcess = {
    write: (text) => {
      received.push(text);
    },
    closed: () => received.length >= quitAfter,
    end: async () => {
      ended = true;
    },
  };
  return {
    received,
    started,
    ended: () => ended,
    start: async (command: string, env: Record<string, string | undefined>) => {
      started.push({ command, env });
      return pager;
    },
  };
}

const LONG = `${PIER}\n${Array.from({ length: 40 }, (_, index) => `Paragraph ${index + 1} of the report.`).join('\n\n')}\n`;

describe('pagerCommand', () => {
  it('takes COPYDESK_PAGER, then PAGER, then less -FRX; empty or cat means none', () => {
    expect(pagerCommand({})).toBe('less -FRX');
    expect(pagerCommand({ PAGER: 'more' })).toBe('more');
    expect(pagerCommand({ PAGER: 'more', COPYDESK_PAGER: 'most' })).toBe('most');
    expect(pagerCommand({ PAGER: 'more', COPYDESK_PAGER: '' })).toBeNull();
    expect(pagerCommand({ PAGER: '' })).toBeNull();
    expect(pagerCommand({ PAGER: 'cat' })).toBeNull();
  });

  it("gives less and lv git's defaults unless the user set them", () => {
    expect(pagerEnv({ HOME: '/h' })).toMatchObject({ HOME: '/h', LESS: 'FRX', LV: '-c' });
    expect(pagerEnv({ LESS: 'S' }).LESS).toBe('S');
  });
});

describe('PagedOutput', () => {
  it('writes output that fits the screen straight out, in order, when the run finishes', async () => {
    const out: string[] = [];
    const pager = fakePager();
    const paged = new PagedOutput({
      rows: 10,
      start: pager.start.bind(null, 'less', {}),
      stdout: (text) => {
        out.push(`out:${text}`);
      },
      stderr: (text) => {
        out.push(`err:${text}`);
      },
      stderrToPager: true,
    });
    await paged.out('a\nb\n');
    paged.err('warning\n');
    expect(out).toEqual([]);
    await paged.finish();
    expect(out).toEqual(['out:a\nb\n', 'err:warning\n']);
    expect(pager.started).toHaveLength(0);
  });

  it('starts the pager once the output is as tall as the screen and sends it everything', async () => {
    const pager = fakePager();
    const paged = new PagedOutput({
      rows: 3,
      start: () => pager.start('less', {}),
      stdout: () => {
        throw new Error('nothing goes to stdout');
      },
      stderr: () => {},
      stderrToPager: true,
    });
    await paged.out('1\n2\n');
    expect(pager.started).toHaveLength(0);
    await paged.out('3\n');
    paged.err('a message\n');
    await paged.out('4\n');
    await paged.finish();
    expect(pager.received.join('')).toBe('1\n2\n3\na message\n4\n');
    expect(pager.ended()).toBe(true);
  });

  it('keeps messages on stderr when stderr is not the terminal', async () => {
    const errors: string[] = [];
    const pager = fakePager();
    const paged = new PagedOutput({
      rows: 1,
      start: () => pager.start('less', {}),
      stdout: () => {},
      stderr: (text) => {
        errors.push(text);
      },
      stderrToPager: false,
    });
    await paged.out('story\n');
    paged.err('a message\n');
    await paged.finish();
    expect(pager.received).toEqual(['story\n']);
    expect(errors).toEqual(['a message\n']);
  });

  it('falls back to stdout, in order, when the pager cannot start', async () => {
    const out: string[] = [];
    let failed = false;
    const paged = new PagedOutput({
      rows: 1,
      start: async () => null,
      stdout: (text) => {
        out.push(text);
      },
      stderr: () => {},
      stderrToPager: false,
      onStartFailure: () => {
        failed = true;
      },
    });
    await paged.out('1\n');
    await paged.out('2\n');
    await paged.finish();
    expect(out).toEqual(['1\n', '2\n']);
    expect(failed).toBe(true);
  });
});

describe('run() at a terminal with a pager', () => {
  const terminal = { stdoutIsTTY: true, stderrIsTTY: true, columns: 80, env: { NO_COLOR: '1' } };

  it('pages a view taller than the screen, messages included, and waits for the pager', async () => {
    const pager = fakePager();
    const result = await runCli(['-'], {
      ...terminal,
      input: LONG.replace('The work will start', 'The work\u0007 will start'),
      rows: 24,
      startPager: pager.start,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
    expect(pager.started[0]?.command).toBe('less -FRX');
    expect(pager.started[0]?.env).toMatchObject({ LESS: 'FRX', NO_COLOR: '1' });
    const paged = pager.received.join('');
    expect(paged).toContain('Paragraph 40 of the report.');
    expect(paged).toMatch(/^<stdin>:\d+:\d+ {2}warning {2}Unexpected control character/m);
    expect(pager.ended()).toBe(true);
  });

  it('stops quietly with exit 0 when the reader quits the pager early', async () => {
    const pager = fakePager(1);
    const result = await runCli(['-', '-'], {
      ...terminal,
      input: LONG,
      rows: 10,
      startPager: pager.start,
    });
    expect(result.code).toBe(0);
    expect(pager.received.length).toBeLessThanOrEqual(2);
    expect(result.stderr).toBe('');
  });

  it.each([
    ['--no-pager', ['--no-pager'], {}],
    ['an empty PAGER', [], { PAGER: '' }],
    ['a machine format', ['-f', 'ndjson'], {}],
  ])('does not page with %s', async (_, args, env) => {
    const pager = fakePager();
    const result = await runCli([...args, '-'], {
      ...terminal,
      env: { ...terminal.env, ...env },
      input: LONG,
      rows: 10,
      startPager: pager.start,
    });
    expect(pager.started).toHaveLength(0);
    expect(result.stdout).toContain('Paragraph 40');
  });

  it('never pages when stdout is not a terminal', async () => {
    const pager = fakePager();
    await runCli(['-f', 'terminal', '-'], { input: LONG, rows: 10, startPager: pager.start });
    expect(pager.started).toHaveLength(0);
  });
});

describe('run() when the pager cannot start', () => {
  it('shows the view without it and says so in one warning row', async () => {
    const result = await runCli(['-'], {
      stdoutIsTTY: true,
      columns: 80,
      rows: 10,
      env: { NO_COLOR: '1', PAGER: 'no-such-pager' },
      input: LONG,
      startPager: async () => null,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Paragraph 40 of the report.');
    expect(result.stderr).toMatch(
      /^copydesk {2}warning {2}Cannot run the pager `no-such-pager`: the view is shown without it/m,
    );
  });
});
