import type { ListItem, Paragraph, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Position } from 'unist';

/** The plain text of a top-level block, as a reader sees it; a hard break is a newline. */
export function blockText(node: RootContent): string {
  if (node.type === 'code') return node.value;
  // A paragraph of one text node, the commonest block: its value is its text. Read
  // directly, as every extractor asks for it once per block.
  if (node.type === 'paragraph' && node.children.length === 1) {
    const only = node.children[0];
    if (only?.type === 'text') return only.value;
  }
  if (
    (node.type === 'paragraph' || node.type === 'heading') &&
    node.children.some((child) => child.type === 'break')
  ) {
    return node.children
      .map((child) => (child.type === 'break' ? '\n' : mdastToString(child)))
      .join('');
  }
  if (node.type === 'list') {
    return node.children.map(itemText).join('\n');
  }
  return mdastToString(node);
}

/**
 * The text of a list item, as mdast-util-to-string reads it. An item of one
 * paragraph of one text node (every item the wire parser makes) is that
 * text: read directly, as a list of a million bullet lines is read whole by
 * several extractors.
 */
function itemText(item: ListItem): string {
  const only = item.children.length === 1 ? item.children[0] : undefined;
  if (only?.type === 'paragraph' && only.children.length === 1) {
    const text = only.children[0];
    if (text?.type === 'text') return text.value;
  }
  return mdastToString(item);
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
