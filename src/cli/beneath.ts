import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** A write that would have left the output directory through a symbolic link. */
export class OutsideTargetError extends Error {
  constructor() {
    super('Refusing to write through a symbolic link that leads out of the output directory');
    this.name = 'OutsideTargetError';
  }
}

let procFd: boolean | undefined;

/**
 * True where an open directory can be named as `/proc/self/fd/N` (Linux).
 * Node has no `openat()`; naming a directory by its descriptor gives the
 * same guarantee: the kernel resolves the name to the directory that
 * descriptor holds, whatever has been renamed or swapped since.
 */
export function beneathSupported(): boolean {
  procFd ??= existsSync('/proc/self/fd');
  return procFd;
}

/** The path of `name` inside the directory open as `fd` (see {@link beneathSupported}). */
export function inDirectory(fd: number, name: string): string {
  return `/proc/self/fd/${fd}/${name}`;
}

/**
 * Opens directory `dir`, which lies below the real directory `root`, one
 * level at a time without following a symbolic link at any level (openat
 * with O_NOFOLLOW), creating missing levels when `create`. A link anywhere
 * below `root` fails with {@link OutsideTargetError}, however often it is
 * swapped in and out while this runs: each level is opened through the
 * descriptor of the level above, never by its path again. Returns the
 * directory's descriptor; the caller closes it.
 */
export function openBeneath(root: string, dir: string, create: boolean): number {
  const rest = relative(root, dir);
  if (rest.startsWith('..') || isAbsolute(rest)) throw new OutsideTargetError();
  let fd = openSync(root, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    for (const part of rest === '' ? [] : rest.split(sep)) {
      const path = inDirectory(fd, part);
      if (create) {
        try {
          mkdirSync(path);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
      let next: number;
      try {
        next = openSync(path, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
      } catch (error) {
        // ELOOP: the level is a symbolic link. ENOTDIR: a link to something
        // other than a folder, or a file where a folder should be (the
        // latter keeps its own error: it leads nowhere).
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') throw new OutsideTargetError();
        if (code === 'ENOTDIR' && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink())
          throw new OutsideTargetError();
        throw error;
      }
      closeSync(fd);
      fd = next;
    }
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
