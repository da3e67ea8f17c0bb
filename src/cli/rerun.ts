import { sep } from 'node:path';
import type { Diagnostic } from './convert.js';
import type { Input, InputProblem } from './inputs.js';
import type { WriteFailure } from './out-dir.js';
import type { ReportEntry } from './report.js';
import { shellQuote } from './shell-quote.js';

/** A diagnostic about a whole file or directory (no line). */
export function fileLevel(
  severity: Diagnostic['severity'],
  reason: string,
  ruleId: string,
): Diagnostic {
  return { line: null, column: null, endLine: null, endColumn: null, severity, ruleId, reason };
}

/**
 * Drops the inputs a directory or glob search found inside the output
 * directory, so a rerun never reads its own output back in. A file named
 * on the command line is kept: the user asked for it.
 */
export function skipOutDirInputs(
  inputs: Input[],
  outDirReal: string,
  operands: readonly string[],
): { inputs: Input[]; skipped: number } {
  const inside = (real: string | null) =>
    real !== null &&
    (real === outDirReal ||
      real.startsWith(outDirReal.endsWith(sep) ? outDirReal : `${outDirReal}${sep}`));
  const kept = inputs.filter(
    (input) => input.kind !== 'file' || operands.includes(input.path) || !inside(input.real),
  );
  return { inputs: kept, skipped: inputs.length - kept.length };
}

/** URLs copydesk is sometimes given: it reads files and stdin, and fetches nothing. */
const URL_OPERAND = /^(?:https?|ftp):\/\//i;

/** A missing operand that is a URL gets the command that fetches it instead. */
export function urlProblem(problem: InputProblem): InputProblem {
  // A URL with `?` or `*` in it was tried as a glob.
  const missing = problem.ruleId === 'no-such-file' || problem.ruleId === 'no-match';
  if (!missing || !URL_OPERAND.test(problem.name)) return problem;
  return {
    ...problem,
    exitCode: 2,
    reason: `copydesk reads files, not URLs: \`curl -s ${shellQuote(problem.name)} | copydesk\``,
    ruleId: 'url-operand',
  };
}

/**
 * What a batch rerun into an existing output directory met: files that exist
 * already are counted (and summed up in one row) instead of reported one by
 * one, kept with `--skip-existing`; a name collision points at `--preserve-paths`.
 */
export class RerunLedger {
  readonly #skipExisting: boolean;
  readonly #preservePaths: boolean;
  readonly #existing: string[] = [];
  /** Existing files kept with `--skip-existing`. */
  kept = 0;

  constructor(options: { skipExisting: boolean; preservePaths: boolean }) {
    this.#skipExisting = options.skipExisting;
    this.#preservePaths = options.preservePaths;
  }

  /** Takes a failed write: returns what to report for it now, or null when the ledger keeps it. */
  take(failure: WriteFailure): WriteFailure | null {
    if (failure.ruleId === 'exists') {
      if (this.#skipExisting) this.kept++;
      else this.#existing.push(failure.name);
      return null;
    }
    if (failure.ruleId === 'name-collision' && !this.#preservePaths)
      return {
        ...failure,
        reason: `${failure.reason}: --preserve-paths keeps each input's folders apart`,
      };
    return failure;
  }

  /** The one row for the existing files refused (none when there were none). */
  entries(directory: string): ReportEntry[] {
    const count = this.#existing.length;
    if (count === 0) return [];
    const only = this.#existing[0] ?? directory;
    const reason =
      count === 1
        ? 'File exists: --force replaces it, --skip-existing keeps it'
        : `${count.toLocaleString('en-US')} files exist already: --force replaces them, --skip-existing keeps them and writes the rest`;
    const name = count === 1 ? only : directory;
    return [{ name, path: name, messages: [fileLevel('error', reason, 'exists')] }];
  }
}
