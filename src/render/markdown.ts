import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { NO_BYLINE, startsWithBylineWord } from '../extract/byline/byline-words.js';
import { yamlStringify } from '../optional.js';
import { paragraphLines } from '../tree/paragraph-lines.js';
import type { Article, Media } from '../types.js';
import { toArticleJson } from './json.js';

/** Options for Markdown output. */
export interface MarkdownRenderOptions {
  /** Prefix the document with YAML front matter holding the metadata. */
  frontMatter?: boolean;
}

function paragraph(...values: string[]): Paragraph {
  const children: PhrasingContent[] = [];
  values.forEach((value, index) => {
    if (index > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value });
  });
  return { type: 'paragraph', children };
}

/** A caption and its credit, joined as they were written (` `, ` / `). */
function captioned(media: Media, creditText: string): string {
  return `${media.caption}${media.joiner ?? ' '}${creditText}`;
}

/** Where the lead paragraph stands in the body, or -1 when the body has none. */
function leadIndexOf(body: readonly RootContent[]): number {
  return body.findIndex((node) => node.type === 'paragraph' && node.data?.lead === true);
}

/**
 * Puts the dateline back at the head of the lead paragraph, at `leadIndex`
 * (the caller places it when there is none).
 */
function withDateline(body: RootContent[], article: Article, leadIndex: number): RootContent[] {
  const dateline = article.dateline;
  const lead = body[leadIndex];
  if (!dateline || lead?.type !== 'paragraph') return body;
  const copy: Paragraph = {
    ...lead,
    children: [{ type: 'text', value: `${dateline.text} ` }, ...lead.children],
  };
  return [...body.slice(0, leadIndex), copy, ...body.slice(leadIndex + 1)];
}

/**
 * The byline paragraph: the byline as written, then the page's time stamp on
 * a line of its own (unless the byline line already prints it). copydesk
 * reads this paragraph back by its place, right under the headline and deck;
 * a line of names alone there is in emphasis (see {@link bylineParagraph}).
 */
export function bylineLines(article: Article): string[] {
  const lines = article.byline ? article.byline.text.split('\n') : [];
  const stamp = article.published?.text;
  if (stamp && !lines.some((line) => line.includes(stamp))) lines.push(stamp);
  return lines;
}

/**
 * The byline paragraph. A byline of one line that no byline word opens
 * (`Jane Roe`, `Jane Roe, Coastal Daily`) is written in emphasis: a page
 * made it a byline by what stood around it, which the Markdown does not
 * keep, and a plain line of names there is the story's first paragraph.
 */
function bylineParagraph(lines: string[], hasByline: boolean): Paragraph {
  const [only] = lines;
  if (!hasByline || lines.length > 1 || only === undefined || startsWithBylineWord(only))
    return paragraph(...lines);
  return {
    type: 'paragraph',
    children: [{ type: 'emphasis', children: [{ type: 'text', value: only }] }],
  };
}

/**
 * True for a paragraph the reader would take for the byline paragraph by its
 * place alone: its first line starts with a byline word, or it has a hard
 * break (the layout gives hard breaks to the byline paragraph only; a head
 * stack's note joined to its wrap keeps one).
 */
function readsAsByline(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  return (
    node.children.some((child) => child.type === 'break') ||
    startsWithBylineWord(paragraphLines(node)[0] ?? '')
  );
}

/**
 * Builds the article as one Markdown document: kicker, `# headline`, deck,
 * byline with the time stamp, notes, the dateline at the head of the lead paragraph, the body,
 * then captions, credits and copyright at the foot.
 */
export function assembleDocument(tree: Root, article: Article): Root {
  const children: RootContent[] = [];
  if (article.kicker) children.push(paragraph(article.kicker));
  if (article.headline)
    children.push({
      type: 'heading',
      depth: 1,
      children: [{ type: 'text', value: article.headline }],
    });
  if (article.deck)
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: article.deck }] });
  const byline = bylineLines(article);
  if (byline.length > 0) children.push(bylineParagraph(byline, article.byline !== null));
  // A dateline with no lead paragraph to head stands alone, above the notes, as
  // the wire sends it: under them it would be the last line, which the reader
  // takes for a sign-off (`(Reuters) -` over an advisory and no story).
  const leadIndex = leadIndexOf(tree.children);
  if (article.dateline && leadIndex < 0) children.push(paragraph(article.dateline.text));
  const bodyStart = children.length;
  for (const note of article.notes) children.push(paragraph(note.text));
  // A loop, not push(...body): a spread of a very long body overflows the stack.
  for (const node of withDateline(tree.children, article, leadIndex)) children.push(node);
  // The reader takes the notes out before it looks for the byline, so the mark
  // stands over the first paragraph under them.
  const leadStart = bodyStart + article.notes.length;
  if (byline.length === 0 && readsAsByline(children[leadStart]))
    children.splice(leadStart, 0, { type: 'html', value: NO_BYLINE });

  // Captions stand where their photo credit stands among the credits, so the
  // credits keep their order when copydesk reads its own Markdown back.
  const mediaByCredit = new Map<string, Array<(typeof article.media)[number]>>();
  for (const media of article.media) {
    if (!media.creditText) {
      children.push(paragraph(media.caption));
      continue;
    }
    const list = mediaByCredit.get(media.creditText) ?? [];
    list.push(media);
    mediaByCredit.set(media.creditText, list);
  }
  for (const credit of article.credits) {
    const media = credit.role === 'photo' ? mediaByCredit.get(credit.text)?.shift() : undefined;
    children.push(paragraph(media ? captioned(media, credit.text) : credit.text));
  }
  for (const rest of mediaByCredit.values()) {
    for (const media of rest)
      children.push(paragraph(captioned(media, media.creditText ?? '').trim()));
  }
  if (article.copyright) children.push(paragraph(article.copyright.text));
  return { type: 'root', children };
}

/** YAML front matter with the story's metadata (the JSON fields but the body). */
export function frontMatter(tree: Root, file: VFile): string {
  const {
    body: _body,
    stats: _stats,
    messages: _messages,
    removed: _removed,
    ...meta
  } = toArticleJson(tree, file);
  return `---\n${yamlStringify()(meta, { lineWidth: 0 })}---\n\n`;
}

/**
 * Transformer plugin: replaces the body tree by the whole article document,
 * ready for remark-stringify. Front matter, when asked for, is kept on the
 * file and prefixed by the CLI.
 */
export function assembleMarkdown(options: MarkdownRenderOptions = {}) {
  return (tree: Root, file: VFile): Root => {
    const article = file.data.article;
    if (!article) throw new Error('Missing `file.data.article`: run the copydesk parser first');
    if (options.frontMatter) file.data.frontMatter = frontMatter(tree, file);
    return assembleDocument(tree, article);
  };
}

/** Compiler wrapper: prefixes the front matter the assembler left on the file. */
export function prefixFrontMatter(this: Processor): void {
  const compile = this.compiler;
  if (!compile) return;
  this.compiler = (tree, file) => {
    const text = compile(tree, file);
    return `${file.data.frontMatter ?? ''}${String(text)}`;
  };
}

declare module 'vfile' {
  interface DataMap {
    /** YAML front matter text, when `--front-matter` asked for it. */
    frontMatter: string;
  }
}
