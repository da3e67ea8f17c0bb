import { Command, InvalidArgumentError, Option } from 'commander';
import { MAX_JOBS } from '../config/bounds.js';
import type { ConfigOptions } from '../config/types.js';
import { parseSize } from '../decode/limits.js';
import type { InputFormat } from '../split/split-stories.js';
import { suggestion } from '../text/did-you-mean.js';
import { type CliFormat, FORMAT_NAMES } from './formats.js';
import { REPORTERS, type ReportName } from './reporters.js';

export type { CliFormat } from './formats.js';

const INPUT_FORMATS = ['auto', 'text', 'anpa', 'iptc7901', 'markdown'] as const;

const COLOR_CHOICES = ['always', 'never', 'auto'] as const;

/** Shells `copydesk completion` writes scripts for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** A shell `copydesk completion` supports. */
export type Shell = (typeof SHELLS)[number];

/**
 * Settings the command line resolves to; `run()` takes nothing else. Options
 * a config file may default are undefined when the user did not give them.
 */
export interface CliOptions {
  files: string[];
  format: CliFormat | undefined;
  from: InputFormat | undefined;
  /** How diagnostics are written on stderr (default: human). */
  report: ReportName;
  /** False with `--no-pager`: never page the terminal view. */
  pager: boolean;
  /** With `-o` / `--out-dir`: keep existing files and write only the missing ones. */
  skipExisting: boolean;
  output: string | undefined;
  outDir: string | undefined;
  force: boolean;
  /** Check and list outputs without writing them. */
  dryRun: boolean;
  /** `--out-dir` names keep the input's folders below its operand. */
  preservePaths: boolean;
  frontMatter: boolean | undefined;
  date: string | undefined;
  strict: boolean | undefined;
  explain: boolean;
  color: 'always' | 'never' | 'auto' | undefined;
  width: number | undefined;
  quiet: boolean | undefined;
  silent: boolean | undefined;
  verbose: boolean | undefined;
  jobs: number | undefined;
  ext: string[] | undefined;
  /** Name for standard input in messages, `source.path` and `--out-dir` names. */
  stdinFilepath: string | undefined;
  config: string | undefined;
  /** False with `--no-config`: skip config discovery. */
  useConfig: boolean;
  progress: boolean;
  /** Largest input accepted, in bytes (0: no limit; default 50 MB). */
  maxSize: number | undefined;
  /** Follow symbolic links that lead out of a directory or glob operand. */
  followSymlinks: boolean;
  /** Keep reading the input (stdin, FIFO, growing file, spool directory): a live feed. */
  follow: boolean;
  /** With --follow, plain text: a line holding exactly this ends a story. */
  separator: string | undefined;
}

/** What the command line asks for: a run over inputs, or a completion script. */
export type ParsedCommand =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'completion'; shell: Shell };

/** Writers commander prints help, version and errors through, and how wide help may be. */
export interface ProgramOutput {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
  version: string;
  /** Columns for help text; commander's default when undefined. */
  helpWidth?: number | undefined;
  /** Whether commander may colour help on stdout / errors on stderr. */
  outHasColors?: boolean;
  errHasColors?: boolean;
}

const EXAMPLES = `
Examples:
  $ copydesk story.txt                        read a story at the terminal
  $ copydesk --explain story.txt              why each line became headline, byline …
  $ copydesk -f ndjson wires/ | jq .headline  one JSON object per story, per line
  $ copydesk 'wires/**/*.txt' --out-dir out   one Markdown file per story
  $ pbpaste | copydesk -f markdown            Markdown from a pasted page, via stdin
  $ mkdir -p ~/.local/share/bash-completion/completions
  $ copydesk completion bash > ~/.local/share/bash-completion/completions/copydesk

Exit status: 0 success; 1 an input could not be read, converted or written, or
--strict found a problem; 2 usage error (unknown flag, bad value, missing file,
invalid config).`;

function parseWidth(value: string): number {
  const width = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(width)) {
    throw new InvalidArgumentError('Expected a whole number of columns, such as 80.');
  }
  return width;
}

function parseMaxSize(value: string): number {
  const size = parseSize(value);
  if (size === null) {
    throw new InvalidArgumentError('Expected a size such as 50MB, 512k or 0 (no limit).');
  }
  return size;
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1 || jobs > MAX_JOBS) {
    throw new InvalidArgumentError(
      `Expected a number of worker threads from 1 to ${MAX_JOBS}, such as 4.`,
    );
  }
  return jobs;
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new InvalidArgumentError('Expected a date as YYYY-MM-DD, such as 2024-10-01.');
  }
  // A calendar check: Date.UTC rolls 2023-02-29 over into March.
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1) {
    throw new InvalidArgumentError(
      `Expected a date that exists, such as 2024-10-01: ${value} is not on the calendar.`,
    );
  }
  return value;
}

