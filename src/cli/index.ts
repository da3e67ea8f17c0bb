import { availableParallelism, loadavg } from 'node:os';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { readStreamBounded } from './bounded-read.js';
import { sampleCpu } from './cpu-busy.js';
import { EXIT } from './exit.js';
import { nodeFs, removePendingTemps } from './fs.js';
import { describeFsError, errorCode } from './fs-errors.js';
import { main } from './main.js';
import type { CliOptions } from './program.js';
import { releaseTerminal } from './terminal-release.js';

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
      stderrIsTTY: process.stderr.isTTY === true,
      stderrColumns: process.stderr.columns,
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/**
 * The process shell: binds `main()` to this process's argv, streams and
 * signals. It sets `process.exitCode` and lets stdout drain instead of calling
 * `process.exit()`, which can cut piped output short.
 */
async function shell(): Promise<void> {
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
  let paging = false;
  let following = false;
  // Ctrl-C, kill, a closed terminal: leave no half-written temp files, then
  // die of the same signal (its default action, once these handlers are
  // gone), so the shell sees 128 + its number. Writes are synchronous, so the
  // handler runs between them, never inside one. Not process.exit(): it waits
  // for a thread blocked opening a FIFO, for ever. While a pager shows the
  // story, Ctrl-C is the pager's (less stops a search with it), as git has it;
  // --follow handles its signals itself (the story in hand is finished first).
  const onSignal = (signal: NodeJS.Signals) => {
    if (paging || following) return;
    for (const name of Object.keys(SIGNAL_EXIT)) process.off(name, onSignal);
    removePendingTemps();
    finished = true;
    process.exitCode = SIGNAL_EXIT[signal] ?? EXIT.interrupted;
    // Node writes back the terminal's mode as it dies of the signal too.
    releaseTerminal();
    process.kill(process.pid, signal);
  };
  for (const name of Object.keys(SIGNAL_EXIT)) process.on(name, onSignal);
  const workerUrl = new URL('./copydesk-worker.js', import.meta.url);
  // The fault-injection hook for `npm run faults` loads only when asked for.
  const fs = process.env.COPYDESK_FAULT
    ? (await import('./fault-injection.js')).withFaults(nodeFs, process.env.COPYDESK_FAULT)
    : nodeFs;
  const code = await main({
    argv: process.argv.slice(2),
    fs,
    readStdin,
    stdout: writeOut,
    stderr: writeErr,
    stdoutClosed: () => stdoutClosed,
    env: process.env,
    cwd: process.cwd(),
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutColumns: process.stdout.columns,
    stdoutRows: process.stdout.rows,
    stderrColumns: process.stderr.columns,
    cpuCount: availableParallelism(),
    sampleCpu,
    loadAverage: () => loadavg()[0] ?? 0,
    // Everything so far (Node's own start and loading the bundle) is what a worker pays too.
    // process.uptime(), not performance.now(): the same clock (from the start of
    // the process), without loading perf_hooks on every start.
    startupMs: process.uptime() * 1000,
    now: () => process.uptime() * 1000,
    tuneHeapForBatch: async () => {
      // Lazily loaded: node:v8 costs a one-story run start-up it does not need.
      const [{ setFlagsFromString }, { tuneHeapForBatch }] = await Promise.all([
        import('node:v8'),
        import('./batch-heap.js'),
      ]);
      tuneHeapForBatch(process.versions.v8, setFlagsFromString);
    },
    startPool: async (size) => {
      // Lazily loaded: a single story never pays for worker threads.
      const { createPool } = await import('./pool.js');
      return createPool(size, workerUrl);
    },
    follow: (options) => {
      following = true;
      return followFeed(options, writeOut, writeErr, () => stdoutClosed);
    },
    startPager: async (command, env) => {
      // Lazily loaded: only a long story at a terminal needs a child process.
      const { spawnPager } = await import('./spawn-pager.js');
      paging = true;
      return spawnPager(command, env, () => {
        paging = false;
      });
    },
  });
  process.exitCode = stdoutFailed ? Math.max(code, EXIT.failed) : code;
}

/**
 * One line for a run that could not go on because the OS refused a resource,
 * not because of a bug: under a low `ulimit -n` a module loaded on demand (the
 * pool, a reporter) cannot be opened. Written with nothing more to load, as
 * the report modules are out of reach too.
 */
function resourceFailure(error: unknown): string | null {
  const code = errorCode(error);
  if (code !== 'EMFILE' && code !== 'ENFILE' && code !== 'ENOMEM') return null;
  return `copydesk: error: the run stopped: ${describeFsError(error)}\n`;
}

/** The internal-error row without the report modules (they could not be loaded). */
function plainInternalError(error: unknown, debug: boolean): string {
  const message = sanitizeForTerminal((error as Error)?.message ?? String(error));
  return `copydesk: internal error: ${message} (a bug: please report it${debug ? '' : '; DEBUG=1 prints the stack'})\n`;
}

shell()
  .catch(async (error: unknown) => {
    const debug = process.env.DEBUG !== undefined && process.env.DEBUG !== '';
    const resource = resourceFailure(error);
    if (resource) {
      writeErr(resource);
      if (debug) writeErr(`${(error as Error)?.stack ?? ''}\n`);
      process.exitCode = EXIT.failed;
      return;
    }
    await reportInternalError(error, debug).catch((loadError: unknown) => {
      // The report modules could not be loaded (the same low limit, most likely).
      writeErr(resourceFailure(loadError) ?? plainInternalError(error, debug));
      if (debug) writeErr(`${(error as Error)?.stack ?? ''}\n`);
      process.exitCode = resourceFailure(loadError) ? EXIT.failed : EXIT.internal;
    });
  })
  .finally(() => {
    finished = true;
  });

/** A bug, reported like any other error as one row in the report asked for; the stack only on request. */
async function reportInternalError(error: unknown, debug: boolean): Promise<void> {
  // The message may quote a file name: no escape sequence reaches the terminal.
  const { formatUsageError } = await import('./usage-error.js');
  const { reportNamed } = await import('./reporters.js');
  const report = await formatUsageError(
    {
      name: 'copydesk',
      path: null,
      reason: `Internal error: ${sanitizeForTerminal((error as Error)?.message ?? String(error))} (a bug: please report it${debug ? '' : '; DEBUG=1 prints the stack'})`,
      ruleId: 'internal-error',
    },
    {
      report: reportNamed(process.argv.slice(2)),
      env: process.env,
      stderrIsTTY: process.stderr.isTTY === true,
      stderrColumns: process.stderr.columns,
      cwd: process.cwd(),
    },
  );
  writeErr(report.replace(/\(run copydesk --help for usage\)\n$/, ''));
  if (debug) writeErr(`${(error as Error)?.stack ?? ''}\n`);
  process.exitCode = EXIT.internal;
}

// Node exits when nothing is left to wait for, even with the shell unfinished
// (a promise nobody will ever settle). That must never pass for success.
process.on('exit', () => {
  if (!finished) {
    writeErr('copydesk: internal error: stopped with work undone; please report it\n');
    process.exitCode = EXIT.internal;
  }
  // Last, after every write: see terminal-release.ts.
  releaseTerminal();
});
