import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DoneEntry, FollowState } from './state-file.js';

/** A spool file ready to convert: complete, and not converted before in this state. */
export interface SpoolFile {
  name: string;
  path: string;
  entry: DoneEntry;
  /** Every name in the spool at this look, for pruning the state. */
  present: ReadonlySet<string>;
}

/** Options for {@link watchSpool}. */
export interface SpoolOptions {
  signal: AbortSignal;
  /** How often to look at the directory, in milliseconds. */
  interval: number;
  state: FollowState;
}

/**
 * Names a writer uses while a file is still being written: dot files and
 * the usual temporary suffixes. A writer that renames a file into place is
 * seen only once it is complete.
 */
const IN_PROGRESS = /^\.|(?:\.tmp|\.part|\.partial|\.crdownload|~)$/i;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Watches a spool directory: yields each new or changed regular file once it
 * is complete, that is once its size and modification time are the same at
 * two looks in a row (a file renamed into place is complete at once, and is
 * seen so on the next look). Files are taken in name order; what the state
 * remembers is skipped. Polls, so it works on any file system.
 */
export async function* watchSpool(dir: string, options: SpoolOptions): AsyncGenerator<SpoolFile> {
  /** Size and time of each candidate at the previous look. */
  let seen = new Map<string, DoneEntry>();
  while (!options.signal.aborted) {
    const names = (await readdir(dir)).filter((name) => !IN_PROGRESS.test(name)).sort();
    const present = new Set(names);
    const now = new Map<string, DoneEntry>();
    for (const name of names) {
      if (options.signal.aborted) return;
      const path = join(dir, name);
      let entry: DoneEntry;
      try {
        const stats = await stat(path);
        if (!stats.isFile()) continue;
        entry = { size: stats.size, mtimeMs: stats.mtimeMs };
      } catch {
        continue;
      }
      if (options.state.isDone(name, entry)) continue;
      const before = seen.get(name);
      if (before && before.size === entry.size && before.mtimeMs === entry.mtimeMs) {
        yield { name, path, entry, present };
        continue;
      }
      now.set(name, entry);
    }
    // Only files still waiting are remembered: the map never outgrows the spool.
    seen = now;
    await sleep(options.interval, options.signal);
  }
}
