import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
 * How often a wait for something on the screen, or for a command's end,
 * looks again. The waits are async, so the other panes' tests go on
 * meanwhile, and a look is a line to the control client or a stat, not a
 * process.
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
  /** The pane's terminal device (`/dev/pts/N`), to read its mode with stty. */
  tty: () => Promise<string>;
}

/** How a pane is started: its folder, size and environment. */
export interface PaneOptions {
  cwd: string;
  columns: number;
  rows?: number;
  env?: Record<string, string>;
}

/**
 * Looks every {@link POLL_MS} until `look()` gives something other than
 * undefined, for at most `ms`; resolves to that, or to undefined when the
 * time runs out. Every wait of these tests (a screen, a file, a mode) is one.
 */
export async function poll<T>(
  look: () => T | undefined | Promise<T | undefined>,
  ms: number = PATIENCE_MS,
): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await look();
    if (found !== undefined || Date.now() > deadline) return found;
    await sleep(POLL_MS);
  }
}

const ended = (shown: string) => /__DONE__\d+/.test(shown);

/** A tmux command line word, single-quoted as tmux's parser reads it (`'\''` for a quote). */
const quoted = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/** A command sent to the control client, waiting for its `%end` (or `%error`) block. */
interface Pending {
  resolve: (output: string) => void;
  reject: (error: Error) => void;
  what: string;
}

/**
 * A tmux server of the tests' own (`tmux -L <unique>`, its socket in a
 * temp dir of its own, no user config), so tests never touch the user's
 * sessions. Every pane is a session of its own, so tests may run
 * concurrently. Close it (kills the server, removes the dir) in afterAll.
 *
 * Commands go to the server through one control-mode client (`tmux -C`, a
 * command a line on its stdin, each answered by a `%begin` … `%end` block on
 * its stdout, in order) rather than a `tmux` process each: a test polls the
 * screen every few milliseconds, and each process spawned forks the vitest
 * process, whose worker threads hold the whole suite's memory. A hundred
 * such forks were a tenth of the suite's CPU time.
 */
export class TestTerminal {
  readonly #name = `copydesk-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  readonly #dir = mkdtempSync(join(tmpdir(), 'copydesk-tmux-'));
  readonly #env = { ...process.env, TMUX_TMPDIR: this.#dir, TMUX: '' };
  #sessions = 0;
  #client: ChildProcessWithoutNullStreams | undefined;
  /** Commands sent and not yet answered, oldest first (tmux answers in order). */
  readonly #pending: Pending[] = [];

