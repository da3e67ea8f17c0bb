import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { CommanderError } from 'commander';
import { parseArgs } from './program.js';
import { EXIT, run } from './run.js';
import { VERSION } from './version.js';

/** Reads all of standard input as bytes. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The process shell: argv in, exit code out. It sets `process.exitCode` and
 * lets stdout drain instead of calling `process.exit()`, which can cut piped
 * output short.
 */
async function main(): Promise<void> {
  // A reader that goes away (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exitCode ??= EXIT.ok;
    else throw error;
  });
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2), {
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      version: VERSION,
    });
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
        error.code,
      );
      process.exitCode = done ? EXIT.ok : EXIT.usage;
      return;
    }
    throw error;
  }
  if (options.files.length === 0 && process.stdin.isTTY) {
    process.stderr.write(
      'copydesk: no input. Give a file, or pipe wire copy in:\n  copydesk story.txt\n  cat story.txt | copydesk\n(run copydesk --help for usage)\n',
    );
    process.exitCode = EXIT.usage;
    return;
  }
  process.exitCode = await run(options, {
    // Synchronous: one story at a time anyway, and an async read costs four
    // thread-pool round trips per file (about 10× slower for story-sized files).
    readFile: async (path) => readFileSync(path),
    readStdin,
    writeFile: (path, text) => writeFile(path, text),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutColumns: process.stdout.columns,
  });
}

main().catch((error: unknown) => {
  const debug = process.env.DEBUG !== undefined && process.env.DEBUG !== '';
  process.stderr.write(
    `copydesk: internal error: ${(error as Error)?.message ?? String(error)}\n${debug ? `${(error as Error)?.stack ?? ''}\n` : 'Set DEBUG=1 for a stack trace, and please report it.\n'}`,
  );
  process.exitCode = 70;
});
