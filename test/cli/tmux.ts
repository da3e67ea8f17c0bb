import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** True when tmux is installed; tests that need a real terminal skip otherwise. */
export const HAS_TMUX: boolean = spawnSync('sh', ['-c', 'command -v tmux']).status === 0;

/** How long a command in a pane may take on a loaded machine before the test gives up. */
const PATIENCE_MS = 60_000;

/** A timeout for tests that drive tmux: generous, since a loaded machine is slow to start node. */
export const TMUX_TEST_TIMEOUT: number = 3 * PATIENCE_MS;

/**
 * How often a wait for something on the screen looks again. The waits are
 * async, so the other panes' tests go on meanwhile; a command's end is not
 * polled for at all (the pane signals it, see `start`).
 */
const POLL_MS = 25;

/** What a finished pane showed. */
export interface PaneResult {
  /** The visible screen up to the end marker. */
  screen: string;
  status: number;
  /** Every byte the pane received, escape sequences included. */
  raw: string;
}

/** A command running in a tmux pane of a given size: stdin, stdout and stderr are a real terminal. */
export interface Pane {
  /** The visible screen now (`joined`: wrapped lines joined). */
  screen: (joined?: boolean) => Promise<string>;
  /** Waits until `ready(screen)` holds; throws with the screen after the patience runs out. */
  waitFor: (ready: (screen: string) => boolean, what: string) => Promise<string>;
  /** Types keys, as tmux send-keys names them (`q`, `Enter`, `C-c`). */
  keys: (...keys: string[]) => Promise<void>;
  /** Waits for the command to end and returns what the pane showed. */
  finish: () => Promise<PaneResult>;
  /**
   * Types `key` (a pager's `q`) until the command ends, then finishes: on a
   * loaded machine a key typed while the pager is still taking the terminal
   * over can be lost, and one lost `q` left a test waiting for ever.
   */
  quit: (key: string) => Promise<PaneResult>;
}

/** How a pane is started: its folder, size and environment. */
export interface PaneOptions {
  cwd: string;
  columns: number;
  rows?: number;
  env?: Record<string, string>;
}

const ended = (shown: string) => /__DONE__\d+/.test(shown);

/**
 * A tmux server of the tests' own (`tmux -L <unique>`, its socket in a
 * temp dir of its own, no user config), so tests never touch the user's
 * sessions. Every pane is a session of its own, so tests may run
 * concurrently. Close it (kills the server, removes the dir) in afterAll.
 */
export class TestTerminal {
  readonly #name = `copydesk-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  readonly #dir = mkdtempSync(join(tmpdir(), 'copydesk-tmux-'));
  readonly #env = { ...process.env, TMUX_TMPDIR: this.#dir, TMUX: '' };
  #sessions = 0;
  #kept: Promise<string> | undefined;

