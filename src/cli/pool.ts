import { Worker } from 'node:worker_threads';
import { type ConvertSettings, convertInput, type InputOutcome } from './convert.js';

/** One input in a batch sent to a worker. */
export interface PoolJob {
  id: number;
  bytes: Uint8Array;
  path: string | null;
}

/** A batch of inputs sent to a worker in one message, with the run's settings. */
export interface PoolRequest {
  jobs: PoolJob[];
  settings: ConvertSettings;
}

/** What a worker answers for one input: its outcome, or the error that escaped it. */
export type PoolAnswer = { id: number; outcome: InputOutcome } | { id: number; error: string };

/**
 * What a worker posts: `ready` once its modules are loaded, then one
 * message per batch with every input's answer.
 */
export type PoolResponse = { ready: true } | { answers: PoolAnswer[] };

/** What the pool has done so far, for `--verbose`. */
export interface PoolStats {
  /** Workers started in all (replacements included) and how many answered `ready`. */
  started: number;
  ready: number;
  /** Milliseconds from starting the first worker to its `ready`; null until then. */
  firstReadyMs: number | null;
  /** Inputs converted by workers, and on the calling thread. */
  byWorkers: number;
  here: number;
  /** Batches sent to workers. */
  batches: number;
}

/** A set of worker threads converting inputs; results come back per request. */
export interface Pool {
  /** Queues one input; resolves with its outcome, from a worker or from this thread. */
  convert: (
    bytes: Uint8Array,
    path: string | null,
    settings: ConvertSettings,
  ) => Promise<InputOutcome>;
  /**
   * Converts one queued input that no worker has taken, on this thread:
   * `wanted` (a promise `convert` returned) if it is still queued, else the
   * newest queued input. False when no input is queued. The caller's thread
   * then works beside the workers instead of waiting for them.
   */
  runHere: (wanted?: Promise<InputOutcome>) => boolean;
  stats: () => PoolStats;
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

/**
 * A batch holds up to this many bytes of input (at least one input) and this
 * many inputs: one message per batch each way keeps the per-message cost
 * (a structured clone and an event-loop turn on each side) small beside the
 * conversions, while a batch is still short enough (a few milliseconds of
 * work) that the threads finish close together.
 */
const BATCH_BYTES = 32 * 1024;
const BATCH_JOBS = 16;

/** Batches in flight per worker: the next one is there when it finishes the last. */
const IN_FLIGHT = 2;

interface Job extends PoolJob {
  settings: ConvertSettings;
  resolve: (outcome: InputOutcome) => void;
  reject: (error: Error) => void;
  crashes: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Jobs sent and not answered, by id. */
  jobs: Map<number, Job>;
  batches: number;
  /** A suspect (an input that was in a worker that died) is in flight: it goes alone. */
  suspect: boolean;
}

/**
 * Starts `size` workers running `workerUrl`. Jobs go in batches to ready
 * workers, first in first out; {@link Pool.runHere} lets the caller take
 * the newest ones itself. Callers keep input order by awaiting promises in
 * order.
 *
 * Failure model (no request is ever left waiting, none is lost):
 * - A worker that dies (an error, an exit, or a failed start under a low
 *   open-files limit) is replaced, up to `size + 4` deaths in all; its
 *   unanswered jobs go back to the front of the queue.
 * - A job that was in a worker that died is sent alone from then on, to an
 *   idle worker that gets nothing else until it answers; one in two
 *   workers that died is taken as their cause and answered with an
 *   error outcome (`worker-crashed`) instead of killing a third.
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
  const byPromise = new WeakMap<Promise<InputOutcome>, Job>();
  const startedAt = performance.now();
  const stats: PoolStats = {
    started: 0,
    ready: 0,
    firstReadyMs: null,
    byWorkers: 0,
    here: 0,
    batches: 0,
  };

  const spawn = (): void => {
    let worker: Worker;
    try {
      worker = new Worker(workerUrl);
    } catch {
      deaths++;
      return;
    }
    stats.started++;
    const slot: Slot = {
      worker,
      ready: false,
      dead: false,
      jobs: new Map(),
      batches: 0,
      suspect: false,
    };
    slots.push(slot);
    worker.on('message', (response: PoolResponse) => {
      if ('ready' in response) {
        slot.ready = true;
        stats.ready++;
        stats.firstReadyMs ??= performance.now() - startedAt;
        dispatch();
        return;
      }
      slot.batches--;
      slot.suspect = false;
      for (const answer of response.answers) {
        const job = slot.jobs.get(answer.id);
        if (!job) continue;
        slot.jobs.delete(answer.id);
        stats.byWorkers++;
        if ('error' in answer) job.reject(new Error(answer.error));
        else job.resolve(answer.outcome);
      }
      dispatch();
    });
    const died = (reason: string) => {
      if (slot.dead || closing) return;
      slot.dead = true;
      deaths++;
      slots.splice(slots.indexOf(slot), 1);
      void worker.terminate();
      const unanswered = [...slot.jobs.values()];
      // Back to the front, in their order: they were the oldest jobs.
      for (const job of unanswered.reverse()) {
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

  /** The next batch from the front of the queue; a job that was in a dead worker goes alone. */
  const nextBatch = (): Job[] => {
    const batch: Job[] = [];
    let bytes = 0;
    while (queue.length > 0 && batch.length < BATCH_JOBS) {
      const job = queue[0] as Job;
      const suspect = job.crashes > 0;
      if (
        batch.length > 0 &&
        (suspect ||
          bytes + job.bytes.length > BATCH_BYTES ||
          job.settings !== (batch[0] as Job).settings)
      )
        break;
      queue.shift();
      batch.push(job);
      bytes += job.bytes.length;
      if (suspect) break;
    }
    return batch;
  };

