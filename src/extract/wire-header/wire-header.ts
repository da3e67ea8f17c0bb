import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { HEADER_LINE_ENDS, HEADER_TAGS, HEADLINE_END_MARKS } from '../../lexicon/wire-header.js';
import { isBylineLine, opensWithNotePrefix } from '../../parse/head-stack.js';
import { opensWithIptcHeader } from '../../parse/line-shapes.js';
import { countWords } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';
import { blockText, lineOf } from '../../tree/block-text.js';
import { dropBlock, recordRemoved, removeBlock, sweepBlocks } from '../../tree/edit-blocks.js';
import { dropTextPrefix, dropTextSuffix } from '../../tree/line-map.js';
import type { Article } from '../../types.js';
import { ensureArticle } from '../article.js';
import { isTitleOrOrganization, parseByline } from '../byline/parse-byline.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { applyHeadFields } from './head-fields.js';
import { classifyHeadLine } from './head-lines.js';
import { headerBlocks } from './header-blocks.js';
import { classifyHeaderLine, type HeaderLineKind, tagLine } from './header-line.js';
import { isTabularTransmission, tabularBody } from './tabular.js';

/** Cuts `^` and the closing mark off a one-line header paragraph. */
function stripMarks(node: Paragraph): void {
  if (blockText(node).startsWith('^')) dropTextPrefix(node, 1);
  // trimEnd and endsWith rather than a RegExp: linear on long runs of spaces.
  const text = blockText(node).trimEnd();
  const mark = HEADER_LINE_ENDS.find((end) => text.endsWith(end));
  if (mark) dropTextSuffix(node, text.length - mark.length);
}

/**
 * The text {@link stripMarks} would leave of a header paragraph that is one
 * input line of one text node, without touching the node (most header lines
 * are dropped: cutting their marks in place made new positions and line maps
 * for each of them), or null for a paragraph of another shape.
 */
function strippedText(node: Paragraph): string | null {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text' || only.data?.lineMap?.length !== 1) return null;
  let text = only.value;
  // As dropTextPrefix and dropTextSuffix cut: the blanks beside a mark go with it.
  if (text.startsWith('^')) {
    let cut = 1;
    while (cut < text.length && /\s/.test(text[cut] ?? '')) cut++;
    text = text.slice(cut);
  }
  const trimmed = text.trimEnd();
  const mark = HEADER_LINE_ENDS.find((end) => trimmed.endsWith(end));
  if (mark) {
    let cut = trimmed.length - mark.length;
    while (cut > 0 && /\s/.test(text[cut - 1] ?? '')) cut--;
    text = text.slice(0, cut);
  }
  return text;
}

/** The header lines that go to `removed` as they are, with the reason for each. */
const REMOVED_HEADER_LINES: Partial<Record<HeaderLineKind, string>> = {
  keyword: 'keyword-line',
  media: 'media-reference',
  service: 'service-line',
  end: 'end-mark',
};

/** Takes a block out of the tree (at once, or in the sweep after a loop over many blocks). */
type DropBlock = (node: RootContent) => void;

function handleTag(drop: DropBlock, node: Paragraph, article: Article): void {
  const text = blockText(node);
  const tag = tagLine.exec(text)?.[1] ?? '';
  const use = HEADER_TAGS.find((entry) => entry.tag === tag)?.use ?? 'metadata';
  if (use === 'metadata') {
    recordRemoved(article, node, 'header-tag');
    drop(node);
    return;
  }
  article.removed.push({ text: `${tag}:`, reason: 'header-tag', line: lineOf(node) });
  dropTextPrefix(node, tag.length + 1);
  if (use === 'note') {
    article.notes.push({ text: squash(blockText(node)), line: lineOf(node) });
    drop(node);
  }
}

/**
 * Cuts a headline's closing mark (Kyodo's `+`, HEADLINE_END_MARKS) off the
 * first line of story text when the lead's dateline names the agency that
 * uses it, the mark is glued to a word and the line is one of its own.
 */
function cutHeadlineEndMark(node: Paragraph, agency: string | null): void {
  const text = blockText(node).trimEnd();
  if (text.includes('\n')) return;
  const row = HEADLINE_END_MARKS.find(
    ({ mark, agency: user }) =>
      user === agency &&
      text.endsWith(mark) &&
      /[\p{L}\p{N}]/u.test(text.at(-mark.length - 1) ?? ''),
  );
  if (row) dropTextSuffix(node, text.length - row.mark.length);
}

/**
 * True for a head-stack line under an `Eds:` note that carries the note on:
 * AP stacks the headline first and the note under it, so story text between
 * the note and the byline or lead (`UP 5th pvs …` after `… PICKS`) is the
 * note's wrap, never a deck. A byline or its role line ends the note.
 */
function continuesNote(text: string, lexicon: Lexicon): boolean {
  return (
    !isBylineLine(text) &&
    parseByline(text, lexicon) === null &&
    !isTitleOrOrganization(text, lexicon)
  );
}

/**
 * True when `node` starts on the input line right under `above`: the head stack
 * prints a note's wrap so. A blank line between ends the note; what follows is
 * the story (`Eds: Adds comment.`, a blank line, then a story with no dateline).
 */
function isNextLine(above: Paragraph, node: Paragraph): boolean {
  const end = above.position?.end.line;
  const start = node.position?.start.line;
  return end !== undefined && start === end + 1;
}

/** Appends a paragraph's lines to the paragraph above it (one block wrapped in two) and drops it. */
function mergeInto(tree: Root, into: Paragraph, node: Paragraph): void {
  into.children.push({ type: 'break' }, ...node.children);
  if (into.position && node.position) into.position.end = node.position.end;
  tree.children.splice(tree.children.indexOf(node), 1);
}

