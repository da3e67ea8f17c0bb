import { describe, expect, it } from 'vitest';
import { cpuUseBetween, MIN_WINDOW_MS, machineBusyMs } from '../../src/cli/cpu-busy.js';

describe('the cores other work keeps busy', () => {
  it('is the machine’s busy time less this process’s, per millisecond of the window', () => {
    // 200 ms: the machine was busy 330 ms in all, 250 of them this process's threads.
    const from = { at: 1_000, machineBusyMs: 50_000, ownMs: 400, machineCpus: 2 };
    const to = { at: 1_200, machineBusyMs: 50_330, ownMs: 650, machineCpus: 2 };
    const use = cpuUseBetween(from, to, 2);
    expect(use?.elsewhere).toBeCloseTo(0.4);
    expect(use?.own).toBeCloseTo(1.25);
    expect(use?.windowMs).toBe(200);
  });

  it('is never below zero (the machine counts in ticks, the process more finely)', () => {
    const from = { at: 0, machineBusyMs: 1_000, ownMs: 0, machineCpus: 2 };
    expect(
      cpuUseBetween(from, { at: 150, machineBusyMs: 1_140, ownMs: 148, machineCpus: 2 }, 2)
        ?.elsewhere,
    ).toBe(0);
  });

  it('says nothing over a window too short to tell', () => {
    const from = { at: 0, machineBusyMs: 0, ownMs: 0, machineCpus: 2 };
    expect(
      cpuUseBetween(
        from,
        { at: MIN_WINDOW_MS - 1, machineBusyMs: 90, ownMs: 0, machineCpus: 2 },
        2,
      ),
    ).toBe(null);
    expect(
      cpuUseBetween(from, { at: MIN_WINDOW_MS, machineBusyMs: 90, ownMs: 0, machineCpus: 2 }, 2)
        ?.elsewhere,
    ).toBe(0.9);
  });

  it('counts only this process’s share of a larger machine’s other work', () => {
    // 64 CPUs, 32 kept busy by others; this process may run on 4 of them.
    const from = { at: 0, machineBusyMs: 0, ownMs: 0, machineCpus: 64 };
    const to = { at: 1_000, machineBusyMs: 32_000 + 1_000, ownMs: 1_000, machineCpus: 64 };
    expect(cpuUseBetween(from, to, 4)?.elsewhere).toBe(2);
    expect(cpuUseBetween(from, to, 64)?.elsewhere).toBe(32);
  });

  it('sums every CPU’s time but its idle time', () => {
    const cpu = (user: number, idle: number) => ({
      times: { user, nice: 1, sys: 2, idle, irq: 3 },
    });
    expect(machineBusyMs([cpu(10, 1_000), cpu(20, 5_000)])).toBe(10 + 20 + 2 * (1 + 2 + 3));
    expect(machineBusyMs([])).toBe(0);
  });
});
