import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';
import { BIN, cli, runCli, workspace } from './run-cli.js';
import { PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

// Concurrent: each test waits on processes of its own.
describe.concurrent('copydesk in pipelines', () => {
  it('exits quietly with 0 when the reader closes the pipe early (EPIPE)', async ({
    expect,
    onTestFinished,
  }) => {
    const ws = workspace({
      'big.txt': `${PIER}\n${'More text for the pipe to carry. '.repeat(40_000)}\n`,
    });
    onTestFinished(ws.cleanup);
    const script = `"${process.execPath}" "${BIN}" -f markdown big.txt | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`;
    const result = await promisify(execFile)('bash', ['-c', script], {
      cwd: ws.dir,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('status=0\n');
  });

  it('writes a large result completely to a pipe', async ({ expect, onTestFinished }) => {
    const paragraph = 'A paragraph of wire copy that keeps the pipe busy for a while. '.repeat(10);
    // Numbered, so no paragraph is a repeat of another (repeats are removed as duplicates).
    const body = Array.from({ length: 2000 }, (_, index) => `${index} ${paragraph.trim()}`).join(
      '\n\n',
    );
    const ws = workspace({ 'big.txt': `${PIER}\n${body}\n` });
    onTestFinished(ws.cleanup);
    const [piped, filed] = await Promise.all([
      cli(['-f', 'markdown', 'big.txt'], { cwd: ws.dir }),
      cli(['-f', 'markdown', '-o', 'out.md', 'big.txt'], { cwd: ws.dir }),
    ]);
    expect(filed.code).toBe(0);
    const written = spawnSync('cat', [join(ws.dir, 'out.md')], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(piped.stdout.length).toBeGreaterThan(body.length);
    expect(piped.stdout).toBe(written.stdout);
  });
});

describe('copydesk completion', () => {
  const program = createProgram({ writeOut: () => {}, writeErr: () => {}, version: '0.0.0' });
  const longs = program.options.map((option) => option.long).filter((flag) => flag !== undefined);

  it.each(['bash', 'zsh', 'fish'])(
    'prints a %s script naming every option and format',
    async (shell) => {
      const result = await runCli(['completion', shell]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      for (const flag of longs) {
        if (flag === '--color-when') continue;
        const name = shell === 'fish' ? `-l ${flag.slice(2)}` : flag;
        expect(result.stdout, `${shell} script lacks ${flag}`).toContain(name);
      }
      expect(result.stdout).toContain('ndjson');
      expect(result.stdout).not.toContain('--color-when');
    },
  );

  it('prints a bash script that bash accepts', async () => {
    const ws = workspace({});
    cleanup = ws.cleanup;
    writeFileSync(join(ws.dir, 'c.bash'), (await runCli(['completion', 'bash'])).stdout);
    expect(spawnSync('bash', ['-n', join(ws.dir, 'c.bash')]).status).toBe(0);
  });

  it.skipIf(!has('zsh'))('prints a zsh script that zsh accepts', async () => {
    const ws = workspace({});
    cleanup = ws.cleanup;
    writeFileSync(join(ws.dir, 'c.zsh'), (await runCli(['completion', 'zsh'])).stdout);
    expect(spawnSync('zsh', ['-n', join(ws.dir, 'c.zsh')]).status).toBe(0);
  });

  it('exits 2 for an unknown shell', async () => {
    const result = await runCli(['completion', 'tcsh']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are bash, zsh, fish/);
  });
});
