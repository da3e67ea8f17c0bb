import type { Paragraph, Root, RootContent, Text } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { Article } from '../types.js';

/** The plain text of a top-level block, as a reader sees it; a hard break is a newline. */
export function blockText(node: RootContent): string {
  if (node.type === 'code') return node.value;
  if (
    (node.type === 'paragraph' || node.type === 'heading') &&
    node.children.some((child) => child.type === 'break')
  ) {
    return node.children
      .map((child) => (child.type === 'break' ? '\n' : mdastToString(child)))
      .join('');
  }
  if (node.type === 'list') {
    return node.children.map((item) => mdastToString(item)).join('\n');
  }
  return mdastToString(node);
}

/** The 1-based input line where a node starts (0 when unknown). */
export function lineOf(node: { position?: Position | undefined }): number {
  return node.position?.start.line ?? 0;
}

/** True for blocks that hold prose an extractor may claim. */
export function isTextBlock(
  node: RootContent,
): node is Paragraph | Extract<RootContent, { type: 'heading' }> {
  return node.type === 'paragraph' || node.type === 'heading';
}

/** The article on a file; the parser always sets it. */
export function articleOf(file: VFile): Article {
  const article = file.data.article;
  if (!article) throw new Error('Missing `file.data.article`: run the copydesk parser first');
  return article;
}

/** Removes a top-level block from the tree. */
export function dropBlock(tree: Root, node: RootContent): void {
  const index = tree.children.indexOf(node);
  if (index >= 0) tree.children.splice(index, 1);
}

/** Records a block under `removed` with a reason (the caller drops it). */
export function recordRemoved(article: Article, node: RootContent, reason: string): void {
  article.removed.push({ text: blockText(node), reason, line: lineOf(node) });
}

/** Removes a block and records it under `removed` with a reason. */
export function removeBlock(tree: Root, node: RootContent, article: Article, reason: string): void {
  recordRemoved(article, node, reason);
  dropBlock(tree, node);
}

/**
 * Visits every top-level block in order and drops those `visit` returns true
 * for, in one pass: splicing each one out would be quadratic in the number of
 * blocks (100,000 `ADVERTISEMENT` lines took half a minute). `visit` must not
 * read `tree.children`, which is being compacted.
 */
export function sweepBlocks(tree: Root, visit: (node: RootContent) => boolean): void {
  const children = tree.children;
  let kept = 0;
  for (let index = 0; index < children.length; index++) {
    const node = children[index] as RootContent;
    if (!visit(node)) children[kept++] = node;
  }
  children.length = kept;
}

/**
 * The input lines a paragraph was made of: wire paragraphs are reflowed into
 * one line, but bylines and title lines need the original line breaks.
 */
export function paragraphLines(node: RootContent): string[] {
  const first = 'children' in node ? node.children[0] : undefined;
  const map =
    first?.type === 'text' && node.type === 'paragraph' && node.children.length === 1
      ? first.data?.lineMap
      : undefined;
  if (!map || first?.type !== 'text') return blockText(node).split('\n');
  return map.map((entry, index) =>
    first.value.slice(entry.index, map[index + 1]?.index ?? first.value.length).trim(),
  );
}

/** The point in the input of a character index in a text node's value. */
export function pointInText(node: Text, index: number): Point | undefined {
  const map = node.data?.lineMap;
  const start = node.position?.start;
  if (!map || map.length === 0) {
    if (!start) return undefined;
    // Text from Markdown input: one line per value line is the best we know.
    const before = node.value.slice(0, index);
    const newlines = before.split('\n').length - 1;
    if (newlines === 0) {
      return {
        line: start.line,
        column: start.column + index,
        offset: (start.offset ?? 0) + index,
      };
    }
    return { line: start.line + newlines, column: index - before.lastIndexOf('\n') };
  }
  let entry = map[0];
  for (const candidate of map) {
    if (candidate.index <= index) entry = candidate;
    else break;
  }
  if (!entry) return undefined;
  const delta = index - entry.index;
  return { line: entry.line, column: entry.column + delta, offset: entry.offset + delta };
}

/** The line in the input of a character index in a paragraph's first text node. */
export function lineAt(
  node: Paragraph | Extract<RootContent, { type: 'heading' }>,
  index: number,
): number {
  const first = node.children[0];
  if (first?.type === 'text') return pointInText(first, index)?.line ?? lineOf(node);
  return lineOf(node);
}

