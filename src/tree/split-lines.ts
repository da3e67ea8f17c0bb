import type { Paragraph, Root, Text } from 'mdast';
import type { LineMap } from '../parse/from-wire.js';

/** One source line of a reflowed paragraph, with its place in the input. */
export interface ParagraphLine {
  text: string;
  map: LineMap[number];
}

/** The source lines a single-text paragraph was joined from, or null for other shapes. */
export function sourceLines(node: Paragraph): ParagraphLine[] | null {
  const first = node.children[0];
  if (node.children.length !== 1 || first?.type !== 'text') return null;
  const map = first.data?.lineMap;
  if (!map || map.length === 0) return null;
  return map.map((entry, index) => {
    const end = map[index + 1]?.index ?? first.value.length + 1;
    return { text: first.value.slice(entry.index, end - 1), map: entry };
  });
}

function paragraphOf(lines: ParagraphLine[]): Paragraph {
  let value = '';
  const map: LineMap = [];
  for (const line of lines) {
    if (value !== '') value += ' ';
    map.push({ ...line.map, index: value.length });
    value += line.text;
  }
  const first = lines[0] as ParagraphLine;
  const last = lines.at(-1) as ParagraphLine;
  const position = {
    start: { line: first.map.line, column: first.map.column, offset: first.map.offset },
    end: {
      line: last.map.line,
      column: last.map.column + last.text.length,
      offset: last.map.offset + last.text.length,
    },
  };
  const text: Text = { type: 'text', value, position, data: { lineMap: map } };
  return { type: 'paragraph', children: [text], position };
}

/**
 * Splits a paragraph so that every line `alone` accepts stands in a
 * paragraph of its own (wire header lines, `___` rules); the other lines
 * stay joined. Positions stay those of the input. Returns the new paragraphs.
 */
export function splitParagraphWhere(
  tree: Root,
  node: Paragraph,
  alone: (text: string, index: number) => boolean,
): Paragraph[] {
  const lines = sourceLines(node);
  if (!lines || lines.length < 2) return [node];
  const flags = lines.map((line, index) => alone(line.text, index));
  if (!flags.includes(true)) return [node];
  const groups: ParagraphLine[][] = [];
  let run: ParagraphLine[] = [];
  for (const [index, line] of lines.entries()) {
    if (flags[index]) {
      if (run.length > 0) groups.push(run);
      groups.push([line]);
      run = [];
    } else run.push(line);
  }
  if (run.length > 0) groups.push(run);
  const paragraphs = groups.map(paragraphOf);
  tree.children.splice(tree.children.indexOf(node), 1, ...paragraphs);
  return paragraphs;
}