/** A parser for a value out of a fixed list that suggests the closest one when it is not. */
function oneOf<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(
      `Expected one of ${choices.join(', ')}${suggestion(value, choices)}.`,
    );
  };
}

function parseExt(value: string): string[] {
  const list = value
    .split(',')
    .map((ext) => ext.trim().replace(/^\./, ''))
    .filter((ext) => ext !== '');
  if (list.length === 0)
    throw new InvalidArgumentError('Expected extensions separated by commas, such as txt,md.');
  return list;
}

/** Builds the commander program: the declarative table of flags (and the completion command). */
export function createProgram(output: ProgramOutput): Command {
  const program = new Command('copydesk')
    .description(
      'Format news wire copy: headline, byline, dateline and credits, as Markdown, JSON or a terminal view.',
    )
    .argument('[files...]', 'files, directories (searched recursively) or globs; "-" reads stdin')
    .optionsGroup('Output:')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: from the -o extension, else terminal on a TTY or with --color, else markdown)',
      )
        .choices(FORMAT_NAMES)
        .argParser(oneOf(FORMAT_NAMES)),
    )
    .option(
      '-o, --output <file>',
      'write everything to one file (atomically) instead of stdout; .json, .ndjson, .md, .txt set the format',
    )
    .option('--out-dir <dir>', 'write one file per story into a directory (created if missing)')
    .option('--force', 'overwrite existing files with -o / --out-dir')
    .option('--skip-existing', 'with -o / --out-dir: keep existing files, write only the missing')
    .option(
      '-n, --dry-run',
      'with -o / --out-dir: check and list what would be written, write nothing',
    )
    .option(
      '--preserve-paths',
      'with --out-dir, keep the folders below each directory or glob operand',
    )
    .option('--front-matter', 'add YAML front matter with the metadata to Markdown output')
    .option('--explain', 'show how each input line was classified, and by which rule')
    .optionsGroup('Input:')
    .addOption(
      new Option('--from <format>', 'input format (default: auto)')
        .choices(INPUT_FORMATS)
        .argParser(oneOf(INPUT_FORMATS)),
    )
    .option('--date <YYYY-MM-DD>', 'reference date for datelines without a year', parseDate)
    .option(
      '--max-size <size>',
      'refuse inputs larger than size (default: 50MB; e.g. 512k, 1G; 0: no limit)',
      parseMaxSize,
    )
    .option(
      '--ext <list>',
      'extensions to pick up when searching directories (default: txt,text,md,markdown,wire,anpa)',
      parseExt,
    )
    .option(
      '--follow-symlinks',
      'follow symbolic links that lead out of a searched directory (default: skip them)',
    )
    .option('--stdin-filepath <path>', 'name standard input in messages, JSON and output names')
    .option(
      '--follow',
      'live feed: keep reading stdin, a FIFO, a growing file or a spool directory; each story out as it completes',
    )
    .option(
      '--separator <line>',
      'with --follow, plain text: a line holding exactly this ends a story (default: a form feed)',
    )
    .option('--config <file>', 'read settings from this JSON file')
    .option('--no-config', 'do not look for .copydeskrc.json or package.json settings')
    .optionsGroup('Checks and messages:')
    .option('--strict', 'exit 1 when a story has no headline or any warning')
    .option('-q, --quiet', 'report only warnings and errors on stderr')
    .option('-s, --silent', 'report only errors on stderr')
    .option('--verbose', 'list removed items in the terminal view; more detail on stderr')
    .option('--no-progress', 'never draw a progress bar')
    .addOption(
      new Option('--report <report>', 'how to write messages on stderr (default: human)')
        .choices(REPORTERS)
        .argParser(oneOf(REPORTERS)),
    )
    .optionsGroup('Terminal:')
    .option('--color', 'colour the terminal view and messages (also --color=always|never|auto)')
    .option('--no-color', 'never colour (same as --color=never)')
    // `--color=WHEN` arrives here (see parseArgs): an optional value on --color
    // itself would swallow a following file name.
    .addOption(
      new Option('--color-when <when>', 'when to colour').choices(COLOR_CHOICES).hideHelp(),
    )
    .option('--width <n>', 'wrap the terminal view at n columns (0: no wrapping)', parseWidth)
    .option('--no-pager', 'never page the terminal view ($COPYDESK_PAGER, $PAGER, less -FRX)')
    .optionsGroup('Speed:')
    .option(
      '-j, --jobs <n>',
      'threads converting, this one included (default: as many as the free cores and the measured work repay)',
      parseJobs,
    )
    .optionsGroup('Other:')
    .version(output.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: output.writeOut,
      writeErr: output.writeErr,
      // Errors come back as a CommanderError, which main() reports as a row
      // like every other error (sanitised there: they echo what the user typed).
      outputError: () => {},
      ...(output.helpWidth ? { getOutHelpWidth: () => output.helpWidth ?? 80 } : {}),
      ...(output.helpWidth ? { getErrHelpWidth: () => output.helpWidth ?? 80 } : {}),
      getOutHasColors: () => output.outHasColors ?? false,
      getErrHasColors: () => output.errHasColors ?? false,
    })
    // The action only marks that the root command ran; parseArgs reads the values.
    .action(() => {});
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(
      program.createArgument('<shell>', 'the shell to complete for').choices([...SHELLS]),
    )
    .exitOverride()
    .configureOutput({
      writeOut: output.writeOut,
      writeErr: output.writeErr,
      outputError: () => {},
    })
    .action(() => {});
  return program;
}

