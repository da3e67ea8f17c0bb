import { basename, dirname, extname, join } from 'node:path';
import { type CliFormat, FORMAT_NAMES, OUTPUT_FORMATS } from './formats.js';
import { type CliFs, OutsideTargetError } from './fs.js';
import { describeFsError } from './fs-errors.js';

/** File extension of each output format (from the format table), and of `--explain` tables. */
export const EXTENSIONS: Record<CliFormat | 'explain', string> = {
  ...(Object.fromEntries(
    FORMAT_NAMES.map((format) => [format, OUTPUT_FORMATS[format].extension]),
  ) as Record<CliFormat, string>),
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
  const suffix = story.count > 1 ? `-${story.index + 1}` : '';
  return `${safeSegment(base, 'story')}${suffix}${EXTENSIONS[kind]}`;
}

/** One path segment made safe: no separators or controls, no leading dots, never empty. */
function safeSegment(segment: string, fallback: string): string {
  return (
    segment
      .replace(/[/\\\u0000-\u001f\u007f-\u009f]/g, '_')
      .replace(/^\.+/, '')
      .trim() || fallback
  );
}

/**
 * `outputName` under the input's folders below the operand it was found in
 * (`--preserve-paths`): `2024/03/story.txt` → `2024/03/story.md`. Every
 * folder is made safe as a file name is, so `..` can never appear.
 */
export function preservedOutputName(
  relative: string,
  story: { index: number; count: number },
  kind: CliFormat | 'explain',
): string {
  const folders = relative.split('/').slice(0, -1);
  const name = outputName(relative, story, kind);
  return [...folders.map((folder) => safeSegment(folder, '_')), name].join('/');
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
 * is a file name or a relative path without `.`/`..` segments, so the path
 * cannot leave `dir`; the target must not be
 * a symbolic link (which could point out of it), a directory, an input, or
 * (without `force`) an existing file. Returns the target path.
 */
export async function checkTarget(
  fs: CliFs,
  dir: string,
  name: string,
  guard: { force: boolean; inputs: ReadonlySet<string>; dryRun?: boolean },
): Promise<string> {
  const segments = name.split('/');
  if (
    segments.some(
      (segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\\'),
    )
  )
    throw new TargetError(`Unexpected output name \`${name}\``, 'unsafe-name');
  // Folders on the way are created inside `dir`; an existing one must be a real
  // folder, since a symbolic link could lead out of `dir`.
  let folder = dir;
  for (const segment of segments.slice(0, -1)) {
    folder = join(folder, segment);
    const kind = await fs.linkKind(folder);
    if (kind === 'missing') {
      // Created one level at a time, each checked to resolve inside `dir`.
      if (!guard.dryRun) await fs.mkdirp(folder, dir);
    } else if (kind !== 'directory')
      throw new TargetError(
        'Refusing to write through a symbolic link or file on the way',
        'symlink-target',
      );
  }
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

/** A file that could not be written, as a report row. */
export interface WriteFailure {
  name: string;
  reason: string;
  ruleId: string;
}

function writeFailure(name: string, error: unknown): WriteFailure {
  if (error instanceof TargetError) return { name, reason: error.message, ruleId: error.ruleId };
  if (error instanceof OutsideTargetError)
    return { name, reason: error.message, ruleId: 'symlink-target' };
  if ((error as NodeJS.ErrnoException).code === 'EEXIST')
    return { name, reason: 'File exists (use --force to overwrite)', ruleId: 'exists' };
  return { name, reason: `Cannot write: ${describeFsError(error)}`, ruleId: 'write-error' };
}

/**
 * The key under which an output name is taken: case-folded, so `A.md` and
 * `a.md` collide as they would on a case-insensitive file system (macOS,
 * Windows) instead of one silently replacing the other there.
 */
function takenKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * Writes the stories of one run into a directory: each under a name no other
 * story of the run has taken, through `checkTarget`'s guards, atomically.
 */
export class OutDirWriter {
  readonly #fs: CliFs;
  readonly #shown: string;
  readonly #real: string;
  readonly #guard: { force: boolean; inputs: ReadonlySet<string>; dryRun?: boolean };
  readonly #taken = new Map<string, string>();
  /** Files written so far. */
  written = 0;

  constructor(
    fs: CliFs,
    dir: { path: string; real: string },
    guard: { force: boolean; inputs: ReadonlySet<string>; dryRun?: boolean },
  ) {
    this.#fs = fs;
    this.#shown = dir.path.replace(/\/+$/, '');
    this.#real = dir.real;
    this.#guard = guard;
  }

  /** The path of `name` as the user sees it (relative to how they named the directory). */
  shown(name: string): string {
    return `${this.#shown}/${name}`;
  }

  /** Writes `text` as `name` for `owner` (an input name); resolves to the failure, if any. */
  async write(name: string, text: string, owner: string): Promise<WriteFailure | null> {
    try {
      const key = takenKey(name);
      const earlier = this.#taken.get(key);
      if (earlier !== undefined)
        throw new TargetError(
          `Output name \`${name}\` is already taken by ${earlier} in this run`,
          'name-collision',
        );
      this.#taken.set(key, owner);
      const target = await checkTarget(this.#fs, this.#real, name, this.#guard);
      // A dry run checks everything a write would, then stops short of it.
      if (!this.#guard.dryRun)
        await this.#fs.writeAtomic(target, text, this.#guard.force, this.#real);
      this.written++;
      return null;
    } catch (error) {
      return writeFailure(this.shown(name), error);
    }
  }
}

/**
 * Writes the whole output of a run to one file (`-o FILE`), atomically, never
 * over an input and, without `force`, never over an existing file.
 */
export async function writeOutputFile(
  fs: CliFs,
  target: { path: string; absolute: string },
  text: string,
  guard: { force: boolean; inputs: ReadonlySet<string>; dryRun?: boolean },
): Promise<WriteFailure | null> {
  try {
    if (
      (await fs.linkKind(target.absolute)) === 'file' &&
      guard.inputs.has(await fs.realpath(target.absolute))
    )
      throw new TargetError('Refusing to overwrite an input file', 'input-target');
    if (guard.dryRun) {
      if (!guard.force && (await fs.linkKind(target.absolute)) !== 'missing')
        throw new TargetError('File exists (use --force to overwrite)', 'exists');
      // A dry run must not claim it would write where it cannot.
      await fs.checkWritable?.(dirname(target.absolute));
      return null;
    }
    await fs.writeAtomic(target.absolute, text, guard.force);
    return null;
  } catch (error) {
    return writeFailure(target.path, error);
  }
}

/** `dir`, or its closest ancestor that exists: where a missing directory would be created. */
export async function nearestExisting(fs: CliFs, dir: string): Promise<string> {
  let current = dir;
  while ((await fs.kind(current)) === 'missing') {
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}
