import { describe, expect, it } from 'vitest';
import {
  askedDegree,
  type DegreeEstimate,
  describeDegree,
  estimatedDegree,
  roomFromLoadAverage,
  roomFromMeasure,
  WARM_UP_START_UPS,
} from '../../src/cli/degree.js';

/** 1 ms an input over 100 measured; a worker costs 16 × 100 ms = 1.6 s to start and warm up. */
const estimate: DegreeEstimate = {
  done: 100,
  convertMs: 100,
  remaining: 20_000,
  startupMs: 100,
  cpuCount: 2,
  ...roomFromMeasure(2, 0, 1.4, 300),
};

describe('how many threads convert a batch', () => {
  it('starts a worker when the work left repays its start-up and warm-up', () => {
    // 20 s of work: two threads on two cores run 2 ÷ 1.4 times as fast as one.
    const degree = estimatedDegree(estimate);
    expect(degree).toEqual({
      threads: 2,
      reason:
        'about 20.0 s of work left (1.0 ms per input, measured over 100), a worker starts and warms up in about 1.6 s; ' +
        '2.0 free CPUs (other work kept 0.00 of 2 CPUs busy over 300 ms), 1.40 CPUs busy per converting thread',
    });
    expect(WARM_UP_START_UPS).toBe(15);
  });

  it('stays on one thread while the work left does not repay a worker on the cores there are', () => {
    // 5 s of work: (5 + 1.6) ÷ (2 ÷ 1.4) = 4.6 s, not 10 % under 5 s.
    const degree = estimatedDegree({ ...estimate, remaining: 5_000 });
    expect(degree.threads).toBe(1);
    expect(degree.reason).toMatch(/^workers would not pay: about 5\.0 s of work left/);
    // The same 5 s repays a worker where each thread has a core of its own.
    expect(estimatedDegree({ ...estimate, remaining: 5_000, coresPerThread: 1 }).threads).toBe(2);
    expect(estimatedDegree({ ...estimate, remaining: 1_000, coresPerThread: 1 }).threads).toBe(1);
  });

  it('chooses the degree expected to finish first, within the free cores', () => {
    const eight = { ...estimate, cpuCount: 8, ...roomFromMeasure(8, 0, 1.4, 300) };
    // 8 ÷ 1.4: 5.7 threads' worth; a sixth thread still adds 0.7 of one, a seventh nothing.
    expect(estimatedDegree(eight).threads).toBe(6);
    expect(estimatedDegree({ ...eight, ...roomFromMeasure(8, 5, 1.4, 300) }).threads).toBe(2);
    // Less work: fewer workers repay their cost.
    expect(estimatedDegree({ ...eight, remaining: 3_000 }).threads).toBe(5);
    expect(estimatedDegree({ ...eight, remaining: 1_000 }).threads).toBe(1);
    expect(estimatedDegree({ ...estimate, cpuCount: 1 })).toEqual({
      threads: 1,
      reason: 'one CPU',
    });
  });

  it('starts no worker when other work leaves room for this thread alone', () => {
    expect(estimatedDegree({ ...estimate, ...roomFromMeasure(2, 1.5, 1.4, 130) })).toEqual({
      threads: 1,
      reason: 'no idle CPU (other work kept 1.50 of 2 CPUs busy over 130 ms)',
    });
    // A tick of noise (10 ms in 120) does not cost a core.
    expect(estimatedDegree({ ...estimate, ...roomFromMeasure(2, 0.08, 1.4, 120) }).threads).toBe(2);
  });

  it('falls back on the load average, a thread a core', () => {
    expect(roomFromLoadAverage(2, 1.4)).toEqual({
      freeCores: 1,
      freeHow: 'load average 1.40 on 2 CPUs',
      coresPerThread: 1,
    });
    expect(roomFromLoadAverage(2, 0.9).freeCores).toBe(2);
    expect(roomFromLoadAverage(8, 4.5).freeCores).toBe(3);
    expect(estimatedDegree({ ...estimate, ...roomFromLoadAverage(2, 1.4) }).reason).toBe(
      'no idle CPU (load average 1.40 on 2 CPUs)',
    );
  });

  it('takes --jobs as asked, up to the number of inputs', () => {
    expect(askedDegree(4, 100)).toEqual({ threads: 4, reason: '--jobs 4' });
    expect(askedDegree(4, 2)).toEqual({ threads: 2, reason: '--jobs 4, but only 2 inputs' });
  });

  it('says in --verbose what converted where', () => {
    expect(describeDegree({ threads: 1, reason: '--jobs 1' })).toBe('1 thread: --jobs 1');
    expect(
      describeDegree({ threads: 3, reason: '--jobs 3' }, { ready: 2, byWorkers: 1200, here: 34 }),
    ).toBe(
      '3 threads (this one and 2 workers): --jobs 3; 1,200 inputs converted by workers, 34 here',
    );
  });
});