  /**
   * The control client, started on first use. It is attached to a session
   * that lives as long as this terminal: tmux ends its server when the last
   * session closes, and a new session asked for while that server is still
   * shutting down fails ("server exited unexpectedly").
   */
  #control(): ChildProcessWithoutNullStreams {
    if (this.#client) return this.#client;
    const client = spawn(
      'tmux',
      ['-L', this.#name, '-f', '/dev/null', '-C', 'new-session', '-s', 'keep', 'sh'],
      {
        env: this.#env,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    this.#client = client;
    // The block answering the command on the command line (new-session).
    this.#pending.push({ resolve: () => {}, reject: () => {}, what: 'new-session' });
    let block: string[] | undefined;
    let rest = '';
    let stderr = '';
    client.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    client.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (block === undefined) {
          // Outside a block a line is a notification (%output, %window-add …).
          if (line.startsWith('%begin ')) block = [];
          continue;
        }
        const end = /^%(end|error) \d+ \d+ \d+$/.exec(line);
        if (!end) {
          block.push(line);
          continue;
        }
        const pending = this.#pending.shift();
        const output = block.length > 0 ? `${block.join('\n')}\n` : '';
        block = undefined;
        if (end[1] === 'end') pending?.resolve(output);
        else pending?.reject(new Error(`tmux ${pending.what} failed: ${output}`));
      }
    });
    const fail = (reason: string) => {
      for (const pending of this.#pending.splice(0))
        pending.reject(new Error(`tmux ${pending.what} failed: ${reason}`));
    };
    client.on('error', (error) => fail(error.message));
    client.on('close', () => fail(`the control client ended ${stderr}`));
    return client;
  }

  /** Runs one tmux command through the control client and resolves to what it printed. */
  #tmux(...args: string[]): Promise<string> {
    const client = this.#control();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`tmux ${args[0]} gave no answer in ${PATIENCE_MS} ms`)),
        PATIENCE_MS,
      );
      this.#pending.push({
        what: args[0] ?? '',
        resolve: (output) => {
          clearTimeout(timer);
          resolve(output);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      client.stdin.write(`${args.map(quoted).join(' ')}\n`);
    });
  }

  /** Starts `command` in a fresh pane; the environment is cleaned of colour, CI and pager settings. */
  async start(command: string, options: PaneOptions): Promise<Pane> {
    const session = `s${++this.#sessions}`;
    const log = join(this.#dir, `${session}.log`);
    const doneFile = join(this.#dir, `${session}.done`);
    const env = Object.entries({ TERM: 'xterm-256color', ...options.env })
      .map(([key, value]) => `${key}='${value.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const clean =
      'env -u CI -u NO_COLOR -u FORCE_COLOR -u PAGER -u COPYDESK_PAGER -u LESS -u COLUMNS -u LINES';
    // The session, its log (attached before the command is typed, so the log
    // holds every byte: the control client runs its commands in order), and
    // the command. The pane's shell creates `doneFile` when the command has ended.
    const size = ['-x', String(options.columns), '-y', String(options.rows ?? 80)];
    await Promise.all([
      this.#tmux('new-session', '-d', '-s', session, ...size, '-c', options.cwd, 'sh'),
      this.#tmux('pipe-pane', '-t', session, '-o', `cat >> '${log}'`),
      this.#tmux(
        'send-keys',
        '-t',
        session,
        `clear; ${clean} ${env} ${command}; echo __DONE__$?; : > '${doneFile}'`,
        'Enter',
      ),
    ]);
    const screen = (joined = false) =>
      this.#tmux('capture-pane', '-t', session, '-p', ...(joined ? ['-J'] : []));
    const waitFor = async (ready: (screen: string) => boolean, what: string) => {
      let shown = '';
      const found = await poll(async () => {
        shown = await screen(true);
        return ready(shown) ? shown : undefined;
      });
      if (found === undefined) throw new Error(`Timed out waiting for ${what} in tmux:\n${shown}`);
      return found;
    };
    const keys = async (...names: string[]) => {
      await this.#tmux('send-keys', '-t', session, ...names);
    };
    // One waiter for the end, shared by quit and finish.
    let signalled: Promise<boolean> | undefined;
    const whenSignalled = () => {
      signalled ??= poll(() => existsSync(doneFile) || undefined).then(Boolean);
      return signalled;
    };
    const finish = async () => {
      await whenSignalled();
      // The file can overtake the marker's way to the screen: wait for the marker too.
      const done = await waitFor(ended, 'the command to finish');
      const status = Number(/__DONE__(\d+)/.exec(done)?.[1]);
      const plain = await screen();
      // The log is written by a process of its own (pipe-pane's cat), which can
      // lag behind the screen: read it once it holds the marker's line too.
      const logged = () => {
        try {
          return readFileSync(log, 'utf8');
        } catch {
          return ''; // pipe-pane had nothing to write yet.
        }
      };
      const raw =
        (await poll(() => {
          const text = logged();
          return ended(text) ? text : undefined;
        })) ?? logged();
      await this.#tmux('kill-session', '-t', session);
      return { screen: plain.slice(0, plain.indexOf('__DONE__')), status, raw };
    };
    const quit = async (key: string) => {
      const deadline = Date.now() + PATIENCE_MS;
      let done = false;
      let tries = 0;
      while (!done && Date.now() < deadline) {
        // After the first try the key is followed by Enter: a program in the
        // pipe that ends after the pager started may write back, as it exits,
        // the terminal mode it found (Node does, nodejs/node#35536; copydesk
        // lets go of the terminal first, src/cli/terminal-release.ts), and
        // then the pager reads whole lines. Enter alone only moves a pager a line.
        await keys(...(tries++ === 0 ? [key] : [key, 'Enter']));
        // Two seconds for the key to end the command before it is typed again.
        done = await Promise.race([whenSignalled(), sleep(2_000, false)]);
      }
      return finish();
    };
    const tty = async () =>
      (await this.#tmux('display-message', '-p', '-t', session, '#{pane_tty}')).trim();
    return { screen, waitFor, keys, finish, quit, tty };
  }

  /** Runs `command` to its end in a fresh pane and returns what it showed. */
  async run(command: string, options: PaneOptions): Promise<PaneResult> {
    return (await this.start(command, options)).finish();
  }

  /** Kills the server and removes its directory. */
  close(): void {
    this.#client?.stdin.end();
    spawnSync('tmux', ['-L', this.#name, 'kill-server'], { env: this.#env });
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
