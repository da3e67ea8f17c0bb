import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { HEADER_LINE_ENDS, HEADER_TAGS } from '../../lexicon/wire-header.js';
import { squash } from '../../text/squash.js';
import { blockText, lineOf } from '../../tree/block-text.js';
import { removeBlock } from '../../tree/edit-blocks.js';
import { sourceLines, splitParagraphWhere } from '../../tree/split-lines.js';
import { dropTextPrefix, dropTextSuffix } from '../../tree/text-position.js';
import type { Article } from '../../types.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';
import { classifyHeaderLine, isMarkedLine, tagLine } from './header-line.js';

/** How many source lines from the top an IPTC-7901 header block (ending ` =`) may span. */
const IPTC_HEADER_LINES = 10;

/** Cuts `^` and the closing mark off a one-line header paragraph. */
function stripMarks(node: Paragraph): void {
  if (blockText(node).startsWith('^')) dropTextPrefix(node, 1);
  // trimEnd and endsWith rather than a RegExp: linear on long runs of spaces.
  const text = blockText(node).trimEnd();
  const mark = HEADER_LINE_ENDS.find((end) => text.endsWith(end));
  if (mark) dropTextSuffix(node, text.length - mark.length);
}

function handleTag(tree: Root, node: Paragraph, article: Article): void {
  const text = blockText(node);
  const tag = tagLine.exec(text)?.[1] ?? '';
  const use = HEADER_TAGS.find((entry) => entry.tag === tag)?.use ?? 'metadata';
  if (use === 'metadata') {
    removeBlock(tree, node, article, 'header-tag');
    return;
  }
  article.removed.push({ text: `${tag}:`, reason: 'header-tag', line: lineOf(node) });
  dropTextPrefix(node, tag.length + 1);
  if (use === 'note') {
    article.notes.push({ text: squash(blockText(node)), line: lineOf(node) });
    tree.children.splice(tree.children.indexOf(node), 1);
  }
}

/** Splits the top of an IPTC-7901 story so each header line up to the ` =` one stands alone. */
function splitIptcHeader(tree: Root): Paragraph[] {
  // Find the closing line first, so that a story without one is left untouched.
  let top: number | null = null;
  let closeBlock = -1;
  let closeLine = -1;
  for (const [index, node] of tree.children.entries()) {
    if (node.type !== 'paragraph') break;
    const lines = sourceLines(node);
    if (!lines) break;
    top ??= lines[0]?.map.line ?? 0;
    closeLine = lines.findIndex((line) => / =$/.test(line.text));
    if (closeLine >= 0) {
      if ((lines[closeLine]?.map.line ?? 0) - top < IPTC_HEADER_LINES) closeBlock = index;
      break;
    }
  }
  if (closeBlock < 0) return [];
  const header: Paragraph[] = [];
  for (const node of tree.children.slice(0, closeBlock + 1)) {
    const last = node === tree.children[closeBlock];
    const parts = splitParagraphWhere(tree, node as Paragraph, (_text, index) =>
      last ? index <= closeLine : true,
    );
    header.push(...(last ? parts.slice(0, closeLine + 1) : parts));
  }
  return header;
}

/** Splits leading paragraphs so each marked header line (`^…<`) stands alone. */
function splitMarkedHeader(tree: Root): Paragraph[] {
  const header: Paragraph[] = [];
  for (const node of [...tree.children]) {
    if (node.type !== 'paragraph') break;
    const parts = splitParagraphWhere(tree, node, isMarkedLine);
    let done = false;
    for (const part of parts) {
      if (!done && isMarkedLine(blockText(part))) header.push(part);
      else done = true;
    }
    if (done) break;
  }
  return header;
}

/**
 * Reads the header lines at the top of a wire story: ANPA `^…<` / `^…=`
 * lines, Canadian Press `…@<` lines with `HL:` tags, and the IPTC-7901
 * block closed by ` =`. The keyword line, picture references and tags go
 * to `removed`, take words to `transmission.version`; headline, byline and
 * `Eds:` lines are left, marks cut off, for the extractors that follow.
 */
export function wireHeader(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const marked = splitMarkedHeader(tree);
    // The ` =` close is IPTC-7901's; in other text a line may well end with `=`.
    const iptc = article.source.format === 'iptc7901';
    const header = marked.length > 0 || !iptc ? marked : splitIptcHeader(tree);
    const slug = article.transmission?.slug ?? null;
    for (const node of header) {
      node.data = { ...node.data, wireHeader: true };
      stripMarks(node);
      const text = blockText(node);
      if (text.trim() === '') {
        tree.children.splice(tree.children.indexOf(node), 1);
        continue;
      }
      switch (classifyHeaderLine(text, slug)) {
        case 'keyword':
          removeBlock(tree, node, article, 'keyword-line');
          break;
        case 'media':
          removeBlock(tree, node, article, 'media-reference');
          break;
        case 'tag':
          handleTag(tree, node, article);
          break;
        case 'take':
          if (article.transmission && article.transmission.version === null) {
            article.transmission.version = squash(text);
            tree.children.splice(tree.children.indexOf(node), 1);
          } else removeBlock(tree, node, article, 'take');
          break;
        case 'end':
          removeBlock(tree, node, article, 'end-mark');
          break;
        default:
          break;
      }
    }
  };
}

declare module 'mdast' {
  interface ParagraphData {
    /** A header line of a wire story (`^…<`, IPTC lines up to ` =`), marks cut off. */
    wireHeader?: boolean;
  }
}
