import { basename, extname, join } from 'node:path';
import type { CliFs } from './fs.js';
import type { CliFormat } from './program.js';

/** File extension of each output format. */
export const EXTENSIONS: Record<CliFormat | 'explain', string> = {
  markdown: '.md',
  json: '.json',
  ndjson: '.ndjson',
  terminal: '.txt',
  explain: '.explain.txt',
};

/**
 * The output file name for one story: the input's base name without its
 * extension, `-N` when the input holds several stories, and the format's
 * extension. Characters that could leave the directory or confuse a shell
 * (separators, controls, a leading dot) are replaced.
 */
export function outputName(
  inputPath: string | null,
  story: { index: number; count: number },
  kind: CliFormat | 'explain',
): string {
  const base = inputPath === null ? 'stdin' : basename(inputPath, extname(inputPath));
  const safe =
    base
      .replace(/[/\\\u0000-\u001f\u007f-\u009f]/g, '_')
      .replace(/^\.+/, '')
      .trim() || 'story';
  const suffix = story.count > 1 ? `-${story.index + 1}` : '';
  return `${safe}${suffix}${EXTENSIONS[kind]}`;
}

/** Why a target may not be written. */
export class TargetError extends Error {
  /** Stable rule id for the diagnostic. */
  readonly ruleId: string;

  constructor(reason: string, ruleId: string) {
    super(reason);
    this.name = 'TargetError';
    this.ruleId = ruleId;
  }
}

/**
 * Checks that `name` may be written in the (real) directory `dir`: the name
 * is a plain file name so the path cannot leave `dir`; the target must not be
 * a symbolic link (which could point out of it), a directory, an input, or
 * (without `force`) an existing file. Returns the target path.
 */
export async function checkTarget(
  fs: CliFs,
  dir: string,
  name: string,
  guard: { force: boolean; inputs: ReadonlySet<string> },
): Promise<string> {
  if (name === '' || name === '.' || name === '..' || /[/\\]/.test(name))
    throw new TargetError(`Unexpected output name \`${name}\``, 'unsafe-name');
  const target = join(dir, name);
  const kind = await fs.linkKind(target);
  if (kind === 'symlink')
    throw new TargetError('Refusing to write through a symbolic link', 'symlink-target');
  if (kind === 'directory' || kind === 'other')
    throw new TargetError('Cannot write: a directory or special file is in the way', 'not-a-file');
  if (kind === 'file') {
    if (guard.inputs.has(await fs.realpath(target)))
      throw new TargetError('Refusing to overwrite an input file', 'input-target');
    if (!guard.force) throw new TargetError('File exists (use --force to overwrite)', 'exists');
  }
  return target;
}
