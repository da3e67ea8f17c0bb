import {
  accessSync,
  closeSync,
  constants,
  createReadStream,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputTooLargeError } from '../decode/limits.js';
import { beneathSupported, inDirectory, OutsideTargetError, openBeneath } from './beneath.js';
import { readStreamBounded } from './bounded-read.js';
import { isWithin } from './paths.js';
import { removeStaleTemps, tempName } from './temp-files.js';
import { type WalkResult, walkTree } from './walk.js';

/** What a path is, without following a final symbolic link (`lstat`), or `missing`. */
export type PathKind = 'file' | 'directory' | 'symlink' | 'other' | 'missing';

/** The file system as the CLI uses it; tests and the process shell provide one. */
export interface CliFs {
  /**
   * An input's bytes. With `maxSize` (> 0) no more than that is read: a
   * larger file, device or stream fails with `InputTooLargeError`.
   */
  readFile: (path: string, maxSize?: number) => Promise<Uint8Array>;
  /** A text file's contents, or null when it does not exist. */
  readText: (path: string) => Promise<string | null>;
  /** What `path` is, following symbolic links. */
  kind: (path: string) => Promise<PathKind>;
  /** What `path` itself is: a symbolic link is reported as one. */
  linkKind: (path: string) => Promise<PathKind>;
  realpath: (path: string) => Promise<string>;
  /** Files matching a pattern under `cwd`, relative to it, with `/` separators. */
  glob: (pattern: string, cwd: string, options?: { followSymlinks?: boolean }) => Promise<string[]>;
  /**
   * Files with one of `extensions` under `root` (no dot files, no
   * node_modules). Symbolic links are followed only where they stay inside
   * `root`, unless `followSymlinks`. Absent in test doubles: `glob` is used.
   */
  walk?: (
    root: string,
    options: { extensions: string[]; followSymlinks: boolean },
  ) => Promise<WalkResult>;
  /**
   * Creates a directory and its missing parents. With `within`, every folder
   * created must resolve inside that real directory (no symbolic link on
   * the way), or it is removed again and `OutsideTargetError` thrown.
   */
  mkdirp: (path: string, within?: string) => Promise<void>;
  /**
   * Writes `text` to `path` atomically (temp file in the same directory,
   * fsync, rename). Without `force` an existing file is never replaced. With
   * `within`, the file must land inside that real directory: a folder
   * swapped for a symbolic link on the way fails with `OutsideTargetError`.
   */
  writeAtomic: (path: string, text: string, force: boolean, within?: string) => Promise<void>;
  /** Owner and permission bits of a path (following links: what is read), or null when missing. */
  owner?: (path: string) => Promise<{ uid: number; mode: number } | null>;
  /** Throws the OS error when a directory cannot be written (read-only, permission). */
  checkWritable?: (dir: string) => Promise<void>;
}

export { OutsideTargetError } from './beneath.js';

function kindOf(stats: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }) {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  return 'other';
}

function kindSync(path: string, follow: boolean): PathKind {
  try {
    return kindOf(follow ? statSync(path) : lstatSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw error;
  }
}

/** Temp files being written right now, so an interrupt can remove them. */
const pendingTemps = new Set<string>();

/**
 * Removes the temp files of writes in progress; synchronous, for signal
 * handlers. Writes are synchronous too, so a handler (which runs between
 * JavaScript turns) normally finds none: this is the belt to those braces.
 */
export function removePendingTemps(): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or removed.
    }
  }
  pendingTemps.clear();
}

/** A test hook (`npm run faults`) called once a temp file is written, before it is renamed. */
let beforeCommit: ((path: string) => void) | null = null;

/** Installs the fault-injection hook; only `fault-injection.ts` calls this. */
export function setBeforeCommit(hook: ((path: string) => void) | null): void {
  beforeCommit = hook;
}

/** Directories whose stale temp files this process already removed. */
const swept = new Set<string>();

/** Checks, after the temp file exists, that it sits inside `within`: re-checking defeats a swap. */
function checkInside(dir: string, temp: string, fd: number, within: string): string {
  const real = realpathSync(dir);
  if (!isWithin(real, within)) throw new OutsideTargetError();
  const there = lstatSync(join(real, basename(temp)));
  const mine = fstatSync(fd);
  if (there.ino !== mine.ino || there.dev !== mine.dev) throw new OutsideTargetError();
  return real;
}

/**
 * Where the open file `fd` is now, when that is not `path` any more (its
 * folder was moved or swapped for a link): Linux names it in /proc. Checked
 * by inode, so only our own temp file is ever named. Null when unknown.
 */
function whereIs(fd: number, path: string): string | null {
  try {
    const mine = fstatSync(fd);
    const there = lstatSync(path, { throwIfNoEntry: false });
    if (there && there.ino === mine.ino && there.dev === mine.dev) return null;
    const actual = readlinkSync(`/proc/self/fd/${fd}`);
    const found = lstatSync(actual, { throwIfNoEntry: false });
    return found && found.ino === mine.ino && found.dev === mine.dev ? actual : null;
  } catch {
    return null;
  }
}

/**
 * The atomic write, synchronous on purpose: a signal handler runs between
 * JavaScript turns, never inside this function, so SIGINT or SIGTERM can
 * never leave its temp file behind.
 */
