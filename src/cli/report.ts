import type { ChalkInstance } from 'chalk';
import type { VFile } from 'vfile';
import { sanitizeForTerminal } from '../render/sanitize.js';

/** Which messages a report shows. */
export interface ReportOptions {
  chalk: ChalkInstance;
  /** Only warnings and errors (no info). */
  quiet?: boolean;
  /** Only errors. */
  silent?: boolean;
  /** Name for files without a path. */
  defaultName?: string;
}

function severityOf(fatal: boolean | null | undefined): 'error' | 'warning' | 'info' {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

/**
 * Formats diagnostics in the unified reporter style:
 * `file:line:column  severity  reason  ruleId`, then a summary line. Pure:
 * colour comes in through the chalk instance; input text in reasons is
 * sanitised.
 */
export function formatReport(files: VFile[], options: ReportOptions): string {
  const { chalk } = options;
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message.fatal);
      if (severity === 'error') errors++;
      if (severity === 'warning') warnings++;
      if (options.silent && severity !== 'error') continue;
      if (options.quiet && severity === 'info') continue;
      const name = sanitizeForTerminal(file.path || options.defaultName || '<stdin>').replace(
        /\n/g,
        ' ',
      );
      const place = `${name}:${message.line ?? 1}:${message.column ?? 1}`;
      const label =
        severity === 'error'
          ? chalk.red('error')
          : severity === 'warning'
            ? chalk.yellow('warning')
            : chalk.blue('info');
      const reason = sanitizeForTerminal(message.reason).replace(/\n/g, ' ');
      lines.push(
        `${chalk.underline(place)}  ${label}  ${reason}  ${chalk.dim(message.ruleId ?? '')}`.trimEnd(),
      );
    }
  }
  if (lines.length === 0) return '';
  const parts: string[] = [];
  if (errors > 0) parts.push(chalk.red(`✖ ${errors} error${errors === 1 ? '' : 's'}`));
  if (warnings > 0) parts.push(chalk.yellow(`⚠ ${warnings} warning${warnings === 1 ? '' : 's'}`));
  if (parts.length > 0) lines.push('', parts.join(', '));
  return `${lines.join('\n')}\n`;
}
