import { VFile } from 'vfile';
import { BinaryInputError } from '../decode/decode.js';
import { loadOptional } from '../optional.js';
import type { OutputFormat } from '../processor.js';
import type { ArticleJson } from '../render/json.js';
import { JsonListWriter } from '../render/json-list.js';
import { formatStory, type StoryResult } from '../story.js';
import { colorLevel } from './color.js';
import type { CliOptions } from './program.js';
import { formatReport } from './report.js';

/** The outside world `run()` talks to; the process shell provides the real one. */
export interface CliIo {
  readFile: (path: string) => Promise<Uint8Array>;
  readStdin: () => Promise<Uint8Array>;
  writeFile: (path: string, text: string) => Promise<void>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdoutColumns: number | undefined;
}

/** Exit codes, as documented in `--help` and the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** An input that could not be read or converted. */
interface InputFailure {
  name: string;
  reason: string;
  code: number;
}

function describeReadError(error: unknown): { reason: string; code: number } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { reason: 'no such file', code: EXIT.usage };
  if (code === 'EISDIR') return { reason: 'is a directory, expected a file', code: EXIT.failed };
  if (code === 'EACCES' || code === 'EPERM')
    return { reason: 'permission denied', code: EXIT.failed };
  return { reason: (error as Error).message, code: EXIT.failed };
}

function quote(name: string): string {
  return JSON.stringify(name).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/**
 * Runs copydesk over the inputs in `options` and returns the exit code.
 * Pure apart from `io`: no process globals, so tests drive it directly.
 */
export async function run(options: CliOptions, io: CliIo): Promise<number> {
  const outLevel = colorLevel({
    flag: options.color,
    env: io.env,
    isTTY: io.stdoutIsTTY && !options.output,
  });
  const errLevel = colorLevel({ flag: options.color, env: io.env, isTTY: io.stderrIsTTY });
  const format: OutputFormat =
    options.format ?? (io.stdoutIsTTY && !options.output ? 'terminal' : 'markdown');
  const width =
    options.width ??
    (format === 'terminal' && io.stdoutIsTTY
      ? Number(io.env.COLUMNS) || io.stdoutColumns || 80
      : undefined);

  // Load only what this run needs (chalk, the terminal renderer, YAML, micromark):
  // start-up time is most of a one-story run.
  await loadOptional({
    terminal: format === 'terminal',
    frontMatter: format === 'markdown' && options.frontMatter,
    markdownInput: options.from === 'markdown',
  });
  const chalk =
    format === 'terminal' ? new (await import('chalk')).Chalk({ level: outLevel }) : undefined;

  const inputs = options.files.length === 0 ? ['-'] : options.files;
  // Stream: each story's output goes out as soon as it is made, and only its
  // path and messages are kept (for the report), so memory stays flat however
  // many stories a run converts. With -o the text is gathered for one write.
  const chunks: string[] = [];
  const emit = (text: string): void => {
    if (text === '') return;
    if (options.output) chunks.push(text);
    else io.stdout(text);
  };
  const jsonList = new JsonListWriter();
  const files: VFile[] = [];
  let storyCount = 0;
  let strictFailed = false;
  const failures: InputFailure[] = [];
  for (const input of inputs) {
    const name = input === '-' ? '<stdin>' : input;
    let bytes: Uint8Array;
    try {
      bytes = input === '-' ? await io.readStdin() : await io.readFile(input);
    } catch (error) {
      failures.push({ name, ...describeReadError(error) });
      continue;
    }
    let results: StoryResult[];
    try {
      results = formatStory(bytes, {
        format,
        from: options.from,
        path: input === '-' ? null : input,
        frontMatter: options.frontMatter,
        // A chalk instance opts out of the processor cache: pass one only when used.
        ...(chalk ? { chalk } : {}),
        ...(width === undefined || width === 0 ? {} : { width }),
        verbose: options.verbose,
        ...(options.date ? { date: options.date } : {}),
      });
    } catch (error) {
      if (error instanceof BinaryInputError) {
        failures.push({ name, reason: error.message, code: EXIT.failed });
        continue;
      }
      throw error;
    }
    for (const result of results) {
      if (format === 'json') emit(jsonList.push(result.json as ArticleJson));
      else emit(storyCount === 0 ? result.output : `\n${result.output}`);
      storyCount++;
      const { file } = result;
      if (file.messages.some((message) => message.fatal === false) || !file.data.article?.headline)
        strictFailed = true;
      // Keep what the report needs, not the story.
      const kept = new VFile(file.path ? { path: file.path } : {});
      kept.messages = file.messages;
      files.push(kept);
    }
  }
  if (format === 'json') emit(jsonList.end());

  const output = chunks.join('');
  if (output !== '' && options.output) {
    try {
      await io.writeFile(options.output, output);
    } catch (error) {
      failures.push({
        name: options.output,
        reason: `cannot write: ${describeReadError(error).reason}`,
        code: EXIT.failed,
      });
    }
  }

  if (files.some((file) => file.messages.length > 0)) {
    const { Chalk } = await import('chalk');
    const report = formatReport(files, {
      chalk: new Chalk({ level: errLevel }),
      quiet: options.quiet,
    });
    if (report !== '') io.stderr(report);
  }
  for (const failure of failures)
    io.stderr(`copydesk: ${quote(failure.name)}: ${failure.reason}\n`);

  let code: number = EXIT.ok;
  if (options.strict && strictFailed) code = EXIT.failed;
  for (const failure of failures) code = Math.max(code, failure.code);
  return code;
}
