import { readFileSync, unlinkSync } from 'node:fs';
import {
  link,
  lstat,
  mkdir,
  open,
  readFile,
  realpath,
  rename,
  stat,
  unlink,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a path is, without following a final symbolic link (`lstat`), or `missing`. */
export type PathKind = 'file' | 'directory' | 'symlink' | 'other' | 'missing';

/** The file system as the CLI uses it; tests and the process shell provide one. */
export interface CliFs {
  readFile: (path: string) => Promise<Uint8Array>;
  /** A text file's contents, or null when it does not exist. */
  readText: (path: string) => Promise<string | null>;
  /** What `path` is, following symbolic links. */
  kind: (path: string) => Promise<PathKind>;
  /** What `path` itself is: a symbolic link is reported as one. */
  linkKind: (path: string) => Promise<PathKind>;
  realpath: (path: string) => Promise<string>;
  /** Files matching a pattern under `cwd`, relative to it, with `/` separators. */
  glob: (pattern: string, cwd: string) => Promise<string[]>;
  mkdirp: (path: string) => Promise<void>;
  /**
   * Writes `text` to `path` atomically (temp file in the same directory,
   * fsync, rename). Without `force` an existing file is never replaced.
   */
  writeAtomic: (path: string, text: string, force: boolean) => Promise<void>;
}

function kindOf(stats: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }) {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  return 'other';
}

async function kind(path: string, follow: boolean): Promise<PathKind> {
  try {
    return kindOf(follow ? await stat(path) : await lstat(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw error;
  }
}

/** Temp files being written right now, so an interrupt can remove them. */
const pendingTemps = new Set<string>();

/** Removes the temp files of writes in progress (for SIGINT); synchronous on purpose. */
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

async function writeAtomic(path: string, text: string, force: boolean): Promise<void> {
  // Loaded here, not at start-up: most runs write nothing (node:crypto ~6 ms).
  const { randomBytes } = await import('node:crypto');
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx', 0o666);
  pendingTemps.add(temp);
  try {
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) {
      await rename(temp, path);
      return;
    }
    try {
      // link() fails with EEXIST when the target exists, so there is no window
      // between checking and writing in which another file could be clobbered.
      await link(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      // File systems without hard links: check, then rename (a small race).
      if ((await kind(path, false)) !== 'missing') {
        throw Object.assign(new Error(`EEXIST: file already exists, '${path}'`), {
          code: 'EEXIST',
        });
      }
      await rename(temp, path);
      return;
    }
    await unlink(temp);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  } finally {
    pendingTemps.delete(temp);
  }
}

/** The real file system. */
export const nodeFs: CliFs = {
  // Synchronous: inputs are read one at a time anyway, and an async read is
  // four thread-pool round trips per file (a third of a 10,000-story run idle).
  readFile: async (path) => readFileSync(path),
  readText: async (path) => {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw error;
    }
  },
  kind: (path) => kind(path, true),
  linkKind: (path) => kind(path, false),
  realpath: (path) => realpath(path),
  // tinyglobby (picomatch) loads only for a quoted glob: ~10 ms of every start otherwise.
  glob: async (pattern, cwd) =>
    (await import('tinyglobby')).glob(pattern, {
      cwd,
      onlyFiles: true,
      dot: false,
      ignore: ['**/node_modules/**'],
    }),
  mkdirp: async (path) => {
    await mkdir(path, { recursive: true });
  },
  writeAtomic,
};
