import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withFaults } from '../../src/cli/fault-injection.js';
import { nodeFs, setBeforeCommit } from '../../src/cli/fs.js';
import { ORCHARD, PIER } from '../cli/stories.js';
import { runReal, tempDir } from './real-io.js';

let cleanup = () => {};
afterEach(() => {
  cleanup();
  setBeforeCommit(null);
});

function workspace(files: Record<string, string>): string {
  const temp = tempDir();
  cleanup = temp.cleanup;
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(temp.dir, name, '..'), { recursive: true });
    writeFileSync(join(temp.dir, name), text);
  }
  return temp.dir;
}

describe('a file system error concerns one input or output, not the run', () => {
  it('reports a symbolic link loop as one row and converts the other inputs (was exit 70)', async () => {
    const dir = workspace({ 'pier.txt': PIER });
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    const result = await runReal(['loop-a', 'pier.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^loop-a\s+error\s+Too many levels of symbolic links\s+read-error$/m,
    );
    expect(result.stdout).toMatch(/^# Harbour Council/m);
    expect(result.stderr).not.toMatch(/internal error/i);
  });

  it('reports -o through a link loop as a write error row (was exit 70)', async () => {
    const dir = workspace({ 'pier.txt': PIER });
    symlinkSync('loop-b/out.md', join(dir, 'loop-a'));
    symlinkSync('loop-a/out.md', join(dir, 'loop-b'));
    const result = await runReal(['-o', 'loop-a/out.md', 'pier.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^loop-a\/out\.md\s+error\s+Cannot write: Too many levels of symbolic links/m,
    );
  });

  it('reports a name too long with the OS reason, and never echoes escapes raw', async () => {
    const dir = workspace({ 'pier.txt': PIER });
    const name = `\u001b[31m${'x'.repeat(300)}.txt`;
    const result = await runReal([name, 'pier.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/File name too long\s+read-error/);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain('^[[31m');
  });

  it('says a file name is not UTF-8 instead of "No such file"', async () => {
    const dir = workspace({});
    const result = await runReal(['bad\ufffd.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/File name is not valid UTF-8/);
    expect(result.stderr).not.toMatch(/No such file/);
  });

  it('reports a directory given as --config as a config error (was exit 70)', async () => {
    const dir = workspace({ 'pier.txt': PIER, 'conf/.keep': '' });
    const result = await runReal(['--config', 'conf', 'pier.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^conf\s+error\s+cannot read it: Is a directory.*\sconfig$/m);
  });

  it.skipIf(!existsSync('/proc/1'))(
    'fails fast with one line when --out-dir cannot be created (/proc/1/x spun for ever)',
    { timeout: 30_000 },
    async () => {
      const dir = workspace({ 'pier.txt': PIER });
      const result = await runReal(['--out-dir', '/proc/1/x', 'pier.txt'], { cwd: dir });
      expect(result.code).toBe(1);
      // One report row, no pointer to --help: this is no usage error.
      expect(result.stderr).toBe(
        '/proc/1/x  error    Cannot write there: No such file (--out-dir)  out-dir\n\n✖ 1 error\n',
      );
    },
  );

  it('reports a read-only output location as such, and --dry-run does not claim it would write', async () => {
    const dir = workspace({ 'pier.txt': PIER, 'out/.keep': '' });
    const readOnly = withFaults(
      {
        ...nodeFs,
        checkWritable: async () => {
          throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
        },
      },
      'commit:EROFS',
    );
    const written = await runReal(['--out-dir', 'out', 'pier.txt'], { cwd: dir, fs: readOnly });
    expect(written.code).toBe(1);
    expect(written.stderr).toMatch(
      /^out\/pier\.md\s+error\s+Cannot write: Read-only file system\s+write-error$/m,
    );
    expect(readdirSync(join(dir, 'out'))).toEqual(['.keep']);
    const dry = await runReal(['-n', '--out-dir', 'out', 'pier.txt'], { cwd: dir, fs: readOnly });
    expect(dry.code).toBe(1);
    expect(dry.stderr).toBe(
      'out  error    Cannot write there: Read-only file system (--out-dir)  out-dir\n\n✖ 1 error\n',
    );
  });

  it('stops reading a device at --max-size (reading /dev/zero never ended)', {
    timeout: 30_000,
  }, async () => {
    const dir = workspace({ 'pier.txt': PIER });
    const result = await runReal(['--max-size', '64k', '/dev/zero', 'pier.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^\/dev\/zero\s+error\s+input is larger than the --max-size limit of 64 KB .*input-too-large$/m,
    );
    expect(result.stdout).toMatch(/^# Harbour Council/m);
  });

  it('takes output names case-folded: A.txt and a.txt never overwrite each other', async () => {
    const dir = workspace({ 'in/A.txt': PIER, 'in/a.txt': ORCHARD });
    const result = await runReal(['--force', '--out-dir', 'out', 'in/A.txt', 'in/a.txt'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^out\/a\.md\s+error\s+Output name `a\.md` is already taken by in\/A\.txt/m,
    );
    expect(readdirSync(join(dir, 'out')), result.stderr).toEqual(['A.md']);
  });
});
