import { Chalk } from 'chalk';
import type { ReportEntry } from './report.js';

/** The reports `--report` offers: for people, for programs, for GitHub Actions. */
export const REPORTERS = ['human', 'json', 'github'] as const;

/** A report `--report` names. */
export type ReportName = (typeof REPORTERS)[number];

/** What a report needs to know beyond its entries. */
export interface ReportContext {
  /** Chalk level for the human report (stderr's). */
  colorLevel: 0 | 1 | 2 | 3;
  quiet?: boolean | undefined;
  silent?: boolean | undefined;
  /** Columns to wrap the human report at; undefined off a terminal. */
  width?: number | undefined;
  /** Base of the paths in the JSON report. */
  cwd: string;
  /** The human report's closing count line (default on). */
  summary?: boolean | undefined;
}

/**
 * Renders the diagnostics of a run in the named report. Each reporter loads
 * only when used: the human one measures with string-width, the JSON one
 * builds vfiles.
 */
export async function renderReport(
  name: ReportName,
  entries: ReportEntry[],
  context: ReportContext,
): Promise<string> {
  if (name === 'json') {
    const { formatJsonReport } = await import('./report-json.js');
    return formatJsonReport(entries, context);
  }
  if (name === 'github') {
    const { formatGithubReport } = await import('./report-github.js');
    return formatGithubReport(entries, context);
  }
  if (!entries.some((entry) => entry.messages.length > 0)) return '';
  const { formatReport } = await import('./report.js');
  return formatReport(entries, { ...context, chalk: new Chalk({ level: context.colorLevel }) });
}

/**
 * The `--report` an argument list asks for, read before (and whether or not)
 * the rest of it parses, so that a usage error is reported the same way.
 */
export function reportNamed(argv: readonly string[]): ReportName {
  let name: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') break;
    if (arg === '--report') name = argv[index + 1];
    else if (arg.startsWith('--report=')) name = arg.slice('--report='.length);
  }
  return (REPORTERS as readonly string[]).includes(name ?? '') ? (name as ReportName) : 'human';
}
