import { availableParallelism } from 'node:os';
import { CommanderError } from 'commander';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { readStreamBounded } from './bounded-read.js';
import { colorLevel } from './color.js';
import { EXIT } from './exit.js';
import { nodeFs, removePendingTemps } from './fs.js';
import { describeFsError } from './fs-errors.js';
import { type CliOptions, createProgram, type ParsedCommand, parseArgs } from './program.js';
import { VERSION } from './version.js';

/** Reads standard input as bytes, stopping past `maxSize` bytes (0: no limit). */
function readStdin(maxSize = 0): Promise<Uint8Array> {
  return readStreamBounded(process.stdin, maxSize);
}

/** Exit status for a fatal signal, as shells report it: 128 + its number. */
const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: EXIT.interrupted, SIGTERM: 143 };

/** Set once main() has decided the exit code; see the 'exit' guard below. */
let finished = false;

/**
 * Writes to stderr unless it failed: a reader of diagnostics that goes away
 * (`2>&1 | head -1`) must not stop the batch, so its EPIPE is swallowed and
 * later messages are dropped.
 */
let stderrClosed = false;
process.stderr.on('error', () => {
  stderrClosed = true;
});
function writeErr(text: string): void {
  if (stderrClosed) return;
  try {
    process.stderr.write(text);
  } catch {
    stderrClosed = true;
  }
}

const SHORT_HELP = `copydesk: no input. Give files, or pipe wire copy in:
  copydesk story.txt
  cat story.txt | copydesk
(run copydesk --help for usage)
`;

/**
 * `--follow`: the live feed, stopped by SIGINT or SIGTERM once the story in
 * hand is written (exit 0); a second signal stops it at once.
 */
async function followFeed(
  options: CliOptions,
  stdout: (text: string) => Promise<void> | void,
  stderr: (text: string) => void,
  stdoutClosed: () => boolean,
): Promise<number> {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) {
      removePendingTemps();
      process.exit(EXIT.interrupted);
    }
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const { runFollow } = await import('./follow/run-follow.js');
  try {
    return await runFollow(options, {
      fs: nodeFs,
      stdin: process.stdin,
      stdout,
      stderr,
      stdoutClosed,
      env: process.env,
      cwd: process.cwd(),
      signal: controller.signal,
      clock: () => Date.now(),
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/**
 * The process shell: argv in, exit code out. It sets `process.exitCode` and
 * lets stdout drain instead of calling `process.exit()`, which can cut piped
 * output short.
 */
async function main(): Promise<void> {
  let stdoutClosed = false;
  let stdoutFailed = false;
  // A reader that goes away (`| head`) is not an error: stop writing, quietly.
  // Any other failure (a full disk: `> /dev/full`) is one line and exit 1.
  const stdoutError = (error: NodeJS.ErrnoException) => {
    if (stdoutClosed) return;
    stdoutClosed = true;
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    stdoutFailed = true;
    writeErr(`copydesk: cannot write to standard output: ${describeFsError(error)}\n`);
  };
  process.stdout.on('error', stdoutError);
  const writeOut = (text: string): Promise<void> | void => {
    if (stdoutClosed) return;
    let flushed: boolean;
    try {
      flushed = process.stdout.write(text);
    } catch (error) {
      // A file on stdout is written synchronously: its errors are thrown here.
      stdoutError(error as NodeJS.ErrnoException);
      return;
    }
    if (flushed) return;
    return new Promise((resolve) => {
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('error', done);
        resolve();
      };
      process.stdout.once('drain', done);
      process.stdout.once('error', done);
    });
  };
  const env = process.env;
  const commanderColor = (isTTY: boolean) => colorLevel({ flag: undefined, env, isTTY }) > 0;
  const output = {
    writeOut: (text: string) => void writeOut(text),
    writeErr,
    version: VERSION,
    helpWidth: process.stdout.isTTY ? undefined : 80,
    outHasColors: commanderColor(process.stdout.isTTY === true),
    errHasColors: commanderColor(process.stderr.isTTY === true),
  };

  let parsed: ParsedCommand;
  try {
    parsed = parseArgs(process.argv.slice(2), output);
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
        error.code,
      );
      // commander exits 1 on usage errors; copydesk's contract says 2.
      process.exitCode = done ? EXIT.ok : EXIT.usage;
      return;
    }
    throw error;
  }
  if (parsed.kind === 'completion') {
    // Lazily loaded: only this command needs it.
    const { completionScript } = await import('./completion.js');
    await writeOut(completionScript(createProgram(output), parsed.shell));
    process.exitCode = EXIT.ok;
    return;
  }
  const options = parsed.options;
  if (options.follow) {
    process.exitCode = await followFeed(options, writeOut, writeErr, () => stdoutClosed);
    return;
  }
  // Ctrl-C, kill, a closed terminal: leave no half-written temp files, then
  // die of the same signal (its default action, now that this one-shot
  // handler is gone), so the shell sees 128 + its number. Writes are
  // synchronous, so the handler runs between them, never inside one. Not
  // process.exit(): it waits for a thread blocked opening a FIFO, for ever.
  for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) {
    process.once(signal, () => {
      removePendingTemps();
      finished = true;
      process.exitCode = SIGNAL_EXIT[signal];
      process.kill(process.pid, signal);
    });
  }
  if (options.files.length === 0 && process.stdin.isTTY) {
    writeErr(SHORT_HELP);
    process.exitCode = EXIT.usage;
    return;
  }
  const workerUrl = new URL('./copydesk-worker.js', import.meta.url);
  // Loaded only now: --help, --version and usage errors never pay for the pipeline.
  const { run } = await import('./run.js');
  // The fault-injection hook for `npm run faults` loads only when asked for.
  const fs = process.env.COPYDESK_FAULT
    ? (await import('./fault-injection.js')).withFaults(nodeFs, process.env.COPYDESK_FAULT)
    : nodeFs;
  const code = await run(options, {
    fs,
    readStdin,
    stdout: writeOut,
    stderr: writeErr,
    stdoutClosed: () => stdoutClosed,
    env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutColumns: process.stdout.columns,
    stderrColumns: process.stderr.columns,
    cpuCount: availableParallelism(),
    now: () => performance.now(),
    startPool: async (size) => {
      // Lazily loaded: a single story never pays for worker threads.
      const { createPool } = await import('./pool.js');
      return createPool(size, workerUrl);
    },
  });
  process.exitCode = stdoutFailed ? Math.max(code, EXIT.failed) : code;
}

main()
  .catch((error: unknown) => {
    const debug = process.env.DEBUG !== undefined && process.env.DEBUG !== '';
    // The message may quote a file name: no escape sequence reaches the terminal.
    writeErr(
      `copydesk: internal error: ${sanitizeForTerminal((error as Error)?.message ?? String(error))}\n${debug ? `${(error as Error)?.stack ?? ''}\n` : 'Set DEBUG=1 for a stack trace, and please report it.\n'}`,
    );
    process.exitCode = EXIT.internal;
  })
  .finally(() => {
    finished = true;
  });

// Node exits when nothing is left to wait for, even with main() unfinished
// (a promise nobody will ever settle). That must never pass for success.
process.on('exit', () => {
  if (finished) return;
  writeErr('copydesk: internal error: stopped with work undone; please report it\n');
  process.exitCode = EXIT.internal;
});
