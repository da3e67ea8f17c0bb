import type { Nodes, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { countWordsAcross } from '../text/count-words.js';
import type { Article, CreditRole } from '../types.js';
import { MARKDOWN_OPTIONS } from './markdown-options.js';
import { plainListText, plainParagraphText } from './plain-paragraphs.js';

/** The version of the JSON contract; bump it with any breaking change. */
export const SCHEMA_VERSION = 1;

/** Reading speed used for `stats.readingMinutes`. */
const WORDS_PER_MINUTE = 230;

/** One diagnostic in the JSON output. */
export interface JsonMessage {
  line: number | null;
  column: number | null;
  severity: 'info' | 'warning' | 'error';
  ruleId: string | null;
  reason: string;
}

/**
 * A story in the JSON contract, schemaVersion 1. schema/copydesk-output-1.json
 * describes the same shape; test/package/json-contract.test.ts holds them equal.
 */
export interface ArticleJson {
  schemaVersion: typeof SCHEMA_VERSION;
  source: Article['source'];
  transmission: Article['transmission'];
  headline: string | null;
  deck: string | null;
  kicker: string | null;
  byline: {
    text: string;
    authors: Array<{ name: string; affiliation: string | null }>;
    title: string | null;
    organization: string | null;
  } | null;
  dateline: {
    text: string;
    location: string | null;
    date: string | null;
    isoDate: string | null;
    agency: string | null;
  } | null;
  published: { text: string; isoDate: string | null } | null;
  credits: Array<{ role: CreditRole; names: string[]; organization: string | null; text: string }>;
  copyright: { text: string; year: number | null; holder: string | null } | null;
  media: Array<{ caption: string; credit: string | null }>;
  notes: string[];
  body: string;
  removed: Array<{ text: string; reason: string; line: number }>;
  stats: { words: number; paragraphs: number; readingMinutes: number };
  messages: JsonMessage[];
}

/** The diagnostics on a file, in the JSON shape. */
export function jsonMessages(file: VFile): JsonMessage[] {
  return file.messages.map((message) => ({
    line: message.line ?? null,
    column: message.column ?? null,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    ruleId: message.ruleId ?? null,
    reason: message.reason,
  }));
}

/** Closes each run printed on its own, so that the run's own end is never trimmed. */
const SENTINEL: RootContent = { type: 'paragraph', children: [{ type: 'text', value: 'x' }] };
const SENTINEL_TAIL = '\n\nx\n';

/**
 * The Markdown of the body alone. Plain paragraphs (most of wire copy) are
 * their own Markdown, and so are tight lists of plain items; runs of other
 * blocks go through mdast-util-to-markdown.
 * Top-level blocks are always joined by a blank line (the printer's default
 * join for a root, with fenced code), so printing in runs changes nothing.
 */
export function bodyMarkdown(tree: Root): string {
  const parts: string[] = [];
  let run: RootContent[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const printed = toMarkdown({ type: 'root', children: [...run, SENTINEL] }, MARKDOWN_OPTIONS);
    parts.push(printed.slice(0, -SENTINEL_TAIL.length));
    run = [];
  };
  const blocks = tree.children;
  for (const [index, node] of blocks.entries()) {
    const besideList = blocks[index - 1]?.type === 'list' || blocks[index + 1]?.type === 'list';
    const plain = plainParagraphText(node) ?? plainListText(node, besideList);
    if (plain === null) {
      run.push(node);
      continue;
    }
    flush();
    parts.push(plain);
  }
  flush();
  return parts.join('\n\n').trimEnd();
}

/**
 * The texts `mdast-util-to-string` joins for a tree, in the same order: a
 * node's value, else its image alt text, else its children's texts.
 */
export function plainTexts(tree: Nodes): string[] {
  const texts: string[] = [];
  const visit = (node: Nodes): void => {
    if ('value' in node) {
      const value: unknown = node.value;
      if (value != null) texts.push(String(value));
      return;
    }
    if ('alt' in node && node.alt) {
      texts.push(node.alt);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return texts;
}

/**
 * Counts words and paragraphs of the body: the words of its text as
 * `mdast-util-to-string` gives it, counted without building that text.
 */
export function bodyStats(tree: Root): ArticleJson['stats'] {
  const words = countWordsAcross(plainTexts(tree));
  return {
    words,
    paragraphs: tree.children.length,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}

/** Maps the extracted article and the body onto the JSON contract; every key is always present. */
export function toArticleJson(tree: Root, file: VFile): ArticleJson {
  const article = file.data.article;
  if (!article) throw new Error('Missing `file.data.article`: run the copydesk parser first');
  return {
    schemaVersion: SCHEMA_VERSION,
    source: article.source,
    transmission: article.transmission,
    headline: article.headline,
    deck: article.deck,
    kicker: article.kicker,
    byline: article.byline && {
      text: article.byline.text,
      authors: article.byline.authors.map((author) => ({
        name: author.name,
        affiliation: author.affiliation,
      })),
      title: article.byline.title,
      organization: article.byline.organization,
    },
    dateline: article.dateline && {
      text: article.dateline.text,
      location: article.dateline.location,
      date: article.dateline.date,
      isoDate: article.dateline.isoDate,
      agency: article.dateline.agency,
    },
    published: article.published && {
      text: article.published.text,
      isoDate: article.published.isoDate,
    },
    credits: article.credits.map((credit) => ({
      role: credit.role,
      names: credit.names,
      organization: credit.organization,
      text: credit.text,
    })),
    copyright: article.copyright && {
      text: article.copyright.text,
      year: article.copyright.year,
      holder: article.copyright.holder,
    },
    media: article.media.map((media) => ({ caption: media.caption, credit: media.credit })),
    notes: article.notes.map((note) => note.text),
    body: bodyMarkdown(tree),
    removed: article.removed.map((item) => ({
      text: item.text,
      reason: item.reason,
      line: item.line,
    })),
    stats: bodyStats(tree),
    messages: jsonMessages(file),
  };
}

/** Options for {@link compileJson}. */
export interface CompileJsonOptions {
  /** One line (NDJSON) instead of the indented document. */
  compact?: boolean;
}

/** Compiler plugin: the story as a JSON object (in `file.result`) and its text. */
export function compileJson(this: Processor, options: CompileJsonOptions = {}): void {
  const space = options.compact ? undefined : 2;
  this.compiler = (tree, file) => {
    const value = toArticleJson(tree as Root, file);
    file.result = value;
    return `${JSON.stringify(value, null, space)}\n`;
  };
}
