import { VFile } from 'vfile';
import { reporterJson } from 'vfile-reporter-json';
import type { Diagnostic } from './convert.js';
import type { ReportEntry } from './report.js';

/** Adds a diagnostic to its file as a vfile message (`file.message` sets `file` and the place). */
function addMessage(diagnostic: Diagnostic, file: VFile): void {
  const start =
    diagnostic.line === null
      ? undefined
      : { line: diagnostic.line, column: diagnostic.column ?? 1 };
  const place =
    start && diagnostic.endLine !== null
      ? { start, end: { line: diagnostic.endLine, column: diagnostic.endColumn ?? 1 } }
      : start;
  const message = file.message(diagnostic.reason, {
    ...(place ? { place } : {}),
    ...(diagnostic.ruleId ? { ruleId: diagnostic.ruleId } : {}),
    source: 'copydesk',
  });
  // vfile's three states: true is an error, false a warning, undefined an info.
  message.fatal =
    diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined;
}

/**
 * The report as vfile-reporter-json writes it: an array with one entry per
 * input (`path`, `cwd`, `history`, `messages` with `reason`, `line`,
 * `column`, `place`, `ruleId`, `source`, `fatal`), so tools reading
 * remark-cli's JSON reports read copydesk's too. The stories of one input
 * share its entry, since their lines are the input's lines.
 */
export function formatJsonReport(
  entries: ReportEntry[],
  options: { cwd: string; quiet?: boolean | undefined; silent?: boolean | undefined },
): string {
  const files: VFile[] = [];
  const byPath = new Map<string, VFile>();
  for (const entry of entries) {
    const path = entry.path ?? null;
    const key = path ?? `\u0000${entry.name}`;
    let file = byPath.get(key);
    if (!file) {
      file = new VFile(path === null ? { cwd: options.cwd } : { path, cwd: options.cwd });
      byPath.set(key, file);
      files.push(file);
    }
    for (const diagnostic of entry.messages) addMessage(diagnostic, file);
  }
  return `${reporterJson(files, { quiet: options.quiet ?? false, silent: options.silent ?? false })}\n`;
}
