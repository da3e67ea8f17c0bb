import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The name of the spool-directory state file inside the out-dir. */
export const STATE_FILE = '.copydesk-follow.json';

/** What is known of a converted spool file: its size and modification time when it was read. */
export interface DoneEntry {
  size: number;
  mtimeMs: number;
}

/**
 * The spool files converted so far, by name, so a restart does not convert
 * them again. Kept in the out-dir and replaced atomically (temp file, then
 * rename) after every file, so a crash leaves the old state or the new one.
 */
export class FollowState {
  readonly #path: string | null;
  #done = new Map<string, DoneEntry>();

  constructor(outDir: string | null) {
    this.#path = outDir === null ? null : join(outDir, STATE_FILE);
  }

  /** Reads the state a previous run left; a missing or unreadable file is an empty state. */
  async load(): Promise<void> {
    if (!this.#path) return;
    try {
      const data = JSON.parse(await readFile(this.#path, 'utf8')) as {
        done?: Record<string, DoneEntry>;
      };
      for (const [name, entry] of Object.entries(data.done ?? {}))
        if (typeof entry?.size === 'number' && typeof entry?.mtimeMs === 'number')
          this.#done.set(name, { size: entry.size, mtimeMs: entry.mtimeMs });
    } catch {
      this.#done = new Map();
    }
  }

  /** True when `name` was converted as it is now (same size and modification time). */
  isDone(name: string, entry: DoneEntry): boolean {
    const done = this.#done.get(name);
    return done !== undefined && done.size === entry.size && done.mtimeMs === entry.mtimeMs;
  }

  /** Records a converted file and forgets files no longer in the spool (bounded state). */
  async markDone(name: string, entry: DoneEntry, present: ReadonlySet<string>): Promise<void> {
    this.#done.set(name, entry);
    for (const known of this.#done.keys()) if (!present.has(known)) this.#done.delete(known);
    if (!this.#path) return;
    const temp = `${this.#path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(
      temp,
      `${JSON.stringify({ version: 1, done: Object.fromEntries(this.#done) })}\n`,
    );
    await rename(temp, this.#path);
  }

  /** How many files the state remembers. */
  get size(): number {
    return this.#done.size;
  }
}
