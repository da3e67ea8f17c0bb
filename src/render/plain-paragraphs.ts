import type { RootContent } from 'mdast';
import { MARKDOWN_OPTIONS } from './markdown-options.js';

/**
 * Text that mdast-util-to-markdown prints unchanged as a paragraph of its
 * own: nothing its `unsafe` patterns escape anywhere in phrasing
 * (`* _ \` [ ] \\ < &`, line breaks, tabs and other controls), no white space
 * at either end (encoded as `&#x20;`), and no opening that could start a
 * block (`# + - = > ~` or `1.` / `1)`). Anything else takes the full printer.
 */
const PLAIN =
  /^(?![#+\-=>~]|\d+[.)])[^\s*_`[\]\\<&\u0000-\u001f\u007f](?:[^*_`[\]\\<&\u0000-\u001f\u007f]*[^\s*_`[\]\\<&\u0000-\u001f\u007f])?$/;

/** The text of a paragraph that prints as itself in Markdown, or null. */
export function plainParagraphText(node: RootContent): string | null {
  if (node.type !== 'paragraph' || node.children.length !== 1) return null;
  const child = node.children[0];
  if (child?.type !== 'text' || !PLAIN.test(child.value)) return null;
  return child.value;
}

/**
 * The Markdown of a tight bullet list whose items are each one plain
 * paragraph (`- text` lines, as the printer writes them), or null. The
 * printer gives a list printed right after another list its other bullet,
 * so a list beside a list (`besideList`) is left to the printer.
 */
export function plainListText(node: RootContent, besideList: boolean): string | null {
  if (besideList || node.type !== 'list' || node.ordered || node.spread !== false) return null;
  const lines: string[] = [];
  for (const item of node.children) {
    if (item.spread !== false || item.checked != null || item.children.length !== 1) return null;
    const text = plainParagraphText(item.children[0] as RootContent);
    if (text === null) return null;
    lines.push(`${MARKDOWN_OPTIONS.bullet} ${text}`);
  }
  return lines.length > 0 ? lines.join('\n') : null;
}
