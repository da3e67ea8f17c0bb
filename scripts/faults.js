#!/usr/bin/env node
// Runs the built CLI (bin/copydesk.js; `npm run build` first) against real faults and checks
// that every run ends as promised: either an output is complete or it is absent, no temp file
// is left, the exit code is the documented one, and a failure is one readable line. Prints one
// row per fault kind: runs, exit codes, the message, and the counts of partial files, temp
// files left, hangs and silent exits (exit 0 with work undone), which must all be 0.
//
//   npm run faults                       # 200 randomised kill points, every fault kind
//   node scripts/faults.js --quick       # one kill per signal, the faults only a process meets (npm test)
//   node scripts/faults.js --seed 1234   # replay the kill points of a seed
//   node scripts/faults.js --kills 500 --only kill
//
// The kill points are random (seeded, the seed is printed); the other faults are fixed.
// Permission faults cannot be made real when running as root, so ENOSPC, EACCES, EROFS,
// ENOTDIR, ELOOP and ENAMETOOLONG are injected through the CLI's file system layer
// (COPYDESK_FAULT, src/cli/fault-injection.ts).
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storyFiles } from './lib/fault-stories.js';
import { mulberry32 } from './lib/random.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/copydesk.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const quick = args.includes('--quick');
const seed = Number(option('--seed', Math.floor(Math.random() * 2 ** 31)));
const kills = Number(option('--kills', quick ? 3 : 200));
const only = option('--only', '');
/** A run that has not ended this long after its fault is a hang. */
const HANG_MS = Number(option('--hang-ms', 60_000));

if (!existsSync(join(ROOT, 'dist/copydesk.js'))) {
  process.stderr.write('faults: missing dist/copydesk.js; run `npm run build` first\n');
  process.exit(2);
}

const work = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-faults-')));
const random = mulberry32(seed);
process.stdout.write(`faults: seed ${seed}, ${kills} kill points${quick ? ' (quick)' : ''}\n`);

/** Writes `files` (relative path → text) under `dir`. */
function lay(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** Every regular file under `dir`, relative, with `/` separators (dot files included, links not). */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  const visit = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  visit(dir);
  return out.sort();
}

const isTemp = (name) => /(^|\/)\.[^/]*\.copydesk-\d+-[0-9a-z]+\.tmp$/.test(name);

/**
 * Runs the CLI; `during(child)` may act on it while it runs (kill it, swap folders). Resolves
 * with the exit code, the signal, the output streams, and whether it hung.
 */
function runCli(argv, { cwd, env = {}, stdin = 'ignore', stdout = 'pipe', during, shell } = {}) {
  return new Promise((resolve) => {
    const command = shell ? 'sh' : process.execPath;
    const commandArgs = shell ? ['-c', shell] : [BIN, ...argv];
    const child = spawn(command, commandArgs, {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, LANG: 'C.UTF-8', ...env },
      stdio: [stdin, stdout, 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: out, stderr: err, hung });
    });
    during?.(child);
  });
}

/** The first line of a report that names a problem, or the first line at all. */
function messageOf(stderr) {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  return lines.find((line) => /error|cannot|refus/i.test(line)) ?? lines[0] ?? '';
}

/** Rows of the final table: one per fault kind. */
const rows = [];
/** Problems found: any makes the exit status 1. */
const problems = [];

function record(kind, outcome) {
  const row = rows.find((existing) => existing.kind === kind) ?? {
    kind,
    runs: 0,
    codes: new Map(),
    message: '',
    partial: 0,
    temps: 0,
    hangs: 0,
    silent: 0,
  };
  if (!rows.includes(row)) rows.push(row);
  row.runs++;
  const code = outcome.signal ? outcome.signal : String(outcome.code);
  row.codes.set(code, (row.codes.get(code) ?? 0) + 1);
  if (outcome.message && !row.message) row.message = outcome.message;
  row.partial += outcome.partial ?? 0;
  row.temps += outcome.temps ?? 0;
  row.hangs += outcome.hung ? 1 : 0;
  row.silent += outcome.silent ? 1 : 0;
  for (const problem of outcome.problems ?? []) problems.push(`${kind}: ${problem}`);
}

