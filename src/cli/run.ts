import { isAbsolute, relative, resolve } from 'node:path';
import { Chalk } from 'chalk';
import type { CopydeskConfig } from '../config/index.js';
import { ConfigFileError } from '../config/index.js';
import { DEFAULT_MAX_SIZE, InputTooLargeError } from '../decode/limits.js';
import { loadOptional } from '../optional.js';
import { JsonListWriter } from '../render/json-list.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { loadXmlFormats } from '../render/xml/on-demand.js';
import { BATCH_HEAP_MIN_INPUTS } from './batch-heap.js';
import { colorLevel } from './color.js';
import { Conversions } from './conversions.js';
import {
  type ConvertSettings,
  type Diagnostic,
  type InputOutcome,
  type LexiconExtras,
  loadExplain,
} from './convert.js';
import type { CpuSample } from './cpu-busy.js';
import { EXIT } from './exit.js';
import { formatFromFileName, formatRow } from './formats.js';
import type { CliFs } from './fs.js';
import { describeFsError, hasUndecodableBytes, UNDECODABLE_NAME } from './fs-errors.js';
import { DEFAULT_EXTENSIONS, expandInputs, type Input } from './inputs.js';
import { loadCliConfig } from './load-cli-config.js';
import {
  nearestExisting,
  OutDirWriter,
  outputName,
  preservedOutputName,
  writeOutputFile,
} from './out-dir.js';
import { PagedOutput, type PagerProcess, pagerCommand, pagerEnv } from './pager.js';
import type { Pool } from './pool.js';
import { type CliFormat, type CliOptions, withConfigDefaults } from './program.js';
import { PROGRESS_MIN_INPUTS, ProgressBar } from './progress.js';
import type { ReportEntry } from './report.js';
import { renderReport } from './reporters.js';
import { fileLevel, RerunLedger, skipOutDirInputs, urlProblem } from './rerun.js';
import { formatUsageError, stderrWidth, type UsageProblem } from './usage-error.js';
import { isXmlFormat, joinXmlDocuments, versionCreatedFor } from './xml-output.js';

/** The outside world `run()` talks to; the process shell provides the real one. */
export interface CliIo {
  fs: CliFs;
  /** Reads standard input; with `maxSize` (> 0) stops past that many bytes (InputTooLargeError). */
  readStdin: (maxSize?: number) => Promise<Uint8Array>;
  /** Writes to stdout; resolves when the stream can take more (back-pressure). */
  stdout: (text: string) => Promise<void> | void;
  stderr: (text: string) => void;
  /** True once the reader of stdout went away (EPIPE): stop producing output. */
  stdoutClosed: () => boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdoutColumns: number | undefined;
  /** Lines on stdout's terminal: a taller terminal view goes through the pager. */
  stdoutRows?: number | undefined;
  stderrColumns: number | undefined;
  cpuCount: number;
  /** The machine's and this process's CPU time, now (see cpu-busy.ts); absent or null: not known. */
  sampleCpu?: () => CpuSample | null;
  /** The load average over the last minute, where `sampleCpu` says nothing (absent: taken as an idle machine). */
  loadAverage?: () => number;
  now: () => number;
  /** Wall-clock milliseconds since 1970, for time stamps in output (default `Date.now`). */
  clock?: () => number;
  /**
   * Keeps V8's heap from growing with a long batch (see batch-heap.ts);
   * called once, before converting, for runs of BATCH_HEAP_MIN_INPUTS inputs
   * or more. Absent: V8's defaults.
   */
  tuneHeapForBatch?: () => Promise<void>;
  /** Starts a worker pool for `--jobs`; absent where threads are not available. */
  startPool?: (size: number) => Promise<Pool>;
  /**
   * Milliseconds this process took to start (to load the CLI): what a worker
   * thread's start-up is estimated at when choosing how many to start.
   */
  startupMs?: number;
  /** Starts a pager on stdout's terminal; absent where there is none. Null when it cannot start. */
  startPager?: (
    command: string,
    env: Record<string, string | undefined>,
  ) => Promise<PagerProcess | null>;
}

