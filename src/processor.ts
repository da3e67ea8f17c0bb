import type { ChalkInstance } from 'chalk';
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { type Processor, unified } from 'unified';
import { EXTRACTORS } from './extract/index.js';
import type { ExtractOptions } from './extract/options.js';
import { defaultLexicon, type Lexicon } from './lexicon/index.js';
import { terminalPlugin } from './optional.js';
import { parseWire } from './parse/index.js';
import { compileJson } from './render/json.js';
import { assembleMarkdown, prefixFrontMatter } from './render/markdown.js';
import { MARKDOWN_OPTIONS } from './render/markdown-options.js';
import { xmlFormats } from './render/xml/on-demand.js';

/** The output formats a processor can compile to. */
export type OutputFormat = 'markdown' | 'json' | 'terminal' | 'newsmlg2' | 'nitf';

/** Options for {@link createProcessor}. */
export interface ProcessorOptions {
  format: OutputFormat;
  /** Read Markdown (copydesk's own output) instead of wire text. */
  markdown?: boolean;
  /** YAML front matter in Markdown output. */
  frontMatter?: boolean;
  /** Data tables (default: the built-in lexicon). */
  lexicon?: Lexicon;
  /** Chalk instance for the terminal format. */
  chalk?: ChalkInstance;
  /** Wrap width for the terminal format. */
  width?: number;
  /** List removed items in the terminal format. */
  verbose?: boolean;
  /** copydesk's version, named as the generator of NewsML-G2 items. */
  generatorVersion?: string;
  /** JSON on one line (NDJSON) instead of indented. */
  compactJson?: boolean;
}

/** Builds the frozen unified processor for one output format. */
export function createProcessor(
  options: ProcessorOptions,
): Processor<Root, Root, Root, Root, string> {
  const extractOptions: ExtractOptions = { lexicon: options.lexicon ?? defaultLexicon };
  // unified's builder types grow with each `use`; the pipeline is checked by its tests instead.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  let processor: any = unified().use(parseWire, { markdown: options.markdown ?? false });
  for (const extractor of EXTRACTORS) processor = processor.use(extractor, extractOptions);
  switch (options.format) {
    case 'json':
      processor = processor.use(compileJson, { compact: options.compactJson ?? false });
      break;
    case 'newsmlg2':
    case 'nitf': {
      const xml = xmlFormats();
      processor = processor.use(xml.compileXml, {
        render: options.format === 'nitf' ? xml.renderNitf : xml.renderNewsmlG2,
        ...(options.generatorVersion ? { generatorVersion: options.generatorVersion } : {}),
      });
      break;
    }
    case 'terminal':
      if (!options.chalk)
        throw new Error('Missing `chalk` option: the terminal format needs a chalk instance');
      processor = processor.use(terminalPlugin(), {
        chalk: options.chalk,
        ...(options.width === undefined ? {} : { width: options.width }),
        verbose: options.verbose ?? false,
      });
      break;
    case 'markdown':
      processor = processor
        .use(assembleMarkdown, { frontMatter: options.frontMatter ?? false })
        .use(remarkStringify, MARKDOWN_OPTIONS)
        .use(prefixFrontMatter);
      break;
    default:
      throw new Error(`Cannot handle unknown format \`${String(options.format)}\``);
  }
  return processor.freeze();
}
