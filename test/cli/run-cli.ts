import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeFs } from '../../src/cli/fs.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/run.js';
import { assertFreshBuild } from '../setup/fresh-build.js';

/** The repository root. */
export const ROOT: string = fileURLToPath(new URL('../../', import.meta.url));

/** The built binary the spawn smoke tests run (test/setup/fresh-build.ts keeps it current). */
export const BIN: string = join(ROOT, 'bin/copydesk.js');

/** What one run of the command produced. */
export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** How a test runs the command: where, with what input and environment, on what terminal. */
export interface CliRunOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  columns?: number;
  rows?: number;
  startPager?: CliIo['startPager'];
  /** The wall clock for time stamps in output (default `Date.now`). */
  clock?: () => number;
}

/**
 * Runs the whole command in-process: `main()` from source with the real file
 * system, stdout and stderr captured, a clean environment (only `env`), and
 * stdin a pipe holding `input`. What the process shell adds (EPIPE, signals,
 * worker threads) is left to the spawn smoke tests.
 */
export async function runCli(args: string[], options: CliRunOptions = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const input = options.input ?? '';
  const code = await main({
    argv: args,
    fs: nodeFs,
    readStdin: async () => (typeof input === 'string' ? new TextEncoder().encode(input) : input),
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    stdoutClosed: () => false,
    env: { ...options.env },
    cwd: options.cwd ?? ROOT,
    stdinIsTTY: false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdoutColumns: options.columns,
    stdoutRows: options.rows,
    stderrColumns: options.columns,
    cpuCount: 1,
    now: () => 0,
    ...(options.startPager ? { startPager: options.startPager } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { stdout: out.join(''), stderr: err.join(''), code };
}

/**
 * Spawns the built CLI with a clean environment: none of the runner's CI,
 * colour or terminal variables leak in, so results do not depend on where
 * the tests run. For the smoke tests of the process shell and the bundle.
 * Asynchronous, so the worker is free while the child runs: spawn tests may
 * run concurrently with each other and with in-process ones.
 */
export function cli(
  args: string[],
  options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {},
): Promise<CliResult> {
  assertFreshBuild();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        LANG: 'C.UTF-8',
        ...options.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // A child that exits before reading all its input closes the pipe: not the test's error.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
    child.on('error', (error) => err.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) =>
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
      }),
    );
  });
}

/** A temporary directory holding `files` (relative path → content); remove it with `cleanup`. */
export function workspace(files: Record<string, string | Uint8Array>): {
  dir: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
