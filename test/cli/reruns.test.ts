import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, workspace } from './run-cli.js';
import { ORCHARD, PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

function batch(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++)
    files[`wires/${String(index).padStart(2, '0')}.txt`] = index % 2 ? PIER : ORCHARD;
  return files;
}

describe('batch reruns', () => {
  it('never reads an --out-dir inside the input folder back in, and says so once', async () => {
    const ws = workspace(batch(3));
    cleanup = ws.cleanup;
    const first = await runCli(['wires', '--out-dir', 'wires/out'], { cwd: ws.dir });
    expect(first.code).toBe(0);
    expect(readdirSync(join(ws.dir, 'wires/out'))).toHaveLength(3);
    const again = await runCli(['wires', '--out-dir', 'wires/out', '--force'], { cwd: ws.dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(
      [
        'wires/out  info     Skipped 3 files in the output directory as input (--out-dir)  out-dir-input',
        '',
        'ℹ 1 info',
        'copydesk: wrote 3 files to wires/out',
        '',
      ].join('\n'),
    );
    expect(readdirSync(join(ws.dir, 'wires/out')).sort()).toEqual(['00.md', '01.md', '02.md']);
  });

  it('sums up existing files in one row with both remedies, and writes none of them', async () => {
    const ws = workspace(batch(5));
    cleanup = ws.cleanup;
    await runCli(['wires', '--out-dir', 'out'], { cwd: ws.dir });
    writeFileSync(join(ws.dir, 'out/00.md'), 'edited by hand\n');
    const again = await runCli(['wires', '--out-dir', 'out'], { cwd: ws.dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'out  error    5 files exist already: --force replaces them, --skip-existing keeps them and writes the rest  exists\n\n✖ 1 error\n',
    );
    expect(readFileSync(join(ws.dir, 'out/00.md'), 'utf8')).toBe('edited by hand\n');
  });

  it('resumes a batch with --skip-existing: writes the missing files, keeps the rest', async () => {
    const ws = workspace(batch(4));
    cleanup = ws.cleanup;
    await runCli(['wires/00.txt', 'wires/01.txt', '--out-dir', 'out'], { cwd: ws.dir });
    writeFileSync(join(ws.dir, 'out/00.md'), 'edited by hand\n');
    const resumed = await runCli(['wires', '--out-dir', 'out', '--skip-existing'], { cwd: ws.dir });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toBe('copydesk: wrote 2 files to out (kept 2 existing)\n');
    expect(readdirSync(join(ws.dir, 'out')).sort()).toEqual(['00.md', '01.md', '02.md', '03.md']);
    expect(readFileSync(join(ws.dir, 'out/00.md'), 'utf8')).toBe('edited by hand\n');
    const dry = await runCli(['-n', 'wires', '--out-dir', 'out', '--skip-existing'], {
      cwd: ws.dir,
    });
    expect(dry.stderr).toBe('');
  });

  it('keeps an existing -o file with --skip-existing and converts nothing', async () => {
    const ws = workspace({ 'a.txt': PIER, 'all.json': '[]\n' });
    cleanup = ws.cleanup;
    const result = await runCli(['a.txt', '-o', 'all.json', '--skip-existing'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(ws.dir, 'all.json'), 'utf8')).toBe('[]\n');
    expect(result.stderr).toMatch(/^all\.json\s+info\s+Kept the existing file \(--skip-existing\)/);
  });

  it('points a name collision at --preserve-paths', async () => {
    const ws = workspace({ 'in/a/x.txt': PIER, 'in/b/x.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = await runCli(['in', '--out-dir', 'out'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^out\/x\.md\s+error\s+Output name `x\.md` is already taken by in\/a\/x\.txt in this run: --preserve-paths keeps each input's folders apart\s+name-collision$/m,
    );
  });
});
