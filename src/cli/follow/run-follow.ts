import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import type { CopydeskConfig } from '../../config/index.js';
import { ConfigFileError } from '../../config/index.js';
import { DEFAULT_MAX_SIZE } from '../../decode/limits.js';
import { loadOptional } from '../../optional.js';
import { loadXmlFormats } from '../../render/xml/on-demand.js';
import { hasWords } from '../../split/framing.js';
import {
  DEFAULT_SEPARATOR,
  IncrementalSplitter,
  type SplitEvent,
} from '../../split/incremental.js';
import { colorLevel } from '../color.js';
import {
  type ConvertSettings,
  convertInput,
  type Diagnostic,
  type StoryOutcome,
} from '../convert.js';
import { EXIT } from '../exit.js';
import type { CliFs } from '../fs.js';
import { describeFsError } from '../fs-errors.js';
import { loadCliConfig } from '../load-cli-config.js';
import { type CliFormat, type CliOptions, withConfigDefaults } from '../program.js';
import { renderReport } from '../reporters.js';
import { formatUsageError, stderrWidth } from '../usage-error.js';
import { isXmlFormat, versionCreatedFor } from '../xml-output.js';
import { watchSpool } from './spool-dir.js';
import { FollowState } from './state-file.js';
import { type FeedSink, writeStory } from './story-writer.js';
import { tailFile } from './tail-file.js';

/** The outside world of the live feed; the process shell provides the real one. */
export interface FollowIo {
  fs: CliFs;
  /** Standard input as a stream of bytes. */
  stdin: AsyncIterable<Buffer | string> & { destroy?: () => void };
  stdout: (text: string) => Promise<void> | void;
  stderr: (text: string) => void;
  stdoutClosed: () => boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborts on SIGINT/SIGTERM: the story in hand is finished, then the feed stops. */
  signal: AbortSignal;
  /** Wall-clock milliseconds (for `versionCreated` and file names). */
  clock: () => number;
  /** Polling interval for files and spool directories, in ms (default 50 and 200). */
  pollInterval?: number;
  /** Whether stderr is a terminal, and its width: colour and wrapping of report rows. */
  stderrIsTTY?: boolean;
  stderrColumns?: number | undefined;
}

/** Rules that mark a transmission as garbled or cut short: such a story is reported, never emitted. */
const FRAMING_RULES = new Set(['transmission-framing']);

/** A usage error: one report row in the report `--report` asks for, like the batch command's. */
async function usage(
  io: FollowIo,
  options: CliOptions,
  reason: string,
  place: { name: string; ruleId: string } = { name: 'copydesk', ruleId: 'usage' },
): Promise<number> {
  io.stderr(
    await formatUsageError(
      { name: place.name, path: null, reason, ruleId: place.ruleId },
      {
        report: options.report,
        env: io.env,
        stderrIsTTY: io.stderrIsTTY ?? false,
        stderrColumns: io.stderrColumns,
        cwd: io.cwd,
        color: options.color,
      },
    ),
  );
  return EXIT.usage;
}

/** `20241001T120304Z`: a file-name-safe UTC time stamp. */
function stamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * `--follow`: reads standard input, a FIFO, a growing file (`tail -F`) or a
 * spool directory, and emits each story as soon as it is complete. Returns
 * the exit code: 0 when the feed ended or was stopped by a signal, 1 when a
 * story could not be written, 2 for a usage error.
 */
