import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { sanitizeForTerminal } from '../render/sanitize.js';
import type { Diagnostic } from './convert.js';

/** Diagnostics for one named story or input. */
export interface ReportEntry {
  /** The input path (with `#N` for the Nth story of a multi-story input), or `<stdin>`. */
  name: string;
  /**
   * The file the messages' lines refer to (the input, without `#N`), or null
   * for unnamed standard input and for messages about no file (the default).
   */
  path?: string | null | undefined;
  messages: Diagnostic[];
}

/** Which messages a report shows, and how wide it may be. */
export interface ReportOptions {
  chalk: ChalkInstance;
  /** Only warnings and errors (no info). */
  quiet?: boolean | undefined;
  /** Only errors. */
  silent?: boolean | undefined;
  /** Columns to wrap rows at (a terminal's width); undefined: one line per row. */
  width?: number | undefined;
  /** The closing count line (`✖ 1 error`); off for a feed that reports as it goes. */
  summary?: boolean | undefined;
}

/** Whether a message passes `--quiet` / `--silent`. */
export function shown(
  message: Diagnostic,
  options: Pick<ReportOptions, 'quiet' | 'silent'>,
): boolean {
  if (options.silent) return message.severity === 'error';
  if (options.quiet) return message.severity !== 'info';
  return true;
}

function oneLine(text: string): string {
  return sanitizeForTerminal(text).replace(/\s*\n\s*/g, ' ');
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

/** `file:line:column[-endLine:endColumn]`, or the file alone for a file-level message. */
function placeOf(name: string, message: Diagnostic): string {
  if (message.line === null) return name;
  const end =
    message.endLine !== null &&
    (message.endLine !== message.line || message.endColumn !== message.column)
      ? `-${message.endLine}:${message.endColumn ?? 1}`
      : '';
  return `${name}:${message.line}:${message.column ?? 1}${end}`;
}

/** Without a known width, rule ids are aligned only while rows stay this narrow. */
const ALIGN_WITHIN = 100;

/** Rows narrower than this for the reason leave the place column unaligned. */
const MIN_REASON_COLUMNS = 24;

/**
 * Formats diagnostics in the unified reporter style, one row per message:
 * `file[:line:column]  severity  reason  ruleId`, then a summary line. Places
 * are aligned; rule ids too while every row fits. At a terminal (`width`) a
 * long row wraps its reason under itself instead of running past the edge.
 * Pure: colour comes in through the chalk instance, and every piece of input
 * (file names, quoted text in reasons) is sanitised.
 */
export function formatReport(entries: ReportEntry[], options: ReportOptions): string {
  const { chalk } = options;
  const rows: { place: string; severity: Diagnostic['severity']; reason: string; rule: string }[] =
    [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const entry of entries) {
    for (const message of entry.messages) {
      if (!shown(message, options)) continue;
      // The summary counts what is shown, so `--silent` never mentions warnings.
      counts[message.severity]++;
      rows.push({
        place: placeOf(oneLine(entry.name), message),
        severity: message.severity,
        reason: oneLine(message.reason),
        rule: message.ruleId ?? '',
      });
    }
  }
  if (rows.length === 0) return '';
  const width = options.width;
  const widest = Math.max(...rows.map((row) => stringWidth(row.place)));
  // A very long path would leave the reason no room: those rows go unaligned.
  const placeWidth =
    width !== undefined && widest + 11 + MIN_REASON_COLUMNS > width
      ? Math.min(widest, Math.max(0, width - 11 - MIN_REASON_COLUMNS))
      : widest;
  const indent = (place: string) => Math.max(placeWidth, stringWidth(place)) + 11;
  const reasonWidth = Math.max(...rows.map((row) => stringWidth(row.reason)));
  const alignRules = rows.every(
    (row) => indent(row.place) + reasonWidth + 2 + stringWidth(row.rule) <= (width ?? ALIGN_WITHIN),
  );
  const lines = rows.map((row) => {
    const label =
      row.severity === 'error'
        ? chalk.red('error  ')
        : row.severity === 'warning'
          ? chalk.yellow('warning')
          : chalk.blue('info   ');
    const place = row.place + ' '.repeat(Math.max(0, placeWidth - stringWidth(row.place)));
    const reason = alignRules
      ? row.reason + ' '.repeat(reasonWidth - stringWidth(row.reason))
      : row.reason;
    const text = row.rule === '' ? reason.trimEnd() : `${reason}  ${row.rule}`;
    const head = `${chalk.underline(place)}  ${label}  `;
    const room = width === undefined ? Number.POSITIVE_INFINITY : width - indent(row.place);
    if (stringWidth(text) <= room || room < MIN_REASON_COLUMNS / 2) {
      return `${head}${dimRule(text, row.rule, chalk)}`;
    }
    // Wrap the reason (and the rule after it) in its own column.
    const wrapped = wrapAnsi(text.trimEnd(), room, { hard: true, trim: true }).split('\n');
    const last = wrapped.length - 1;
    return wrapped
      .map((line, index) => {
        const styled = index === last ? dimRule(line, row.rule, chalk) : line;
        return index === 0 ? `${head}${styled}` : `${' '.repeat(indent(row.place))}${styled}`;
      })
      .join('\n');
  });
  if (options.summary === false) return `${lines.join('\n')}\n`;
  const summary: string[] = [];
  if (counts.error > 0) summary.push(chalk.red(`✖ ${plural(counts.error, 'error')}`));
  if (counts.warning > 0) summary.push(chalk.yellow(`⚠ ${plural(counts.warning, 'warning')}`));
  if (counts.info > 0) summary.push(chalk.blue(`ℹ ${plural(counts.info, 'info')}`));
  return `${lines.join('\n')}\n\n${summary.join(', ')}\n`;
}

/** Dims the rule id at the end of a row's last line. */
function dimRule(line: string, rule: string, chalk: ChalkInstance): string {
  const trimmed = line.trimEnd();
  if (rule === '' || !trimmed.endsWith(rule)) return trimmed;
  return `${trimmed.slice(0, -rule.length)}${chalk.dim(rule)}`;
}
