import { availableParallelism } from 'node:os';
import { EXIT } from './exit.js';
import { nodeFs, removePendingTemps } from './fs.js';
import { main } from './main.js';
import type { CliOptions } from './program.js';

/** Reads all of standard input as bytes. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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
  // A reader that goes away (`| head`) is not an error: stop writing, quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      stdoutClosed = true;
      return;
    }
    throw error;
  });
  const writeOut = (text: string): Promise<void> | void => {
    if (stdoutClosed) return;
    if (process.stdout.write(text)) return;
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
  // Ctrl-C: leave no half-written temp files, exit 130 as shells expect. A
  // second Ctrl-C gets Node's default (immediate) handling. While a pager
  // shows the story, Ctrl-C is the pager's (less stops a search with it), as
  // git has it: copydesk waits for the pager instead of dying under it.
  // --follow handles its signals itself (the story in hand is finished first).
  const onInterrupt = () => {
    if (paging || following) return;
    process.off('SIGINT', onInterrupt);
    removePendingTemps();
    process.exit(EXIT.interrupted);
  };
  process.on('SIGINT', onInterrupt);
  const workerUrl = new URL('./copydesk-worker.js', import.meta.url);
  process.exitCode = await main({
    argv: process.argv.slice(2),
    fs: nodeFs,
    readStdin,
    stdout: writeOut,
    stderr: (text) => {
      process.stderr.write(text);
    },
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
    now: () => performance.now(),
    startPool: async (size) => {
      // Lazily loaded: a single story never pays for worker threads.
      const { createPool } = await import('./pool.js');
      return createPool(size, workerUrl);
    },
    follow: (options) => {
      following = true;
      return followFeed(
        options,
        writeOut,
        (text) => process.stderr.write(text),
        () => stdoutClosed,
      );
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
}

shell().catch(async (error: unknown) => {
  const debug = process.env.DEBUG !== undefined && process.env.DEBUG !== '';
  // A bug is reported like any other error, as one row; the stack only on request.
  const { formatUsageError } = await import('./usage-error.js');
  const { reportNamed } = await import('./reporters.js');
  const report = await formatUsageError(
    {
      name: 'copydesk',
      path: null,
      reason: `Internal error: ${(error as Error)?.message ?? String(error)} (a bug: please report it${debug ? '' : '; DEBUG=1 prints the stack'})`,
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
  process.stderr.write(report.replace(/\(run copydesk --help for usage\)\n$/, ''));
  if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  process.exitCode = EXIT.internal;
});