function writeAtomicSync(target: string, text: string, force: boolean, within?: string): void {
  let path = target;
  let dir = dirname(path);
  if (!swept.has(dir)) {
    swept.add(dir);
    removeStaleTemps(dir);
  }
  // Inside an output directory, the folder is opened level by level without
  // following links and then named by its descriptor, so no swap of a folder
  // for a link, at any moment, can lead the write elsewhere (Linux; other
  // systems re-check the real path before committing, below).
  const dirFd = within !== undefined && beneathSupported() ? openBeneath(within, dir, false) : null;
  if (dirFd !== null) {
    dir = inDirectory(dirFd, '');
    path = join(dir, basename(target));
  }
  let temp = join(dir, tempName(basename(target)));
  pendingTemps.add(temp);
  let fd: number | null = null;
  // The descriptor stays open to the end: if the folder is moved away under
  // the temp file, the descriptor still finds it (see removeTemp).
  const removeTemp = () => {
    try {
      unlinkSync(temp);
      return;
    } catch {
      // Never created, moved away, or already gone.
    }
    const moved = fd === null ? null : whereIs(fd, temp);
    if (moved === null) return;
    try {
      unlinkSync(moved);
    } catch {
      // Out of reach: a later run's sweep of that folder removes it.
    }
  };
  try {
    fd = openSync(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o666,
    );
    const data = Buffer.from(text);
    for (let offset = 0; offset < data.length; )
      offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
    beforeCommit?.(path);
    if (within !== undefined && dirFd === null) {
      // From here on, name the folder by its real path: every step checks it.
      dir = checkInside(dir, temp, fd, within);
      pendingTemps.delete(temp);
      temp = join(dir, basename(temp));
      pendingTemps.add(temp);
      path = join(dir, basename(path));
    }
    if (force) {
      renameSync(temp, path);
      return;
    }
    try {
      // link() fails with EEXIST when the target exists, so there is no window
      // between checking and writing in which another file could be clobbered.
      linkSync(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      // File systems without hard links: check, then rename (a small race).
      if (kindSync(path, false) !== 'missing') {
        throw Object.assign(new Error(`EEXIST: file already exists, '${path}'`), {
          code: 'EEXIST',
        });
      }
      renameSync(temp, path);
      return;
    }
    // The target is written: removing its second name must not fail the write.
    removeTemp();
  } catch (error) {
    removeTemp();
    throw error;
  } finally {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // Nothing left to flush: fsync came first.
      }
    }
    if (dirFd !== null) closeSync(dirFd);
    pendingTemps.delete(temp);
  }
}

/**
 * `mkdir -p` one level at a time (Node's recursive mkdir loops for ever
 * where a parent exists but refuses new entries, as `/proc/1` does).
 */
function mkdirpSync(path: string, within?: string): void {
  if (within !== undefined && beneathSupported()) {
    // Level by level through descriptors, never following a link.
    closeSync(openBeneath(within, resolve(path), true));
    return;
  }
  const missing: string[] = [];
  let dir = resolve(path);
  for (;;) {
    const kind = kindSync(dir, true);
    if (kind === 'directory') break;
    if (kind !== 'missing')
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), {
        code: 'ENOTDIR',
      });
    missing.push(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (within !== undefined && !isWithin(realpathSync(folder), within)) {
      try {
        rmdirSync(folder);
      } catch {
        // Not ours to remove after all (it was there already, or is not empty).
      }
      throw new OutsideTargetError();
    }
  }
}

/** Reads a regular file (size checked first) or a device, FIFO or socket (bounded stream). */
async function readInput(path: string, maxSize = 0): Promise<Uint8Array> {
  const stats = statSync(path);
  if (stats.isDirectory())
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), {
      code: 'EISDIR',
    });
  if (stats.isFile()) {
    if (maxSize > 0 && stats.size > maxSize) throw new InputTooLargeError(stats.size, maxSize);
    // Synchronous: inputs are read one at a time anyway, and an async read is
    // four thread-pool round trips per file (a third of a 10,000-story run idle).
    return readFileSync(path);
  }
  // A FIFO or device may never end (`/dev/zero`) or never open: read it
  // asynchronously, so Ctrl-C is handled, and only up to the limit.
  return readStreamBounded(createReadStream(path), maxSize);
}

/**
 * `readInput`, tried again a few times when the process is out of file
 * descriptors (EMFILE, ENFILE): under a low `ulimit -n` worker threads
 * starting or stopping hold descriptors for a moment, and an input must not
 * fail for that.
 */
async function readInputPatiently(path: string, maxSize = 0): Promise<Uint8Array> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await readInput(path, maxSize);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'EMFILE' && code !== 'ENFILE') || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/** The real file system. */
export const nodeFs: CliFs = {
  readFile: readInputPatiently,
  // Synchronous, as input files are: a configuration file is small, and an
  // async read is four thread-pool round trips on the path to the first story.
  readText: async (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw error;
    }
  },
  kind: async (path) => kindSync(path, true),
  linkKind: async (path) => kindSync(path, false),
  realpath: async (path) => realpathSync(path),
  // tinyglobby (picomatch) loads only for a quoted glob: ~10 ms of every start otherwise.
  glob: async (pattern, cwd, options) =>
    (await import('tinyglobby')).glob(pattern, {
      cwd,
      onlyFiles: true,
      dot: false,
      ignore: ['**/node_modules/**'],
      followSymbolicLinks: options?.followSymlinks ?? false,
    }),
  walk: async (root, options) => walkTree(root, options),
  mkdirp: async (path, within) => mkdirpSync(path, within),
  writeAtomic: async (path, text, force, within) => writeAtomicSync(path, text, force, within),
  owner: async (path) => {
    try {
      const stats = statSync(path);
      return { uid: stats.uid, mode: stats.mode };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw error;
    }
  },
  checkWritable: async (dir) => accessSync(dir, constants.W_OK),
};
