import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { markdownParser } from '../optional.js';
import { emptyArticle, type SourceInfo } from '../types.js';
import { fromWire, type StrippedControls } from './from-wire.js';
import { opensWithIptcHeader } from './line-shapes.js';
import { checkMarkdownLimits } from './markdown-limits.js';
import { blankControls } from './strip-controls.js';

/** Options for the copydesk parser plugin. */
export interface ParseOptions {
  /** Read the input as Markdown (copydesk's own output) rather than wire text. */
  markdown?: boolean;
}

const FRONT_MATTER = /^---\n[\s\S]*?\n---(?:\n|$)/;

/** Blanks YAML front matter in place, so positions in the rest stay true. */
function blankFrontMatter(doc: string): { doc: string; matter: string | null } {
  const match = FRONT_MATTER.exec(doc);
  if (!match) return { doc, matter: null };
  const blank = match[0].replace(/[^\n]/g, ' ');
  return { doc: blank + doc.slice(match[0].length), matter: match[0] };
}

function parseDocument(doc: string, file: VFile, options: ParseOptions): Root {
  const source: SourceInfo = {
    path: file.path || null,
    format: options.markdown ? 'markdown' : 'text',
    index: 0,
  };
  file.data.article ??= emptyArticle(source);
  file.data.referenceYear ??= null;
  const article = file.data.article;

  if (options.markdown) {
    const { doc: rest, matter } = blankFrontMatter(doc);
    if (matter) article.removed.push({ text: matter.trim(), reason: 'front-matter', line: 1 });
    const clean = blankControls(rest);
    reportStripped(clean.stripped, file);
    checkMarkdownLimits(clean.text);
    return markdownParser()(clean.text);
  }

  const { tree, stripped } = fromWire(doc, {
    ...(file.data.storyStart ? { start: file.data.storyStart } : {}),
    // The ` =` that closes an IPTC-7901 header is that format's; other text has its header
    // read so only when its first block ends with such a line (copy saved from a feed).
    iptcHeader: article.source.format === 'iptc7901' || opensWithIptcHeader(doc),
  });
  reportStripped(stripped, file);
  return tree;
}

/** One warning for all the control characters removed from a story. */
function reportStripped(stripped: StrippedControls, file: VFile): void {
  const first = stripped.first;
  if (first) {
    const codes = stripped.codes.map(
      (code) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    );
    file.message(
      `Unexpected control character${stripped.count === 1 ? '' : 's'} (${stripped.count}: ${codes.slice(0, 6).join(', ')}), removed`,
      {
        place: { line: first.line, column: first.column },
        source: 'copydesk',
        ruleId: 'control-chars-stripped',
      },
    );
  }
}

/**
 * The copydesk parser: wire text (or Markdown) to mdast. A thin adapter over
 * {@link fromWire}; it also sets the empty `file.data.article` that the
 * extractors fill in.
 */
export function parseWire(this: Processor, options: ParseOptions = {}): void {
  this.parser = (doc: string, file: VFile) => parseDocument(doc, file, options);
}
