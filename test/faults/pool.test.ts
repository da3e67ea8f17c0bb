import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConvertSettings, InputOutcome } from '../../src/cli/convert.js';
import { createPool } from '../../src/cli/pool.js';
import { tempDir } from './real-io.js';

let cleanup = () => {};
afterEach(() => cleanup());

const settings = {} as ConvertSettings;
const bytes = () => new TextEncoder().encode('text');

/** A worker script in a temp folder, as a URL the pool can start. */
function worker(source: string): URL {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const path = join(temp.dir, 'worker.mjs');
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${source}`);
  return pathToFileURL(path);
}

/** A worker's answer to every job of a batch. */
const answers = (outcome: string) =>
  `parentPort.postMessage({ answers: request.jobs.map((job) => ({ id: job.id, outcome: ${outcome} })) })`;
const ANSWER = `parentPort.on('message', (request) => ${answers("{ ok: true, stories: [], by: 'worker' }")});`;
const READY = `parentPort.postMessage({ ready: true });`;

/** A main-thread fallback that says it ran. */
const here = (): InputOutcome => ({ ok: true, stories: [], by: 'main' }) as InputOutcome;

describe('the worker pool never leaves a request waiting', () => {
  it('converts on workers that start', { timeout: 30_000 }, async () => {
    const pool = createPool(2, worker(`${ANSWER}\n${READY}`), here);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => pool.convert(bytes(), null, settings)),
    );
    await pool.close();
    expect(outcomes.map((outcome) => (outcome as { by?: string }).by)).toEqual(
      Array(6).fill('worker'),
    );
  });

  it('falls back to the main thread when no worker can start (exited 0 with nothing done)', {
    timeout: 30_000,
  }, async () => {
    // As under a low open-files limit: every worker dies while starting, some with exit code 0.
    const pool = createPool(3, worker('process.exit(0);'), here);
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => pool.convert(bytes(), null, settings)),
    );
    await pool.close();
    expect(outcomes.map((outcome) => (outcome as { by?: string }).by)).toEqual(
      Array(5).fill('main'),
    );
  });

  it('replaces a dead worker: requests sent later still reach a live one', {
    timeout: 30_000,
  }, async () => {
    // Each worker answers one request, then dies: the pool must keep starting new ones.
    const pool = createPool(
      1,
      worker(
        `${READY}\nparentPort.on('message', (request) => { ${answers("{ ok: true, stories: [], by: 'worker' }")}; setTimeout(() => process.exit(1), 5); });`,
      ),
      here,
    );
    const first = await pool.convert(bytes(), null, settings);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await pool.convert(bytes(), null, settings);
    await pool.close();
    expect((first as { by?: string }).by).toBe('worker');
    expect((second as { by?: string }).by).toBe('worker');
  });

  it('answers an input that kills every worker it is sent to with an error outcome', {
    timeout: 30_000,
  }, async () => {
    const pool = createPool(
      2,
      worker(`${READY}\nparentPort.on('message', () => process.exit(3));`),
      here,
    );
    const outcomes = await Promise.all(
      Array.from({ length: 3 }, () => pool.convert(bytes(), null, settings)),
    );
    await pool.close();
    expect(outcomes[0]).toMatchObject({ ok: false, ruleId: 'worker-crashed' });
    expect((outcomes[0] as { reason: string }).reason).toMatch(/worker thread died .*exit code 3/);
    // Every request is answered: by a crash report, or by the main thread once workers ran out.
    for (const outcome of outcomes)
      expect(outcome.ok === false || (outcome as { by?: string }).by === 'main').toBe(true);
  });
});

describe('the worker pool works in batches beside the calling thread', () => {
  it('sends queued inputs in batches, and one that was in a dead worker alone', {
    timeout: 30_000,
  }, async () => {
    // Dies on any batch holding the poisoned input; says how big each batch was.
    const pool = createPool(
      1,
      worker(
        `${READY}\nparentPort.on('message', (request) => { if (request.jobs.some((job) => job.path === 'poison')) process.exit(4); ${answers("{ ok: true, stories: [], by: 'worker', batch: request.jobs.length }")}; });`,
      ),
      here,
    );
    const paths = ['a', 'b', 'poison', 'c', 'd'];
    const outcomes = await Promise.all(paths.map((path) => pool.convert(bytes(), path, settings)));
    const stats = pool.stats();
    await pool.close();
    // All five went in one batch; that worker died, so each went again alone.
    expect(stats.batches).toBeGreaterThanOrEqual(6);
    expect(outcomes[2]).toMatchObject({ ok: false, ruleId: 'worker-crashed' });
    for (const index of [0, 1, 3, 4])
      expect(outcomes[index]).toMatchObject({ ok: true, by: 'worker', batch: 1 });
  });

  it('lets the caller convert the input it waits for, else the newest queued', {
    timeout: 30_000,
  }, async () => {
    // A worker that never gets ready: everything stays queued for the caller.
    const order: Array<string | null> = [];
    const pool = createPool(1, worker('setInterval(() => {}, 1000);'), (_bytes, path) => {
      order.push(path);
      return { ok: true, stories: [] };
    });
    const first = pool.convert(bytes(), 'first', settings);
    const second = pool.convert(bytes(), 'second', settings);
    const third = pool.convert(bytes(), 'third', settings);
    expect(pool.runHere(second)).toBe(true);
    expect(pool.runHere(second)).toBe(true);
    expect(pool.runHere(first)).toBe(true);
    expect(pool.runHere()).toBe(false);
    await Promise.all([first, second, third]);
    await pool.close();
    expect(order).toEqual(['second', 'third', 'first']);
    expect(pool.stats()).toMatchObject({ here: 3, byWorkers: 0 });
  });
});
