import { colorLevel } from './color.js';
import type { Diagnostic } from './convert.js';
import { type ReportName, renderReport } from './reporters.js';

/** A problem with the command line, a config file or an output directory. */
export interface UsageProblem {
  /** What is at fault, as the report's place: `copydesk` for the arguments, else a file. */
  name: string;
  /** The file the problem is in, or null for the command line. */
  path: string | null;
  reason: string;
  ruleId: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** Where a usage error is printed, and how. */
export interface UsageContext {
  report: ReportName;
  env: Readonly<Record<string, string | undefined>>;
  stderrIsTTY: boolean;
  stderrColumns: number | undefined;
  cwd: string;
  /** `--color`/`--no-color` when the command line got that far. */
  color?: 'always' | 'never' | 'auto' | undefined;
}

/** The width the human report wraps at on stderr: COLUMNS, else the terminal's. */
export function stderrWidth(context: Omit<UsageContext, 'report' | 'cwd'>): number | undefined {
  if (!context.stderrIsTTY) return undefined;
  return Number(context.env.COLUMNS) || context.stderrColumns || 80;
}

/**
 * A usage error as one report row (`place  error  reason  rule`, the same
 * style as every other error) in the report `--report` asks for, then, for
 * people, the pointer to `--help`.
 */
export async function formatUsageError(
  problem: UsageProblem,
  context: UsageContext,
): Promise<string> {
  const message: Diagnostic = {
    line: problem.line ?? null,
    column: problem.column ?? null,
    endLine: null,
    endColumn: null,
    severity: 'error',
    ruleId: problem.ruleId,
    reason: problem.reason,
  };
  const flag = context.color === 'always' ? true : context.color === 'never' ? false : undefined;
  const report = await renderReport(
    context.report,
    [{ name: problem.name, path: problem.path, messages: [message] }],
    {
      colorLevel: colorLevel({ flag, env: context.env, isTTY: context.stderrIsTTY }),
      width: stderrWidth(context),
      cwd: context.cwd,
    },
  );
  return context.report === 'human' ? `${report}(run copydesk --help for usage)\n` : report;
}

/**
 * A commander error message (`error: unknown option '--x'\n(Did you mean
 * --y?)`) as a report row: one line, capitalised, the code as rule id
 * (`commander.unknownOption` → `unknown-option`).
 */
export function commanderProblem(message: string, code: string): UsageProblem {
  let text = message
    .replace(/^error:\s*/, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\(Did you mean/g, '(did you mean')
    .trim();
  // `option '-f, --format <format>' argument 'jsn' is invalid. Expected …`
  // reads better as the flag and the value at fault, then what was expected.
  const invalid = /^option '(?:[^']*, )?(--?[\w-]+)[^']*' argument '(.*)' is invalid\. (.*)$/s.exec(
    text,
  );
  if (invalid) {
    const [, flag, value, expected = ''] = invalid;
    text = `Unexpected ${flag} value '${value}': ${expected.charAt(0).toLowerCase()}${expected.slice(1)}`;
  }
  const rule = code
    .replace(/^commander\./, '')
    .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return {
    name: 'copydesk',
    path: null,
    reason: text.charAt(0).toUpperCase() + text.slice(1),
    ruleId: rule === 'error' ? 'usage' : rule,
  };
}