// ---------------------------------------------------------------------------------------------
// The input tree and the reference output every faulted run is compared with.

const inputs = join(work, 'in');
const stories = storyFiles(quick ? 12 : 120);
lay(inputs, stories);
const reference = join(work, 'reference');
// The clean run also times a whole run: the kill points are drawn within it.
const started = performance.now();
const clean = await runCli(['--preserve-paths', '--out-dir', reference, inputs], { cwd: work });
const runMs = performance.now() - started;
if (clean.code !== 0) {
  process.stderr.write(`faults: the clean run failed (exit ${clean.code}):\n${clean.stderr}\n`);
  process.exit(1);
}
const expected = new Map(
  listFiles(reference).map((name) => [name, readFileSync(join(reference, name), 'utf8')]),
);

/**
 * Compares an output folder with the reference: files that differ are partial, files that are
 * missing are counted, temp files are listed.
 */
function inspect(out) {
  const files = listFiles(out);
  const temps = files.filter(isTemp);
  let partial = 0;
  let present = 0;
  for (const name of files) {
    if (isTemp(name)) continue;
    const want = expected.get(name);
    if (want === undefined || readFileSync(join(out, name), 'utf8') !== want) partial++;
    else present++;
  }
  return { temps, partial, present, missing: expected.size - present };
}

/**
 * The quick run (npm test) keeps the faults only a real process meets: kills,
 * a low open-files limit, devices and FIFOs, folders swapped for links. Errors
 * injected into the file system layer and hostile parent configs are tested
 * in process there (test/faults/fs-errors.test.ts, config-trust.test.ts), and
 * here in the full run.
 */
const IN_PROCESS_ALSO = ['inject', 'config'];
const want = (kind) =>
  only === '' ? !(quick && IN_PROCESS_ALSO.includes(kind)) : kind.includes(only);
let runNumber = 0;
const freshOut = () => join(work, `out-${runNumber++}`);

// ---------------------------------------------------------------------------------------------
// kill -9, SIGTERM, SIGINT at random points, with and without worker threads.

const SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGINT'];
const EXPECTED_CODE = { SIGTERM: 143, SIGINT: 130 };
if (want('kill')) {
  for (let index = 0; index < kills; index++) {
    // The quick run (npm test) kills once with each signal; the full run draws them.
    const drawn = SIGNALS[Math.floor(random() * SIGNALS.length)];
    const signal = quick ? SIGNALS[index % SIGNALS.length] : drawn;
    const jobs = random() < 0.5 ? ['-j', '2'] : [];
    const delay = Math.floor(random() * runMs * 1.1);
    const out = freshOut();
    const result = await runCli(['--preserve-paths', ...jobs, '--out-dir', out, inputs], {
      cwd: work,
      during: (child) => setTimeout(() => child.kill(signal), delay),
    });
    const seen = inspect(out);
    const outcome = {
      ...result,
      partial: seen.partial,
      message: '',
      problems: [],
      temps: 0,
    };
    const finished = result.code === 0 && result.signal === null;
    if (finished && seen.missing > 0) outcome.silent = true;
    if (signal === 'SIGKILL') {
      // kill -9 cannot be caught: its temp files are the next run's to remove.
      if (!finished && result.signal !== 'SIGKILL')
        outcome.problems.push(`kill -9 gave exit ${result.code}`);
      const rerun = await runCli(['--preserve-paths', '--force', '--out-dir', out, inputs], {
        cwd: work,
      });
      const after = inspect(out);
      outcome.temps = after.temps.length;
      if (rerun.code !== 0 || after.missing > 0 || after.partial > 0)
        outcome.problems.push(
          `the rerun after kill -9 did not complete the output (exit ${rerun.code})`,
        );
    } else {
      outcome.temps = seen.temps.length;
      // Before its handler is installed (start-up) the signal kills the process outright.
      if (!finished && result.code !== EXPECTED_CODE[signal] && result.signal !== signal)
        outcome.problems.push(
          `${signal} gave exit ${result.code ?? result.signal}, expected ${EXPECTED_CODE[signal]}`,
        );
    }
    if (!finished) outcome.message = `${signal} after ${delay} ms`;
    record(`kill ${signal === 'SIGKILL' ? '-9' : signal}`, outcome);
    rmSync(out, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// File system errors injected into the CLI's file system layer.

const INJECTED = ['ENOSPC', 'EACCES', 'EROFS', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG'];
const REASON = {
  ENOSPC: 'No space left on device',
  EACCES: 'Permission denied',
  EROFS: 'Read-only file system',
  ENOTDIR: 'A part of the path is not a directory',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
};
if (want('inject')) {
  const names = [...expected.keys()];
  for (const code of INJECTED) {
    // A write that fails once its temp file exists (the 3rd output), and a read of one input.
    const places = [
      ['write', `commit:${code}:#3`],
      ['read', `read:${code}:${names[1]?.replace(/\.md$/, '')}`],
    ];
    for (const [where, fault] of places) {
      const out = freshOut();
      const result = await runCli(['--preserve-paths', '--out-dir', out, inputs], {
        cwd: work,
        env: { COPYDESK_FAULT: fault },
      });
      const seen = inspect(out);
      const errors = result.stderr.split('\n').filter((line) => /\serror\s/.test(line));
      const outcome = {
        ...result,
        partial: seen.partial,
        temps: seen.temps.length,
        message: messageOf(result.stderr),
        problems: [],
      };
      if (result.code !== 1) outcome.problems.push(`exit ${result.code}, expected 1`);
      if (result.code === 0) outcome.silent = true;
      const failed = where === 'write' ? expected.size - 2 : 1;
      if (errors.length !== failed || !errors.every((line) => line.includes(REASON[code])))
        outcome.problems.push(
          `expected ${failed} row(s) saying "${REASON[code]}", got:\n${errors.slice(0, 3).join('\n')}`,
        );
      if (seen.missing !== failed)
        outcome.problems.push(`${seen.missing} outputs missing, expected ${failed}`);
      if (/internal error|\n\s+at /.test(result.stderr))
        outcome.problems.push('internal error or stack trace');
      record(`${code} on ${where}`, outcome);
      rmSync(out, { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A low open-files limit: worker threads cannot all start.

if (want('ulimit')) {
  // Below about 20 Node itself cannot load its modules; that is not copydesk's to report.
  for (const limit of quick ? [32] : [20, 24, 28, 32, 64]) {
    const out = freshOut();
    const result = await runCli([], {
      cwd: work,
      shell: `ulimit -n ${limit} && exec "${process.execPath}" "${BIN}" --preserve-paths -j 4 --out-dir "${out}" "${inputs}"`,
    });
    const seen = inspect(out);
    const outcome = {
      ...result,
      partial: seen.partial,
      temps: seen.temps.length,
      message: messageOf(result.stderr) || `all ${seen.present} outputs written`,
      problems: [],
    };
    if (result.code === 0 && seen.missing > 0) outcome.silent = true;
    if (result.code !== 0 && result.code !== 1) outcome.problems.push(`exit ${result.code}`);
    if (result.code === 1 && !/error/.test(result.stderr))
      outcome.problems.push('exit 1 without a row');
    if (/\n\s+at |node:internal|^Error/m.test(result.stderr))
      outcome.problems.push('a raw error or a stack trace');
    record(`ulimit -n ${limit}`, outcome);
    rmSync(out, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Devices and FIFOs: /dev/zero, /dev/full, a FIFO that never ends, a FIFO nobody writes.

const oneStory = join(inputs, Object.keys(stories)[0]);
if (want('device')) {
  const zero = await runCli(['--max-size', '1M', '/dev/zero'], { cwd: work });
  record('/dev/zero input', {
    ...zero,
    message: messageOf(zero.stderr),
    problems: zero.code === 1 && /input-too-large/.test(zero.stderr) ? [] : [`exit ${zero.code}`],
  });

  const full = await runCli([], {
    cwd: work,
    shell: `exec "${process.execPath}" "${BIN}" -f markdown "${oneStory}" > /dev/full`,
  });
  record('stdout on /dev/full', {
    ...full,
    message: messageOf(full.stderr),
    // One line says stdout failed; the story's own report (an info on its
    // dateline's unknown source) may follow it, but no second error.
    problems:
      full.code === 1 &&
      full.stderr.split('\n').filter((line) => /cannot write|\berror\b/i.test(line)).length === 1 &&
      /^copydesk: cannot write to standard output/.test(full.stderr)
        ? []
        : [`exit ${full.code}, stderr:\n${full.stderr}`],
  });

  if (spawnSync('sh', ['-c', 'command -v mkfifo']).status === 0) {
    const fifo = join(work, 'endless.fifo');
    spawnSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `yes "wire copy without end" > "${fifo}"`], {
      stdio: 'ignore',
    });
    const endless = await runCli(['--max-size', '1M', fifo], { cwd: work });
    writer.kill('SIGKILL');
    record('endless FIFO', {
      ...endless,
      message: messageOf(endless.stderr),
      problems:
        endless.code === 1 && /input-too-large/.test(endless.stderr)
          ? []
          : [`exit ${endless.code}`],
    });

    const silent = join(work, 'silent.fifo');
    spawnSync('mkfifo', [silent]);
    const waiting = await runCli([silent], {
      cwd: work,
      during: (child) => setTimeout(() => child.kill('SIGINT'), 500),
    });
    record('Ctrl-C on a FIFO nobody writes', {
      ...waiting,
      message: `${waiting.signal ? `killed by ${waiting.signal}` : `exit ${waiting.code}`} after SIGINT`,
      problems:
        waiting.code === 130 || waiting.signal === 'SIGINT'
          ? []
          : [`exit ${waiting.code ?? waiting.signal}, expected 130`],
    });
  }
}

// ---------------------------------------------------------------------------------------------
// A hostile config in a world-writable parent folder, and a broken package.json above.

if (want('config')) {
  const shared = join(work, 'shared');
  const desk = join(shared, 'desk');
  mkdirSync(desk, { recursive: true });
  writeFileSync(join(shared, '.copydeskrc.json'), JSON.stringify({ noisePhrases: ['The*'] }));
  chmodSync(shared, 0o1777);
  lay(desk, { 'story.txt': readFileSync(oneStory, 'utf8') });
  const plain = await runCli(['--no-config', '-f', 'json', 'story.txt'], { cwd: desk });
  const hostile = await runCli(['-f', 'json', 'story.txt'], { cwd: desk });
  record('hostile parent config', {
    ...hostile,
    message: hostile.stdout === plain.stdout ? 'ignored (world-writable folder)' : 'USED',
    problems: hostile.stdout === plain.stdout && hostile.code === 0 ? [] : ['the config was read'],
  });

  const project = join(work, 'project');
  mkdirSync(join(project, 'wires'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "name": ');
  lay(join(project, 'wires'), { 'story.txt': readFileSync(oneStory, 'utf8') });
  const broken = await runCli(['-f', 'json', 'story.txt'], { cwd: join(project, 'wires') });
  record('broken parent package.json', {
    ...broken,
    message: broken.code === 0 ? 'skipped, run not blocked' : messageOf(broken.stderr),
    problems: broken.code === 0 ? [] : [`exit ${broken.code}`],
  });
}

// ---------------------------------------------------------------------------------------------
// Folders of --preserve-paths output swapped for symbolic links while the run writes.

if (want('symlink')) {
  for (let round = 0; round < (quick ? 1 : 6); round++) {
    const out = freshOut();
    const outside = join(work, `outside-${round}`);
    const trash = join(work, `trash-${round}`);
    mkdirSync(outside);
    mkdirSync(trash);
    let swaps = 0;
    let swapping = true;
    const result = await runCli(['--preserve-paths', '--force', '--out-dir', out, inputs], {
      cwd: work,
      during: (child) => {
        child.on('exit', () => {
          swapping = false;
        });
        const swap = () => {
          if (!swapping) return;
          // Flip each folder between a real folder and a link out, so checks that pass
          // on the real folder meet the link when they write.
          for (const name of existsSync(out) ? readdirSync(out) : []) {
            const path = join(out, name);
            try {
              if (lstatSync(path).isSymbolicLink()) {
                unlinkSync(path);
                mkdirSync(path);
              } else if (lstatSync(path).isDirectory()) {
                renameSync(path, join(trash, `${name}-${swaps}`));
                symlinkSync(outside, path);
                swaps++;
              }
            } catch {
              // The run is creating or filling it right now: try the next one.
            }
          }
          setImmediate(swap);
        };
        setImmediate(swap);
      },
    });
    const escaped = listFiles(outside);
    const errorRows = (result.stderr.match(/\serror\s/g) ?? []).length;
    const written = [...listFiles(out), ...listFiles(trash)].filter((name) => !isTemp(name));
    const temps = [...listFiles(out), ...listFiles(trash)].filter(isTemp).length;
    record('symlink swapped mid-run', {
      ...result,
      temps,
      message: `${swaps} swaps, ${escaped.length} files outside, ${written.length} written inside, ${(result.stderr.match(/symlink-target/g) ?? []).length} refused`,
      problems: [
        ...(escaped.length > 0
          ? [`${escaped.length} files written outside the output directory`]
          : []),
        // Every story is written or has its error row: none is lost without a word.
        ...(written.length + errorRows !== expected.size
          ? [`${written.length} written and ${errorRows} error rows for ${expected.size} stories`]
          : []),
        ...(result.code === 0 && swaps > 0 && /symbolic link/.test(result.stderr)
          ? ['exit 0 after a refused write']
          : []),
        ...(result.code !== 0 && result.code !== 1 ? [`exit ${result.code}`] : []),
      ],
    });
    rmSync(out, { recursive: true, force: true });
  }
}

rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------

const pad = (text, width) => String(text).padEnd(width);
process.stdout.write(
  `\n${pad('fault', 32)}${pad('runs', 6)}${pad('exit codes', 26)}${pad('partial', 9)}${pad('temps', 7)}${pad('hangs', 7)}${pad('silent', 8)}message\n`,
);
for (const row of rows) {
  const codes = [...row.codes].map(([code, count]) => `${code}×${count}`).join(' ');
  process.stdout.write(
    `${pad(row.kind, 32)}${pad(row.runs, 6)}${pad(codes, 26)}${pad(row.partial, 9)}${pad(row.temps, 7)}${pad(row.hangs, 7)}${pad(row.silent, 8)}${row.message.slice(0, 140)}\n`,
  );
}
const totals = rows.reduce(
  (sum, row) => ({
    partial: sum.partial + row.partial,
    temps: sum.temps + row.temps,
    hangs: sum.hangs + row.hangs,
    silent: sum.silent + row.silent,
  }),
  { partial: 0, temps: 0, hangs: 0, silent: 0 },
);
for (const problem of problems) process.stdout.write(`PROBLEM ${problem}\n`);
process.stdout.write(
  `faults: seed ${seed}, ${rows.reduce((sum, row) => sum + row.runs, 0)} runs; partial files ${totals.partial}, temp files left ${totals.temps}, hangs ${totals.hangs}, silent exits ${totals.silent}, problems ${problems.length}\n`,
);
process.exitCode =
  totals.partial + totals.temps + totals.hangs + totals.silent + problems.length > 0 ? 1 : 0;
