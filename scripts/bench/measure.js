// Timing and memory measurement for the bench: hyperfine when it is
// installed, otherwise our own repeated runs. Either way a figure is the
// median of `runs` runs after one warm-up, and the commands of one
// comparison are measured in the same invocation, interleaved where we can,
// so that their ratio is taken under the same machine load.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
 * Expands a trailing `{ glob: DIR }` argument into DIR's `*.txt` files
 * (relative to `cwd`), so that commands over a file list need no shell.
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

function hyperfine(commands, { runs, cwd }) {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  const exportFile = join(dir, 'times.json');
  const needsShell = commands.some((command) =>
    command.argv.some((arg) => typeof arg === 'object'),
  );
  const args = [
    '--runs',
    String(runs),
    '--warmup',
    '1',
    '--style',
    'none',
    '--export-json',
    exportFile,
  ];
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
  rmSync(dir, { recursive: true, force: true });
  return results.map((entry) => ({
    name: entry.command,
    seconds: entry.median,
    cpu: entry.user + entry.system,
    runs: entry.times.length,
  }));
}

function ownRuns(commands, { runs, cwd }) {
  const devNull = openSync('/dev/null', 'w');
  const samples = commands.map(() => []);
  try {
    // One warm-up each, then the commands in turn, so load hits them alike.
    for (let round = -1; round < runs; round++) {
      commands.forEach((command, index) => {
        const [file, ...args] = expand(command.argv, cwd);
        const start = process.hrtime.bigint();
        const result = spawnSync(file, args, { cwd, stdio: ['ignore', devNull, devNull] });
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        if (result.status !== 0 && !command.mayFail)
          throw new Error(`${command.name} failed (exit ${result.status})`);
        if (round >= 0) samples[index].push(seconds);
      });
    }
  } finally {
    closeSync(devNull);
  }
  return commands.map((command, index) => ({
    name: command.name,
    seconds: median(samples[index]),
    // Children's CPU time is not in our resourceUsage(); wall time only.
    cpu: Number.NaN,
    runs: samples[index].length,
  }));
}

/**
 * Times each command (`{ name, argv, mayFail? }`, argv[0] the program) and
 * returns `{ name, seconds, cpu, runs }` with `seconds` the median wall time.
 */
export function time(commands, options) {
  return options.hyperfine ? hyperfine(commands, options) : ownRuns(commands, options);
}

/**
 * Runs a Node command `runs` times with the RSS probe preloaded and returns
 * the median peak resident set size in MiB.
 */
export function peakRss(command, { runs, cwd, probe }) {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-rss-'));
  const out = join(dir, 'rss');
  const [node, ...rest] = expand(command.argv, cwd);
  const values = [];
  try {
    for (let round = 0; round < runs; round++) {
      const result = spawnSync(node, ['--require', probe, ...rest], {
        cwd,
        stdio: 'ignore',
        env: { ...process.env, COPYDESK_BENCH_RSS: out },
      });
      if (result.status !== 0 && !command.mayFail)
        throw new Error(`${command.name} failed (exit ${result.status})`);
      values.push(Number(readFileSync(out, 'utf8')) / 1024);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return median(values);
}
