#!/usr/bin/env node
// Linear-time check: formats each adversarial input (scripts/lib/adversarial-inputs.js)
// and a normal story of the same size, and compares the times. Needs `npm run build`.
// A development script for the bench: `npm test` runs the same inputs at 100 KB with a
// generous guard only (test/adversarial.test.ts).
//
//   node scripts/adversarial.js [--size BYTES] [--runs N] [--format json,markdown,terminal]
//                               [--limit RATIO] [--json]
//
// Exit status 1 when any case is slower than RATIO × the normal story (default 2).
import { Chalk } from 'chalk';
import { formatStory } from '../dist/index.js';
import { ADVERSARIAL_CASES, normalStory } from './lib/adversarial-inputs.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const size = Number(option('--size', 1_000_000));
const runs = Number(option('--runs', 3));
const formats = option('--format', 'json,markdown,terminal').split(',');
const limit = Number(option('--limit', 2));
const asJson = args.includes('--json');

/** Median wall time of `runs` runs of formatting `text`, in milliseconds; null when it throws. */
function time(text, format) {
  const bytes = new TextEncoder().encode(text);
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    try {
      formatStory(bytes, { format, chalk: new Chalk({ level: 1 }), width: 80 });
    } catch (error) {
      return { ms: null, error: error.message };
    }
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], error: null };
}

// Warm up the JIT so the first case is not charged for it.
time(normalStory(100_000), 'json');

const rows = [];
for (const format of formats) {
  const normal = time(normalStory(size), format);
  rows.push({ format, case: 'normal story', ms: normal.ms, ratio: 1, error: normal.error });
  for (const [name, make] of Object.entries(ADVERSARIAL_CASES)) {
    const result = time(make(size), format);
    const ratio = result.ms === null || !normal.ms ? null : result.ms / normal.ms;
    rows.push({ format, case: name, ms: result.ms, ratio, error: result.error });
  }
}

const slow = rows.filter((row) => row.ratio !== null && row.ratio > limit);
if (asJson) {
  process.stdout.write(`${JSON.stringify({ size, runs, limit, rows }, null, 2)}\n`);
} else {
  process.stdout.write(`size ${size} characters, median of ${runs} runs, limit ${limit}× normal\n`);
  process.stdout.write(`${'format'.padEnd(9)} ${'case'.padEnd(26)} ${'ms'.padStart(8)}  ratio\n`);
  for (const row of rows) {
    const ms = row.ms === null ? 'error'.padStart(8) : row.ms.toFixed(0).padStart(8);
    const ratio = row.ratio === null ? `(${row.error})` : `${row.ratio.toFixed(2)}×`;
    const flag = row.ratio !== null && row.ratio > limit ? '  SLOW' : '';
    process.stdout.write(`${row.format.padEnd(9)} ${row.case.padEnd(26)} ${ms}  ${ratio}${flag}\n`);
  }
  process.stdout.write(`${slow.length} of ${rows.length} over the limit\n`);
}
process.exitCode = slow.length > 0 ? 1 : 0;
