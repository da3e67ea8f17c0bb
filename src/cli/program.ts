import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_SIZE, parseSize } from '../decode/limits.js';
import type { OutputFormat } from '../processor.js';
import type { InputFormat } from '../split/split-stories.js';

/** Settings the command line resolves to; `run()` takes nothing else. */
export interface CliOptions {
  files: string[];
  format: OutputFormat | undefined;
  from: InputFormat;
  output: string | undefined;
  frontMatter: boolean;
  date: string | undefined;
  strict: boolean;
  color: boolean | undefined;
  width: number | undefined;
  quiet: boolean;
  verbose: boolean;
  /** Largest input accepted, in bytes (0: no limit). */
  maxSize: number;
}

/** Writers commander prints help, version and errors through. */
export interface ProgramOutput {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
  version: string;
}

const EXAMPLES = `
Examples:
  $ copydesk story.txt                     read a story at the terminal
  $ copydesk --format json wires/*.txt     JSON for scripts (an array for several stories)
  $ pbpaste | copydesk -f markdown         Markdown from a pasted page, via stdin
  $ copydesk story.txt -o story.md         write Markdown to a file
  $ copydesk --from markdown story.md      re-read copydesk's own Markdown

Exit status: 0 success; 1 an input could not be converted, or --strict found a
problem; 2 usage error (unknown flag, bad value, missing file).`;

function parseWidth(value: string): number {
  const width = Number(value);
  if (!Number.isInteger(width) || width < 0) {
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

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new InvalidArgumentError('Expected a date as YYYY-MM-DD, such as 2024-10-01.');
  }
  return value;
}

/** Builds the commander program: the declarative table of flags. */
export function createProgram(output: ProgramOutput): Command {
  const program = new Command('copydesk')
    .description(
      'Format news wire copy: headline, byline, dateline and credits, as Markdown, JSON or a terminal view.',
    )
    .argument('[files...]', 'wire copy to read; none or "-" reads standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: terminal on a TTY, markdown otherwise)',
      ).choices(['terminal', 'markdown', 'json']),
    )
    .addOption(
      new Option('--from <format>', 'input format')
        .choices(['auto', 'text', 'anpa', 'iptc7901', 'markdown'])
        .default('auto'),
    )
    .option('-o, --output <file>', 'write the output to a file instead of standard output')
    .option('--front-matter', 'add YAML front matter with the metadata to Markdown output', false)
    .option('--date <YYYY-MM-DD>', 'reference date for datelines without a year', parseDate)
    .option('--strict', 'exit 1 when a story has no headline or any warning', false)
    .option('--color', 'colour the terminal view and diagnostics even when not on a TTY')
    .option('--no-color', 'never colour')
    .option('--width <n>', 'wrap the terminal view at n columns (0: no wrapping)', parseWidth)
    .option('-q, --quiet', 'print only warnings and errors on standard error', false)
    .option('--verbose', 'list removed items in the terminal view', false)
    .option(
      '--max-size <size>',
      'refuse inputs larger than size (e.g. 50MB, 512k; 0: no limit)',
      parseMaxSize,
      DEFAULT_MAX_SIZE,
    )
    .version(output.version, '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run copydesk --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: output.writeOut, writeErr: output.writeErr });
  return program;
}

/**
 * Parses argv (without the node and script entries) into settings. Throws
 * commander's `CommanderError` for help, version and usage errors.
 */
export function parseArgs(argv: string[], output: ProgramOutput): CliOptions {
  const program = createProgram(output);
  program.parse(argv, { from: 'user' });
  const opts = program.opts<{
    format?: OutputFormat;
    from: InputFormat;
    output?: string;
    frontMatter: boolean;
    date?: string;
    strict: boolean;
    color?: boolean;
    width?: number;
    quiet: boolean;
    verbose: boolean;
    maxSize: number;
  }>();
  const colorGiven = argv.some((arg) => arg === '--color' || arg === '--no-color');
  return {
    files: program.args,
    format: opts.format,
    from: opts.from,
    output: opts.output,
    frontMatter: opts.frontMatter,
    date: opts.date,
    strict: opts.strict,
    color: colorGiven ? opts.color : undefined,
    width: opts.width,
    quiet: opts.quiet,
    verbose: opts.verbose,
    maxSize: opts.maxSize,
  };
}
