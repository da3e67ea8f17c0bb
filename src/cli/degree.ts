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
  /** Inputs converted so far on this thread, and the milliseconds that took. */
  done: number;
  convertMs: number;
  /** Inputs left. */
  remaining: number;
  /** Milliseconds a worker takes to start: this process's own start-up, measured. */
  startupMs: number;
  cpuCount: number;
  /**
   * The machine's load average over the last minute (runnable threads; 0
   * where the system does not say). Cores it leaves idle are what workers
   * can use: on a busy machine a worker gets no core of its own and its
   * start-up and copies are pure cost (measured at load 10-14 on 2 CPUs:
   * `--jobs 2` took 1.25x the CPU time of `--jobs 1` and 1.4x its wall time).
   */
  loadAverage: number;
}

/**
 * A worker must have at least this many times its start-up in work ahead of
 * it to be worth starting: it starts on another core while this thread goes
 * on converting, so anything over 1 wins on an idle machine; the margin
 * covers a noisy estimate and the message copying per input.
 */
export const WORKER_PAYS_AFTER = 3;

/** Most threads chosen by default (`--jobs` may ask for more). */
export const DEFAULT_MAX_THREADS = 16;

const ms = (value: number) =>
  value >= 1000
    ? `${(value / 1000).toFixed(1)} s`
    : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

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
 * The default degree from the cost measured on the first inputs: workers
 * start only when the work left is worth several of their start-ups.
 */
export function estimatedDegree(estimate: DegreeEstimate): Degree {
  const { done, convertMs, remaining, startupMs, cpuCount, loadAverage } = estimate;
  const perInput = done > 0 ? convertMs / done : 0;
  const left = perInput * remaining;
  const measured = `${ms(perInput)} per input, measured over ${done}`;
  if (cpuCount < 2) return { threads: 1, reason: 'one CPU' };
  const idle = Math.floor(cpuCount - loadAverage);
  if (idle < 1)
    return {
      threads: 1,
      reason: `no idle CPU (load average ${loadAverage.toFixed(2)} on ${cpuCount} CPUs)`,
    };
  if (left < WORKER_PAYS_AFTER * startupMs)
    return {
      threads: 1,
      reason: `about ${ms(left)} of work left (${measured}), less than ${WORKER_PAYS_AFTER}× a worker's start-up (${ms(startupMs)})`,
    };
  // A worker per idle core beside this thread, and no more than the work keeps busy.
  const worth = Math.floor(left / (WORKER_PAYS_AFTER * startupMs));
  const threads = Math.max(2, Math.min(cpuCount, idle, DEFAULT_MAX_THREADS, 1 + worth, remaining));
  return {
    threads,
    reason: `about ${ms(left)} of work left (${measured}), a worker starts in about ${ms(startupMs)}, ${idle} idle CPU${idle === 1 ? '' : 's'}`,
  };
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
