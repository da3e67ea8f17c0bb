import { Worker } from 'node:worker_threads';
import { type ConvertSettings, convertInput, type InputOutcome } from './convert.js';

/** A conversion job sent to a worker. */
export interface PoolRequest {
  id: number;
  bytes: Uint8Array;
  path: string | null;
  settings: ConvertSettings;
}

/**
 * What a worker posts: `ready` once its modules are loaded, then for each
 * request the outcome, or the error that escaped it.
 */
export type PoolResponse =
  | { ready: true }
  | { id: number; outcome: InputOutcome }
  | { id: number; error: string };

/** A set of worker threads converting inputs; results come back per request. */
export interface Pool {
  convert: (
    bytes: Uint8Array,
    path: string | null,
    settings: ConvertSettings,
  ) => Promise<InputOutcome>;
  close: () => Promise<void>;
}

/** Converts one input where no worker can: the main thread. */
export type Fallback = (
  bytes: Uint8Array,
  path: string | null,
  settings: ConvertSettings,
) => InputOutcome;

/** How often an input may be in a worker that died before it is given up as the cause. */
const MAX_CRASHES_PER_JOB = 2;

interface Job extends PoolRequest {
  resolve: (outcome: InputOutcome) => void;
  reject: (error: Error) => void;
  crashes: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  jobs: Map<number, Job>;
}

/**
 * Starts `size` workers running `workerUrl`. Each request goes to the
 * least busy live worker; callers keep input order by awaiting promises in
 * order.
 *
 * Failure model (no request is ever left waiting, none is lost):
 * - A worker that dies (an error, an exit, or a failed start under a low
 *   open-files limit) is replaced, up to `size + 4` deaths in all; its jobs
 *   go back to the queue.
 * - A job in two workers that died is taken as their cause and answered
 *   with an error outcome (`worker-crashed`) instead of killing a third.
 * - With no live worker left and none to start, the queue runs on the main
 *   thread through `fallback`: slower, same output.
 */
export function createPool(size: number, workerUrl: URL, fallback: Fallback = convertInput): Pool {
  let nextId = 0;
  let closing = false;
  let deaths = 0;
  const maxDeaths = size + 4;
  const queue: Job[] = [];
  const slots: Slot[] = [];

  const spawn = (): void => {
    let worker: Worker;
    try {
      worker = new Worker(workerUrl);
    } catch {
      deaths++;
      return;
    }
    const slot: Slot = { worker, ready: false, dead: false, jobs: new Map() };
    slots.push(slot);
    worker.on('message', (response: PoolResponse) => {
      if ('ready' in response) {
        slot.ready = true;
        return;
      }
      const job = slot.jobs.get(response.id);
      if (!job) return;
      slot.jobs.delete(response.id);
      if ('error' in response) job.reject(new Error(response.error));
      else job.resolve(response.outcome);
      dispatch();
    });
    const died = (reason: string) => {
      if (slot.dead || closing) return;
      slot.dead = true;
      deaths++;
      slots.splice(slots.indexOf(slot), 1);
      void worker.terminate();
      for (const job of slot.jobs.values()) {
        // A job sent before the worker was ready never ran: it is not to blame.
        if (slot.ready) job.crashes++;
        if (job.crashes >= MAX_CRASHES_PER_JOB)
          job.resolve({
            ok: false,
            reason: `A worker thread died while converting this input (${reason}); please report it`,
            ruleId: 'worker-crashed',
          });
        else queue.unshift(job);
      }
      slot.jobs.clear();
      if (deaths <= maxDeaths) spawn();
      dispatch();
    };
    worker.on('error', (error) => died(error.message));
    worker.on('messageerror', (error) => died(error.message));
    // Any exit that close() did not ask for is a death, code 0 included
    // (a worker that fails to initialise may exit with 0).
    worker.on('exit', (code) => died(`exit code ${code}`));
  };

  const send = (slot: Slot, job: Job): void => {
    slot.jobs.set(job.id, job);
    const request: PoolRequest = {
      id: job.id,
      bytes: job.bytes,
      path: job.path,
      settings: job.settings,
    };
    // Copied, not transferred: the bytes must stay here in case the worker dies.
    slot.worker.postMessage(request);
  };

  const runHere = (job: Job): void => {
    try {
      job.resolve(fallback(job.bytes, job.path, job.settings));
    } catch (error) {
      job.reject(error as Error);
    }
  };

  function dispatch(): void {
    while (queue.length > 0) {
      if (slots.length === 0) {
        // Nothing left to run on: the main thread takes over.
        for (const job of queue.splice(0)) runHere(job);
        return;
      }
      const target = slots.reduce((best, slot) => (slot.jobs.size < best.jobs.size ? slot : best));
      send(target, queue.shift() as Job);
    }
  }

  for (let index = 0; index < size; index++) spawn();

  return {
    convert(bytes, path, settings) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        queue.push({ id, bytes, path, settings, resolve, reject, crashes: 0 });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
