import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Temp files of atomic writes: `.<name>.copydesk-<pid>-<random>.tmp` beside
 * the target. The PID lets a later run tell a dead process's leftovers
 * (after `kill -9`, a power cut) from a live run's work in progress.
 */
const TEMP = /^\..*\.copydesk-(\d+)-[0-9a-z]+\.tmp$/s;

/** The longest file name most file systems take (NAME_MAX), in bytes. */
export const NAME_MAX = 255;

/** Cuts `text` to at most `bytes` bytes of UTF-8, on a character boundary. */
function cutToBytes(text: string, bytes: number): string {
  if (Buffer.byteLength(text) <= bytes) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (used + size > bytes) break;
    out += char;
    used += size;
  }
  return out;
}

/**
 * A fresh temp name for a file called `name`, within NAME_MAX bytes however
 * long `name` is (a 255-byte name must stay writable). Uniqueness comes from
 * the PID and a random part; the exclusive create catches the rest.
 */
export function tempName(name: string): string {
  const random = Math.floor(Math.random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0');
  const suffix = `.copydesk-${process.pid}-${random}.tmp`;
  return `.${cutToBytes(name, NAME_MAX - 1 - suffix.length)}${suffix}`;
}

/** The PID in a copydesk temp name, or null for any other name. */
export function tempOwner(name: string): number | null {
  const match = TEMP.exec(name);
  return match ? Number(match[1]) : null;
}

/** True while process `pid` exists (EPERM: it exists, under another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files left in `dir` by copydesk processes that no longer
 * run. Best effort: a folder that cannot be listed is left as it is.
 * Returns how many were removed.
 */
export function removeStaleTemps(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = tempOwner(name);
    if (pid === null || pid === process.pid || isAlive(pid)) continue;
    try {
      unlinkSync(join(dir, name));
      removed++;
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
