/**
 * The output formats the command line offers, one row each: adding a format
 * is adding a row here (and its renderer), not a branch in every module.
 */

/** How the stories of one run are put together on stdout or in one `-o` file. */
export type Joining =
  /** Stories one after the other (the terminal view rules them apart). */
  | 'concatenate'
  /** One JSON array of every story, whatever the input held. */
  | 'array'
  /** One line per story. */
  | 'lines'
  /** XML documents, joined as the format allows (src/cli/xml-output.ts). */
  | 'xml';

/** What the command line knows about one output format. */
export interface OutputFormatRow {
  /** Extension of `--out-dir` files (and the first `-o` extension that selects it). */
  extension: string;
  /** Extensions of `-o FILE` that select this format when `-f` is not given. */
  inferredFrom: readonly string[];
  /** Written for programs: never coloured, no progress bar. */
  machine: boolean;
  joining: Joining;
}

/** Output formats the command line offers. */
export type CliFormat = 'terminal' | 'markdown' | 'json' | 'ndjson' | 'newsmlg2' | 'nitf';

/** Every output format, in the order `--help` lists them. */
export const OUTPUT_FORMATS: Readonly<Record<CliFormat, OutputFormatRow>> = {
  terminal: { extension: '.txt', inferredFrom: ['.txt'], machine: false, joining: 'concatenate' },
  markdown: {
    extension: '.md',
    inferredFrom: ['.md', '.markdown'],
    machine: false,
    joining: 'concatenate',
  },
  json: { extension: '.json', inferredFrom: ['.json'], machine: true, joining: 'array' },
  ndjson: {
    extension: '.ndjson',
    inferredFrom: ['.ndjson', '.jsonl'],
    machine: true,
    joining: 'lines',
  },
  // `.xml` names two formats, so an -o file's extension selects neither.
  newsmlg2: { extension: '.xml', inferredFrom: [], machine: true, joining: 'xml' },
  nitf: { extension: '.xml', inferredFrom: [], machine: true, joining: 'xml' },
};

/** Names of the output formats, for `--format` choices, completion and config checks. */
export const FORMAT_NAMES = Object.keys(OUTPUT_FORMATS) as CliFormat[];

/** The row of one format. */
export function formatRow(format: CliFormat): OutputFormatRow {
  return OUTPUT_FORMATS[format];
}

/**
 * The format an `-o FILE` name asks for, as pandoc reads it (`.json`,
 * `.ndjson`/`.jsonl`, `.md`/`.markdown`, `.txt`), or undefined when its
 * extension names none.
 */
export function formatFromFileName(name: string): CliFormat | undefined {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  if (dot <= lower.lastIndexOf('/')) return undefined;
  const extension = lower.slice(dot);
  return FORMAT_NAMES.find((format) =>
    (OUTPUT_FORMATS[format].inferredFrom as readonly string[]).includes(extension),
  );
}
