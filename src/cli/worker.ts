/**
 * Worker-thread entry for `--jobs`: converts inputs sent by the pool and posts
 * the outcome back. Built as its own bundle (dist/copydesk-worker.js).
 */
import { parentPort } from 'node:worker_threads';
import { loadOptional } from '../optional.js';
import { convertInput, loadExplain } from './convert.js';
import type { PoolRequest, PoolResponse } from './pool.js';

// A worker serves any format it is sent; it pays the optional modules' load once.
await Promise.all([loadOptional(), loadExplain()]);

parentPort?.on('message', (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    response = {
      id: request.id,
      outcome: convertInput(request.bytes, request.path, request.settings),
    };
  } catch (error) {
    response = { id: request.id, error: (error as Error)?.stack ?? String(error) };
  }
  parentPort?.postMessage(response);
});

// Jobs sent before this are not counted against an input if the worker dies.
parentPort?.postMessage({ ready: true } satisfies PoolResponse);