export { EXIT } from './exit.js';

/** The widest line the terminal view sets prose in when the width is not given. */
export const MAX_MEASURE = 100;

/**
 * What a worker's start-up is taken to cost when the process shell does not
 * say how long its own took (milliseconds).
 */
const DEFAULT_STARTUP_MS = 60;

/** Why an input could not be read, as a report row's reason and rule. */
function readFailure(error: unknown, name: string): { reason: string; ruleId: string } {
  if (error instanceof InputTooLargeError)
    return { reason: error.message, ruleId: 'input-too-large' };
  if ((error as NodeJS.ErrnoException).code === 'ENOENT' && hasUndecodableBytes(name))
    return { reason: UNDECODABLE_NAME, ruleId: 'read-error' };
  return { reason: describeFsError(error), ruleId: 'read-error' };
}

/**
 * A run that cannot start for a file system reason (an output directory that
 * cannot be made or written): one report row like any other error, exit 1.
 */
async function cannotStart(io: CliIo, options: CliOptions, problem: UsageProblem): Promise<number> {
  const row = await formatUsageError(problem, {
    report: options.report,
    env: io.env,
    stderrIsTTY: io.stderrIsTTY,
    stderrColumns: io.stderrColumns,
    cwd: io.cwd,
    color: options.color,
  });
  // Not a usage error: the pointer to --help would send the reader the wrong way.
  io.stderr(row.replace(/\(run copydesk --help for usage\)\n$/, ''));
  return EXIT.failed;
}

function failure(reason: string, ruleId: string): Diagnostic {
  return {
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    severity: 'error',
    ruleId,
    reason,
  };
}

/** Reports a usage error as a row of the run's report; returns the usage exit code. */
async function usage(io: CliIo, options: CliOptions, problem: UsageProblem): Promise<number> {
  io.stderr(
    await formatUsageError(problem, {
      report: options.report,
      env: io.env,
      stderrIsTTY: io.stderrIsTTY,
      stderrColumns: io.stderrColumns,
      cwd: io.cwd,
      color: options.color,
    }),
  );
  return EXIT.usage;
}

/** A usage problem with the command line itself. */
function commandLine(reason: string, ruleId = 'usage'): UsageProblem {
  return { name: 'copydesk', path: null, reason, ruleId };
}

function lexiconExtras(config: CopydeskConfig): LexiconExtras | null {
  const { agencies, noisePhrases, creditPhrases } = config;
  if (agencies.length + noisePhrases.length + creditPhrases.length === 0) return null;
  return { agencies, noisePhrases, creditPhrases };
}

/** Where output goes: stdout, one file, or one file per story in a directory. */
type Destination =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string }
  | { kind: 'dir'; path: string; real: string };

/**
 * Runs copydesk over the inputs in `options` and returns the exit code. Pure
 * apart from `io`: no process globals, so tests can drive it directly. A bad
 * input is reported and the batch goes on; the exit code says so at the end.
 */