export async function runFollow(cliOptions: CliOptions, io: FollowIo): Promise<number> {
  let config: CopydeskConfig | null = null;
  if (cliOptions.useConfig || cliOptions.config !== undefined) {
    try {
      // The same trusted discovery as the batch command (never a world-writable folder).
      config = await loadCliConfig(cliOptions.config, io);
    } catch (error) {
      if (error instanceof ConfigFileError)
        return usage(io, cliOptions, `${error.path}: ${error.message}`);
      throw error;
    }
  }
  const options = config ? withConfigDefaults(cliOptions, config.options) : cliOptions;
  if (options.files.length > 1)
    return usage(
      io,
      options,
      '--follow takes one input: standard input, a file, a FIFO or a directory',
    );
  if (options.output !== undefined && options.output !== '-')
    return usage(io, options, '--follow writes to standard output or --out-dir, not -o');
  if (options.explain) return usage(io, options, '--follow does not combine with --explain');
  const format: CliFormat = options.format ?? 'ndjson';
  if (format === 'terminal')
    return usage(
      io,
      options,
      '--follow writes a machine format: ndjson, json, markdown, newsmlg2 or nitf',
    );

  let sink: FeedSink = { kind: 'stdout', write: io.stdout };
  let outDirReal: string | null = null;
  if (options.outDir !== undefined) {
    const dir = isAbsolute(options.outDir) ? options.outDir : resolve(io.cwd, options.outDir);
    try {
      if ((await io.fs.kind(dir)) === 'missing') await io.fs.mkdirp(dir);
      if ((await io.fs.kind(dir)) !== 'directory')
        return usage(io, options, 'Not a directory (--out-dir)', {
          name: options.outDir,
          ruleId: 'out-dir',
        });
      outDirReal = await io.fs.realpath(dir);
    } catch (error) {
      return usage(io, options, `Cannot write there: ${describeFsError(error)} (--out-dir)`, {
        name: options.outDir,
        ruleId: 'out-dir',
      });
    }
    sink = {
      kind: 'dir',
      fs: io.fs,
      real: outDirReal,
      shown: options.outDir.replace(/\/+$/, ''),
      force: options.force,
    };
  }

  const operand = options.files[0];
  const path = operand === undefined || operand === '-' ? null : resolve(io.cwd, operand);
  let kind: 'stdin' | 'file' | 'stream' | 'directory' = 'stdin';
  if (path !== null) {
    try {
      const stats = await stat(path);
      kind = stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'stream';
    } catch (error) {
      // A file that does not exist yet is followed until it appears (tail -F).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        return usage(io, options, describeFsError(error), {
          name: operand ?? '-',
          ruleId: 'read-error',
        });
      kind = 'file';
    }
  }

  await loadOptional({ markdownInput: options.from === 'markdown' || isXmlFormat(format) });
  if (isXmlFormat(format)) await loadXmlFormats();
  const settings: ConvertSettings = {
    format,
    from: options.from ?? 'auto',
    frontMatter: options.frontMatter ?? false,
    date: options.date,
    colorLevel: 0,
    width: undefined,
    verbose: options.verbose ?? false,
    explain: false,
    lexicon: config
      ? {
          agencies: config.agencies,
          noisePhrases: config.noisePhrases,
          creditPhrases: config.creditPhrases,
        }
      : null,
    maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
  };
  const feed = new Feed(io, sink, format, settings, options);
  const name = path === null ? (options.stdinFilepath ?? '<stdin>') : (operand as string);
  if (kind === 'directory') await feed.spool(path as string, outDirReal);
  else await feed.stream(kind, path, name);
  return feed.code;
}

/** One feed: converts complete pieces as they come and writes each story out. */
class Feed {
  code: number = EXIT.ok;
  #stories = 0;
  readonly #io: FollowIo;
  readonly #sink: FeedSink;
  readonly #format: CliFormat;
  readonly #settings: ConvertSettings;
  readonly #options: CliOptions;

  constructor(
    io: FollowIo,
    sink: FeedSink,
    format: CliFormat,
    settings: ConvertSettings,
    options: CliOptions,
  ) {
    this.#io = io;
    this.#sink = sink;
    this.#format = format;
    this.#settings = settings;
    this.#options = options;
  }

