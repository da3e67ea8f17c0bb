import { sanitizeForTerminal } from '../render/sanitize.js';
import type { ReportEntry } from './report.js';
import { shown } from './report.js';

/** A workflow command's message: `%`, CR and LF escaped as GitHub's runner expects. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which delimit properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions annotations, one workflow command per message:
 * `::warning file=a.txt,line=3,col=1,title=headline::Missing headline …`.
 * Input text in messages and names is sanitised (no control sequences reach
 * the log) and escaped, so a quoted line can never start a command of its own.
 */
export function formatGithubReport(
  entries: ReportEntry[],
  options: { quiet?: boolean | undefined; silent?: boolean | undefined },
): string {
  const lines: string[] = [];
  for (const entry of entries) {
    for (const message of entry.messages) {
      if (!shown(message, options)) continue;
      const properties: string[] = [];
      const path = entry.path ?? null;
      if (path !== null) properties.push(`file=${escapeProperty(sanitizeForTerminal(path))}`);
      if (message.line !== null) {
        properties.push(`line=${message.line}`, `col=${message.column ?? 1}`);
        if (message.endLine !== null)
          properties.push(`endLine=${message.endLine}`, `endColumn=${message.endColumn ?? 1}`);
      }
      properties.push(`title=${escapeProperty(`copydesk ${message.ruleId ?? message.severity}`)}`);
      // A story of a multi-story input is named in the message, as the file is the input.
      const story = path !== null && entry.name !== path ? `${entry.name}: ` : '';
      const text = escapeData(sanitizeForTerminal(`${story}${message.reason}`));
      lines.push(`::${COMMAND[message.severity]} ${properties.join(',')}::${text}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
