import type { PhrasingContent, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { compact, el, type XmlChild, type XmlElement } from './element.js';

/** The XHTML namespace (the body of a NewsML-G2 item is an XHTML document). */
export const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Link targets kept as links; any other scheme (`javascript:`, `data:`) is kept as text only. */
export const SAFE_HREF: RegExp = /^(?:https?:|mailto:)/i;

function phrasing(nodes: PhrasingContent[]): XmlChild[] {
  return nodes.map((node): XmlChild => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'emphasis':
        return el('em', {}, phrasing(node.children));
      case 'strong':
        return el('strong', {}, phrasing(node.children));
      case 'inlineCode':
        return el('code', {}, node.value);
      case 'break':
        return el('br');
      case 'link':
        return SAFE_HREF.test(node.url)
          ? el('a', { href: node.url }, phrasing(node.children))
          : phrasing(node.children);
      default:
        // Images, HTML and references: their text, never markup from the input.
        return mdastToString(node);
    }
  });
}

/** One body block as XHTML; text a block holds is never dropped. */
export function xhtmlBlock(node: RootContent): XmlElement {
  switch (node.type) {
    case 'paragraph':
      return compact('p', {}, phrasing(node.children));
    case 'heading':
      return compact(`h${Math.min(6, Math.max(2, node.depth))}`, {}, phrasing(node.children));
    case 'code':
      return compact('pre', {}, node.value);
    case 'thematicBreak':
      return el('hr');
    case 'blockquote':
      return compact('blockquote', {}, node.children.map(xhtmlBlock));
    case 'list':
      return compact(
        node.ordered ? 'ol' : 'ul',
        {},
        node.children.map((item) => el('li', {}, item.children.map(xhtmlBlock))),
      );
    default:
      return compact('p', {}, mdastToString(node));
  }
}

/** The story body as an XHTML document: a title and the body's blocks. */
export function xhtmlDocument(title: string | null, blocks: RootContent[]): XmlElement {
  return el(
    'html',
    { xmlns: XHTML_NAMESPACE },
    el('head', {}, compact('title', {}, title ?? '')),
    el('body', {}, blocks.map(xhtmlBlock)),
  );
}
