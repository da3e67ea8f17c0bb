import { availableParallelism } from 'node:os';
import { CommanderError } from 'commander';
import { colorLevel } from './color.js';
import { EXIT } from './exit.js';
import { nodeFs, removePendingTemps } from './fs.js';
import { type CliOptions, createProgram, type ParsedCommand, parseArgs } from './program.js';
import { VERSION } from './version.js';

/** Reads all of standard input as bytes. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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
  const writeErr = (text: string) => {
    process.stderr.write(text);
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
  // Ctrl-C: leave no half-written temp files, exit 130 as shells expect. A
  // second Ctrl-C gets Node's default (immediate) handling.
  process.once('SIGINT', () => {
    removePendingTemps();
    process.exit(EXIT.interrupted);
  });
  if (options.files.length === 0 && process.stdin.isTTY) {
    writeErr(SHORT_HELP);
    process.exitCode = EXIT.usage;
    return;
  }
  const workerUrl = new URL('./copydesk-worker.js', import.meta.url);
  // Loaded only now: --help, --version and usage errors never pay for the pipeline.
  const { run } = await import('./run.js');
  process.exitCode = await run(options, {
    fs: nodeFs,
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
}

main().catch((error: unknown) => {
  const debug = process.env.DEBUG !== undefined && process.env.DEBUG !== '';
  process.stderr.write(
    `copydesk: internal error: ${(error as Error)?.message ?? String(error)}\n${debug ? `${(error as Error)?.stack ?? ''}\n` : 'Set DEBUG=1 for a stack trace, and please report it.\n'}`,
  );
  process.exitCode = EXIT.internal;
});
