import type { RootContent } from 'mdast';

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
