import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliFs, nodeFs } from '../../src/cli/fs.js';
import { type ParsedCommand, parseArgs } from '../../src/cli/program.js';
import { type CliIo, run } from '../../src/cli/run.js';

/** A temporary directory (real path) for one test; `cleanup` removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-faults-')));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs copydesk in-process on the real file system (or `fs` wrapping it),
 * with `cwd` as the working directory and standard streams captured.
 */
export async function runReal(
  argv: string[],
  options: { cwd: string; fs?: CliFs; env?: Record<string, string> },
): Promise<{ code: number; stdout: string; stderr: string }> {
  const parsed: ParsedCommand = parseArgs(argv, {
    writeOut: () => {},
    writeErr: () => {},
    version: '0.0.0',
  });
  if (parsed.kind !== 'run') throw new Error('expected a run');
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    fs: options.fs ?? nodeFs,
    readStdin: async () => new Uint8Array(),
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    stdoutClosed: () => false,
    env: { HOME: options.cwd, ...options.env },
    cwd: options.cwd,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdoutColumns: undefined,
    stderrColumns: undefined,
    cpuCount: 1,
    now: () => 0,
  };
  const code = await run(parsed.options, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
