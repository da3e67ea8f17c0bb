#!/usr/bin/env node
// `npm run bench`: start-up, throughput, parallelism, memory and scaling of
// the built CLI, side by side with baselines, in one run. Public tools only:
// hyperfine when installed, otherwise our own repeated runs (median of N).
// The corpus is generated under .bench/ (git-ignored); see BENCHMARKS.md.
//
//   npm run bench [-- --runs N] [--quick] [--only a,b,c,d,e,f] [--follow-hour-seconds S]
//                 [--before path/to/bin/copydesk.js]   (c) also times that build, interleaved
//                 [--profile]   CPU time per stage and plugin (alone unless --only names more)
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { writeBigStory, writeStories } from './bench/corpus.js';
import { hasHyperfine, peakRss, time } from './bench/measure.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.bench');
const cli = join(root, 'bin', 'copydesk.js');
const probe = join(root, 'scripts', 'bench', 'rss-probe.cjs');

const USAGE = `usage: npm run bench [-- --runs N] [--quick] [--only a,b,c,d,e,f] [--profile]
                 [--follow-hour-seconds S] [--before path/to/bin/copydesk.js]`;
let parsed;
try {
  parsed = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      profile: { type: 'boolean', default: false },
      'follow-hour-seconds': { type: 'string' },
      before: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  // A mistyped option must not start a twenty-minute run that ignores it.
  process.stderr.write(`bench: ${error.message}\n${USAGE}\n`);
  process.exit(2);
}
if (parsed.help) {
  process.stdout.write(`${USAGE}\n(see BENCHMARKS.md)\n`);
  process.exit(0);
}
const quick = parsed.quick;
const runs = Math.max(5, Number(parsed.runs));
if (!Number.isFinite(runs)) {
  process.stderr.write(`bench: --runs wants a number, not ${JSON.stringify(parsed.runs)}\n`);
  process.exit(2);
}
const profile = parsed.profile;
const only = new Set(
  (parsed.only ?? (profile ? '' : 'a,b,c,d,e,f')).split(',').concat(profile ? ['p'] : []),
);
const STORIES = quick ? 1000 : 10_000;
const SMALL = 100;
const STORY_BYTES = 5000;
const SCALES = quick ? [1, 10] : [1, 10, 100];
/** Another build of the CLI (its bin/copydesk.js) timed beside this one in (c): before/after from one run. */
const before = parsed.before;
/** Bump when the generator changes, so a stale corpus is rebuilt. */
const CORPUS_VERSION = 4;

const node = process.execPath;
const useHyperfine = hasHyperfine();
const measure = { runs, cwd: work, hyperfine: useHyperfine, probe };
const lines = [];
const verdicts = [];

function say(text = '') {
  lines.push(text);
  process.stdout.write(`${text}\n`);
}

/** CPU time (user + system) of a row, when known: steadier than wall time on a loaded machine. */
function cpu(row) {
  return Number.isNaN(row.cpu) ? '' : `   cpu ${ms(row.cpu).padStart(9)}`;
}

function cpuRatio(a, b) {
  return Number.isNaN(a.cpu) || Number.isNaN(b.cpu)
    ? ''
    : ` (CPU time: ${(a.cpu / b.cpu).toFixed(2)}×)`;
}

function ms(seconds) {
  return `${(seconds * 1000).toFixed(seconds < 1 ? 1 : 0)} ms`;
}

function verdict(label, ratio, target, pass, unit = '×') {
  const text = `${label}: ${ratio.toFixed(2)}${unit} (target ${target}) ${pass ? 'MET' : 'NOT MET'}`;
  verdicts.push(text);
  return text;
}

/** Other work on the machine skews timings; print the load so readers can judge. */
function loadAverage() {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}

function sh(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { encoding: 'utf8', ...options });
}

// --- setup -----------------------------------------------------------------

