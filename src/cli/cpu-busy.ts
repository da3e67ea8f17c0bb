/**
 * How busy other work keeps the machine's CPUs right now, measured between
 * two samples of the machine's CPU time and this process's own.
 *
 * The one-minute load average answers the same question a minute late: a
 * batch started after another batch (a CI script converting folder after
 * folder) found the load of its predecessor and stayed on one thread on an
 * idle machine, and one started just after other work began found the
 * machine idle. And this process's own threads count as its own here, not as
 * another process's: V8's compiler and collector threads keep about a third
 * of a second core busy beside a converting thread.
 */

import { cpus } from 'node:os';

/** The machine's CPU time and this process's, at one moment. */
export interface CpuSample {
  /** Milliseconds on a monotonic clock. */
  at: number;
  /** Milliseconds every CPU of the machine spent not idle, summed (the kernel's ticks: 10 ms). */
  machineBusyMs: number;
  /** Milliseconds of CPU this process used, all its threads (user + system). */
  ownMs: number;
  /** CPUs the machine counts (`os.cpus().length`): may be more than this process may run on. */
  machineCpus: number;
}

/**
 * Samples shorter than this apart say too little: the machine's counters move
 * in ticks of 10 ms per CPU, so over 100 ms one tick either way is a tenth of
 * a core.
 */
export const MIN_WINDOW_MS = 100;

/** What two samples say: cores kept busy by other processes and by this one, per millisecond of wall time. */
export interface CpuUse {
  elsewhere: number;
  own: number;
  windowMs: number;
}

/**
 * The cores other processes and this one kept busy between two samples, or
 * null when the samples are closer than {@link MIN_WINDOW_MS}. `cpuCount` is
 * the CPUs this process may run on: where the machine has more (a container
 * pinned to a few CPUs of a large host), other work is taken to be spread
 * evenly over all of them, as the scheduler spreads it, and only this
 * process's share of the CPUs counts.
 */
export function cpuUseBetween(from: CpuSample, to: CpuSample, cpuCount: number): CpuUse | null {
  const windowMs = to.at - from.at;
  if (!(windowMs >= MIN_WINDOW_MS)) return null;
  const ownMs = to.ownMs - from.ownMs;
  const others = Math.max(0, (to.machineBusyMs - from.machineBusyMs - ownMs) / windowMs);
  const share = Math.min(1, cpuCount / Math.max(1, to.machineCpus));
  return { elsewhere: others * share, own: ownMs / windowMs, windowMs };
}

/** The fields of `os.cpus()` that {@link machineBusyMs} reads. */
export interface CpuTimes {
  times: { user: number; nice: number; sys: number; idle: number; irq: number };
}

/** Milliseconds the CPUs spent not idle, summed over `cpus` (as `os.cpus()` lists them). */
export function machineBusyMs(cpus: readonly CpuTimes[]): number {
  let busy = 0;
  for (const { times } of cpus) busy += times.user + times.nice + times.sys + times.irq;
  return busy;
}

/**
 * Samples this machine and this process now; null where the system lists no
 * CPUs (some containers), and the caller falls back on the load average.
 */
export function sampleCpu(): CpuSample | null {
  const list = cpus();
  if (list.length === 0) return null;
  const own = process.cpuUsage();
  return {
    // process.uptime(): a monotonic clock without loading perf_hooks.
    at: process.uptime() * 1000,
    machineBusyMs: machineBusyMs(list),
    ownMs: (own.user + own.system) / 1000,
    machineCpus: list.length,
  };
}