/**
 * A take word (`BULLETIN`, `URGENT`, `1st Ld-Writethru`): the transmission's
 * version when it has none yet, else removed as a take.
 */
function takeLine(drop: DropBlock, node: RootContent, article: Article, text: string): void {
  if (article.transmission && article.transmission.version === null) {
    article.transmission.version = squash(text);
  } else recordRemoved(article, node, 'take');
  drop(node);
}

/** How many blocks from the top head-stack lines are read in. */
const HEAD_BLOCKS = 12;
/** Most words of a head-stack line. */
const HEAD_LINE_WORDS = 30;

/**
 * Reads the head stack printed as text (no `^…<` marks): ANPA selector and
 * keyword lines (the selector fills `transmission` when no header did),
 * picture references, take words and advisories above the lead, each to
 * `removed` or `notes`, so that none is ever the headline.
 */
function readHeadLines(tree: Root, article: Article, lexicon: Lexicon): void {
  const slug = article.transmission?.slug ?? null;
  // The first line of story text: the headline, when one stands above the lead.
  let headline: Paragraph | null = null;
  // An `Eds:` note under the headline: story text after it, up to the byline or lead, is its wrap.
  let note: Paragraph | null = null;
  for (const node of tree.children.slice(0, HEAD_BLOCKS)) {
    if (node.type !== 'paragraph') break;
    const text = blockText(node);
    const short = countWords(text) <= HEAD_LINE_WORDS;
    // A head-stack line is read before a dateline: `For Release, Wednesday, Jan. 18`
    // has a dateline's shape (a place, a comma, a date) but is a release note.
    const line = short ? classifyHeadLine(text, slug) : null;
    const dateline = line ? null : matchDateline(text, lexicon);
    if (dateline) {
      if (headline) cutHeadlineEndMark(headline, dateline.agency);
      break;
    }
    if (!short) break;
    if (!line) {
      if (note && isNextLine(note, node) && continuesNote(text, lexicon)) {
        mergeInto(tree, note, node);
        continue;
      }
      note = headline && opensWithNotePrefix(text) ? node : null;
      headline ??= node;
      continue;
    }
    note = null;
    switch (line.kind) {
      case 'selector':
        article.transmission ??= line.transmission;
        removeBlock(tree, node, article, 'transmission-header');
        break;
      case 'keyword':
        removeBlock(tree, node, article, 'keyword-line');
        break;
      case 'media':
        removeBlock(tree, node, article, 'media-reference');
        break;
      case 'take':
        takeLine((taken) => dropBlock(tree, taken), node, article, text);
        break;
      default:
        if (line.use === 'note') {
          article.notes.push({ text: squash(text), line: lineOf(node) });
          tree.children.splice(tree.children.indexOf(node), 1);
        } else removeBlock(tree, node, article, line.reason);
    }
  }
}

/**
 * Reads the header lines at the top of a wire story: ANPA `^…<` / `^…=`
 * lines, Canadian Press `…@<` lines with `HL:` tags, and the IPTC-7901
 * block closed by ` =`. The keyword line, picture references and tags go
 * to `removed`, take words to `transmission.version`; headline, byline and
 * `Eds:` lines are left, marks cut off, for the extractors that follow.
 * A field-tagged header's fields (`file.data.headFields`: headline, deck,
 * byline, dateline, published) are written into the article first.
 * When the transmission's format identifier says the story is tabular
 * (agate), the body under the header becomes one code block, as sent.
 */
export function wireHeader(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    if (file.data.headFields) applyHeadFields(article, file.data.headFields, lexicon);
    // The ` =` close is IPTC-7901's; other text is read so when its first block ends
    // with such a line (opensWithIptcHeader), as the parser did.
    const iptc =
      article.source.format === 'iptc7901' ||
      (article.source.format === 'text' && opensWithIptcHeader(String(file.value)));
    const header = headerBlocks(tree.children, iptc);
    const slug = article.transmission?.slug ?? null;
    // Header lines are dropped in one sweep after the loop: block by block (indexOf
    // and splice at the top) was quadratic in the number of header lines. They are the
    // first blocks of the tree, so which are dropped is a flag by index, not a set.
    const dropped = new Uint8Array(header.length);
    let at = 0;
    const drop: DropBlock = (node) => {
      if (header[at] === node) dropped[at] = 1;
      else throw new Error('a header line drops a block other than its own');
    };
    for (; at < header.length; at++) {
      const node = header[at] as Paragraph;
      // A line that is dropped as it is needs its marks cut off its text only.
      const stripped = strippedText(node);
      if (stripped === null) stripMarks(node);
      const text = stripped ?? blockText(node);
      if (text.trim() === '') {
        drop(node);
        continue;
      }
      const kind = classifyHeaderLine(text, slug);
      const reason = REMOVED_HEADER_LINES[kind];
      if (reason) {
        article.removed.push({ text, reason, line: lineOf(node) });
        drop(node);
        continue;
      }
      if (stripped !== null) stripMarks(node);
      if (kind === 'tag') handleTag(drop, node, article);
      else if (kind === 'take') takeLine(drop, node, article, text);
    }
    if (dropped.includes(1)) {
      let index = 0;
      sweepBlocks(tree, () => index < dropped.length && dropped[index++] === 1);
    }
    readHeadLines(tree, article, lexicon);
    if (isTabularTransmission(article.transmission?.format)) {
      // Header lines left (headline, byline) stay for their extractors; the table follows them.
      const start = tree.children.findIndex((node) => !header.includes(node as Paragraph));
      if (start < 0) return;
      const table = tabularBody(
        tree.children.slice(start),
        String(file.value),
        file.data.storyStart?.offset ?? 0,
      );
      if (table) tree.children.splice(start, table.count, table.code);
    }
  };
}
