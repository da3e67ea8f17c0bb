import { escapeXmlAttribute, escapeXmlText } from './escape.js';

/** Attribute values; null and undefined attributes are left out. */
export type XmlAttributes = Record<string, string | number | null | undefined>;

/** An element of an XML tree built for printing. */
export interface XmlElement {
  name: string;
  attributes: XmlAttributes;
  children: XmlNode[];
  /** Print the content on one line, adding no whitespace (text whose layout matters). */
  compact?: boolean;
}

/** A node: an element or text (escaped when printed). */
export type XmlNode = XmlElement | string;

/** A child as given to {@link el}: falsy children are dropped, arrays flattened. */
export type XmlChild = XmlNode | null | undefined | false | XmlChild[];

function flatten(children: XmlChild[], into: XmlNode[]): XmlNode[] {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) flatten(child, into);
    else if (child !== '') into.push(child);
  }
  return into;
}

/** Builds an element; empty, null and false children are dropped. */
export function el(
  name: string,
  attributes: XmlAttributes = {},
  ...children: XmlChild[]
): XmlElement {
  return { name, attributes, children: flatten(children, []) };
}

function printAttributes(attributes: XmlAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  }
  return out;
}

/** Builds an element printed on one line with no whitespace added inside (see {@link printXml}). */
export function compact(
  name: string,
  attributes: XmlAttributes = {},
  ...children: XmlChild[]
): XmlElement {
  return { ...el(name, attributes, ...children), compact: true };
}

/**
 * Prints a node. Elements holding only elements are indented one level per
 * depth; an element with any text child (mixed content), or built with
 * {@link compact}, is printed on one line exactly as built, so no whitespace
 * is added to what a reader gets back.
 */
export function printXml(node: XmlNode, depth = 0, inline = false): string {
  if (typeof node === 'string') return escapeXmlText(node);
  const open = `<${node.name}${printAttributes(node.attributes)}`;
  if (node.children.length === 0) return `${open}/>`;
  if (inline || node.compact || node.children.some((child) => typeof child === 'string'))
    return `${open}>${node.children.map((child) => printXml(child, 0, true)).join('')}</${node.name}>`;
  const pad = '  '.repeat(depth + 1);
  const inner = node.children.map((child) => `${pad}${printXml(child, depth + 1)}`).join('\n');
  return `${open}>\n${inner}\n${'  '.repeat(depth)}</${node.name}>`;
}

/** A whole document: the XML declaration, the root element and a final line end. */
export function printDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${printXml(root)}\n`;
}
