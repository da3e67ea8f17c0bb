// Timing and memory measurement for the bench: hyperfine when it is
// installed, otherwise our own runs. A comparison is measured in rounds: each
// round runs every command once, in alternating order, so that the commands
// share whatever load the machine has at that moment (back-to-back batches
// of runs, hyperfine's default, let a load change skew a ratio by 3×). A
// figure is the median over the rounds, after one warm-up round.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, removeTempDir } from './temp.js';

/** True when hyperfine is on the PATH (and COPYDESK_BENCH_NO_HYPERFINE is unset). */
export function hasHyperfine() {
  if (process.env.COPYDESK_BENCH_NO_HYPERFINE) return false;
  return spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function shellQuote(arg) {
  return /^[\w./=:,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

/**
 * Expands a `{ glob: DIR }` argument into DIR's `*.txt` files (relative to
 * `cwd`), so that commands over a file list need no shell.
 */
function expand(argv, cwd) {
  return argv.flatMap((arg) =>
    typeof arg === 'object'
      ? readdirSync(join(cwd, arg.glob))
          .filter((name) => name.endsWith('.txt'))
          .sort()
          .map((name) => join(arg.glob, name))
      : [arg],
  );
}

/** One run of each command through hyperfine: wall and CPU seconds. */
function hyperfineRound(commands, cwd, dir) {
  const exportFile = join(dir, 'times.json');
  const needsShell = commands.some((command) =>
    command.argv.some((arg) => typeof arg === 'object'),
  );
  const args = ['--runs', '1', '--style', 'none', '--export-json', exportFile];
  if (!needsShell) args.push('-N');
  for (const command of commands) {
    const line = command.argv
      .map((arg) => (typeof arg === 'object' ? `${shellQuote(arg.glob)}/*.txt` : shellQuote(arg)))
      .join(' ');
    args.push(`--command-name=${command.name}`, line);
  }
  const result = spawnSync('hyperfine', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`hyperfine failed (exit ${result.status})`);
  const { results } = JSON.parse(readFileSync(exportFile, 'utf8'));
  return results.map((entry) => ({ seconds: entry.median, cpu: entry.user + entry.system }));
}

/** One run of each command by ourselves; CPU through the probe for Node commands. */
function ownRound(commands, { cwd, probe }, dir) {
  const devNull = openSync('/dev/null', 'w');
  const out = join(dir, 'probe.json');
  try {
    return commands.map((command) => {
      const [file, ...args] = expand(command.argv, cwd);
      const isNode = file === process.execPath;
      rmSync(out, { force: true });
      const start = process.hrtime.bigint();
      const result = spawnSync(file, isNode ? ['--require', probe, ...args] : args, {
        cwd,
        stdio: ['ignore', devNull, devNull],
        env: { ...process.env, COPYDESK_BENCH_PROBE: out },
      });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (result.status !== 0) throw new Error(`${command.name} failed (exit ${result.status})`);
      const cpu = isNode ? JSON.parse(readFileSync(out, 'utf8')).cpu / 1e6 : Number.NaN;
      return { seconds, cpu };
    });
  } finally {
    closeSync(devNull);
  }
}

/**
 * Times each command (`{ name, argv }`, argv[0] the program) over `runs`
 * rounds and returns `{ name, seconds, cpu, runs }`: medians of wall time and
 * of CPU time (user + system; NaN when unknown).
 */
export function time(commands, options) {
  const dir = makeTempDir('copydesk-bench-');
  const walls = commands.map(() => []);
  const cpus = commands.map(() => []);
  try {
    for (let round = -1; round < options.runs; round++) {
      // Alternate the order so that neither command always runs first.
      const order = commands.map((_, index) => index);
      if (round % 2 === 1) order.reverse();
      const ordered = order.map((index) => commands[index]);
      const results = options.hyperfine
        ? hyperfineRound(ordered, options.cwd, dir)
        : ownRound(ordered, options, dir);
      if (round < 0) continue;
      results.forEach((result, position) => {
        const index = order[position];
        walls[index].push(result.seconds);
        cpus[index].push(result.cpu);
      });
    }
  } finally {
    removeTempDir(dir);
  }
  return commands.map((command, index) => ({
    name: command.name,
    seconds: median(walls[index]),
    cpu: median(cpus[index]),
    runs: walls[index].length,
  }));
}

/**
 * Runs a Node command `runs` times with the probe preloaded and returns the
 * median peak resident set size in MiB.
 */
export function peakRss(command, { runs, cwd, probe }) {
  const dir = makeTempDir('copydesk-rss-');
  const out = join(dir, 'probe.json');
  const [node, ...rest] = expand(command.argv, cwd);
  const values = [];
  try {
    for (let round = 0; round < runs; round++) {
      const result = spawnSync(node, ['--require', probe, ...rest], {
        cwd,
        stdio: 'ignore',
        env: { ...process.env, COPYDESK_BENCH_PROBE: out },
      });
      if (result.status !== 0) throw new Error(`${command.name} failed (exit ${result.status})`);
      values.push(JSON.parse(readFileSync(out, 'utf8')).maxRSS / 1024);
    }
  } finally {
    removeTempDir(dir);
  }
  return median(values);
}
