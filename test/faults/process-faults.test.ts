import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, workspace } from '../cli/run-cli.js';
import { PIER } from '../cli/stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

const sh = (script: string, cwd: string) =>
  spawnSync('bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, LANG: 'C.UTF-8' },
  });

describe('the process shell under faults', () => {
  it('goes on with the batch when the reader of stderr goes away (EPIPE)', {
    timeout: 60_000,
  }, () => {
    const files = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [`in/story-${index}.txt`, PIER]),
    );
    const ws = workspace(files);
    cleanup = ws.cleanup;
    const result = sh(
      `"${process.execPath}" "${BIN}" --verbose --out-dir out in 2>&1 | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`,
      ws.dir,
    );
    expect(result.stdout).toBe('status=0\n');
    expect(readdirSync(join(ws.dir, 'out'))).toHaveLength(30);
  });

  it('stops reading an endless stdin at --max-size (it read until memory ran out)', {
    timeout: 60_000,
  }, () => {
    const ws = workspace({});
    cleanup = ws.cleanup;
    const result = sh(
      `yes "wire copy without end" | "${process.execPath}" "${BIN}" --max-size 64k -f json; echo "status=\${PIPESTATUS[1]}"`,
      ws.dir,
    );
    // -f json is always an array: an empty one when nothing was converted.
    expect(result.stdout).toBe('[]\nstatus=1\n');
    expect(result.stderr).toMatch(
      /^<stdin>\s+error\s+input is larger than the --max-size limit of 64 KB/m,
    );
  });

  it.skipIf(!existsSync('/dev/full'))(
    'reports a full disk on stdout in one line, exit 1, no stack trace',
    { timeout: 30_000 },
    () => {
      const ws = workspace({ 'pier.txt': PIER });
      cleanup = ws.cleanup;
      const result = sh(`"${process.execPath}" "${BIN}" -f markdown pier.txt > /dev/full`, ws.dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        'copydesk: cannot write to standard output: No space left on device\n',
      );
    },
  );
});

describe('npm run faults, short version', () => {
  it('meets kills, a low ulimit, devices, FIFOs and symlink swaps', {
    timeout: 300_000,
  }, () => {
    const result = spawnSync(process.execPath, ['scripts/faults.js', '--quick'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 290_000,
    });
    expect(result.stdout, result.stderr).toMatch(
      /partial files 0, temp files left 0, hangs 0, silent exits 0, problems 0\n$/,
    );
    expect(result.status).toBe(0);
  });
});
