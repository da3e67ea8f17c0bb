import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'vitest';
import { BIN, ROOT, workspace } from '../cli/run-cli.js';
import { PIER } from '../cli/stories.js';

/** What a finished child printed, and how it ended. */
interface Ran {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * Runs `command` to its end without blocking the worker: the tests here run
 * concurrently, each waiting on processes of its own (the quick fault run
 * alone takes seconds, most of them waiting on the CLI it kills).
 */
function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout: number },
): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeout,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      stderr += `${error.message}\n`;
    });
    child.on('close', (status) => resolve({ stdout, stderr, status }));
  });
}

const sh = (script: string, cwd: string) =>
  run('bash', ['-c', script], {
    cwd,
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, LANG: 'C.UTF-8' },
  });

/** A workspace removed when the test ends. */
function workspaceFor(context: TestContext, files: Record<string, string>) {
  const ws = workspace(files);
  context.onTestFinished(ws.cleanup);
  return ws;
}

/** `count` copies of a story in folder `dir`, as workspace files. */
function storiesIn(dir: string, count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`${dir}/story-${index}.txt`, PIER]),
  );
}

describe.concurrent('the process shell under faults', () => {
  it('goes on with the batch when the reader of stderr goes away (EPIPE)', {
    timeout: 60_000,
  }, async (context) => {
    const { expect } = context;
    const ws = workspaceFor(context, storiesIn('in', 30));
    const result = await sh(
      `"${process.execPath}" "${BIN}" --verbose --out-dir out in 2>&1 | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`,
      ws.dir,
    );
    expect(result.stdout).toBe('status=0\n');
    expect(readdirSync(join(ws.dir, 'out'))).toHaveLength(30);
  });

  it('stops reading an endless stdin at --max-size (it read until memory ran out)', {
    timeout: 60_000,
  }, async (context) => {
    const { expect } = context;
    const ws = workspaceFor(context, {});
    const result = await sh(
      `yes "wire copy without end" | "${process.execPath}" "${BIN}" --max-size 64k -f json; echo "status=\${PIPESTATUS[1]}"`,
      ws.dir,
    );
    // -f json is always an array: an empty one when nothing was converted.
    expect(result.stdout).toBe('[]\nstatus=1\n');
    expect(result.stderr).toMatch(
      /^<stdin>\s+error\s+input is larger than the --max-size limit of 64 KB/m,
    );
  });

  it('says in one line that a low open-files limit stopped it (it printed a raw EMFILE and a stack)', {
    timeout: 120_000,
  }, async (context) => {
    const { expect } = context;
    const ws = workspaceFor(context, storiesIn('in', 30));
    // Which module fails to load depends on the limit: the bundle's own chunks
    // (loaded at start), then those loaded on demand (the pool, the reporters).
    let stopped = 0;
    for (const limit of [20, 22, 24, 26, 28, 30]) {
      const out = `out-${limit}`;
      const result = await sh(
        `ulimit -n ${limit} && exec "${process.execPath}" "${BIN}" -j 4 --out-dir ${out} in`,
        ws.dir,
      );
      if (result.status === 0) {
        expect(readdirSync(join(ws.dir, out))).toHaveLength(30);
        continue;
      }
      expect(result.status, `ulimit -n ${limit}: ${result.stderr}`).toBe(1);
      expect(result.stderr, `ulimit -n ${limit}`).not.toMatch(/\n\s+at |node:internal|^Error/m);
      expect(result.stderr, `ulimit -n ${limit}`).toMatch(
        /Too many open files \(raise the limit with ulimit -n\)/,
      );
      // Stopped before any story (rather than one row per output that failed): one line.
      if (!result.stderr.startsWith('copydesk: error:')) continue;
      stopped++;
      expect(result.stderr, `ulimit -n ${limit}`).toMatch(/^copydesk: error: [^\n]*\n$/);
    }
    // The lowest limits cannot load copydesk at all: that path was taken.
    expect(stopped).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync('/dev/full'))(
    'reports a full disk on stdout in one line, exit 1, no stack trace',
    { timeout: 30_000 },
    async (context) => {
      const { expect } = context;
      const ws = workspaceFor(context, { 'pier.txt': PIER });
      const result = await sh(
        `"${process.execPath}" "${BIN}" -f markdown pier.txt > /dev/full`,
        ws.dir,
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        'copydesk: cannot write to standard output: No space left on device\n',
      );
    },
  );
});

/**
 * The fault kinds `npm run faults --quick` runs, read from the script so a
 * kind added there is run here too: each `want('kind')` section, less those
 * the quick run leaves to in-process tests (IN_PROCESS_ALSO).
 */
function quickFaultKinds(): string[] {
  const script = readFileSync(join(ROOT, 'scripts/faults.js'), 'utf8');
  const inProcess = /const IN_PROCESS_ALSO = \[([^\]]*)\]/.exec(script)?.[1] ?? '';
  const kinds = [...script.matchAll(/\bwant\('([a-z-]+)'\)/g)].map((match) => match[1] as string);
  return [...new Set(kinds)].filter((kind) => !inProcess.includes(`'${kind}'`));
}

// Each kind in a run of its own, side by side: most of a run is spent
// waiting on the CLI it kills, so one after the other took the longest of
// any test file.
describe.concurrent('npm run faults, short version', () => {
  const kinds = quickFaultKinds();

  it('has fault kinds to run', ({ expect }) => {
    expect(kinds).toEqual(expect.arrayContaining(['kill', 'ulimit', 'device', 'symlink']));
  });

  it.for(kinds)('meets %s faults', { timeout: 300_000 }, async (kind, { expect }) => {
    const result = await run(process.execPath, ['scripts/faults.js', '--quick', '--only', kind], {
      cwd: ROOT,
      timeout: 290_000,
    });
    expect(result.stdout, result.stderr).toMatch(
      /partial files 0, temp files left 0, hangs 0, silent exits 0, problems 0\n$/,
    );
    expect(result.stdout).not.toMatch(/faults: seed \d+, 0 runs/);
    expect(result.status).toBe(0);
  });
});
