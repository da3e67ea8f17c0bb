#!/usr/bin/env node
// `npm test`: Biome (lint and format check) first, as it fails fastest; then
// the type check and vitest side by side. The type check is one thread for
// several seconds, and vitest leaves part of a core idle while its files wait
// on child processes and a tmux screen: run one after the other, a fresh
// clone spent those seconds twice. The type check's output is held back and
// printed after vitest's, so the two never interleave. Arguments go to vitest
// (`npm test -- test/cli`). Exit status: the first failure's, else 0.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** The script behind a package's command (its package.json `bin`), to run with this node. */
function bin(name, command) {
  const manifest = require.resolve(`${name}/package.json`);
  const { bin: entry } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof entry === 'string' ? entry : entry[command]);
}

/** Runs node on `script`; resolves to its exit code and, when `quiet`, what it printed. */
function run(script, args, quiet = false) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const chunks = [];
    if (quiet) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    child.on('error', (error) => resolve({ code: 1, output: `${error.message}\n` }));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() }),
    );
  });
}

const lint = await run(bin('@biomejs/biome', 'biome'), ['ci', '.']);
if (lint.code !== 0) process.exit(lint.code);

const typecheck = run(bin('typescript', 'tsc'), ['--noEmit'], true);
const tests = await run(bin('vitest', 'vitest'), ['run', ...process.argv.slice(2)]);
const types = await typecheck;
process.stdout.write(
  types.code === 0
    ? '\nType check: no errors (tsc --noEmit)\n'
    : `\nType check failed:\n${types.output}`,
);
process.exit(tests.code || types.code);
