import { describe, expect, it } from 'vitest';
import { askedDegree, describeDegree, estimatedDegree } from '../../src/cli/degree.js';

const estimate = {
  done: 10,
  convertMs: 20,
  remaining: 1000,
  startupMs: 60,
  cpuCount: 2,
  loadAverage: 0,
};

describe('how many threads convert a batch', () => {
  it('starts workers when the work left is worth several of their start-ups', () => {
    // 2 ms an input, 1,000 left: 2 s of work against a 60 ms start-up.
    const degree = estimatedDegree(estimate);
    expect(degree.threads).toBe(2);
    expect(degree.reason).toBe(
      'about 2.0 s of work left (2.0 ms per input, measured over 10), a worker starts in about 60 ms, 2 idle CPUs',
    );
  });

  it('stays on one thread when the work left is short beside a start-up', () => {
    const degree = estimatedDegree({ ...estimate, remaining: 50 });
    expect(degree).toEqual({
      threads: 1,
      reason:
        "about 100 ms of work left (2.0 ms per input, measured over 10), less than 3× a worker's start-up (60 ms)",
    });
  });

  it('starts no more workers than cores beside this thread, nor than the work keeps busy', () => {
    expect(estimatedDegree({ ...estimate, cpuCount: 8 }).threads).toBe(8);
    // 400 ms of work: two start-ups' worth (180 ms each) beside this thread.
    expect(estimatedDegree({ ...estimate, cpuCount: 8, remaining: 200 }).threads).toBe(3);
    expect(estimatedDegree({ ...estimate, cpuCount: 1 })).toEqual({
      threads: 1,
      reason: 'one CPU',
    });
  });

  it('starts no worker on a machine with no idle core, and no more than the idle cores', () => {
    expect(estimatedDegree({ ...estimate, loadAverage: 1.4 })).toEqual({
      threads: 1,
      reason: 'no idle CPU (load average 1.40 on 2 CPUs)',
    });
    expect(estimatedDegree({ ...estimate, loadAverage: 0.9 }).threads).toBe(2);
    expect(estimatedDegree({ ...estimate, cpuCount: 8, loadAverage: 4.5 }).threads).toBe(3);
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
