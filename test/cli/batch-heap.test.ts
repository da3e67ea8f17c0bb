import { describe, expect, it } from 'vitest';
import {
  BATCH_HEAP_FLAGS,
  BATCH_HEAP_MIN_INPUTS,
  tuneHeapForBatch,
} from '../../src/cli/batch-heap.js';
import { parseArgs } from '../../src/cli/program.js';
import { run } from '../../src/cli/run.js';
import { fakeIo } from './fake-io.js';

function options(argv: string[]) {
  const parsed = parseArgs(argv, { writeOut: () => {}, writeErr: () => {}, version: '0.0.0' });
  if (parsed.kind !== 'run') throw new Error('Expected a run');
  return parsed.options;
}

const STORY = 'Harbour bridge reopens\n\nThe bridge opened again on Monday after repairs.\n';

describe('tuneHeapForBatch', () => {
  it('sets the flags on a V8 they are known for', () => {
    const set: string[] = [];
    expect(tuneHeapForBatch('11.3.244.8-node.33', (flag) => set.push(flag))).toBe(true);
    expect(set).toEqual(BATCH_HEAP_FLAGS);
  });

  it('sets nothing on another V8, which could print "unrecognized flag"', () => {
    const set: string[] = [];
    expect(tuneHeapForBatch('99.1.0', (flag) => set.push(flag))).toBe(false);
    expect(set).toEqual([]);
  });
});

describe('run() and the batch heap', () => {
  const batch = (count: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `in/${String(index).padStart(4, '0')}.txt`,
        STORY,
      ]),
    );

  it(`tunes the heap once for ${BATCH_HEAP_MIN_INPUTS} inputs, before any output`, async () => {
    const calls: number[] = [];
    const files = batch(BATCH_HEAP_MIN_INPUTS);
    const { io, out } = fakeIo(files, {
      tuneHeapForBatch: async () => {
        calls.push(out().length);
      },
    });
    expect(await run(options(['-f', 'ndjson', '--jobs', '1', ...Object.keys(files)]), io)).toBe(0);
    expect(calls).toEqual([0]);
    expect(out().trimEnd().split('\n')).toHaveLength(BATCH_HEAP_MIN_INPUTS);
  });

  it('leaves the heap alone for fewer inputs', async () => {
    let called = false;
    const files = batch(BATCH_HEAP_MIN_INPUTS - 1);
    const { io } = fakeIo(files, {
      tuneHeapForBatch: async () => {
        called = true;
      },
    });
    expect(await run(options(['-f', 'ndjson', '--jobs', '1', ...Object.keys(files)]), io)).toBe(0);
    expect(called).toBe(false);
  });
});
