import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, OutsideTargetError, setBeforeCommit } from '../../src/cli/fs.js';
import { NAME_MAX, removeStaleTemps, tempName, tempOwner } from '../../src/cli/temp-files.js';
import { tempDir } from './real-io.js';

let cleanup = () => {};
afterEach(() => cleanup());

function dir(): string {
  const temp = tempDir();
  cleanup = temp.cleanup;
  return temp.dir;
}

/** A PID no process has: far above the kernel's usual pid_max. */
const DEAD_PID = 99_999_999;

describe('temp files', () => {
  it('names them with the PID, within NAME_MAX however long the target name', () => {
    for (const name of ['a.md', `${'é'.repeat(126)}.md`, `${'x'.repeat(255)}`]) {
      const temp = tempName(name);
      expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(NAME_MAX);
      expect(tempOwner(temp)).toBe(process.pid);
    }
    expect(tempOwner('notes.tmp')).toBeNull();
  });

  it('writes a file whose name is 255 bytes long (its temp name was too long)', async () => {
    const out = dir();
    const name = `${'n'.repeat(252)}.md`;
    await nodeFs.writeAtomic(join(out, name), 'text\n', false);
    expect(readdirSync(out)).toEqual([name]);
  });

  it("removes stale temp files of dead processes, never a live process's", async () => {
    const out = dir();
    const stale = `.a.md.copydesk-${DEAD_PID}-abcdefgh.tmp`;
    const live = `.b.md.copydesk-${process.pid}-abcdefgh.tmp`;
    writeFileSync(join(out, stale), 'half');
    writeFileSync(join(out, live), 'half');
    writeFileSync(join(out, 'keep.tmp'), 'mine');
    expect(removeStaleTemps(out)).toBe(1);
    expect(readdirSync(out).sort()).toEqual([live, 'keep.tmp'].sort());
  });

  it('leaves no temp file behind after a write, or after a write that fails', async () => {
    const out = dir();
    await nodeFs.writeAtomic(join(out, 'a.md'), 'one\n', false);
    await expect(nodeFs.writeAtomic(join(out, 'a.md'), 'two\n', false)).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readdirSync(out)).toEqual(['a.md']);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('one\n');
  });
});

describe('writes stay inside the output directory', () => {
  it('refuses a folder swapped for a symbolic link after it was checked', async () => {
    const root = dir();
    const out = join(root, 'out');
    const outside = join(root, 'outside');
    mkdirSync(out);
    mkdirSync(outside);
    // The state a swap leaves: `out/2024` was a folder when checked, is a link when written.
    symlinkSync(outside, join(out, '2024'));
    await expect(
      nodeFs.writeAtomic(join(out, '2024', 'story.md'), 'text\n', true, out),
    ).rejects.toBeInstanceOf(OutsideTargetError);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('creates folders one by one and never one through a link out of the directory', async () => {
    const root = dir();
    const out = join(root, 'out');
    const outside = join(root, 'outside');
    mkdirSync(out);
    mkdirSync(outside);
    symlinkSync(outside, join(out, 'a'));
    await expect(nodeFs.mkdirp(join(out, 'a', 'b'), out)).rejects.toBeInstanceOf(
      OutsideTargetError,
    );
    expect(readdirSync(outside)).toEqual([]);
    await nodeFs.mkdirp(join(out, 'c', 'd'), out);
    expect(lstatSync(join(out, 'c', 'd')).isDirectory()).toBe(true);
    expect(existsSync(join(outside, 'b'))).toBe(false);
  });

  it('writes into the folder it opened even when that folder is swapped for a link mid-write', async () => {
    const root = dir();
    const out = join(root, 'out');
    const outside = join(root, 'outside');
    const moved = join(root, 'moved');
    mkdirSync(join(out, '2024'), { recursive: true });
    mkdirSync(outside);
    // Between the temp file and its commit, the folder is moved away and a
    // link out takes its place: the commit still happens in the folder that
    // was opened (now \`moved\`), never through the link.
    setBeforeCommit(() => {
      renameSync(join(out, '2024'), moved);
      symlinkSync(outside, join(out, '2024'));
    });
    try {
      await nodeFs.writeAtomic(join(out, '2024', 'story.md'), 'text\n', false, out);
    } catch (error) {
      // Systems without /proc/self/fd refuse instead; either way nothing leaves.
      expect(error).toBeInstanceOf(OutsideTargetError);
    } finally {
      setBeforeCommit(null);
    }
    expect(readdirSync(outside)).toEqual([]);
    if (existsSync('/proc/self/fd')) expect(readdirSync(moved)).toEqual(['story.md']);
  });
});
