import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const GOLDEN = join(ROOT, 'test/cli/golden');

/** Compares with a golden file; `UPDATE=1` (or a missing file) writes it instead. */
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('copydesk golden answers', () => {
  it('prints the help it has always printed (80 columns, no colour)', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    golden('help.txt', result.stdout);
  });

  it.each([
    ['unknown-option', ['--hepl']],
    ['bad-format', ['--format', 'pdf']],
    ['bad-color', ['--color=sometimes']],
    ['bad-width', ['--width', '-3']],
    ['excess-completion', ['completion', 'bash', 'zsh']],
  ])('answers %s with the same message on stderr and exit 2', async (name, args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    golden(`${name}.txt`, result.stderr);
  });
});
