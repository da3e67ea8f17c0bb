import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ORCHARD, PIER } from '../cli/stories.js';
import { runReal, tempDir } from './real-io.js';

let cleanup = () => {};
afterEach(() => cleanup());

describe('directory input and symbolic links', () => {
  it('does not follow a link out of the input folder unless --follow-symlinks', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const wires = join(temp.dir, 'wires');
    mkdirSync(join(wires, 'day'), { recursive: true });
    mkdirSync(join(temp.dir, 'private'));
    writeFileSync(join(wires, 'pier.txt'), PIER);
    writeFileSync(join(temp.dir, 'private', 'secret.txt'), ORCHARD);
    symlinkSync(join(temp.dir, 'private', 'secret.txt'), join(wires, 'leak.txt'));
    symlinkSync(join(temp.dir, 'private'), join(wires, 'day', 'linked'));
    // A link that stays inside the folder is fine to follow.
    symlinkSync(join(wires, 'pier.txt'), join(wires, 'day', 'same.txt'));
    const skipped = await runReal(['-f', 'ndjson', 'wires'], { cwd: temp.dir });
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).not.toContain('Frost Threatens');
    expect(skipped.stdout.trim().split('\n')).toHaveLength(1);
    expect(skipped.stderr).toMatch(
      /^wires\/leak\.txt\s+warning\s+Symbolic link out of the input folder, not followed \(use --follow-symlinks to read it\)\s+symlink-skipped$/m,
    );
    expect(skipped.stderr).toMatch(/^wires\/day\/linked\s+warning/m);
    const followed = await runReal(['-f', 'ndjson', '--follow-symlinks', 'wires'], {
      cwd: temp.dir,
    });
    expect(followed.code).toBe(0);
    expect(followed.stdout).toContain('Frost Threatens');
  });
});
