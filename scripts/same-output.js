#!/usr/bin/env node
// Checks that a change leaves every output the same, byte for byte: writes a
// digest of the JSON, Markdown and terminal output of every fixture and every
// corpus file (../shared/corpus, when present), and of the CLI's own streams
// (`-f json` and `-f ndjson` over each corpus folder, one thread and two), then
// compares it with the digest saved before the change. Used around every
// optimisation (BENCHMARKS.md); it builds dist/ first.
//
//   node scripts/same-output.js --save     record the digest (.bench/same-output.json)
//   node scripts/same-output.js            compare; exit 1 and list what changed
//   node scripts/same-output.js --no-cli   library outputs only (faster)
//   node scripts/same-output.js --show N   also print the first N changed outputs in full
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const save = args.includes('--save');
const withCli = !args.includes('--no-cli');
const showIndex = args.indexOf('--show');
const show = showIndex >= 0 ? Number(args[showIndex + 1] ?? 1) : 0;
const digestFile = join(root, '.bench', 'same-output.json');
const corpusRoot = resolve(root, '..', 'shared', 'corpus');

const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.js')], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(1);

const { formatStory } = await import(pathToFileURL(join(root, 'dist', 'story.js')).href);
const { Chalk } = await import('chalk');
const chalk = new Chalk({ level: 0 });

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Every input: fixtures (with their options) and corpus files, by a stable name. */
function inputs() {
  const list = [];
  const fixtures = join(root, 'fixtures');
  for (const name of readdirSync(fixtures).sort()) {
    const input = join(fixtures, name, 'input.txt');
    if (!existsSync(input)) continue;
    const optionsPath = join(fixtures, name, 'options.json');
    const options = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {};
    list.push({ name: `fixtures/${name}`, path: input, options });
  }
  for (const folder of corpusFolders())
    for (const file of readdirSync(folder).sort())
      if (file.endsWith('.txt'))
        list.push({
          name: relative(root, join(folder, file)),
          path: join(folder, file),
          options: {},
        });
  return list;
}

function corpusFolders() {
  if (!existsSync(corpusRoot)) return [];
  return readdirSync(corpusRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(corpusRoot, entry.name))
    .sort();
}

/** The three renderings of one input, each as the text a user would see. */
function render(input) {
  const bytes = readFileSync(input.path);
  const path = input.name;
  const out = {};
  for (const format of ['json', 'markdown', 'terminal']) {
    let text;
    try {
      const results = formatStory(bytes, {
        ...input.options,
        format,
        path,
        ...(format === 'terminal' ? { chalk, width: 80 } : {}),
      });
      text =
        format === 'json'
          ? JSON.stringify(
              results.map((result) => result.json),
              null,
              2,
            )
          : results.map((result) => result.output).join('\n');
    } catch (error) {
      text = `error: ${error?.message ?? String(error)}`;
    }
    out[format] = text;
  }
  return out;
}

const digest = {};
const texts = new Map();
const started = performance.now();
for (const input of inputs()) {
  const out = render(input);
  for (const [format, text] of Object.entries(out)) {
    digest[`${input.name} ${format}`] = hash(text);
    if (show > 0) texts.set(`${input.name} ${format}`, text);
  }
}

// The CLI's streams: the same bytes whatever the thread count.
if (withCli) {
  const cli = join(root, 'bin', 'copydesk.js');
  const folders = [join(root, 'fixtures'), ...corpusFolders()];
  for (const format of ['json', 'ndjson']) {
    for (const jobs of ['1', '2']) {
      const result = spawnSync(
        process.execPath,
        [cli, '-f', format, '--jobs', jobs, '--quiet', ...folders],
        { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' },
      );
      const key = `cli -f ${format} (fixtures and corpus)`;
      const value = `${hash(result.stdout)} exit ${result.status}`;
      if (jobs === '1') digest[key] = value;
      else if (digest[key] !== value) digest[`${key} --jobs 2`] = value;
    }
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (save) {
  mkdirSync(dirname(digestFile), { recursive: true });
  writeFileSync(digestFile, `${JSON.stringify(digest, null, 1)}\n`);
  console.log(`same-output: saved ${Object.keys(digest).length} digests (${seconds} s)`);
  process.exit(0);
}
if (!existsSync(digestFile)) {
  console.error('same-output: no saved digest: run with --save first');
  process.exit(2);
}
const saved = JSON.parse(readFileSync(digestFile, 'utf8'));
const changed = [];
for (const key of new Set([...Object.keys(saved), ...Object.keys(digest)]))
  if (saved[key] !== digest[key] && (withCli || !key.startsWith('cli '))) changed.push(key);
if (changed.length === 0) {
  console.log(`same-output: all ${Object.keys(digest).length} outputs unchanged (${seconds} s)`);
  process.exit(0);
}
console.log(`same-output: ${changed.length} of ${Object.keys(digest).length} outputs changed:`);
for (const key of changed.slice(0, 50)) console.log(`  ${key}`);
if (changed.length > 50) console.log(`  … and ${changed.length - 50} more`);
for (const key of changed.slice(0, show)) console.log(`\n--- ${key}\n${texts.get(key) ?? ''}`);
process.exit(1);
