import { basename, isAbsolute, join, resolve } from 'node:path';
import type { CliFs } from './fs.js';
import { describeFsError, hasUndecodableBytes, UNDECODABLE_NAME } from './fs-errors.js';

/** One input to convert: standard input or a file. */
export type Input =
  | { kind: 'stdin' }
  | {
      kind: 'file';
      path: string;
      real: string | null;
      /** Path below the directory or glob base it was found in (`/`-separated); the base name for a file operand. */
      relative: string;
    };

/** An operand that yields no input (or not all of it), with the exit code it deserves. */
export interface InputProblem {
  name: string;
  reason: string;
  ruleId: string;
  /** 0 for a warning that does not fail the run. */
  exitCode: 0 | 1 | 2;
  /** Error unless said otherwise. */
  severity?: 'error' | 'warning';
}

/** Extensions picked up when searching a directory, unless `--ext` says otherwise. */
export const DEFAULT_EXTENSIONS: string[] = ['txt', 'text', 'md', 'markdown', 'wire', 'anpa'];

const MAGIC = /[*?[\]{}!]/;

/** Splits a glob into the literal directory before the first magic segment and the rest. */
function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const index = segments.findIndex((segment) => MAGIC.test(segment));
  const base = segments.slice(0, index).join('/');
  return {
    base: base === '' && pattern.startsWith('/') ? '/' : base,
    rest: segments.slice(index).join('/'),
  };
}

function joinShown(base: string, relative: string): string {
  if (base === '' || base === '.') return relative;
  return base.endsWith('/') ? `${base}${relative}` : `${base}/${relative}`;
}

/**
 * Expands operands into inputs, in operand order: `-` is standard input, a
 * file is itself, a directory is searched recursively for files with one of
 * `extensions` (sorted, skipping dot files and node_modules), and a glob is
 * expanded with tinyglobby. The same file named twice is converted once.
 * Symbolic links inside a directory or glob are followed only where they
 * stay inside it, unless `followSymlinks`. A file system error (a link
 * loop, a name too long, permission denied) is a problem of its operand
 * alone: the other operands are still expanded.
 */
export async function expandInputs(
  operands: string[],
  options: { fs: CliFs; cwd: string; extensions: string[]; followSymlinks?: boolean },
): Promise<{ inputs: Input[]; problems: InputProblem[] }> {
  const { fs, cwd } = options;
  const followSymlinks = options.followSymlinks ?? false;
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = async (path: string, relative: string) => {
    const absolute = isAbsolute(path) ? path : resolve(cwd, path);
    let real: string | null = null;
    try {
      real = await fs.realpath(absolute);
    } catch {
      // Unreadable paths are reported when read; keep them distinct.
    }
    const key = real ?? absolute;
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path, real, relative });
  };
  let stdinSeen = false;
  for (const operand of operands.length === 0 ? ['-'] : operands) {
    if (operand === '-') {
      if (!stdinSeen) inputs.push({ kind: 'stdin' });
      stdinSeen = true;
      continue;
    }
    try {
      await expandOperand(operand);
    } catch (error) {
      problems.push({
        name: operand,
        reason: describeFsError(error),
        ruleId: 'read-error',
        exitCode: 1,
      });
    }
  }
  return { inputs, problems };

  async function expandOperand(operand: string): Promise<void> {
    const where = isAbsolute(operand) ? operand : join(cwd, operand);
    const kind = await options.fs.kind(where);
    if (kind === 'directory') {
      const extensions = options.extensions;
      const pattern =
        extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
      const walked = fs.walk
        ? await fs.walk(where, { extensions, followSymlinks })
        : { files: await fs.glob(pattern, where, { followSymlinks }), skippedLinks: [] };
      const found = walked.files.sort();
      for (const link of walked.skippedLinks.sort()) {
        problems.push({
          name: joinShown(operand.replace(/\/+$/, ''), link),
          reason:
            'Symbolic link out of the input folder, not followed (use --follow-symlinks to read it)',
          ruleId: 'symlink-skipped',
          exitCode: 0,
          severity: 'warning',
        });
      }
      if (found.length === 0) {
        problems.push({
          name: operand,
          reason: `No files ending in .${extensions.join(', .')} in this directory (see --ext)`,
          ruleId: 'no-input-files',
          exitCode: 1,
        });
      }
      for (const file of found) await add(joinShown(operand.replace(/\/+$/, ''), file), file);
      return;
    }
    if (kind !== 'missing') {
      await add(operand, basename(operand));
      return;
    }
    if (MAGIC.test(operand)) {
      const { base, rest } = splitGlob(operand);
      const root = base === '' ? cwd : isAbsolute(base) ? base : join(cwd, base);
      const found =
        (await fs.kind(root)) === 'directory'
          ? (await fs.glob(rest, root, { followSymlinks })).sort()
          : [];
      if (found.length === 0) {
        problems.push({
          name: operand,
          reason: 'No files match this pattern',
          ruleId: 'no-match',
          exitCode: 1,
        });
      }
      for (const file of found) await add(joinShown(base, file), file);
      return;
    }
    if (hasUndecodableBytes(operand)) {
      problems.push({ name: operand, reason: UNDECODABLE_NAME, ruleId: 'read-error', exitCode: 1 });
      return;
    }
    problems.push({ name: operand, reason: 'No such file', ruleId: 'no-such-file', exitCode: 2 });
  }
}
