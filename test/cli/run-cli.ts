import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built binary the CLI tests spawn (`npm run build` first; `npm test` does). */
export const BIN = join(ROOT, 'bin/copydesk.js');

/** What one run of the binary produced. */
export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/**
 * Spawns the built CLI with a clean environment: none of the runner's CI,
 * colour or terminal variables leak in, so results do not depend on where
 * the tests run.
 */
export function cli(
  args: string[],
  options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {},
): CliResult {
  if (!existsSync(join(ROOT, 'dist/copydesk.js')))
    throw new Error('Missing dist/copydesk.js: run `npm run build` before the CLI tests');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LANG: 'C.UTF-8',
      ...options.env,
    },
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 1 << 26,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
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
