import type { ChalkInstance } from 'chalk';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { decode } from './decode/decode.js';
import type { Lexicon } from './lexicon/index.js';
import { createProcessor, type OutputFormat } from './processor.js';
import type { ArticleJson } from './render/json.js';
import { type InputFormat, splitStories } from './split/split-stories.js';
import { emptyArticle } from './types.js';

/** Options for {@link formatStory}. */
export interface StoryOptions {
  format: OutputFormat;
  from?: InputFormat;
  /** Input path, for `source.path` and diagnostics; null for stdin. */
  path?: string | null;
  frontMatter?: boolean;
  lexicon?: Lexicon;
  chalk?: ChalkInstance;
  width?: number;
  verbose?: boolean;
  /** Reference date (`YYYY-MM-DD`): a dateline without a year resolves to the date nearest it. */
  date?: string;
  /** Repair mojibake (default true). */
  fixMojibake?: boolean;
  /** Refuse byte input larger than this (default 50 MB; 0: no limit). */
  maxSize?: number;
  /** NewsML-G2 `versionCreated` (ISO 8601 date and time); default: now. */
  versionCreated?: string;
  /** copydesk's version, named as the generator of NewsML-G2 items. */
  generatorVersion?: string;
  /** JSON output on one line (an NDJSON record) instead of indented. */
  compactJson?: boolean;
}

/** One formatted story: the output text and the file with its data and messages. */
export interface StoryResult {
  output: string;
  file: VFile;
  /** The JSON object, when the format is JSON. */
  json: ArticleJson | null;
  /** The body tree after extraction, with input positions (for `--explain`). */
  tree: Root;
}

type StoryProcessor = ReturnType<typeof createProcessor>;

/** Processors by configuration, for the default lexicon and for each custom lexicon. */
const processors = new Map<string, StoryProcessor>();
const processorsByLexicon = new WeakMap<Lexicon, Map<string, StoryProcessor>>();

function processorFor(options: StoryOptions) {
  const markdown = options.from === 'markdown';
  // Processors are frozen and reusable; build one per distinct configuration.
  // A chalk instance is its level (nothing else configures it), so two with
  // the same level share a processor; building one per story cost a batch
  // about a third of its time.
  const key = JSON.stringify([
    options.format,
    markdown,
    options.frontMatter,
    options.width,
    options.verbose,
    options.chalk?.level,
    options.generatorVersion,
    options.compactJson,
  ]);
  let cache = processors;
  if (options.lexicon) {
    cache = processorsByLexicon.get(options.lexicon) ?? new Map();
    processorsByLexicon.set(options.lexicon, cache);
  }
  const cached = cache.get(key);
  if (cached) return cached;
  const processor = createProcessor({
    format: options.format,
    markdown,
    frontMatter: options.frontMatter ?? false,
    ...(options.lexicon ? { lexicon: options.lexicon } : {}),
    ...(options.chalk ? { chalk: options.chalk } : {}),
    ...(options.width === undefined ? {} : { width: options.width }),
    verbose: options.verbose ?? false,
    ...(options.generatorVersion ? { generatorVersion: options.generatorVersion } : {}),
    ...(options.compactJson ? { compactJson: true } : {}),
  });
  cache.set(key, processor);
  return processor;
}

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Formats one input (bytes or text) into one result per story.
 *
 * @throws {BinaryInputError} when the input is not text.
 * @throws {InputTooLargeError} when byte input is larger than `maxSize`.
 */
export function formatStory(input: Uint8Array | string, options: StoryOptions): StoryResult[] {
  const decoded =
    typeof input === 'string'
      ? { text: input, messages: [], encoding: 'utf-8' as const, bom: false }
      : decode(input, {
          fixMojibake: options.fixMojibake !== false,
          ...(options.maxSize === undefined ? {} : { maxSize: options.maxSize }),
        });
  const stories = splitStories(decoded.text, options.from ?? 'auto');
  const processor = processorFor(options);
  const year = options.date ? Number(options.date.slice(0, 4)) : null;
  const xml = options.format === 'newsmlg2' || options.format === 'nitf';
  const versionCreated = xml ? (options.versionCreated ?? new Date().toISOString()) : undefined;
  return stories.map((story, index) => {
    const file = new VFile({ path: options.path ?? undefined, value: story.text });
    file.data.article = emptyArticle({ path: options.path ?? null, format: story.format, index });
    file.data.article.transmission = story.transmission;
    // A loop, not `push(...)`: a hostile capture can hold more pieces than a call takes.
    for (const piece of story.removed) file.data.article.removed.push(piece);
    file.data.referenceYear = year ?? story.year;
    file.data.referenceDate = options.date ?? null;
    if (story.head) file.data.headFields = story.head;
    if (versionCreated) file.data.versionCreated = versionCreated;
    file.data.storyStart = {
      line: story.start.line,
      column: story.start.column,
      offset: story.start.offset ?? 0,
    };
    if (index === 0) {
      for (const message of decoded.messages) {
        const place = lineColumnAt(decoded.text, message.offset);
        const reported = file.message(message.reason, {
          place,
          source: 'copydesk',
          ruleId: message.ruleId,
        });
        if (message.severity === 'info') reported.fatal = undefined;
      }
    }
    for (const message of story.messages) {
      file.message(message.reason, {
        place: message.place,
        source: 'copydesk',
        ruleId: message.ruleId,
      });
    }
    if (story.text.trim() === '') {
      file.message('Missing story text: the input is empty', {
        place: { line: story.start.line, column: story.start.column },
        source: 'copydesk',
        ruleId: 'empty-input',
      });
    }
    // parse + run + stringify is what processSync does; done by hand to keep the tree.
    const tree = processor.runSync(processor.parse(file), file);
    const output = processor.stringify(tree, file);
    return {
      output,
      file,
      json: options.format === 'json' || xml ? (file.result as ArticleJson) : null,
      tree,
    };
  });
}
