import type { ConvertSettings, InputOutcome } from './convert.js';
import { convertInput } from './convert.js';
import { type CpuSample, cpuUseBetween } from './cpu-busy.js';
import {
  askedDegree,
  type Degree,
  describeDegree,
  estimatedDegree,
  type Room,
  roomFromLoadAverage,
  roomFromMeasure,
} from './degree.js';
import type { Pool } from './pool.js';

/** What {@link Conversions} needs from the run. */
export interface ConversionsOptions {
  /** How many inputs there are; they are asked for in order, 0 first. */
  count: number;
  /** Reads input `index` (throws when it cannot). */
  read: (index: number) => Promise<Uint8Array>;
  /** The outcome for an input that could not be read. */
  readFailed: (index: number, error: unknown) => InputOutcome;
  /** The path an input's stories are reported under (null for stdin). */
  pathOf: (index: number) => string | null;
  settings: ConvertSettings;
  /** `--jobs`, when given: that many threads, no estimate. */
  jobs: number | undefined;
  cpuCount: number;
  /**
   * The machine's CPU time and this process's (cpu-busy.ts); null where the
   * system does not say. Sampled when the batch starts and when the degree
   * is chosen: what other work keeps busy in between is what workers cannot use.
   */
  sampleCpu?: (() => CpuSample | null) | undefined;
  /** The machine's load average over the last minute: the fallback where `sampleCpu` says nothing. */
  loadAverage: () => number;
  /** This process's own start-up in milliseconds: what a worker's will cost. */
  startupMs: number;
  now: () => number;
  /** Starts `size` workers; absent where threads are not available. */
  startPool?: ((size: number) => Promise<Pool>) | undefined;
}

/** One input under way: its outcome, and whether it is settled yet. */
interface Pending {
  outcome: Promise<InputOutcome>;
  /** The promise the pool gave, while the input is in its hands. */
  pooled: Promise<InputOutcome> | null;
  bytes: number;
  done: boolean;
}

/**
 * The default degree is chosen once this thread has converted for this long
 * (and over a CPU sample window long enough to tell: cpu-busy.ts). The cost
 * per input is taken over the second half: the first inputs pay for V8
 * compiling the pipeline, several times a warm input's cost. Short beside
 * the batches that workers pay for (seconds of work on 2 CPUs).
 */
const PROBE_MS = 300;
/** Inputs converted after this much time count toward the cost per input. */
const RATE_AFTER_MS = PROBE_MS / 2;
/** Inputs the rate must be measured over at least. */
const RATE_INPUTS = 3;

/** Inputs read ahead for the workers at most, and bytes (at least one input). */
const WINDOW_INPUTS = 96;
const WINDOW_BYTES = 32 * 1024 * 1024;

/** Inputs below which a batch is not worth sharing at all. */
const FEW_INPUTS = 4;

function internalError(error: unknown): InputOutcome {
  return {
    ok: false,
    reason: `Internal error: ${(error as Error)?.message ?? String(error)} (please report it)`,
    ruleId: 'internal-error',
  };
}

/**
 * Converts a run's inputs, handing outcomes back in input order. This thread
 * always converts; workers join when `--jobs` asks for them or, by default,
 * when the cost measured on the first inputs and the free cores say they
 * will finish the work sooner (degree.ts). While workers take batches from
 * the front of the queue, this thread converts from the back, so it never
 * waits for a worker to start.
 */
export class Conversions {
  #options: ConversionsOptions;
  #pending: Array<Pending | undefined> = [];
  #nextStart = 0;
  #aheadBytes = 0;
  #pool: Pool | null = null;
  #degree: Degree | null = null;
  /** Inputs converted on this thread before workers, and the milliseconds that took. */
  #convertedHere = 0;
  #convertMs = 0;
  /** Of those, the ones converted past {@link RATE_AFTER_MS}, and their milliseconds. */
  #measured = 0;
  #measuredMs = 0;
  /** The CPU sample taken as the batch started, when the degree is to be estimated. */
  #cpuStart: CpuSample | null = null;

  constructor(options: ConversionsOptions) {
    this.#options = options;
    const { jobs, count, startPool } = options;
    if (jobs !== undefined) this.#degree = askedDegree(jobs, count);
    else if (!startPool) this.#degree = { threads: 1, reason: 'no worker threads here' };
    else if (count < FEW_INPUTS)
      this.#degree = {
        threads: 1,
        reason: `${count} input${count === 1 ? ' is' : 's are'} too few to share`,
      };
    else if (options.cpuCount < 2) this.#degree = { threads: 1, reason: 'one CPU' };
    if (!this.#degree) this.#cpuStart = options.sampleCpu?.() ?? null;
  }

