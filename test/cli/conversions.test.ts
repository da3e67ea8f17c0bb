import { describe, expect, it } from 'vitest';
import { Conversions, type ConversionsOptions } from '../../src/cli/conversions.js';
import type { InputOutcome } from '../../src/cli/convert.js';
import type { CpuSample } from '../../src/cli/cpu-busy.js';
import type { Pool } from '../../src/cli/pool.js';
import { NDJSON_SETTINGS } from './stories.js';

const STORY = new TextEncoder().encode(
  'Harbour Council Votes to Rebuild Old Pier\n\nFJORD, March 3 (Nordwire) - The harbour council voted on Tuesday to rebuild the old pier.\n',
);

const settings = NDJSON_SETTINGS;

/**
 * A batch of `count` inputs on a made-up clock that moves 2 ms on every
 * reading, with a machine where other work keeps `busyElsewhere` cores busy
 * and this thread one. Returns the pool sizes asked for and the summary.
 */
async function runBatch(
  count: number,
  machine: { busyElsewhere: number | null; loadAverage?: number },
): Promise<{ poolSizes: number[]; summary: string }> {
  let clock = 0;
  const now = () => {
    clock += 2;
    return clock;
  };
  const sampleCpu = (): CpuSample | null => {
    if (machine.busyElsewhere === null) return null;
    const at = now();
    return { at, machineBusyMs: at * (1 + machine.busyElsewhere), ownMs: at, machineCpus: 2 };
  };
  const poolSizes: number[] = [];
  const startPool = async (size: number): Promise<Pool> => {
    poolSizes.push(size);
    // A pool whose workers never take anything: this thread converts it all.
    const queue: InputOutcome[] = [];
    return {
      convert: async () => {
        const outcome: InputOutcome = { ok: false, reason: 'unused', ruleId: 'unused' };
        queue.push(outcome);
        return outcome;
      },
      runHere: () => false,
      stats: () => ({
        started: size,
        ready: size,
        firstReadyMs: 0,
        byWorkers: queue.length,
        here: 0,
        batches: 0,
      }),
      close: async () => {},
    };
  };
  const options: ConversionsOptions = {
    count,
    read: async () => STORY,
    readFailed: () => ({ ok: false, reason: 'unread', ruleId: 'unread' }),
    pathOf: (index) => `${index}.txt`,
    settings,
    jobs: undefined,
    cpuCount: 2,
    sampleCpu,
    loadAverage: () => machine.loadAverage ?? 0,
    startupMs: 10,
    now,
    startPool,
  };
  const conversions = new Conversions(options);
  for (let index = 0; index < count; index++) await conversions.outcome(index);
  await conversions.close();
  return { poolSizes, summary: conversions.describe() };
}

describe('the default degree of a batch', () => {
  it('starts a worker on a core other work leaves idle, measured since the batch began', async () => {
    const { poolSizes, summary } = await runBatch(4_000, { busyElsewhere: 0, loadAverage: 1.9 });
    expect(poolSizes).toEqual([1]);
    // The lagging load average (1.9: an earlier batch's) is not what decided.
    expect(summary).toMatch(/2\.0 free CPUs \(other work kept 0\.00 of 2 CPUs busy over \d+ ms\)/);
  });

  it('stays on one thread when other work keeps a core busy', async () => {
    const { poolSizes, summary } = await runBatch(400, { busyElsewhere: 1, loadAverage: 0 });
    expect(poolSizes).toEqual([]);
    expect(summary).toMatch(
      /^1 thread: no idle CPU \(other work kept 1\.00 of 2 CPUs busy over \d+ ms\)/,
    );
  });

  it('waits for a window long enough to measure before choosing', async () => {
    const { summary } = await runBatch(400, { busyElsewhere: 0 });
    const window = Number(/over (\d+) ms/.exec(summary)?.[1]);
    expect(window).toBeGreaterThanOrEqual(100);
  });

  it('reads the load average where the CPUs cannot be sampled', async () => {
    const { poolSizes, summary } = await runBatch(400, { busyElsewhere: null, loadAverage: 1.5 });
    expect(poolSizes).toEqual([]);
    expect(summary).toBe('1 thread: no idle CPU (load average 1.50 on 2 CPUs)');
  });
});
