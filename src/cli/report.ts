import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import { sanitizeForTerminal } from '../render/sanitize.js';
import type { Diagnostic } from './convert.js';

/** Diagnostics for one named story or input. */
export interface ReportEntry {
  /** The input path (with `#N` for the Nth story of a multi-story input), or `<stdin>`. */
  name: string;
  messages: Diagnostic[];
}

/** Which messages a report shows. */
export interface ReportOptions {
  chalk: ChalkInstance;
  /** Only warnings and errors (no info). */
  quiet?: boolean | undefined;
  /** Only errors. */
  silent?: boolean | undefined;
}

function oneLine(text: string): string {
  return sanitizeForTerminal(text).replace(/\s*\n\s*/g, ' ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Formats diagnostics in the unified reporter style:
 * `file:line:column  severity  reason  ruleId`, columns aligned, then a
 * summary line. Pure: colour comes in through the chalk instance, and every
 * piece of input (file names, quoted text in reasons) is sanitised.
 */
export function formatReport(entries: ReportEntry[], options: ReportOptions): string {
  const { chalk } = options;
  const rows: { place: string; severity: Diagnostic['severity']; reason: string; rule: string }[] =
    [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const entry of entries) {
    for (const message of entry.messages) {
      if (options.silent && message.severity !== 'error') continue;
      if (options.quiet && message.severity === 'info') continue;
      // The summary counts what is shown, so `--silent` never mentions warnings.
      counts[message.severity]++;
      const name = oneLine(entry.name);
      const place =
        message.line === null
          ? name
          : `${name}:${message.line}:${message.column ?? 1}${message.endLine !== null && (message.endLine !== message.line || message.endColumn !== message.column) ? `-${message.endLine}:${message.endColumn ?? 1}` : ''}`;
      rows.push({
        place,
        severity: message.severity,
        reason: oneLine(message.reason),
        rule: message.ruleId ?? '',
      });
    }
  }
  if (rows.length === 0) return '';
  const placeWidth = Math.max(...rows.map((row) => stringWidth(row.place)));
  const reasonWidth = Math.max(...rows.map((row) => stringWidth(row.reason)));
  const lines = rows.map((row) => {
    const label =
      row.severity === 'error'
        ? chalk.red('error  ')
        : row.severity === 'warning'
          ? chalk.yellow('warning')
          : chalk.blue('info   ');
    const place = row.place + ' '.repeat(placeWidth - stringWidth(row.place));
    const reason = row.reason + ' '.repeat(reasonWidth - stringWidth(row.reason));
    return `${chalk.underline(place)}  ${label}  ${reason}  ${chalk.dim(row.rule)}`.trimEnd();
  });
  const summary: string[] = [];
  if (counts.error > 0) summary.push(chalk.red(`✖ ${plural(counts.error, 'error')}`));
  if (counts.warning > 0) summary.push(chalk.yellow(`⚠ ${plural(counts.warning, 'warning')}`));
  if (counts.info > 0) summary.push(chalk.blue(`ℹ ${plural(counts.info, 'info')}`));
  return `${lines.join('\n')}\n\n${summary.join(', ')}\n`;
}