interface RawOptions {
  format?: CliFormat;
  from?: InputFormat;
  report?: ReportName;
  pager: boolean;
  skipExisting?: boolean;
  output?: string;
  outDir?: string;
  force?: boolean;
  preservePaths?: boolean;
  dryRun?: boolean;
  frontMatter?: boolean;
  date?: string;
  strict?: boolean;
  explain?: boolean;
  color?: boolean;
  colorWhen?: 'always' | 'never' | 'auto';
  width?: number;
  quiet?: boolean;
  silent?: boolean;
  verbose?: boolean;
  jobs?: number;
  ext?: string[];
  config?: string | false;
  stdinFilepath?: string;
  progress: boolean;
  maxSize?: number;
  followSymlinks?: boolean;
  follow?: boolean;
  separator?: string;
}

function colorMode(value: RawOptions['color']): CliOptions['color'] {
  if (value === true) return 'always';
  if (value === false) return 'never';
  return undefined;
}

/**
 * Parses argv (without the node and script entries) into settings. Throws
 * commander's `CommanderError` for help, version and usage errors.
 */
export function parseArgs(argv: string[], output: ProgramOutput): ParsedCommand {
  const program = createProgram(output);
  const end = argv.indexOf('--');
  const args = argv.map((arg, index) =>
    (end === -1 || index < end) && arg.startsWith('--color=')
      ? `--color-when=${arg.slice('--color='.length)}`
      : arg,
  );
  for (const arg of args) {
    const when = arg.startsWith('--color-when=') ? arg.slice('--color-when='.length) : null;
    if (when !== null && !(COLOR_CHOICES as readonly string[]).includes(when)) {
      program.error(
        `error: option '--color=<when>' argument '${when}' is invalid. Expected one of ${COLOR_CHOICES.join(', ')}${suggestion(when, COLOR_CHOICES)}.`,
        { exitCode: 2, code: 'commander.invalidArgument' },
      );
    }
  }
  program.parse(args, { from: 'user' });
  const completion = program.commands.find((command) => command.name() === 'completion');
  if (completion && completion.args.length > 0 && argv.includes('completion')) {
    return { kind: 'completion', shell: completion.args[0] as Shell };
  }
  const opts = program.opts<RawOptions>();
  // `--no-color` and `--no-config` give commander defaults of true; only values
  // the user typed should override a config file.
  const given = (key: keyof RawOptions) => program.getOptionValueSource(key) === 'cli';
  return {
    kind: 'run',
    options: {
      files: program.args,
      format: opts.format,
      from: opts.from,
      report: opts.report ?? 'human',
      pager: opts.pager,
      skipExisting: opts.skipExisting === true,
      output: opts.output,
      outDir: opts.outDir,
      force: opts.force === true,
      preservePaths: opts.preservePaths === true,
      dryRun: opts.dryRun === true,
      frontMatter: opts.frontMatter,
      date: opts.date,
      strict: opts.strict,
      explain: opts.explain === true,
      color: opts.colorWhen ?? (given('color') ? colorMode(opts.color) : undefined),
      width: opts.width,
      quiet: opts.quiet,
      silent: opts.silent,
      verbose: opts.verbose,
      jobs: opts.jobs,
      ext: opts.ext,
      stdinFilepath: opts.stdinFilepath,
      config: typeof opts.config === 'string' ? opts.config : undefined,
      useConfig: opts.config !== false,
      progress: opts.progress,
      maxSize: opts.maxSize,
      followSymlinks: opts.followSymlinks === true,
      follow: opts.follow === true,
      separator: opts.separator,
    },
  };
}

/** Option defaults from a config file, under whatever the command line set. */
export function withConfigDefaults(options: CliOptions, defaults: ConfigOptions): CliOptions {
  return {
    ...options,
    format: options.format ?? defaults.format,
    from: options.from ?? defaults.from,
    frontMatter: options.frontMatter ?? defaults.frontMatter,
    strict: options.strict ?? defaults.strict,
    color: options.color ?? defaults.color,
    width: options.width ?? defaults.width,
    quiet: options.quiet ?? defaults.quiet,
    silent: options.silent ?? defaults.silent,
    verbose: options.verbose ?? defaults.verbose,
    jobs: options.jobs ?? defaults.jobs,
    ext: options.ext ?? defaults.ext,
  };
}
