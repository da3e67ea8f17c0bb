import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirst from './test/setup/slow-first.js';

export default defineConfig({
  test: {
    // The spawn smoke tests run dist/: build it first unless it is current.
    globalSetup: ['test/setup/fresh-build.ts'],
    // On a fresh clone (no cached durations) the slow files start first.
    sequence: { sequencer: SlowFirst },
    // Worker threads that keep their module cache from one test file to the
    // next: re-importing the pipeline for each of ~50 files was half of the
    // suite's CPU time. No test changes module state another relies on (the
    // CLI runs through main() with an injected io, never process globals).
    pool: 'threads',
    isolate: false,
    // Vitest's default is one worker fewer than the cores, so one file at a
    // time on a 2-core machine. Several files spend most of their time
    // waiting on spawned CLIs, a tmux screen or killed children (the ones
    // test/setup/slow-first.ts starts first): a worker more than the cores
    // keeps a file that computes running while two of them wait.
    maxWorkers: availableParallelism() + 1,
    // Generous, so a loaded 2-core machine (CI beside other jobs) fails no
    // test for slowness: the first CLI test of a file loads the pipeline, a
    // spawned --jobs run starts worker threads. Speed is `npm run bench`'s job.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
