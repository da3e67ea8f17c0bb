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

const ANSWER = `parentPort.on('message', (request) => parentPort.postMessage({ id: request.id, outcome: { ok: true, stories: [], by: 'worker' } }));`;
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
        `${READY}\nparentPort.on('message', (request) => { parentPort.postMessage({ id: request.id, outcome: { ok: true, stories: [], by: 'worker' } }); setTimeout(() => process.exit(1), 5); });`,
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
