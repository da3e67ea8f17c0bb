import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, it, type TestContext } from 'vitest';
import { assertFreshBuild } from '../setup/fresh-build.js';
import { BIN, workspace } from './run-cli.js';
import { ORCHARD, PIER } from './stories.js';
import { HAS_TMUX, poll, TestTerminal, TMUX_TEST_TIMEOUT } from './tmux.js';

const node = `"${process.execPath}" "${BIN}"`;

/** True when the terminal `tty` edits lines (canonical mode), as a shell leaves it and less does not. */
const lineEditing = (tty: string): boolean =>
  !/(^|\s)-icanon\b/.test(
    execFileSync('sh', ['-c', 'stty -a < "$1"', 'sh', tty], { encoding: 'utf8' }),
  );

/**
 * Resolves once the terminal `tty` has left line editing (less set raw mode).
 * One shell polls stty, rather than a process spawned from here for each look:
 * each spawn forks the vitest process, which holds every worker's memory.
 */
function rawMode(tty: string): Promise<void> {
  const script =
    'n=0; while stty -a < "$1" | grep -q "[[:space:]]icanon"; do n=$((n+1)); [ $n -gt 1200 ] && exit 1; sleep 0.05; done';
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script, 'sh', tty], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error('Timed out waiting for less to set raw mode')),
    );
  });
}

let terminal: TestTerminal;
beforeAll(() => {
  if (!HAS_TMUX) return;
  assertFreshBuild();
  terminal = new TestTerminal();
});
afterAll(() => terminal?.close());
const inTerminal: TestTerminal['run'] = (command, options) => terminal.run(command, options);

/** A workspace removed when the test ends (tests here run concurrently, each with its own). */
function workspaceFor(context: TestContext, files: Record<string, string>) {
  const ws = workspace(files);
  context.onTestFinished(ws.cleanup);
  return ws;
}