say(`copydesk bench — ${new Date().toISOString()}`);
say(
  `node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} · ${availableParallelism()} CPUs · ` +
    `${useHyperfine ? `${sh('hyperfine', ['--version']).stdout.trim()}` : 'own runner (hyperfine not installed)'} · ` +
    `median of ${runs} interleaved rounds`,
);
say(`load average before: ${loadAverage()}`);

// Always measure what the source says: rebuild the bundle first.
const built = sh(node, [join(root, 'scripts', 'build.js')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) throw new Error('build failed');
mkdirSync(work, { recursive: true });

const help = sh(node, [cli, '--help']).stdout;
const features = {
  ndjson: /ndjson/.test(help),
  jobs: /--jobs\b/.test(help),
  directories: /director/i.test(help),
};
const format = features.ndjson ? 'ndjson' : 'json';
say(
  `CLI: --format ${format}${features.ndjson ? '' : ' (no ndjson yet)'}; ` +
    `${features.directories ? 'directory input' : 'file list (no directory input yet)'}; ` +
    `${features.jobs ? '--jobs available' : 'no --jobs yet'}`,
);

function corpus(name, count) {
  const dir = join(work, name);
  const stamp = join(work, `${name}.stamp`);
  const want = `${CORPUS_VERSION}:${count}:${STORY_BYTES}`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    rmSync(dir, { recursive: true, force: true });
    writeStories(root, dir, count, STORY_BYTES, count);
    writeFileSync(stamp, want);
  }
  let bytes = 0;
  for (const file of readdirSync(dir)) bytes += statSync(join(dir, file)).size;
  return { dir: name, bytes, count };
}

/**
 * The visible corpus (`../shared/corpus`, every set's `<id>.txt`) copied
 * `copies` times into one folder, as issue 14 measures throughput: real
 * copy, the same files for copydesk and the baseline. Null when the corpus
 * is not beside the repository (a clone alone has only the synthetic one).
 */
function visibleCorpus(copies) {
  const source = resolve(root, '..', 'shared', 'corpus');
  if (!existsSync(source)) return null;
  const sets = readdirSync(source, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const files = sets.flatMap((set) =>
    readdirSync(join(source, set))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ set, name })),
  );
  const name = `visible-x${copies}`;
  const dir = join(work, name);
  const stamp = join(work, `${name}.stamp`);
  const want = `${files.length}:${copies}`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let copy = 1; copy <= copies; copy++)
      for (const file of files)
        writeFileSync(
          join(dir, `${copy}-${file.set}-${file.name}`),
          readFileSync(join(source, file.set, file.name)),
        );
    writeFileSync(stamp, want);
  }
  let bytes = 0;
  for (const file of readdirSync(dir)) bytes += statSync(join(dir, file)).size;
  return { dir: name, bytes, count: files.length * copies, sets: sets.length };
}

function bigStory(megabytes) {
  const file = join(work, `big-${megabytes}mb.txt`);
  const stamp = `${file}.stamp`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(CORPUS_VERSION)) {
    writeBigStory(file, megabytes * 1_000_000);
    writeFileSync(stamp, String(CORPUS_VERSION));
  }
  return { file: `big-${megabytes}mb.txt`, bytes: statSync(file).size };
}

/**
 * copydesk over a corpus directory: the directory itself, or its files. One
 * job unless `extra` says otherwise: the CLI defaults to a worker per CPU for
 * large batches, and (b) and (d) compare one process with one process.
 */
function copydeskOver(set, extra = [], { bin = cli, as = format, defaultJobs = false } = {}) {
  const jobs = features.jobs && !defaultJobs && !extra.includes('--jobs') ? ['--jobs', '1'] : [];
  return [
    node,
    bin,
    '--format',
    as,
    ...jobs,
    ...extra,
    features.directories ? set.dir : { glob: set.dir },
  ];
}

const mb = (bytes) => bytes / 1_000_000;

// --- (a) cold start --------------------------------------------------------

