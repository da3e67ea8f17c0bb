// `npm run bench -- --profile`: where a conversion's CPU time goes, per
// pipeline stage and per plugin, over the bench corpus. The bench bundles this
// file with esbuild (from src/, as the CLI is bundled) and runs it in its own
// process:
//
//   node profile.mjs DIR FORMAT...      FORMAT: json (as -f ndjson prints it) or markdown
//
// It converts through the library's own formatStory (same processors, same
// order) and times each piece from outside, without touching src/:
// - every extractor, by wrapping the entries of the EXTRACTORS list before
//   the first processor is built from it;
// - parse, the transformers (all of them) and the compiler, by wrapping the
//   unified processor's parse, runSync and stringify;
// - decode and split, alone over the same inputs in a separate pass.
// Each step is timed with performance.now() (well under a microsecond a
// reading; process.cpuUsage() costs several, too much to call around every
// plugin of every story). A pass's whole CPU time (user + system, V8's
// garbage collector threads included) is read once, and each row's CPU time
// is its share of the timed thread time applied to it: on a loaded machine a
// step's wall time also holds time the thread waited for a core, and the
// shares are steadier than the times. One warm-up pass over the corpus first,
// so that the figures are those of a warm batch.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import { decode } from '../../src/decode/decode.ts';
import { EXTRACTOR_TABLE, EXTRACTORS } from '../../src/extract/index.ts';
import { splitStories } from '../../src/split/split-stories.ts';
import { formatStory } from '../../src/story.ts';

const [dir, ...formats] = process.argv.slice(2);
if (!dir || formats.length === 0) {
  process.stderr.write('usage: node profile.mjs DIR FORMAT...\n');
  process.exit(2);
}

const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const now = () => performance.now();

/** Milliseconds of CPU by row name, for the pass being measured. */
let totals = new Map();
const add = (name, ms) => totals.set(name, (totals.get(name) ?? 0) + ms);

// Every extractor, timed by name. The list is read when a processor is built.
const list = /** @type {Array<unknown>} */ (EXTRACTORS);
EXTRACTOR_TABLE.forEach((entry, index) => {
  const plugin = entry.plugin;
  list[index] = function timedExtractor(options) {
    const transformer = plugin.call(this, options);
    return (tree, file) => {
      const started = now();
      transformer(tree, file);
      add(`extract: ${entry.name}`, now() - started);
    };
  };
});

// The processor's own steps: the parser, every transformer, the compiler.
const prototype = Object.getPrototypeOf(unified());
for (const [method, name] of [
  ['parse', 'parse'],
  ['runSync', 'transformers (all)'],
  ['stringify', 'render'],
]) {
  const original = prototype[method];
  prototype[method] = function timedStep(...args) {
    const started = now();
    const result = original.apply(this, args);
    add(name, now() - started);
    return result;
  };
}

const inputs = readdirSync(dir)
  .sort()
  .map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));

function pass(format) {
  totals = new Map();
  let stories = 0;
  const started = now();
  const cpuStarted = cpuNow();
  for (const input of inputs) {
    const results = formatStory(input.bytes, {
      format,
      path: input.path,
      ...(format === 'json' ? { compactJson: true } : {}),
    });
    stories += results.length;
  }
  const wall = now() - started;
  const whole = cpuNow() - cpuStarted;
  const decodeStarted = now();
  const decoded = inputs.map((input) => decode(input.bytes, { fixMojibake: true }).text);
  add('decode', now() - decodeStarted);
  const splitStarted = now();
  for (const text of decoded) splitStories(text, 'auto');
  add('split', now() - splitStarted);
  // Thread time to CPU time: each row's share of the pass, applied to its CPU time.
  const rows = new Map([...totals].map(([name, value]) => [name, (value * whole) / wall]));
  return { whole, wall, stories, rows };
}

const bytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
const results = formats.map((format) => {
  pass(format);
  return { format, ...pass(format) };
});

const extractorNames = EXTRACTOR_TABLE.map((entry) => `extract: ${entry.name}`);
const order = ['decode', 'split', 'parse', ...extractorNames, 'run, other transformers', 'render'];
for (const result of results) {
  const extracted = extractorNames.reduce((sum, name) => sum + (result.rows.get(name) ?? 0), 0);
  result.rows.set(
    'run, other transformers',
    Math.max(0, (result.rows.get('transformers (all)') ?? 0) - extracted),
  );
}

const ms = (value) => `${value.toFixed(0)} ms`;
const header = results.map((result) => `-f ${result.format}`.padStart(22)).join('');
const lines = [
  `${inputs.length.toLocaleString('en')} inputs, ${(bytes / 1e6).toFixed(1)} MB; CPU time (ms, share of the conversion; decode and split timed in a pass of their own)`,
  `${'stage'.padEnd(28)}${header}`,
];
for (const name of order) {
  if (results.every((result) => !result.rows.has(name))) continue;
  const cells = results.map((result) => {
    const value = result.rows.get(name) ?? 0;
    return `${ms(value).padStart(10)} ${`${((100 * value) / result.whole).toFixed(1)} %`.padStart(8)}   `;
  });
  lines.push(`${name.padEnd(28)}${cells.join('')}`);
}
lines.push(
  `${'whole conversion'.padEnd(28)}${results.map((result) => `${ms(result.whole).padStart(10)} ${`${((1000 * result.whole) / result.stories).toFixed(0)} µs/story`.padStart(11)}`).join('')}`,
  `${'  (wall time of the pass)'.padEnd(28)}${results.map((result) => `${ms(result.wall).padStart(10)}${''.padStart(12)}`).join('')}`,
);
process.stdout.write(`${lines.join('\n')}\n`);