/**
 * Cuts the first `length` characters (and the spaces after them) off a
 * paragraph whose content is a single text node, keeping positions true.
 * Returns false when the paragraph is not of that shape.
 */
export function dropTextPrefix(
  node: Paragraph | Extract<RootContent, { type: 'heading' }>,
  length: number,
): boolean {
  const first = node.children[0];
  if (first?.type !== 'text') return false;
  let cut = length;
  while (cut < first.value.length && /\s/.test(first.value[cut] ?? '')) cut++;
  const newStart = pointInText(first, cut);
  first.value = first.value.slice(cut);
  const map = first.data?.lineMap;
  if (map) {
    const kept = map
      .filter((entry) => entry.index >= cut)
      .map((entry) => ({ ...entry, index: entry.index - cut }));
    const before = lastBefore(map, cut);
    if (before && kept[0]?.index !== 0) {
      const delta = cut - before.index;
      kept.unshift({
        ...before,
        index: 0,
        column: before.column + delta,
        offset: before.offset + delta,
      });
    }
    first.data = { ...first.data, lineMap: kept };
  }
  if (newStart && first.position) {
    first.position = { start: newStart, end: first.position.end };
    if (node.position) node.position = { start: newStart, end: node.position.end };
  }
  return true;
}

/**
 * Cuts the text from `index` to the end off a single-text paragraph.
 * Returns false when the paragraph is not of that shape.
 */
export function dropTextSuffix(
  node: Paragraph | Extract<RootContent, { type: 'heading' }>,
  index: number,
): boolean {
  const first = node.children[0];
  if (first?.type !== 'text' || node.children.length !== 1) return false;
  let cut = index;
  while (cut > 0 && /\s/.test(first.value[cut - 1] ?? '')) cut--;
  const end = pointInText(first, cut);
  first.value = first.value.slice(0, cut);
  const map = first.data?.lineMap;
  if (map) first.data = { ...first.data, lineMap: map.filter((entry) => entry.index <= cut) };
  if (end && first.position) {
    first.position = { start: first.position.start, end };
    if (node.position) node.position = { start: node.position.start, end };
  }
  return true;
}

function lastBefore<T extends { index: number }>(map: T[], cut: number): T | undefined {
  let found: T | undefined;
  for (const entry of map) if (entry.index <= cut) found = entry;
  return found;
}

/** White space that squashing would change: a run of two, or anything but a plain space. */
const UNSQUASHED = /\s\s|[^\S ]/;

/** Collapses runs of white space to one space and trims. */
export function squash(text: string): string {
  // Most text is already squashed; testing is far cheaper than rebuilding it.
  return UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Length in code units of the letter or digit at `index`, or 0 when there is none. */
function wordCharacterAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    // In ASCII, \p{L} and \p{N} are exactly A-Z, a-z and 0-9.
    return (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
      ? 1
      : 0;
  }
  if (Number.isNaN(code)) return 0;
  const point = text.codePointAt(index) as number;
  return WORD_CHARACTER.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

function isJoiner(code: number): boolean {
  // ' ’ . -
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

/**
 * Counts words: runs of letters or digits, joined by single `'`, `’`, `.`
 * or `-` (so `O'Brien`, `U.S` and `well-known` are one word each). The same
 * count as `/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu`, by a scan that is
 * several times faster on long bodies.
 */
export function countWords(text: string): number {
  let count = 0;
  let index = 0;
  const end = text.length;
  while (index < end) {
    let width = wordCharacterAt(text, index);
    if (width === 0) {
      index++;
      continue;
    }
    count++;
    for (;;) {
      while (width > 0) {
        index += width;
        width = wordCharacterAt(text, index);
      }
      if (!isJoiner(text.charCodeAt(index))) break;
      width = wordCharacterAt(text, index + 1);
      if (width === 0) break;
      index++;
    }
  }
  return count;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * Counts words like {@link countWords}, but stops at `limit + 1`: enough to
 * tell "more than limit" without walking a whole long block.
 */
export function countWordsUpTo(text: string, limit: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count <= limit && WORD.exec(text) !== null) count++;
  WORD.lastIndex = 0;
  return count;
}

function isWhiteSpace(code: number, char: string): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(char);
}

/**
 * {@link squash} for callers that only want short text: null as soon as the
 * result would pass `max` characters, so a long block costs no more than `max`.
 */
export function squashWithin(text: string, max: number): string | null {
  let out = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (isWhiteSpace(text.charCodeAt(index), char)) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char;
    if (out.length > max) return null;
  }
  return out;
}
