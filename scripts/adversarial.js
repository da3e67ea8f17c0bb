#!/usr/bin/env node
// Linear-time check: formats each adversarial input (scripts/lib/adversarial-inputs.js)
// and a normal story of the same size, and compares the times. Needs `npm run build`.
// A development script for the bench: `npm test` runs the same inputs at 100 KB with a
// generous guard only (test/adversarial.test.ts).
//
//   node scripts/adversarial.js [--size BYTES] [--runs N] [--format json,markdown,terminal]
//                               [--limit RATIO] [--json]
//
// For each case it prints the time, the ratio to a normal story of the same size (target:
// at most RATIO, default 2) and the growth from a tenth of the size to the full size
// (about 10 for linear work; much more means a super-linear regex or loop).
// Exit status 1 when any case is over RATIO or grows more than 20× for 10× the input.
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

const MAX_GROWTH = 20;

/** Time at full size, and growth from a tenth of it. */
function measure(make, format) {
  const full = time(make(size), format);
  const tenth = time(make(Math.floor(size / 10)), format);
  const growth = full.ms === null || !tenth.ms ? null : full.ms / Math.max(tenth.ms, 1);
  return { ...full, growth };
}

const rows = [];
for (const format of formats) {
  const normal = measure(normalStory, format);
  rows.push({ format, case: 'normal story', ...normal, ratio: 1 });
  for (const [name, make] of Object.entries(ADVERSARIAL_CASES)) {
    const result = measure(make, format);
    const ratio = result.ms === null || !normal.ms ? null : result.ms / normal.ms;
    rows.push({ format, case: name, ...result, ratio });
  }
}

const isSlow = (row) => row.ratio !== null && row.ratio > limit;
// Below a quarter second the tenth-size run takes a few milliseconds and the growth is noise.
const isSuperLinear = (row) => row.growth !== null && row.growth > MAX_GROWTH && row.ms >= 250;
const slow = rows.filter((row) => isSlow(row) || isSuperLinear(row));
if (asJson) {
  process.stdout.write(`${JSON.stringify({ size, runs, limit, rows }, null, 2)}\n`);
} else {
  process.stdout.write(`size ${size} characters, median of ${runs} runs, limit ${limit}× normal\n`);
  process.stdout.write(
    `${'format'.padEnd(9)} ${'case'.padEnd(26)} ${'ms'.padStart(8)}  ${'ratio'.padStart(7)}  growth ×10\n`,
  );
  for (const row of rows) {
    const ms = row.ms === null ? 'error'.padStart(8) : row.ms.toFixed(0).padStart(8);
    const ratio = row.ratio === null ? `(${row.error})` : `${row.ratio.toFixed(2)}×`.padStart(7);
    const growth = row.growth === null ? '' : `${row.growth.toFixed(1)}×`.padStart(7);
    const flags = `${isSlow(row) ? '  SLOW' : ''}${isSuperLinear(row) ? '  SUPER-LINEAR' : ''}`;
    process.stdout.write(
      `${row.format.padEnd(9)} ${row.case.padEnd(26)} ${ms}  ${ratio}  ${growth}${flags}\n`,
    );
  }
  process.stdout.write(`${slow.length} of ${rows.length} over the limit\n`);
}
process.exitCode = slow.length > 0 ? 1 : 0;
