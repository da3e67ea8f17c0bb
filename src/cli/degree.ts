/**
 * How many threads convert a batch, and why: the `--verbose` summary quotes
 * the reason. Threads are this one plus workers; this thread always
 * converts too, so a worker that is late to start costs no waiting.
 */
export interface Degree {
  /** Threads converting, this one included. */
  threads: number;
  /** Why, in words (quoted by `--verbose`). */
  reason: string;
}

/** What is known when the degree is chosen by default (no `--jobs`). */
export interface DegreeEstimate {
  /**
   * Inputs this thread converted once past its first warm-up, and the
   * milliseconds that took: the cost per input the work left is estimated at.
   */
  done: number;
  convertMs: number;
  /** Inputs left. */
  remaining: number;
  /** Milliseconds a worker takes to start: this process's own start-up, measured. */
  startupMs: number;
  cpuCount: number;
  /** Cores other work leaves free, this thread's included, and how that was found. */
  freeCores: number;
  freeHow: string;
  /**
   * Cores one converting thread keeps busy: itself and V8's compiler and
   * collector threads beside it (about 1.35 measured on 2 CPUs). Two threads
   * on two cores get 2 ÷ 1.35 of one thread's speed, not twice it.
   */
  coresPerThread: number;
}

const ms = (value: number) =>
  value >= 1000
    ? `${(value / 1000).toFixed(1)} s`
    : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** {@link DegreeEstimate}'s view of the machine, and how it was found. */
export type Room = Pick<DegreeEstimate, 'freeCores' | 'freeHow' | 'coresPerThread'>;

/**
 * A core counts as free when other work leaves at least this much of it: the
 * measure moves in ticks of 10 ms per CPU.
 */
const FREE_CORE_SLACK = 0.25;

/**
 * The machine as measured while this thread converted alone (see
 * cpu-busy.ts): the cores other processes left free, and the cores this
 * process kept busy per second of wall time.
 */
export function roomFromMeasure(
  cpuCount: number,
  busyElsewhere: number,
  ownCores: number,
  windowMs: number,
): Room {
  return {
    freeCores: Math.max(0, cpuCount - busyElsewhere),
    freeHow: `other work kept ${busyElsewhere.toFixed(2)} of ${cpuCount} CPUs busy over ${ms(windowMs)}`,
    coresPerThread: Math.max(1, ownCores),
  };
}

/**
 * The machine from the load average over the last minute (runnable threads):
 * the fallback where the CPUs' busy time cannot be measured. It lags by a
 * minute and counts this process's earlier work as other work, so a core
 * below the load average is taken to be this thread's.
 */
export function roomFromLoadAverage(cpuCount: number, loadAverage: number): Room {
  const idle = Math.floor(cpuCount - loadAverage);
  return {
    freeCores: idle < 1 ? 1 : Math.max(2, idle),
    freeHow: `load average ${loadAverage.toFixed(2)} on ${cpuCount} CPUs`,
    coresPerThread: 1,
  };
}

/**
 * A worker's warm-up, in start-ups: a new thread converts slowly while V8
 * compiles and optimises the pipeline for it, over its first thousands of
 * inputs. Measured on 2 CPUs: a first pass over a batch took 1.2 s (10,000
 * synthetic stories) to 2.1 s (the visible corpus) more than a warm pass,
 * against a start-up of 113 ms; too long to see in the few hundred
 * milliseconds the estimate is taken over, so it is a ratio to the start-up,
 * which is measured and scales with the machine as the warm-up does.
 */
export const WARM_UP_START_UPS = 15;

/**
 * How much faster than one thread a degree must be expected to finish for
 * workers to start: the margin covers a noisy estimate and the message
 * copying per input, so that the default is not slower than `--jobs 1`.
 */
export const WORKERS_PAY_AT = 1.1;

/** Most threads chosen by default (`--jobs` may ask for more). */
export const DEFAULT_MAX_THREADS = 16;

/** The degree `--jobs N` asks for. */
export function askedDegree(jobs: number, inputs: number): Degree {
  const threads = Math.max(1, Math.min(jobs, inputs));
  return {
    threads,
    reason:
      threads < jobs
        ? `--jobs ${jobs}, but only ${inputs} input${inputs === 1 ? '' : 's'}`
        : `--jobs ${jobs}`,
  };
}

/**
 * The default degree from the cost measured on the first inputs. Each
 * thread runs at one thread's speed while the free cores hold it
 * (`freeCores ÷ coresPerThread` threads' worth at most), and each worker
 * first pays its start-up and warm-up; the degree chosen is the one expected
 * to finish first, and workers start only when it beats one thread by
 * {@link WORKERS_PAY_AT}.
 */
export function estimatedDegree(estimate: DegreeEstimate): Degree {
  const { done, convertMs, remaining, startupMs, cpuCount } = estimate;
  const { freeCores, freeHow, coresPerThread } = estimate;
  const perInput = done > 0 ? convertMs / done : 0;
  const left = perInput * remaining;
  const workerCost = startupMs * (1 + WARM_UP_START_UPS);
  const measured = `${ms(perInput)} per input, measured over ${done}`;
  if (cpuCount < 2) return { threads: 1, reason: 'one CPU' };
  const room = Math.floor(freeCores + FREE_CORE_SLACK);
  if (room < 2) return { threads: 1, reason: `no idle CPU (${freeHow})` };
  const speed = (threads: number) => Math.min(threads, freeCores / coresPerThread);
  const finish = (threads: number) => (left + (threads - 1) * workerCost) / speed(threads);
  let best = 1;
  const most = Math.min(cpuCount, DEFAULT_MAX_THREADS, remaining, room);
  for (let threads = 2; threads <= most; threads++)
    if (finish(threads) < finish(best)) best = threads;
  const machine = `${freeCores.toFixed(1)} free CPUs (${freeHow}), ${coresPerThread.toFixed(2)} CPUs busy per converting thread`;
  const work = `about ${ms(left)} of work left (${measured}), a worker starts and warms up in about ${ms(workerCost)}`;
  if (best === 1 || finish(1) < finish(best) * WORKERS_PAY_AT)
    return { threads: 1, reason: `workers would not pay: ${work}; ${machine}` };
  return { threads: best, reason: `${work}; ${machine}` };
}

/** How the degree was chosen and what the workers did, for the `--verbose` summary. */
export function describeDegree(
  degree: Degree,
  workers?: { ready: number; byWorkers: number; here: number },
): string {
  const threads =
    degree.threads === 1
      ? '1 thread'
      : `${degree.threads} threads (this one and ${degree.threads - 1} worker${degree.threads === 2 ? '' : 's'})`;
  const split = workers
    ? `; ${workers.byWorkers.toLocaleString('en-US')} input${workers.byWorkers === 1 ? '' : 's'} converted by workers, ${workers.here.toLocaleString('en-US')} here`
    : '';
  return `${threads}: ${degree.reason}${split}`;
}