  /**
   * Reports as the feed goes: one row in the report `--report` asks for, the
   * batch command's style, without the closing count (a feed has no end to
   * count at).
   */
  async #say(
    name: string,
    line: number | null,
    reason: string,
    severity: 'info' | 'warning' | 'error',
    ruleId: string,
  ): Promise<void> {
    const message: Diagnostic = {
      line,
      column: line === null ? null : 1,
      endLine: null,
      endColumn: null,
      severity,
      ruleId,
      reason,
    };
    const flag =
      this.#options.color === 'always' ? true : this.#options.color === 'never' ? false : undefined;
    const isTTY = this.#io.stderrIsTTY ?? false;
    this.#io.stderr(
      await renderReport(this.#options.report, [{ name, path: name, messages: [message] }], {
        colorLevel: colorLevel({ flag, env: this.#io.env, isTTY }),
        quiet: this.#options.quiet,
        silent: this.#options.silent,
        width: stderrWidth({
          env: this.#io.env,
          stderrIsTTY: isTTY,
          stderrColumns: this.#io.stderrColumns,
        }),
        cwd: this.#io.cwd,
        summary: false,
      }),
    );
  }

  /** Converts one piece of input (whole transmissions, one story, or a spool file) and writes its stories. */
  async convert(bytes: Uint8Array, name: string, outBase: string, line: number): Promise<void> {
    const settings = isXmlFormat(this.#format)
      ? { ...this.#settings, versionCreated: versionCreatedFor(this.#io.env, this.#io.clock) }
      : this.#settings;
    const outcome = convertInput(bytes, name, settings);
    if (!outcome.ok) {
      await this.#say(name, null, outcome.reason, 'error', outcome.ruleId);
      this.code = Math.max(this.code, EXIT.failed);
      return;
    }
    for (const [index, story] of outcome.stories.entries()) {
      const framing = story.messages.find((message) => FRAMING_RULES.has(message.ruleId ?? ''));
      if (framing) {
        await this.#say(
          name,
          (framing.line ?? 1) + line - 1,
          `Skipped a garbled or truncated transmission: ${framing.reason}`,
          'warning',
          'transmission-skipped',
        );
        continue;
      }
      await this.#write(story, outcome.stories.length > 1 ? `${outBase}-${index + 1}` : outBase);
    }
  }

  async #write(story: StoryOutcome, outName: string): Promise<void> {
    if (this.#sink.kind === 'stdout' && this.#io.stdoutClosed()) return;
    try {
      const written = await writeStory(this.#sink, outName, story, this.#format);
      this.#stories++;
      if (written && this.#options.verbose)
        await this.#say(written, null, 'Written', 'info', 'written');
    } catch (error) {
      await this.#say(
        outName,
        null,
        `Cannot write: ${describeFsError(error)}`,
        'error',
        'write-error',
      );
      this.code = Math.max(this.code, EXIT.failed);
    }
  }

  /** Handles one event of the splitter. */
  async #event(event: SplitEvent, name: string, base: string): Promise<void> {
    if (event.kind === 'discarded') {
      await this.#say(
        name,
        event.line,
        `Gave up ${event.characters} characters of a transmission that never ended`,
        'warning',
        'transmission-discarded',
      );
    } else if (event.kind === 'segment') {
      if (!hasWords(event.text)) return;
      const bytes = Buffer.from(event.text, 'latin1');
      await this.convert(
        bytes,
        name,
        `${base}-${String(this.#stories + 1).padStart(6, '0')}`,
        event.line,
      );
    }
  }

  /** Standard input, a FIFO or a growing file, cut into stories as it arrives. */
  async stream(
    kind: 'stdin' | 'file' | 'stream',
    path: string | null,
    name: string,
  ): Promise<void> {
    const base = `${path === null ? 'feed' : basename(path, extname(path))}-${stamp(this.#io.clock())}`;
    const newSplitter = () =>
      new IncrementalSplitter({
        from: this.#settings.from,
        emit: 'segments',
        separator: this.#options.separator ?? DEFAULT_SEPARATOR,
      });
    let splitter = newSplitter();
    // The bytes go through as Latin-1 (one character per byte): framing bytes
    // are ASCII, so cuts never split a character; each piece is then decoded
    // as the batch command decodes a file (UTF-8, Windows-1252 fallback …).
    const take = async (bytes: Buffer | string) => {
      const text =
        typeof bytes === 'string'
          ? Buffer.from(bytes).toString('latin1')
          : bytes.toString('latin1');
      for (const event of splitter.push(text)) await this.#event(event, name, base);
    };
    const finish = async (complete: boolean) => {
      if (complete) {
        for (const event of splitter.end()) await this.#event(event, name, base);
      } else if (hasWords(splitter.pending)) {
        await this.#say(
          name,
          null,
          `Stopped with ${splitter.buffered} characters of an incomplete story, not converted`,
          'warning',
          'incomplete-story',
        );
      }
      splitter = newSplitter();
    };

    if (kind === 'file') {
      for await (const event of tailFile(path as string, {
        signal: this.#io.signal,
        interval: this.#io.pollInterval ?? 50,
      })) {
        if (event.kind === 'data') await take(event.bytes);
        else {
          // A rotated or truncated file never lends its unfinished story to the next one.
          await this.#say(
            name,
            null,
            `File ${event.reason}, reading it from the start`,
            'info',
            'file-rotated',
          );
          await finish(true);
        }
      }
      await finish(false);
      return;
    }
    const input = kind === 'stdin' ? this.#io.stdin : createReadStream(path as string);
    const stopped = () => (input as { destroy?: () => void }).destroy?.();
    this.#io.signal.addEventListener('abort', stopped, { once: true });
    try {
      for await (const chunk of input) {
        await take(chunk as Buffer);
        if (this.#io.signal.aborted) break;
      }
    } catch (error) {
      if (!this.#io.signal.aborted) throw error;
    } finally {
      this.#io.signal.removeEventListener('abort', stopped);
    }
    await finish(!this.#io.signal.aborted);
  }

  /** A spool directory: each complete new file converted once, remembered across restarts. */
  async spool(dir: string, outDir: string | null): Promise<void> {
    const state = new FollowState(outDir);
    await state.load();
    for await (const file of watchSpool(dir, {
      signal: this.#io.signal,
      interval: this.#io.pollInterval ?? 200,
      state,
    })) {
      let bytes: Uint8Array;
      try {
        bytes = await this.#io.fs.readFile(file.path);
      } catch (error) {
        await this.#say(file.name, null, describeFsError(error), 'error', 'read-error');
        this.code = Math.max(this.code, EXIT.failed);
        continue;
      }
      await this.convert(bytes, file.name, basename(file.name, extname(file.name)), 1);
      // Marked even when a story failed: it was reported; converting it again would repeat that.
      await state.markDone(file.name, file.entry, file.present);
    }
  }
}
