/**
 * Worker-thread entry for `--jobs`: converts the batches of inputs the pool
 * sends and posts each batch's answers back in one message. Built as its own
 * bundle (dist/copydesk-worker.js).
 */
import { parentPort } from 'node:worker_threads';
import { loadOptional } from '../optional.js';
import { loadXmlFormats } from '../render/xml/on-demand.js';
import { type ConvertSettings, convertInput, loadExplain } from './convert.js';
import type { PoolAnswer, PoolRequest, PoolResponse } from './pool.js';
import { isXmlFormat } from './xml-output.js';

/**
 * The settings of the run, kept from the first batch: each message brings a
 * fresh copy, and the converter caches its processor and lexicon per object.
 */
let known: { key: string; settings: ConvertSettings } | null = null;
let loading: Promise<void> | null = null;

function settingsOf(sent: ConvertSettings): ConvertSettings {
  const key = JSON.stringify(sent);
  if (known?.key !== key) {
    known = { key, settings: sent };
    // Only the optional modules this run needs, as the main thread loads them.
    loading = Promise.all([
      loadOptional({
        terminal: sent.format === 'terminal',
        frontMatter: sent.format === 'markdown' && sent.frontMatter,
        markdownInput: sent.from === 'markdown' || isXmlFormat(sent.format),
      }),
      isXmlFormat(sent.format) ? loadXmlFormats() : undefined,
      sent.explain ? loadExplain() : undefined,
    ]).then(() => {});
  }
  return known.settings;
}

parentPort?.on('message', async (request: PoolRequest) => {
  const settings = settingsOf(request.settings);
  await loading;
  const answers: PoolAnswer[] = request.jobs.map((job) => {
    try {
      return { id: job.id, outcome: convertInput(job.bytes, job.path, settings) };
    } catch (error) {
      return { id: job.id, error: (error as Error)?.stack ?? String(error) };
    }
  });
  parentPort?.postMessage({ answers } satisfies PoolResponse);
});

// Jobs sent before this are not counted against an input if the worker dies.
parentPort?.postMessage({ ready: true } satisfies PoolResponse);