  const send = (slot: Slot, batch: Job[]): void => {
    for (const job of batch) slot.jobs.set(job.id, job);
    slot.batches++;
    stats.batches++;
    const request: PoolRequest = {
      jobs: batch.map((job) => ({ id: job.id, bytes: job.bytes, path: job.path })),
      // One run has one settings object: every job of a batch shares it.
      settings: (batch[0] as Job).settings,
    };
    // Copied, not transferred: the bytes must stay here in case the worker dies.
    slot.worker.postMessage(request);
  };

  const runJob = (job: Job): void => {
    stats.here++;
    try {
      job.resolve(fallback(job.bytes, job.path, job.settings));
    } catch (error) {
      job.reject(error as Error);
    }
  };

  function dispatch(): void {
    if (slots.length === 0) {
      // Nothing left to run on: the main thread takes over.
      for (const job of queue.splice(0)) runJob(job);
      return;
    }
    for (const slot of slots) {
      while (slot.ready && !slot.suspect && slot.batches < IN_FLIGHT && queue.length > 0) {
        // A suspect goes to an idle worker and nothing follows it there, so
        // that a death blames no input that never ran beside it.
        const suspect = (queue[0] as Job).crashes > 0;
        if (suspect && slot.batches > 0) break;
        send(slot, nextBatch());
        slot.suspect = suspect;
      }
    }
  }

  for (let index = 0; index < size; index++) spawn();

  return {
    convert(bytes, path, settings) {
      const id = nextId++;
      let job: Job | undefined;
      const promise = new Promise<InputOutcome>((resolve, reject) => {
        job = { id, bytes, path, settings, resolve, reject, crashes: 0 };
      });
      byPromise.set(promise, job as Job);
      queue.push(job as Job);
      dispatch();
      return promise;
    },
    runHere(wanted) {
      const job = wanted ? byPromise.get(wanted) : undefined;
      const index = job ? queue.indexOf(job) : -1;
      const taken = index >= 0 ? queue.splice(index, 1)[0] : queue.pop();
      if (!taken) return false;
      runJob(taken);
      return true;
    },
    stats: () => ({ ...stats }),
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
