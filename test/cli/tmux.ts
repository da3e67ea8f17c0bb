import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when tmux is installed; tests that need a real terminal skip otherwise. */
export const HAS_TMUX: boolean = spawnSync('sh', ['-c', 'command -v tmux']).status === 0;

/** How long a command in a pane may take on a loaded machine before the test gives up. */
const PATIENCE_MS = 60_000;

/** A timeout for tests that drive tmux: generous, since a loaded machine is slow to start node. */
export const TMUX_TEST_TIMEOUT: number = 3 * PATIENCE_MS;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

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
  screen: (joined?: boolean) => string;
  /** Waits until `ready(screen)` holds; throws with the screen after the patience runs out. */
  waitFor: (ready: (screen: string) => boolean, what: string) => string;
  /** Types keys, as tmux send-keys names them (`q`, `Enter`, `C-c`). */
  keys: (...keys: string[]) => void;
  /** Waits for the command to end and returns what the pane showed. */
  finish: () => PaneResult;
  /**
   * Types `key` (a pager's `q`) until the command ends, then finishes: on a
   * loaded machine a key typed while the pager is still taking the terminal
   * over can be lost, and one lost `q` left a test waiting for ever.
   */
  quit: (key: string) => PaneResult;
}

/**
 * A tmux server of the tests' own (`tmux -L <unique>`, its socket in a
 * temp dir of its own, no user config), so tests never touch the user's
 * sessions. Close it (kills the server, removes the dir) in afterAll.
 */
export class TestTerminal {
  readonly #name = `copydesk-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  readonly #dir = mkdtempSync(join(tmpdir(), 'copydesk-tmux-'));
  #sessions = 0;
  #kept = false;

  #tmux(...args: string[]): string {
    const result = spawnSync('tmux', ['-L', this.#name, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
      env: { ...process.env, TMUX_TMPDIR: this.#dir, TMUX: '' },
      timeout: PATIENCE_MS,
    });
    if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
    return result.stdout;
  }

  /** Starts `command` in a fresh pane; the environment is cleaned of colour, CI and pager settings. */
  start(
    command: string,
    options: { cwd: string; columns: number; rows?: number; env?: Record<string, string> },
  ): Pane {
    // tmux ends its server when the last session closes, and a new session
    // asked for while that server is still shutting down fails ("server
    // exited unexpectedly"). A session that lives as long as this terminal
    // keeps the one server up between the tests' own sessions.
    if (!this.#kept) {
      this.#tmux('new-session', '-d', '-s', 'keep', 'sh');
      this.#kept = true;
    }
    const session = `s${++this.#sessions}`;
    const log = join(this.#dir, `${session}.log`);
    const env = Object.entries({ TERM: 'xterm-256color', ...options.env })
      .map(([key, value]) => `${key}='${value.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    this.#tmux(
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
    );
    this.#tmux('pipe-pane', '-t', session, '-o', `cat >> '${log}'`);
    const clean =
      'env -u CI -u NO_COLOR -u FORCE_COLOR -u PAGER -u COPYDESK_PAGER -u LESS -u COLUMNS -u LINES';
    this.#tmux(
      'send-keys',
      '-t',
      session,
      `clear; ${clean} ${env} ${command}; echo __DONE__$?`,
      'Enter',
    );
    const screen = (joined = false) =>
      this.#tmux('capture-pane', '-t', session, '-p', ...(joined ? ['-J'] : []));
    const waitFor = (ready: (screen: string) => boolean, what: string) => {
      const deadline = Date.now() + PATIENCE_MS;
      let shown = screen(true);
      while (!ready(shown)) {
        if (Date.now() > deadline)
          throw new Error(`Timed out waiting for ${what} in tmux:\n${shown}`);
        pause(100);
        shown = screen(true);
      }
      return shown;
    };
    const ended = (shown: string) => /__DONE__\d+/.test(shown);
    return {
      screen,
      waitFor,
      quit(key: string) {
        const deadline = Date.now() + PATIENCE_MS;
        do {
          this.keys(key);
          for (let tries = 0; tries < 20 && !ended(screen(true)); tries++) pause(100);
        } while (!ended(screen(true)) && Date.now() < deadline);
        return this.finish();
      },
      keys: (...keys) => {
        this.#tmux('send-keys', '-t', session, ...keys);
      },
      finish: () => {
        const done = waitFor((shown) => /__DONE__\d+/.test(shown), 'the command to finish');
        const status = Number(/__DONE__(\d+)/.exec(done)?.[1]);
        const plain = screen();
        let raw = '';
        try {
          raw = readFileSync(log, 'utf8');
        } catch {
          // pipe-pane had nothing to write.
        }
        this.#tmux('kill-session', '-t', session);
        return { screen: plain.slice(0, plain.indexOf('__DONE__')), status, raw };
      },
    };
  }

  /** Runs `command` to its end in a fresh pane and returns what it showed. */
  run(
    command: string,
    options: { cwd: string; columns: number; rows?: number; env?: Record<string, string> },
  ): PaneResult {
    return this.start(command, options).finish();
  }

  /** Kills the server and removes its directory. */
  close(): void {
    spawnSync('tmux', ['-L', this.#name, 'kill-server'], {
      env: { ...process.env, TMUX_TMPDIR: this.#dir, TMUX: '' },
    });
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
