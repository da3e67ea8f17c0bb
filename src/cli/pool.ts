import { Worker } from 'node:worker_threads';
import type { ConvertSettings, InputOutcome } from './convert.js';

/** A conversion job sent to a worker. */
export interface PoolRequest {
  id: number;
  bytes: Uint8Array;
  path: string | null;
  settings: ConvertSettings;
}

/** A worker's answer: the outcome, or the error that escaped it. */
export type PoolResponse = { id: number; outcome: InputOutcome } | { id: number; error: string };

/** A fixed set of worker threads converting inputs; results come back per request. */
export interface Pool {
  convert: (
    bytes: Uint8Array,
    path: string | null,
    settings: ConvertSettings,
  ) => Promise<InputOutcome>;
  close: () => Promise<void>;
}

/**
 * Starts `size` workers running `workerUrl`. Each request goes to the least
 * busy worker; callers keep input order by awaiting promises in order.
 */
export function createPool(size: number, workerUrl: URL): Pool {
  let nextId = 0;
  let closing = false;
  const pending = new Map<
    number,
    { resolve: (value: InputOutcome) => void; reject: (error: Error) => void }
  >();
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerUrl);
    const state = { worker, busy: 0 };
    worker.on('message', (response: PoolResponse) => {
      state.busy--;
      const waiting = pending.get(response.id);
      if (!waiting) return;
      pending.delete(response.id);
      if ('error' in response) waiting.reject(new Error(response.error));
      else waiting.resolve(response.outcome);
    });
    const failAll = (error: Error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    worker.on('error', failAll);
    // A worker that dies without an error event must not leave callers waiting.
    worker.on('exit', (code) => {
      if (code !== 0 && !closing)
        failAll(new Error(`Worker thread stopped with exit code ${code}`));
    });
    return state;
  });
  return {
    convert(bytes, path, settings) {
      const id = nextId++;
      const target = workers.reduce((best, state) => (state.busy < best.busy ? state : best));
      target.busy++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: PoolRequest = { id, bytes, path, settings };
        // Transfer the bytes instead of copying them when we own the whole buffer.
        const transfer =
          bytes.byteOffset === 0 &&
          bytes.byteLength === bytes.buffer.byteLength &&
          bytes.buffer instanceof ArrayBuffer
            ? [bytes.buffer]
            : [];
        target.worker.postMessage(request, transfer);
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((state) => state.worker.terminate()));
    },
  };
}