/** The pier story with sixty more paragraphs: taller than any test screen. */
const LONG = `${PIER}\n${Array.from(
  { length: 60 },
  (_, index) =>
    `Paragraph ${index + 1} of the council's long report on the pier, read out in full.`,
).join('\n\n')}\n`;

// Concurrent: each test drives a pane of its own, and most of a test's time
// is spent waiting on node and the screen, not on the CPU.
describe
  .skipIf(!HAS_TMUX)
  .concurrent('copydesk in a real terminal (tmux)', { timeout: TMUX_TEST_TIMEOUT }, () => {
    it.for([80, 120])('lays out a story for reading at %i columns', async (columns, context) => {
      const { expect } = context;
      const ws = workspaceFor(context, { 'pier.txt': PIER });
      const { screen, status } = await inTerminal(`${node} pier.txt`, { cwd: ws.dir, columns });
      expect(status).toBe(0);
      const lines = screen.split('\n');
      const top = lines.findIndex((line) => line.startsWith('Harbour Council'));
      expect(lines[top]).toBe('Harbour Council Votes to Rebuild Old Pier');
      expect(lines[top + 1]).toMatch(/^━{41}$/);
      expect(screen).toContain('By Maria Lindqvist, Reuters');
      expect(screen).toMatch(/^OSLO, March 3 \(Reuters\) - The harbour council/m);
      expect(screen).toMatch(/words · 1 min read\n1 removed: advertisement/);
      // Prose keeps a readable measure: never past 100 columns, never past the pane.
      for (const line of lines)
        expect(stringWidth(line)).toBeLessThanOrEqual(Math.min(columns, 100));
      expect(lines.some((line) => stringWidth(line) > 70)).toBe(true);
    });

    it('prints short help and exits 2 when run with no input at a terminal', async (context) => {
      const { expect } = context;
      const ws = workspaceFor(context, {});
      const { screen, status } = await inTerminal(node, { cwd: ws.dir, columns: 80 });
      expect(status).toBe(2);
      expect(screen).toMatch(/^copydesk +error +No input: give files \(copydesk story\.txt\)/m);
    });

    it('draws a progress bar on a terminal stderr for a large batch, and clears it', async (context) => {
      const { expect } = context;
      const files: Record<string, string> = {};
      for (let index = 0; index < 12; index++) files[`w/${index}.txt`] = index % 2 ? PIER : ORCHARD;
      const ws = workspaceFor(context, files);
      const { screen, status, raw } = await inTerminal(`${node} --out-dir out w`, {
        cwd: ws.dir,
        columns: 80,
      });
      expect(status).toBe(0);
      expect(raw).toMatch(/\r\u001b\[2K\[█+\] 12\/12 {2}[\d.]+\/s {2}ETA 0:00/);
      expect(screen).not.toContain('12/12');
      expect(screen).toContain('copydesk: wrote 12 files to out');
    });

    it('draws no progress bar for NDJSON, whose consumers are scripts', async (context) => {
      const { expect } = context;
      const files: Record<string, string> = {};
      for (let index = 0; index < 12; index++) files[`w/${index}.txt`] = ORCHARD;
      const ws = workspaceFor(context, files);
      const { status, raw } = await inTerminal(`${node} -f ndjson w > out.ndjson`, {
        cwd: ws.dir,
        columns: 80,
      });
      expect(status).toBe(0);
      expect(raw).not.toContain('12/12');
    });

    it('colours the view on a terminal and not when NO_COLOR is set', async (context) => {
      const { expect } = context;
      const ws = workspaceFor(context, { 'pier.txt': PIER });
      const coloured = await inTerminal(`${node} pier.txt`, { cwd: ws.dir, columns: 80 });
      expect(coloured.raw).toMatch(/\u001b\[1mHarbour Council/);
      const plain = await inTerminal(`${node} pier.txt`, {
        cwd: ws.dir,
        columns: 80,
        env: { NO_COLOR: '1' },
      });
      expect(plain.raw).not.toMatch(/\u001b\[1mHarbour Council/);
      expect(plain.screen).toContain('Harbour Council Votes to Rebuild Old Pier');
    });

    it('pages a view taller than the screen through less -FRX, in colour, and quits quietly', async (context) => {
      const { expect } = context;
      const ws = workspaceFor(context, { 'long.txt': LONG });
      const pane = await terminal.start(`${node} long.txt`, { cwd: ws.dir, columns: 80, rows: 20 });
      const screen = await pane.waitFor(
        (shown) => shown.includes('Harbour Council Votes') && /^:\s*$/m.test(shown),
        'the pager prompt',
      );
      // The first screenful, headline on top, the rest waiting in less.
      expect(screen).not.toContain('Paragraph 60');
      expect(screen).not.toContain('__DONE__');
      const { status, raw, screen: after } = await pane.quit('q');
      expect(status).toBe(0);
      expect(raw).toMatch(/\u001b\[1mHarbour Council/);
      expect(after).not.toMatch(/EPIPE|Error|at /);
    });

    it('writes a view that fits the screen straight out, without a pager', async (context) => {
      const { expect } = context;
      const ws = workspaceFor(context, { 'pier.txt': PIER });
      // A pager that marks every line shows whether the view went through it.
      const env = { COPYDESK_PAGER: 'sed s/^/PAGED:/' };
      const roomy = await inTerminal(`${node} pier.txt`, {
        cwd: ws.dir,
        columns: 80,
        rows: 40,
        env,
      });
      expect(roomy.status).toBe(0);
      expect(roomy.screen).toMatch(/^Harbour Council Votes to Rebuild Old Pier$/m);
      expect(roomy.screen).not.toContain('PAGED:');
      const cramped = await inTerminal(`${node} pier.txt`, {
        cwd: ws.dir,
        columns: 80,
        rows: 8,
        env,
      });
      expect(cramped.screen).toMatch(/^PAGED:\d+ words · 1 min read$/m);
    });

    it.for([
      ['--no-pager', { args: '--no-pager', env: {} }],
      ['an empty COPYDESK_PAGER', { args: '', env: { COPYDESK_PAGER: '' } }],
      ['PAGER=cat', { args: '', env: { PAGER: 'cat' } }],
    ] as const)('prints a long view straight out with %s', async ([, { args, env }], context) => {
      const { expect } = context;
      const ws = workspaceFor(context, { 'long.txt': LONG });
      const { status, screen } = await inTerminal(`${node} ${args} long.txt`, {
        cwd: ws.dir,
        columns: 80,
        rows: 20,
        env,
      });
      expect(status).toBe(0);
      expect(screen).toContain('Paragraph 60 of the council');
    });

    it('runs $COPYDESK_PAGER before $PAGER, through the shell, with the view in colour', async (context) => {
      const { expect } = context;
      const ws = workspaceFor(context, { 'long.txt': LONG });
      const { status, screen, raw } = await inTerminal(`${node} long.txt`, {
        cwd: ws.dir,
        columns: 80,
        rows: 20,
        env: { COPYDESK_PAGER: 'sed -n "/Paragraph 60/s/^/PAGED /p"', PAGER: 'false' },
      });
      expect(status).toBe(0);
      expect(screen).toMatch(/^PAGED Paragraph 60 of the council/m);
      expect(raw).not.toContain('Harbour Council');
    });

    it('takes the pipe to less -R as the README shows: the view, coloured and wrapped', async (context) => {
      const { expect } = context;
      const ws = workspaceFor(context, { 'long.txt': LONG });
      const pane = await terminal.start(`${node} --color long.txt | less -R`, {
        cwd: ws.dir,
        columns: 60,
        rows: 20,
      });
      const screen = await pane.waitFor((shown) => /^:\s*$/m.test(shown), 'less');
      const { status, raw } = await pane.quit('q');
      expect(status).toBe(0);
      expect(screen).toMatch(/^Harbour Council Votes to Rebuild Old Pier$/m);
      expect(screen).toMatch(/^━+$/m);
      expect(raw).toMatch(/\u001b\[1mHarbour Council/);
      for (const line of screen.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    });

    it('leaves the terminal in the mode less gave it when it ends after less started (q quits at once)', async (context) => {
      const { expect } = context;
      const ws = workspaceFor(context, {});
      const fifo = join(ws.dir, 'in.txt');
      execFileSync('mkfifo', [fifo]);
      // copydesk starts first and waits on the FIFO; less starts a second later and
      // puts the terminal in raw mode; then copydesk gets its story and exits.
      const pane = await terminal.start(
        `sh -c '{ ${node} --color in.txt; : > copydesk.done; } | (sleep 1; less -R)'`,
        { cwd: ws.dir, columns: 60, rows: 20 },
      );
      const tty = await pane.tty();
      await rawMode(tty);
      await writeFile(fifo, LONG);
      const exited = await poll(() => existsSync(join(ws.dir, 'copydesk.done')) || undefined);
      expect(exited, 'copydesk to exit').toBe(true);
      // Node used to write back, as it exited, the mode it found at start: line
      // editing, in which less reads whole lines and q waits for Enter.
      expect(lineEditing(tty)).toBe(false);
      await pane.waitFor((shown) => /^:\s*$/m.test(shown), 'less');
      const { status, screen } = await pane.quit('q');
      expect(status).toBe(0);
      expect(screen).not.toContain('Harbour Council');
    });
  });