  /** The outcome of input `index`; call for 0, 1, 2 … in order. */
  async outcome(index: number): Promise<InputOutcome> {
    await this.#decide(index);
    const pool = this.#pool;
    const limit = pool ? Math.min(this.#options.count, index + WINDOW_INPUTS) : index + 1;
    while (this.#nextStart < limit && (this.#nextStart <= index || this.#aheadBytes < WINDOW_BYTES))
      await this.#start(this.#nextStart++);
    const pending = this.#pending[index] as Pending;
    // This thread works beside the workers: the wanted input if no worker has
    // it yet, else the newest queued one; worker answers come in between.
    if (pool)
      while (!pending.done && pool.runHere(pending.pooled ?? undefined))
        await new Promise((resolve) => setImmediate(resolve));
    const outcome = await pending.outcome;
    // Once consumed, let it go: holding every outcome made memory grow with the batch.
    this.#pending[index] = undefined;
    this.#aheadBytes -= pending.bytes;
    return outcome;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.#pool?.close();
  }

  /** The degree and its reason, with what the workers did: for `--verbose`. */
  describe(): string {
    const degree = this.#degree ?? { threads: 1, reason: 'the run ended before measuring' };
    const stats = this.#pool?.stats();
    return describeDegree(
      degree,
      stats && {
        ready: stats.ready,
        byWorkers: stats.byWorkers,
        here: stats.here + this.#convertedHere,
      },
    );
  }

  /** Chooses the degree once enough is measured, and starts the workers it needs. */
  async #decide(index: number): Promise<void> {
    const options = this.#options;
    if (!this.#degree) {
      const remaining = options.count - index;
      const probed = this.#convertMs >= PROBE_MS && this.#measured >= RATE_INPUTS;
      const room = probed ? this.#room() : null;
      if (room)
        this.#degree = estimatedDegree({
          done: this.#measured,
          convertMs: this.#measuredMs,
          remaining,
          startupMs: options.startupMs,
          cpuCount: options.cpuCount,
          ...room,
        });
      // Too little left to pay for a worker whatever it costs: one thread.
      else if (remaining < FEW_INPUTS)
        this.#degree = {
          threads: 1,
          reason: `all but ${remaining} input${remaining === 1 ? '' : 's'} converted before measuring`,
        };
      else return;
    }
    if (this.#degree.threads > 1 && !this.#pool && options.startPool) {
      this.#pool = await options.startPool(this.#degree.threads - 1);
    }
  }

  /**
   * The threads the machine has room for: measured since the batch started
   * when it can be (null while that is too short to tell: this thread goes
   * on converting meanwhile), else from the load average.
   */
  #room(): Room | null {
    const { cpuCount, sampleCpu, loadAverage } = this.#options;
    const start = this.#cpuStart;
    const end = start && sampleCpu?.();
    if (!start || !end) return roomFromLoadAverage(cpuCount, loadAverage());
    const use = cpuUseBetween(start, end, cpuCount);
    return use && roomFromMeasure(cpuCount, use.elsewhere, use.own, use.windowMs);
  }

  async #start(index: number): Promise<void> {
    const options = this.#options;
    let bytes: Uint8Array;
    try {
      bytes = await options.read(index);
    } catch (error) {
      const outcome = options.readFailed(index, error);
      this.#pending[index] = {
        outcome: Promise.resolve(outcome),
        pooled: null,
        bytes: 0,
        done: true,
      };
      return;
    }
    const path = options.pathOf(index);
    const pool = this.#pool;
    if (!pool) {
      const started = options.now();
      let outcome: InputOutcome;
      try {
        outcome = convertInput(bytes, path, options.settings);
      } catch (error) {
        // A bug that one input triggers must not cost the rest of the batch.
        outcome = internalError(error);
      }
      const took = options.now() - started;
      this.#convertedHere++;
      if (this.#convertMs >= RATE_AFTER_MS) {
        this.#measuredMs += took;
        this.#measured++;
      }
      this.#convertMs += took;
      this.#pending[index] = {
        outcome: Promise.resolve(outcome),
        pooled: null,
        bytes: 0,
        done: true,
      };
      return;
    }
    const pooled = pool.convert(bytes, path, options.settings);
    const pending: Pending = { outcome: pooled, pooled, bytes: bytes.length, done: false };
    pending.outcome = pooled.then(
      (outcome) => {
        pending.done = true;
        pending.pooled = null;
        return outcome;
      },
      (error) => {
        pending.done = true;
        pending.pooled = null;
        return internalError(error);
      },
    );
    this.#aheadBytes += bytes.length;
    this.#pending[index] = pending;
  }
}
