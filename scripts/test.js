#!/usr/bin/env node
// `npm test`: Biome (lint and format check), the type check and vitest, all
// three side by side. Biome and the type check are one or two threads for a
// few seconds each, and vitest leaves part of a core idle while its files
// wait on child processes and a tmux screen: run one after the other, a fresh
// clone spent those seconds twice. Biome's and the type check's output is
// held back and printed after vitest's, so the three never interleave.
// Arguments go to vitest (`npm test -- test/cli`). Exit status: Biome's if it
// failed, else vitest's, else the type check's.
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

const lint = run(bin('@biomejs/biome', 'biome'), ['ci', '.'], true);
// The type check is TypeScript 7's native compiler (package typescript-native), about
// five times less CPU than TypeScript 5's over the same sources; TypeScript 5 stays for
// its compiler API, which the build's library emit and the JSON-contract test use.
const typecheck = run(bin('typescript-native', 'tsc'), ['--noEmit'], true);
const tests = await run(bin('vitest', 'vitest'), ['run', ...process.argv.slice(2)]);
const [style, types] = await Promise.all([lint, typecheck]);
process.stdout.write(
  style.code === 0 ? '\nLint: no problems (biome ci)\n' : `\nLint failed:\n${style.output}`,
);
process.stdout.write(
  types.code === 0
    ? 'Type check: no errors (tsc --noEmit)\n'
    : `\nType check failed:\n${types.output}`,
);
process.exit(style.code || tests.code || types.code);
