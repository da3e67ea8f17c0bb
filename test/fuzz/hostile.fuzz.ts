import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { it } from 'vitest';
import { checkInput } from '../support/check-input.js';
import { hostileInput, seedTexts } from '../support/mutations.js';
import { loadValidator } from '../support/schema.js';

// Driven by scripts/fuzz.js through the environment: one shard of the run.
const seed = Number(process.env.FUZZ_SEED ?? Date.now());
const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
const report = process.env.FUZZ_REPORT;

it(`holds every property over ${numRuns} hostile inputs (seed ${seed})`, () => {
  const validate = loadValidator();
  const details = fc.check(
    fc.property(hostileInput(seedTexts()), (bytes) => checkInput(bytes, validate)),
    { seed, numRuns },
  );
  if (report) {
    writeFileSync(
      report,
      JSON.stringify({
        seed,
        numRuns: details.numRuns,
        failed: details.failed,
        counterexample: details.counterexample
          ? Array.from(details.counterexample[0] as Uint8Array)
          : null,
        counterexamplePath: details.counterexamplePath,
        error: details.errorInstance ? String(details.errorInstance).slice(0, 2000) : null,
      }),
    );
  }
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
});