  #tmux(...args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile(
        'tmux',
        ['-L', this.#name, '-f', '/dev/null', ...args],
        { encoding: 'utf8', env: this.#env, timeout: PATIENCE_MS },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`tmux ${args[0]} failed: ${stderr || error.message}`));
          else resolve(stdout);
        },
      );
    });
  }

  /**
   * Resolves once the pane's shell has run `tmux wait-for -S channel`, or
   * after `ms` (false). tmux remembers a signal sent before anyone waits, so
   * the order of the two does not matter.
   */
  #signalled(channel: string, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const waiter = spawn('tmux', ['-L', this.#name, '-f', '/dev/null', 'wait-for', channel], {
        env: this.#env,
        stdio: 'ignore',
      });
      const timer = setTimeout(() => {
        waiter.kill();
        resolve(false);
      }, ms);
      waiter.on('error', () => {
        clearTimeout(timer);
        resolve(false);
      });
      waiter.on('close', (code) => {
        clearTimeout(timer);
        resolve(code === 0);
      });
    });
  }

  /** Starts `command` in a fresh pane; the environment is cleaned of colour, CI and pager settings. */
  async start(command: string, options: PaneOptions): Promise<Pane> {
    // tmux ends its server when the last session closes, and a new session
    // asked for while that server is still shutting down fails ("server
    // exited unexpectedly"). A session that lives as long as this terminal
    // keeps the one server up between the tests' own sessions.
    this.#kept ??= this.#tmux('new-session', '-d', '-s', 'keep', 'sh');
    await this.#kept;
    const session = `s${++this.#sessions}`;
    const channel = `${session}-done`;
    const log = join(this.#dir, `${session}.log`);
    const env = Object.entries({ TERM: 'xterm-256color', ...options.env })
      .map(([key, value]) => `${key}='${value.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const clean =
      'env -u CI -u NO_COLOR -u FORCE_COLOR -u PAGER -u COPYDESK_PAGER -u LESS -u COLUMNS -u LINES';
    // One tmux call: the session, its log (attached before the command is
    // typed, so the log holds every byte), and the command. The pane's shell
    // signals `channel` when the command has ended (its TMUX names this server).
    await this.#tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      String(options.columns),
      '-y',
      String(options.rows ?? 80),
      '-c',
      options.cwd,
      'sh',
      ';',
      'pipe-pane',
      '-t',
      session,
      '-o',
      `cat >> '${log}'`,
      ';',
      'send-keys',
      '-t',
      session,
      `clear; ${clean} ${env} ${command}; echo __DONE__$?; tmux wait-for -S ${channel}`,
      'Enter',
    );
    const screen = (joined = false) =>
      this.#tmux('capture-pane', '-t', session, '-p', ...(joined ? ['-J'] : []));
    const waitFor = async (ready: (screen: string) => boolean, what: string) => {
      const deadline = Date.now() + PATIENCE_MS;
      let shown = await screen(true);
      while (!ready(shown)) {
        if (Date.now() > deadline)
          throw new Error(`Timed out waiting for ${what} in tmux:\n${shown}`);
        await sleep(POLL_MS);
        shown = await screen(true);
      }
      return shown;
    };
    const keys = async (...names: string[]) => {
      await this.#tmux('send-keys', '-t', session, ...names);
    };
    // One waiter for the channel, shared by quit and finish.
    let signalled: Promise<boolean> | undefined;
    const whenSignalled = () => {
      signalled ??= this.#signalled(channel, PATIENCE_MS);
      return signalled;
    };
    const finish = async () => {
      await whenSignalled();
      // The signal can overtake the marker's way to the screen: wait for the marker too.
      const done = await waitFor(ended, 'the command to finish');
      const status = Number(/__DONE__(\d+)/.exec(done)?.[1]);
      const plain = await screen();
      let raw = '';
      try {
        raw = readFileSync(log, 'utf8');
      } catch {
        // pipe-pane had nothing to write.
      }
      await this.#tmux('kill-session', '-t', session);
      return { screen: plain.slice(0, plain.indexOf('__DONE__')), status, raw };
    };
    const quit = async (key: string) => {
      const deadline = Date.now() + PATIENCE_MS;
      let done = false;
      let tries = 0;
      while (!done && Date.now() < deadline) {
        // After the first try the key is followed by Enter. In a pipe
        // (`node … | less`) node restores at exit the terminal mode it found
        // at start (nodejs/node#35536): when that exit comes after less set
        // raw mode, as it can on a loaded machine, less reads whole lines and
        // the key waits for Enter. Enter alone only moves a pager a line.
        await keys(...(tries++ === 0 ? [key] : [key, 'Enter']));
        // Two seconds for the key to end the command before it is typed again.
        done = await Promise.race([whenSignalled(), sleep(2_000, false)]);
      }
      return finish();
    };
    return { screen, waitFor, keys, finish, quit };
  }

  /** Runs `command` to its end in a fresh pane and returns what it showed. */
  async run(command: string, options: PaneOptions): Promise<PaneResult> {
    return (await this.start(command, options)).finish();
  }

  /** Kills the server and removes its directory. */
  close(): void {
    spawnSync('tmux', ['-L', this.#name, 'kill-server'], { env: this.#env });
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
