#!/usr/bin/env node
// Linear-time check: formats each adversarial input (scripts/lib/adversarial-inputs.js) and
// a normal story of the same size, at a tenth of SIZE and at SIZE, and compares the times.
// Needs `npm run build`. `npm test` runs the same inputs at 50 KB with a generous guard only
// (test/adversarial.test.ts).
//
//   node scripts/adversarial.js [--size BYTES] [--blocks N] [--runs N]
//                               [--format json,markdown,terminal] [--limit RATIO]
//                               [--growth RATIO] [--only TEXT,…] [--json]
//
// Times are CPU time of this process (user + system, so garbage collection on V8's helper
// threads counts too), printed beside wall time: on a shared machine wall time measures the
// neighbours as much as copydesk, while CPU time does not. Ratios and growth use CPU time.
//
// Defaults: --size 10000000 (so 1 MB and 10 MB), --runs 1, --format json, --limit 2,
// --growth 11. For each case it prints the time at both sizes, the ratio to a normal story
// of the same size (target: at most RATIO at both sizes) and the growth from a tenth of the
// size to the full size (about 10 for linear work; the target is at most 11 for cases that
// take long enough to measure). Markdown cases are read with `from: 'markdown'` and compared
// with a normal story read the same way. The per-extractor cases (EXTRACTOR_BLOCKS: blocks
// each extractor takes out, such as `___` rules) are sized by count instead: a tenth of
// BLOCKS and BLOCKS of them (--blocks, default 100000, so 10k and 100k), each compared with
// a normal story of the same length. Exit status 1 when any case is over a target.
import { loadavg } from 'node:os';
import { Chalk } from 'chalk';
import { formatStory } from '../dist/index.js';
import {
  ADVERSARIAL_CASES,
  EXTRACTOR_BLOCKS,
  extractorStory,
  MARKDOWN_CASES,
  normalStory,
} from './lib/adversarial-inputs.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const size = Number(option('--size', 10_000_000));
const blocks = Number(option('--blocks', 100_000));
const runs = Number(option('--runs', 1));
const formats = option('--format', 'json').split(',');
const limit = Number(option('--limit', 2));
const maxGrowth = Number(option('--growth', 11));
const only = option('--only', '')
  .split(',')
  .filter((part) => part !== '');
const asJson = args.includes('--json');

/** CPU time this process has used so far, in milliseconds. */
const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Median CPU time (`ms`) and wall time (`wall`) of `runs` runs of formatting `text`, in
 * milliseconds, and how it ended.
 */
function time(text, format, from) {
  const bytes = new TextEncoder().encode(text);
  const times = [];
  const walls = [];
  let outcome = 'ok';
  for (let run = 0; run < runs; run++) {
    const cpuStart = cpuNow();
    const start = performance.now();
    try {
      formatStory(bytes, { format, from, chalk: new Chalk({ level: 1 }), width: 80, maxSize: 0 });
    } catch (error) {
      // A refusal (too deep, binary) is an answer too; its time counts like any other.
      outcome = error.name;
    }
    walls.push(performance.now() - start);
    times.push(cpuNow() - cpuStart);
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { ms: median(times), wall: median(walls), outcome };
}

// Warm up the JIT so the first case is not charged for it.
time(normalStory(100_000), 'json', 'text');

/** Times at a tenth of the size and at the size, and the growth between them. */
function measure(make, format, from, at = size) {
  const tenth = time(make(Math.floor(at / 10)), format, from);
  const full = time(make(at), format, from);
  return { tenth, full, growth: full.ms / Math.max(tenth.ms, 1) };
}

const groups = [
  { from: 'text', cases: ADVERSARIAL_CASES },
  { from: 'markdown', cases: MARKDOWN_CASES },
];
const isSlow = (row) => row.ratios.some((ratio) => ratio > limit);
// Below a quarter second the tenth-size run takes a few milliseconds and the growth is noise.
const isSuperLinear = (row) => row.growth > maxGrowth && row.full.ms >= 250;
const mb = (bytes) => `${Number((bytes / 1e6).toFixed(1))} MB`;
/** Prints a row as soon as it is measured: a slow case shows which one it is. */
function print(row) {
  if (asJson) return;
  const ratio = row.ratios.map((value) => `${value.toFixed(2)}×`).join(' ');
  const flags = `${isSlow(row) ? '  SLOW' : ''}${isSuperLinear(row) ? '  SUPER-LINEAR' : ''}`;
  process.stdout.write(
    `${row.format.padEnd(9)}${row.from.padEnd(10)}${row.case.padEnd(28)}${row.tenth.ms.toFixed(0).padStart(9)}${row.full.ms.toFixed(0).padStart(9)}${row.full.wall.toFixed(0).padStart(9)}${ratio.padStart(14)}${`${row.growth.toFixed(1)}×`.padStart(8)}  ${row.full.outcome}${flags}\n`,
  );
}

if (!asJson) {
  process.stdout.write(
    `sizes ${mb(size / 10)} and ${mb(size)} (blocks: ${blocks / 10} and ${blocks}), median of ${runs} run(s), limits ${limit}× a normal story, growth ≤ ${maxGrowth}× for 10× the input\n`,
  );
  process.stdout.write(
    `load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} at the start; ms = CPU time, wall = wall time at full size\n`,
  );
  process.stdout.write(
    `${'format'.padEnd(9)}${'from'.padEnd(10)}${'case'.padEnd(28)}${'ms 1/10'.padStart(9)}${'ms'.padStart(9)}${'wall'.padStart(9)}${'ratio'.padStart(14)}${'growth'.padStart(8)}  outcome\n`,
  );
}
const rows = [];
for (const format of formats) {
  for (const { from, cases } of groups) {
    const normal = measure(normalStory, format, from);
    const base = { format, from, case: 'normal story', ...normal, ratios: [1, 1] };
    rows.push(base);
    print(base);
    for (const [name, make] of Object.entries(cases)) {
      if (only.length > 0 && !only.some((part) => name.includes(part))) continue;
      const result = measure(make, format, from);
      const ratios = [result.tenth.ms / normal.tenth.ms, result.full.ms / normal.full.ms];
      const row = { format, from, case: name, ...result, ratios };
      rows.push(row);
      print(row);
    }
  }
}
for (const format of formats) {
  for (const [name, spec] of Object.entries(EXTRACTOR_BLOCKS)) {
    if (only.length > 0 && !only.some((part) => name.includes(part))) continue;
    const result = measure((count) => extractorStory(spec, count), format, 'text', blocks);
    // Compared with a normal story as long as each of the two inputs.
    const tenthNormal = time(normalStory(extractorStory(spec, blocks / 10).length), format, 'text');
    const fullNormal = time(normalStory(extractorStory(spec, blocks).length), format, 'text');
    const ratios = [result.tenth.ms / tenthNormal.ms, result.full.ms / fullNormal.ms];
    const row = { format, from: 'blocks', case: name, ...result, ratios };
    rows.push(row);
    print(row);
  }
}
const slow = rows.filter((row) => isSlow(row) || isSuperLinear(row));
if (asJson) {
  const load = loadavg();
  process.stdout.write(
    `${JSON.stringify({ size, runs, limit, maxGrowth, load, rows }, null, 2)}\n`,
  );
} else {
  process.stdout.write(`${slow.length} of ${rows.length} over a limit\n`);
}
process.exitCode = slow.length > 0 ? 1 : 0;
