import { type FileHandle, open, stat } from 'node:fs/promises';

/** What following a file yields: bytes as they are appended, and the file's own events. */
export type TailEvent =
  | { kind: 'data'; bytes: Buffer }
  /** The file was replaced (renamed away and created anew) or cut short: what came before is over. */
  | { kind: 'reset'; reason: 'rotated' | 'truncated' | 'removed' };

/** Options for {@link tailFile}. */
export interface TailOptions {
  signal: AbortSignal;
  /** How often to look for new bytes, in milliseconds. */
  interval: number;
  /** Largest read at once, so memory stays bounded however fast the file grows. */
  chunkSize?: number;
}

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

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Follows a file by name, as `tail -F` does, from its first byte: new bytes
 * as they are appended; when the file is renamed away and another takes its
 * name (log rotation), the rest of the old one and then the new one from its
 * start; when it is cut short (truncation), the file again from its start.
 * It polls (`interval`), which works the same on every file system, local
 * or not, and stops when `signal` aborts.
 */
export async function* tailFile(path: string, options: TailOptions): AsyncGenerator<TailEvent> {
  const chunkSize = options.chunkSize ?? 64 * 1024;
  const buffer = Buffer.alloc(chunkSize);
  let handle: FileHandle | null = null;
  let inode: number | null = null;
  let position = 0;

  /** Reads from the open file up to its current end. */
  async function* drain(): AsyncGenerator<TailEvent> {
    if (!handle) return;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkSize, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield { kind: 'data', bytes: Buffer.from(buffer.subarray(0, bytesRead)) };
    }
  }

  try {
    while (!options.signal.aborted) {
      const stats = await statOrNull(path);
      if (handle && (stats === null || stats.ino !== inode)) {
        // Rotated or removed: what was written to the old file before it went is still ours.
        yield* drain();
        await handle.close();
        handle = null;
        yield { kind: 'reset', reason: stats === null ? 'removed' : 'rotated' };
      }
      if (stats === null) {
        await sleep(options.interval, options.signal);
        continue;
      }
      if (!handle) {
        handle = await open(path, 'r');
        inode = stats.ino;
        position = 0;
      } else if (stats.size < position) {
        position = 0;
        yield { kind: 'reset', reason: 'truncated' };
      }
      const before = position;
      yield* drain();
      if (position === before) await sleep(options.interval, options.signal);
    }
  } finally {
    await handle?.close();
  }
}
