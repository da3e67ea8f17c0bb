import { Chalk } from 'chalk';
import { BinaryInputError } from '../decode/decode.js';
import { InputTooLargeError } from '../decode/limits.js';
import { formatStory } from '../format-story.js';
import { defaultLexicon, extendLexicon, type Lexicon } from '../lexicon/index.js';
import { MarkdownTooDeepError } from '../parse/markdown-limits.js';
import type { ArticleJson } from '../render/json.js';
import type { InputFormat } from '../split/split-stories.js';
import { foreignFormatReason, recogniseForeignFormat } from './foreign-format.js';
import type { CliFormat } from './formats.js';
import { VERSION } from './version.js';

/** A diagnostic as plain data (it crosses worker threads and goes into reports). */
export interface Diagnostic {
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: 'error' | 'warning' | 'info';
  ruleId: string | null;
  reason: string;
}

/** Lexicon entries a config adds; plain data so it can be sent to workers. */
export interface LexiconExtras {
  agencies: Lexicon['agencies'];
  noisePhrases: Lexicon['noisePhrases'];
  creditPhrases: Lexicon['creditPhrases'];
}

/** Everything needed to convert one input, as structured-clonable data. */
export interface ConvertSettings {
  format: CliFormat;
  from: InputFormat;
  frontMatter: boolean;
  date: string | undefined;
  /** Chalk level for the terminal view and the explain table. */
  colorLevel: 0 | 1 | 2 | 3;
  width: number | undefined;
  verbose: boolean;
  explain: boolean;
  lexicon: LexiconExtras | null;
  /** Largest input accepted, in bytes (0: no limit). */
  maxSize: number;
  /** NewsML-G2 `versionCreated` for the XML formats (ISO 8601); the time of the run. */
  versionCreated?: string;
}

/** One story of an input, converted. */
export interface StoryOutcome {
  /** The rendered story (or the explain table with `--explain`). */
  output: string;
  json: ArticleJson | null;
  hasHeadline: boolean;
  messages: Diagnostic[];
}

/** The result of converting one input: its stories, or why it could not be converted. */
export type InputOutcome =
  | { ok: true; stories: StoryOutcome[] }
  | { ok: false; reason: string; ruleId: string };

const lexicons = new WeakMap<LexiconExtras, Lexicon>();

function lexiconFor(extras: LexiconExtras | null): Lexicon | undefined {
  if (!extras) return undefined;
  let lexicon = lexicons.get(extras);
  if (!lexicon) {
    lexicon = extendLexicon(extras);
    lexicons.set(extras, lexicon);
  }
  return lexicon;
}

/**
 * The --explain table, loaded only for runs that ask for it: it brings in
 * string-width, whose Intl.Segmenter costs every start ~20 ms.
 */
let explainer: typeof import('./explain.js') | undefined;

/** Loads what `settings.explain` needs; call before convertInput with --explain. */
export async function loadExplain(): Promise<void> {
  explainer ??= await import('./explain.js');
}

/**
 * Converts one input's bytes into its stories. Pure: the same function runs
 * in the main thread and in `--jobs` workers, so output does not depend on
 * where it ran.
 */
export function convertInput(
  bytes: Uint8Array,
  path: string | null,
  settings: ConvertSettings,
): InputOutcome {
  // A PDF, an HTML page or an archive would come out as garbage: name it instead.
  const foreign = recogniseForeignFormat(bytes);
  if (foreign)
    return { ok: false, reason: foreignFormatReason(foreign, path), ruleId: 'unsupported-format' };
  const lexicon = lexiconFor(settings.lexicon);
  const chalk = new Chalk({
    level: settings.format === 'terminal' || settings.explain ? settings.colorLevel : 0,
  });
  let results: ReturnType<typeof formatStory>;
  try {
    results = formatStory(bytes, {
      // NDJSON and the explain table both start from the JSON rendering.
      format: settings.explain || settings.format === 'ndjson' ? 'json' : settings.format,
      from: settings.from,
      path,
      frontMatter: settings.frontMatter,
      chalk,
      ...(lexicon ? { lexicon } : {}),
      ...(settings.width ? { width: settings.width } : {}),
      verbose: settings.verbose,
      ...(settings.date ? { date: settings.date } : {}),
      maxSize: settings.maxSize,
      ...(settings.versionCreated ? { versionCreated: settings.versionCreated } : {}),
      generatorVersion: VERSION,
    });
  } catch (error) {
    if (error instanceof BinaryInputError)
      return { ok: false, reason: error.message, ruleId: 'binary-input' };
    if (error instanceof InputTooLargeError)
      return { ok: false, reason: error.message, ruleId: 'input-too-large' };
    if (error instanceof MarkdownTooDeepError)
      return { ok: false, reason: error.message, ruleId: 'markdown-too-deep' };
    throw error;
  }
  return {
    ok: true,
    stories: results.map((result, index) => {
      const messages: Diagnostic[] = result.file.messages.map((message) => ({
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: message.place && 'end' in message.place ? message.place.end.line : null,
        endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        ruleId: message.ruleId ?? null,
        reason: message.reason,
      }));
      const article = result.file.data.article;
      let output = result.output;
      if (settings.explain && article) {
        if (!explainer) throw new Error('Missing the explain table: await loadExplain() first');
        const { explainStory, formatExplain } = explainer;
        const start = result.file.data.storyStart?.line ?? 1;
        const rows = explainStory({
          text: String(result.file.value),
          startLine: start,
          article,
          tree: result.tree,
          lexicon: lexicon ?? defaultLexicon,
          messages,
        });
        const title = `${path ?? '<stdin>'}${results.length > 1 ? ` (story ${index + 1} of ${results.length})` : ''}`;
        output = formatExplain(title, rows, chalk, settings.width);
      }
      return {
        output,
        json:
          settings.format === 'json' || settings.format === 'ndjson' ? (result.json ?? null) : null,
        hasHeadline: Boolean(article?.headline),
        messages,
      };
    }),
  };
}