if (only.has('a')) {
  say('\n(a) cold start: one story to JSON');
  const one = corpus('one', 1);
  const story = join(one.dir, readdirSync(join(work, one.dir))[0] ?? '');
  const [bare, cd, md] = time(
    [
      { name: 'node -e ""', argv: [node, '-e', ''] },
      { name: 'copydesk --format json', argv: [node, cli, '--format', 'json', story] },
      { name: 'copydesk --format markdown', argv: [node, cli, '--format', 'markdown', story] },
    ],
    { ...measure, runs: Math.max(runs, 30) },
  );
  for (const row of [bare, cd, md])
    say(`  ${row.name.padEnd(30)} ${ms(row.seconds).padStart(10)}${cpu(row)}   (${row.runs} runs)`);
  const ratio = cd.seconds / bare.seconds;
  say(
    `  ${verdict('(a) start-up, copydesk / node -e ""', ratio, '≤ 1.5', ratio <= 1.5)}${cpuRatio(cd, bare)}`,
  );
}

// --- (b) throughput --------------------------------------------------------

let big;
if (only.has('b') || only.has('c') || only.has('d') || only.has('p'))
  big = corpus(`stories-${STORIES}`, STORIES);

if (only.has('b')) {
  const baseline = join(work, 'remark-roundtrip.mjs');
  await build({
    entryPoints: [join(root, 'scripts', 'bench', 'remark-roundtrip.js')],
    outfile: baseline,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  // Issue 14 measures over the visible corpus copied five times; the
  // synthetic stories (generated here, so a clone alone can run them) follow.
  const visible = visibleCorpus(quick ? 1 : 5);
  if (visible) {
    say(
      `\n(b) throughput: the visible corpus ×${quick ? 1 : 5} (${visible.sets} sets), ${visible.count.toLocaleString('en')} files, ${mb(visible.bytes).toFixed(1)} MB`,
    );
    throughput(visible, baseline, { verdictLabel: '(b) throughput, visible corpus' });
  } else say('\n(b) the visible corpus (../shared/corpus) is not here: synthetic stories only');
  say(
    `\n(b) throughput: ${STORIES.toLocaleString('en')} synthetic stories, ${mb(big.bytes).toFixed(1)} MB`,
  );
  throughput(big, baseline, {
    verdictLabel: visible ? null : '(b) throughput, copydesk vs remark round trip',
  });
}

/** copydesk, a bare remark round trip and (when installed) pandoc over one set; a verdict row when labelled. */
function throughput(set, baseline, { verdictLabel }) {
  const commands = [
    {
      name: `copydesk --format ${format}${features.jobs ? ' --jobs 1' : ''}`,
      argv: copydeskOver(set),
    },
    { name: 'remark-parse + remark-stringify', argv: [node, baseline, set.dir] },
  ];
  const pandoc = sh('pandoc', ['--version']).status === 0;
  if (pandoc) {
    // pandoc reads many files as one document; give it the same bytes in one file.
    const pandocInput = `pandoc-${set.dir}.md`;
    const texts = readdirSync(join(work, set.dir))
      .sort()
      .map((name) => readFileSync(join(work, set.dir, name), 'utf8'));
    writeFileSync(join(work, pandocInput), texts.join('\n\n'));
    commands.push({
      name: 'pandoc -f markdown -t markdown',
      argv: ['pandoc', '-f', 'markdown', '-t', 'markdown', pandocInput],
    });
  }
  const results = time(commands, measure);
  for (const row of results) {
    say(
      `  ${row.name.padEnd(34)} ${ms(row.seconds).padStart(10)}  ${(mb(set.bytes) / row.seconds).toFixed(2).padStart(6)} MB/s  ${Math.round(
        set.count / row.seconds,
      )
        .toString()
        .padStart(6)} stories/s${cpu(row)}`,
    );
  }
  const [cd, remark, pandocRow] = results;
  const ratio = remark.seconds / cd.seconds;
  const row = `copydesk vs remark round trip: ${ratio.toFixed(2)}×${cpuRatio(remark, cd)}`;
  if (verdictLabel)
    say(`  ${verdict(verdictLabel, ratio, '≥ 3', ratio >= 3)}${cpuRatio(remark, cd)}`);
  else say(`  ${row}`);
  if (pandocRow) say(`  copydesk vs pandoc: ${(pandocRow.seconds / cd.seconds).toFixed(2)}×`);
  else say('  pandoc: not installed, skipped');
}

// --- (c) --jobs ------------------------------------------------------------

if (only.has('c')) {
  say('\n(c) parallelism: the default and --jobs 2 vs --jobs 1');
  if (!features.jobs) {
    say('  SKIPPED: this build of the CLI has no --jobs option yet (issue: worker pool).');
    verdicts.push('(c) --jobs 2 vs 1: SKIPPED (no --jobs in the CLI yet)');
  } else {
    const commands = [
      { name: '--jobs 1', argv: copydeskOver(big, ['--jobs', '1']) },
      { name: 'default (no --jobs)', argv: copydeskOver(big, [], { defaultJobs: true }) },
      { name: '--jobs 2', argv: copydeskOver(big, ['--jobs', '2']) },
    ];
    if (before)
      commands.push(
        { name: 'before: --jobs 1', argv: copydeskOver(big, ['--jobs', '1'], { bin: before }) },
        {
          name: 'before: default',
          argv: copydeskOver(big, [], { bin: before, defaultJobs: true }),
        },
        { name: 'before: --jobs 2', argv: copydeskOver(big, ['--jobs', '2'], { bin: before }) },
      );
    const rows = time(commands, measure);
    for (const row of rows)
      say(`  ${row.name.padEnd(34)} ${ms(row.seconds).padStart(10)}${cpu(row)}`);
    const [one, chosen, two] = rows;
    const note = availableParallelism() < 2 ? ' (only one CPU here)' : '';
    const byDefault = one.seconds / chosen.seconds;
    say(
      `  ${verdict('(c) default vs --jobs 1', byDefault, '≥ 1', byDefault >= 1)}${cpuRatio(one, chosen)}`,
    );
    const ratio = one.seconds / two.seconds;
    say(
      `  ${verdict('(c) --jobs 2 speed-up', ratio, '≥ 1.7', ratio >= 1.7)}${cpuRatio(one, two)}${note}`,
    );
    if (before) {
      const [, , , oldOne, oldDefault, oldTwo] = rows;
      say(
        `  before → after: --jobs 1 ${(oldOne.seconds / one.seconds).toFixed(2)}×, default ${(oldDefault.seconds / chosen.seconds).toFixed(2)}×, --jobs 2 ${(oldTwo.seconds / two.seconds).toFixed(2)}× (wall; > 1 is faster now)`,
      );
    }
  }
}

// --- (d) memory ------------------------------------------------------------

if (only.has('d')) {
  say(`\n(d) peak RSS: ${SMALL} vs ${STORIES.toLocaleString('en')} stories, per format (--jobs 1)`);
  const small = corpus(`stories-${SMALL}`, SMALL);
  const rssOptions = { runs, cwd: work, probe };
  // JSON streams as an array and NDJSON line by line: neither may hold the run.
  for (const as of features.ndjson ? ['json', 'ndjson', 'markdown'] : ['json', 'markdown']) {
    const few = peakRss({ name: 'few', argv: copydeskOver(small, [], { as }) }, rssOptions);
    const many = peakRss({ name: 'many', argv: copydeskOver(big, [], { as }) }, rssOptions);
    const ratio = many / few;
    say(
      `  -f ${as.padEnd(9)} ${few.toFixed(1).padStart(8)} MiB → ${many.toFixed(1).padStart(8)} MiB   ${verdict(`(d) peak RSS ratio, -f ${as}`, ratio, '≤ 1.3', ratio <= 1.3)}`,
    );
  }
}

// --- (p) profile -----------------------------------------------------------

if (only.has('p')) {
  say(`\n(p) profile: CPU time per stage and per plugin, ${STORIES.toLocaleString('en')} stories`);
  const script = join(work, 'profile.mjs');
  await build({
    entryPoints: [join(root, 'scripts', 'bench', 'profile.js')],
    outfile: script,
    bundle: true,
    // CommonJS dependencies (yaml) require Node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const result = sh(node, [script, big.dir, 'json', 'markdown'], { cwd: work });
  if (result.status !== 0) throw new Error(`profile failed: ${result.stderr}`);
  for (const line of result.stdout.trimEnd().split('\n')) say(`  ${line}`);
}

// --- (e) scaling -----------------------------------------------------------

if (only.has('e')) {
  say(`\n(e) scaling: one story of ${SCALES.map((size) => `${size} MB`).join(', ')}`);
  const inputs = SCALES.map((size) => bigStory(size));
  const results = time(
    inputs.map((input) => ({
      name: input.file,
      // The 100 MB input is over the default --max-size (50 MB) on purpose.
      argv: [node, cli, '--format', 'json', '--max-size', '0', input.file],
    })),
    measure,
  );
  results.forEach((row, index) => {
    const input = inputs[index];
    say(
      `  ${row.name.padEnd(20)} ${ms(row.seconds).padStart(10)}  ${(mb(input.bytes) / row.seconds).toFixed(2).padStart(6)} MB/s${cpu(row)}`,
    );
  });
  for (let index = 1; index < results.length; index++) {
    const ratio = results[index].seconds / results[index - 1].seconds;
    const growth = inputs[index].bytes / inputs[index - 1].bytes;
    say(
      `  ${verdict(`(e) ${SCALES[index - 1]}→${SCALES[index]} MB time ratio (input ×${growth.toFixed(1)})`, ratio, '≤ 12', ratio <= 12)}`,
    );
  }
}

// --- (f) the live feed ------------------------------------------------------

if (only.has('f')) {
  // A day of wire traffic (24 hours × 150 transmissions) through `--follow`,
  // an hour lasting --follow-hour-seconds (36 = 100× speed; default 6, 600×,
  // or 2 with --quick). Latency: EOT written → NDJSON line read.
  const hourSeconds = parsed['follow-hour-seconds'] ?? (quick ? '2' : '6');
  say(`\n(f) --follow: a simulated day (24 h × 150 stories, one hour = ${hourSeconds} s)`);
  for (const mode of ['stdin', 'file']) {
    const run = spawnSync(
      node,
      [join(root, 'scripts', 'bench', 'follow.js'), '--mode', mode, '--hour-seconds', hourSeconds],
      { encoding: 'utf8' },
    );
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    const latency = result.latencyMs ?? {};
    const rss = result.rssMb ?? {};
    say(
      `  ${mode.padEnd(6)} ${result.received}/${result.stories} stories, exit ${result.exitCode}; latency median ${latency.median?.toFixed(1)} ms, p95 ${latency.p95?.toFixed(1)} ms, p99 ${latency.p99?.toFixed(1)} ms, max ${latency.max?.toFixed(1)} ms (${latency.over100} over 100 ms)`,
    );
    say(
      `         RSS first hour ${rss.firstHour?.toFixed(1)} MB, last hour ${rss.lastHour?.toFixed(1)} MB (${((rss.change ?? 0) * 100).toFixed(1)}%), peak ${rss.peak?.toFixed(1)} MB`,
    );
    say(
      `  ${verdict(`(f) ${mode}: stories lost`, result.stories - result.received, '0', result.stories === result.received, '')}`,
    );
    say(
      `  ${verdict(`(f) ${mode}: p95 latency after EOT`, latency.p95, '≤ 100 ms', latency.p95 <= 100, ' ms')}`,
    );
    say(
      `  ${verdict(`(f) ${mode}: RSS last hour vs first`, rss.change * 100, '≤ 10 %', Math.abs(rss.change) <= 0.1, ' %')}`,
    );
  }
}

// --- summary ---------------------------------------------------------------

say(`\nload average after: ${loadAverage()}`);
say('\nSummary');
for (const text of verdicts) say(`  ${text}`);
writeFileSync(join(work, 'last-run.txt'), `${lines.join('\n')}\n`);
