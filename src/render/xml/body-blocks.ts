import type { Root, RootContent } from 'mdast';
import { markdownParser } from '../../optional.js';

/**
 * The blocks of a story's `body` (the Markdown the JSON carries), read back
 * into mdast for the XML renderers. Plain paragraphs, most of wire copy, are
 * recognised without the Markdown parser: a block with no character Markdown
 * gives a meaning to is its own text.
 */
export function bodyBlocks(body: string): RootContent[] {
  if (body.trim() === '') return [];
  const pieces = body.split(/\n{2,}/);
  if (pieces.every(isPlainParagraph))
    return pieces.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] }));
  const tree: Root = markdownParser()(body);
  return tree.children;
}

/**
 * True for a block that Markdown reads as a paragraph of exactly its own
 * text: no escapes, emphasis, code, links, HTML or entities, no block marker
 * at a line start, no hard break, no leading or trailing space.
 */
function isPlainParagraph(text: string): boolean {
  if (text === '' || text.trim() !== text) return false;
  if (/[\\*_`[\]<>&!]/.test(text)) return false;
  if (/ {2}\n/.test(text)) return false;
  for (const line of text.split('\n')) {
    if (/^\s*(?:[#>+=|~-]|\d{1,9}[.)])/.test(line) || line.startsWith('    ')) return false;
  }
  return true;
}