export async function run(cliOptions: CliOptions, io: CliIo): Promise<number> {
  let config: CopydeskConfig | null = null;
  if (cliOptions.useConfig || cliOptions.config !== undefined) {
    try {
      config = await loadCliConfig(cliOptions.config, io);
    } catch (error) {
      if (error instanceof ConfigFileError)
        return usage(io, cliOptions, {
          name: relative(io.cwd, resolve(io.cwd, error.path)) || error.path,
          path: error.path,
          reason: error.message,
          ruleId: 'config',
        });
      throw error;
    }
  }
  const options = { ...(config ? withConfigDefaults(cliOptions, config.options) : cliOptions) };

  if (options.output !== undefined && options.outDir !== undefined)
    return usage(io, options, commandLine('Use either -o/--output or --out-dir, not both'));
  if (options.force && options.skipExisting)
    return usage(
      io,
      options,
      commandLine('Use either --force (replace existing files) or --skip-existing (keep them)'),
    );

  let destination: Destination = { kind: 'stdout' };
  if (options.output !== undefined && options.output !== '-')
    destination = { kind: 'file', path: options.output };
  // `-o DIR` with an existing directory means one file per story in it, as
  // unified-args and most Unix tools read it.
  if (
    destination.kind === 'file' &&
    // An -o path the OS cannot even look at (a link loop) is the write's error to report.
    (await io.fs.kind(resolve(io.cwd, destination.path)).catch(() => 'missing')) === 'directory'
  ) {
    options.outDir = destination.path;
    destination = { kind: 'stdout' };
  }
  if (options.outDir !== undefined) {
    const dir = isAbsolute(options.outDir) ? options.outDir : resolve(io.cwd, options.outDir);
    try {
      const kind = await io.fs.kind(dir);
      if (kind !== 'directory' && kind !== 'missing')
        return usage(io, options, {
          name: options.outDir,
          path: options.outDir,
          reason: 'Not a directory (--out-dir)',
          ruleId: 'out-dir',
        });
      if (kind === 'missing' && !options.dryRun) await io.fs.mkdirp(dir);
      // A dry run must not claim it would write where it cannot.
      if (options.dryRun) await io.fs.checkWritable?.(await nearestExisting(io.fs, dir));
      const real = kind === 'missing' && options.dryRun ? dir : await io.fs.realpath(dir);
      destination = { kind: 'dir', path: options.outDir, real };
    } catch (error) {
      return cannotStart(io, options, {
        name: options.outDir,
        path: options.outDir,
        reason: `Cannot write there: ${describeFsError(error)} (--out-dir)`,
        ruleId: 'out-dir',
      });
    }
  }

  const toStdout = destination.kind === 'stdout';
  const flag = options.color === 'always' ? true : options.color === 'never' ? false : undefined;
  const outLevel = colorLevel({ flag, env: io.env, isTTY: io.stdoutIsTTY && toStdout });
  const errLevel = colorLevel({ flag, env: io.env, isTTY: io.stderrIsTTY });
  // The command line alone decides the format: -f, else the -o file's
  // extension, else the config, else the terminal view for a terminal (or for
  // a pager fed through a pipe: `--color … | less -R`), else Markdown.
  const forPager = !io.stdoutIsTTY && toStdout && cliOptions.color === 'always';
  const format: CliFormat =
    cliOptions.format ??
    (destination.kind === 'file' ? formatFromFileName(destination.path) : undefined) ??
    options.format ??
    ((io.stdoutIsTTY && toStdout) || forPager ? 'terminal' : 'markdown');
  const columns =
    io.stdoutIsTTY && toStdout
      ? Number(io.env.COLUMNS) || io.stdoutColumns || 80
      : forPager && format === 'terminal'
        ? Number(io.env.COLUMNS) || (io.stderrIsTTY ? io.stderrColumns : undefined)
        : undefined;
  // Prose reads badly in very long lines: the story keeps a measure of at most
  // MAX_MEASURE columns unless --width says otherwise; --explain uses them all.
  const width =
    options.width ??
    (columns === undefined
      ? undefined
      : options.explain
        ? columns
        : format === 'terminal'
          ? Math.min(columns, MAX_MEASURE)
          : undefined);

  // A long terminal view at a terminal goes through a pager, as git's output does.
  const pager =
    toStdout && io.stdoutIsTTY && options.pager && (format === 'terminal' || options.explain)
      ? pagerCommand(io.env)
      : null;
  let pagerFailed = false;
  const paged =
    pager !== null && io.startPager
      ? new PagedOutput({
          rows: Number(io.env.LINES) || io.stdoutRows || 24,
          start: () => io.startPager?.(pager, pagerEnv(io.env)) ?? Promise.resolve(null),
          stdout: io.stdout,
          stderr: io.stderr,
          stderrToPager: io.stderrIsTTY,
          onStartFailure: () => {
            pagerFailed = true;
          },
        })
      : null;
  if (paged) io = { ...io, stdout: paged.out, stderr: paged.err, stdoutClosed: paged.closed };

  const outChalk = new Chalk({ level: outLevel });
  const expanded = await expandInputs(options.files, {
    fs: io.fs,
    cwd: io.cwd,
    extensions: options.ext ?? DEFAULT_EXTENSIONS,
    followSymlinks: options.followSymlinks,
  });
  const problems = expanded.problems.map(urlProblem);
  let inputs = expanded.inputs;
  const entries: ReportEntry[] = problems.map((problem) => ({
    name: problem.name,
    // A URL is no file of the repository an annotation could point at.
    path: problem.ruleId === 'url-operand' ? null : problem.name,
    messages: [
      { ...failure(problem.reason, problem.ruleId), severity: problem.severity ?? 'error' },
    ],
  }));
  let code: number = Math.max(EXIT.ok, ...problems.map((problem) => problem.exitCode));
  if (destination.kind === 'dir') {
    // An output directory inside an input folder: a rerun must not read its own output.
    const skip = skipOutDirInputs(inputs, destination.real, options.files);
    inputs = skip.inputs;
    if (skip.skipped > 0)
      entries.push({
        name: destination.path,
        path: destination.path,
        messages: [
          fileLevel(
            'info',
            `Skipped ${skip.skipped.toLocaleString('en-US')} file${skip.skipped === 1 ? '' : 's'} in the output directory as input (--out-dir)`,
            'out-dir-input',
          ),
        ],
      });
  }
  if (destination.kind === 'file' && options.skipExisting) {
    const kind = await io.fs.linkKind(resolve(io.cwd, destination.path));
    if (kind !== 'missing') {
      // Resuming: the whole run's output is there already.
      entries.push({
        name: destination.path,
        path: destination.path,
        messages: [fileLevel('info', 'Kept the existing file (--skip-existing)', 'exists')],
      });
      inputs = [];
    }
  }

  const inputReals = new Set(
    inputs.flatMap((input) => (input.kind === 'file' && input.real ? [input.real] : [])),
  );

  const settings: ConvertSettings = {
    format,
    from: options.from ?? 'auto',
    frontMatter: options.frontMatter ?? false,
    date: options.date,
    colorLevel: outLevel,
    width: width === 0 ? undefined : width,
    verbose: options.verbose ?? false,
    explain: options.explain,
    lexicon: config ? lexiconExtras(config) : null,
    maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
    ...(isXmlFormat(format)
      ? { versionCreated: versionCreatedFor(io.env, io.clock ?? Date.now) }
      : {}),
  };
  // Load only what this run needs (the terminal renderer, YAML, micromark):
  // start-up is most of a one-story run. Workers load their own.
  await loadOptional({
    terminal: format === 'terminal',
    frontMatter: format === 'markdown' && settings.frontMatter,
    // The XML formats read the body's Markdown back into blocks.
    markdownInput: settings.from === 'markdown' || isXmlFormat(format),
  });
  if (isXmlFormat(format)) await loadXmlFormats();
  if (settings.explain) await loadExplain();
  const renderStoryRule =
    format === 'terminal' ? (await import('../render/terminal.js')).renderStoryRule : null;

  const quiet = options.quiet ?? false;
  const silent = options.silent ?? false;
  // A machine-read report owns stderr: no "wrote …" lines, summaries or bar beside it.
  const listing = options.report !== 'json';
  const chatty = !quiet && !silent && listing;
  const ledger = new RerunLedger({
    skipExisting: options.skipExisting,
    preservePaths: options.preservePaths,
  });
  // No bar for machine formats (their consumers script the run), in CI, or
  // when the story itself is being drawn on the same terminal.
  const progress =
    options.progress &&
    !formatRow(format).machine &&
    chatty &&
    io.stderrIsTTY &&
    !io.env.CI &&
    !quiet &&
    !silent &&
    inputs.length >= PROGRESS_MIN_INPUTS &&
    !(toStdout && io.stdoutIsTTY)
      ? new ProgressBar({
          write: io.stderr,
          now: io.now,
          total: inputs.length,
          width: io.stderrColumns ?? 80,
        })
      : null;

  // Set before converting, while the young generation is still small; the
  // flags are the process's, so workers started later share them.
  if (inputs.length >= BATCH_HEAP_MIN_INPUTS) await io.tuneHeapForBatch?.();

  const stdinName = options.stdinFilepath ?? null;
  const nameOf = (input: Input) => (input.kind === 'stdin' ? (stdinName ?? '<stdin>') : input.path);
  // Conversions run ahead (on workers, when they pay) but are consumed in input order.
  const conversions = new Conversions({
    count: inputs.length,
    read: (index) => {
      const input = inputs[index] as Input;
      return input.kind === 'stdin'
        ? io.readStdin(settings.maxSize)
        : io.fs.readFile(resolve(io.cwd, input.path), settings.maxSize);
    },
    readFailed: (index, error): InputOutcome => ({
      ok: false,
      ...readFailure(error, nameOf(inputs[index] as Input)),
    }),
    pathOf: (index) => {
      const input = inputs[index] as Input;
      return input.kind === 'stdin' ? stdinName : input.path;
    },
    settings,
    jobs: options.jobs,
    cpuCount: io.cpuCount,
    sampleCpu: io.sampleCpu,
    loadAverage: io.loadAverage ?? (() => 0),
    startupMs: io.startupMs ?? DEFAULT_STARTUP_MS,
    now: io.now,
    startPool: io.startPool,
  });

  // One array whatever the input held: the command line alone sets the shape
  // (an ANPA file with two stories must not turn an object into an array).
  const jsonArray =
    formatRow(format).joining === 'array' &&
    !options.explain &&
    destination.kind !== 'dir' &&
    !(destination.kind === 'file' && options.skipExisting && inputs.length === 0)
      ? new JsonListWriter()
      : null;
  const xmlDocuments: string[] = [];
  const fileChunks: string[] = [];
  const outDir =
    destination.kind === 'dir'
      ? new OutDirWriter(io.fs, destination, {
          force: options.force,
          inputs: inputReals,
          dryRun: options.dryRun,
        })
      : null;
  let stories = 0;
  let storyCount = 0;
  const startedAt = io.now();
  let strictFailures = false;
  const emit = async (text: string) => {
    if (destination.kind === 'file') fileChunks.push(text);
    else if (!io.stdoutClosed()) await io.stdout(text);
  };

  try {
    for (let index = 0; index < inputs.length; index++) {
      if (toStdout && io.stdoutClosed()) break;
      const input = inputs[index] as Input;
      const name = nameOf(input);
      const outcome = await conversions.outcome(index);
      // Reads and conversions are synchronous and promises never yield to
      // the event loop: give signal handlers (Ctrl-C) their turn per input.
      await new Promise((resolve) => setImmediate(resolve));
      progress?.update(index + 1);
      const path = input.kind === 'stdin' ? stdinName : input.path;
      if (!outcome.ok) {
        entries.push({ name, path, messages: [failure(outcome.reason, outcome.ruleId)] });
        code = Math.max(code, outcome.ruleId === 'internal-error' ? EXIT.internal : EXIT.failed);
        continue;
      }
      const count = outcome.stories.length;
      storyCount += count;
      for (const [storyIndex, story] of outcome.stories.entries()) {
        const storyName = count > 1 ? `${name}#${storyIndex + 1}` : name;
        entries.push({ name: storyName, path, messages: story.messages });
        if (!story.hasHeadline || story.messages.some((message) => message.severity === 'warning'))
          strictFailures = true;
        if (outDir) {
          const kind = options.explain ? 'explain' : format;
          const fileName =
            options.preservePaths && input.kind === 'file'
              ? preservedOutputName(input.relative, { index: storyIndex, count }, kind)
              : outputName(
                  input.kind === 'stdin' ? stdinName : input.path,
                  { index: storyIndex, count },
                  kind,
                );
          // JSON and NDJSON come printed: one document, one line.
          const refused = await outDir.write(fileName, story.output, storyName);
          const failed = refused ? ledger.take(refused) : null;
          if (failed) {
            entries.push({
              name: failed.name,
              path: failed.name,
              messages: [failure(failed.reason, failed.ruleId)],
            });
            code = Math.max(code, EXIT.failed);
          } else if (!refused && (options.verbose || options.dryRun) && listing) {
            const verb = options.dryRun ? 'would write' : 'wrote';
            io.stderr(`${verb} ${sanitizeForTerminal(outDir.shown(fileName))}\n`);
          }
          continue;
        }
        if (options.explain) {
          if (stories > 0) await emit('\n');
          await emit(story.output);
        } else if (format === 'terminal') {
          // Stories at the terminal are set apart by a rule naming each one.
          if (stories > 0) await emit('\n');
          if (renderStoryRule && (inputs.length > 1 || count > 1))
            await emit(
              renderStoryRule(
                count > 1 ? `${name} · story ${storyIndex + 1} of ${count}` : name,
                outChalk,
                width,
              ),
            );
          await emit(story.output);
        } else if (format === 'markdown') {
          if (stories > 0) await emit('\n');
          await emit(story.output);
        } else if (format === 'ndjson') {
          await emit(story.output);
        } else if (isXmlFormat(format)) {
          xmlDocuments.push(story.output);
        } else if (jsonArray) {
          // The array streams, one story at a time, in the bytes of one JSON.stringify.
          await emit(jsonArray.push(story.output));
        }
        stories++;
      }
    }
  } finally {
    progress?.clear();
    await conversions.close();
  }

  if (jsonArray) await emit(jsonArray.end());

  if (isXmlFormat(format) && settings.versionCreated && xmlDocuments.length > 0)
    await emit(joinXmlDocuments(format, xmlDocuments, settings.versionCreated));

  if (destination.kind === 'file' && fileChunks.length > 0) {
    const failed = await writeOutputFile(
      io.fs,
      { path: destination.path, absolute: resolve(io.cwd, destination.path) },
      fileChunks.join(''),
      { force: options.force, inputs: inputReals, dryRun: options.dryRun },
    );
    const reported = failed ? ledger.take(failed) : null;
    if (reported) {
      entries.push({
        name: reported.name,
        path: reported.name,
        messages: [failure(reported.reason, reported.ruleId)],
      });
      code = Math.max(code, EXIT.failed);
    } else if (failed) {
      code = Math.max(code, EXIT.failed);
    } else if (options.dryRun && listing) {
      io.stderr(`would write ${sanitizeForTerminal(destination.path)}\n`);
    } else if (chatty) {
      io.stderr(`copydesk: wrote ${sanitizeForTerminal(destination.path)}\n`);
    }
  }

  const shownDir = outDir
    ? outDir.shown('').replace(/\/$/, '')
    : destination.kind === 'file'
      ? destination.path
      : '';
  if (pagerFailed)
    entries.push({
      name: 'copydesk',
      path: null,
      messages: [
        fileLevel(
          'warning',
          `Cannot run the pager \`${pager}\`: the view is shown without it (set COPYDESK_PAGER, or --no-pager)`,
          'pager',
        ),
      ],
    });
  for (const entry of ledger.entries(shownDir)) {
    entries.push(entry);
    code = Math.max(code, EXIT.failed);
  }
  // Each reporter (string-width for the human one) loads only when there is a report.
  const report = await renderReport(options.report, entries, {
    colorLevel: errLevel,
    quiet,
    silent,
    width: stderrWidth(io),
    cwd: io.cwd,
  });
  if (report !== '') io.stderr(report);
  if (outDir && chatty && (outDir.written > 0 || ledger.kept > 0) && !options.dryRun)
    io.stderr(
      `copydesk: wrote ${outDir.written.toLocaleString('en-US')} file${outDir.written === 1 ? '' : 's'} to ${sanitizeForTerminal(shownDir)}${ledger.kept > 0 ? ` (kept ${ledger.kept.toLocaleString('en-US')} existing)` : ''}\n`,
    );

  if (options.verbose && !silent && listing) {
    const seconds = ((io.now() - startedAt) / 1000).toFixed(2);
    io.stderr(
      `copydesk: ${inputs.length} input${inputs.length === 1 ? '' : 's'}, ${storyCount} stor${storyCount === 1 ? 'y' : 'ies'} in ${seconds} s on ${conversions.describe()}\n`,
    );
  }
  if (options.strict && strictFailures) code = Math.max(code, EXIT.failed);
  await paged?.finish();
  return code;
}
