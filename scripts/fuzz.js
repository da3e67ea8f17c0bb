#!/usr/bin/env node
// Long property run over hostile input (test/support/check-input.ts): never throws, JSON
// valid against the schema, nothing lost, terminal- and Markdown-safe, the Markdown round
// trip keeps the metadata, deterministic. Splits the cases over shards run in parallel
// and prints the seed, so any failure can be replayed:
//
//   npm run fuzz                       # 100,000 cases, random seed
//   FUZZ_SEED=1234 npm run fuzz        # replay a seed
//   FUZZ_RUNS=20000 FUZZ_SHARDS=4 npm run fuzz
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const shards = Number(process.env.FUZZ_SHARDS ?? Math.max(1, Math.min(4, availableParallelism())));
const dir = mkdtempSync(join(tmpdir(), 'copydesk-fuzz-'));

process.stdout.write(`fuzz: seed ${seed}, ${runs} cases over ${shards} shard(s)\n`);
const started = performance.now();

/** Runs one shard (seed + index) in its own vitest process; resolves with its report. */
function runShard(index) {
  const report = join(dir, `shard-${index}.json`);
  const shardRuns = Math.ceil(runs / shards);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.fuzz.config.ts'],
      {
        env: {
          ...process.env,
          FUZZ_SEED: String(seed + index),
          FUZZ_RUNS: String(shardRuns),
          FUZZ_REPORT: report,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      let result = null;
      try {
        result = JSON.parse(readFileSync(report, 'utf8'));
      } catch {
        // No report: the shard crashed before the property ran; its output says why.
      }
      resolve({ index, code, result, output });
    });
  });
}

const results = await Promise.all(Array.from({ length: shards }, (_, index) => runShard(index)));
rmSync(dir, { recursive: true, force: true });

let cases = 0;
let failures = 0;
for (const { index, code, result, output } of results) {
  if (!result) {
    failures++;
    process.stdout.write(
      `shard ${index} (seed ${seed + index}): no report, exit ${code}\n${output}\n`,
    );
    continue;
  }
  cases += result.numRuns;
  if (result.failed) {
    failures++;
    process.stdout.write(
      `shard ${index} (seed ${result.seed}) FAILED after ${result.numRuns} cases\n` +
        `  replay: FUZZ_SEED=${seed} FUZZ_SHARDS=${shards} FUZZ_RUNS=${runs} npm run fuzz\n` +
        `  path: ${result.counterexamplePath}\n` +
        `  input bytes: ${JSON.stringify(result.counterexample)}\n` +
        `  ${result.error}\n`,
    );
  } else {
    process.stdout.write(`shard ${index} (seed ${result.seed}): ${result.numRuns} cases, ok\n`);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
process.stdout.write(`fuzz: ${cases} cases, ${failures} failure(s), seed ${seed}, ${seconds} s\n`);
process.exitCode = failures > 0 ? 1 : 0;
