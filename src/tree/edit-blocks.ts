import type { Root, RootContent } from 'mdast';
import type { Article } from '../types.js';
import { blockText, lineOf } from './block-text.js';

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
