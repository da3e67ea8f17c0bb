import type { Code, List, Paragraph, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fromWire } from '../../src/parse/from-wire.js';

const paragraphs = (text: string) =>
  fromWire(text).tree.children.map((node) =>
    node.type === 'paragraph' ? (node.children[0] as Text).value : node.type,
  );

describe('fromWire', () => {
  it('keeps positions true across runs of blank lines, which separate as one blank line does', () => {
    const { tree } = fromWire('\n\nOne.\n\n\n\nTwo.\n \n\t\n\nThree.\n\n\n');
    expect(tree.children.map((node) => node.position?.start)).toEqual([
      { line: 3, column: 1, offset: 2 },
      { line: 7, column: 1, offset: 10 },
      { line: 11, column: 1, offset: 20 },
    ]);
    expect(tree.position?.end).toEqual({ line: 14, column: 1, offset: 29 });
  });

  it('splits paragraphs on blank lines and reflows hard wraps', () => {
    expect(paragraphs('One line\nwrapped here.\n\nTwo.')).toEqual([
      'One line wrapped here.',
      'Two.',
    ]);
  });

  it('starts a paragraph at each indented line among flush lines (1987 Reuters)', () => {
    expect(paragraphs('    First para\nwraps here.\n    Second para\nwraps too.')).toEqual([
      'First para wraps here.',
      'Second para wraps too.',
    ]);
  });

  it('keeps a block that is indented throughout as one paragraph', () => {
    expect(paragraphs('    a quoted block\n    that goes on')).toEqual([
      'a quoted block that goes on',
    ]);
  });

  it('turns bullet lines into a list', () => {
    const [list] = fromWire('• first item\n• second item\n  continues').tree.children as [List];
    expect(list.type).toBe('list');
    expect(
      list.children.map((item) => ((item.children[0] as Paragraph).children[0] as Text).value),
    ).toEqual(['first item', 'second item continues']);
  });

  it('keeps aligned columns verbatim as a code block', () => {
    const [code] = fromWire('Team     W   L\nHawks    10  2\nOwls      8  4').tree.children as [
      Code,
    ];
    expect(code).toMatchObject({
      type: 'code',
      value: 'Team     W   L\nHawks    10  2\nOwls      8  4',
    });
  });

  it('never reads Markdown syntax: stars and brackets stay text', () => {
    expect(paragraphs('# not a heading *not emphasis* [not a link](x)')).toEqual([
      '# not a heading *not emphasis* [not a link](x)',
    ]);
  });

  it('gives every node a position into the input', () => {
    const { tree } = fromWire('Title\n\n   Lead line\nnext line');
    const lead = tree.children[1] as Paragraph;
    expect(lead.position).toEqual({
      start: { line: 3, column: 4, offset: 10 },
      end: { line: 4, column: 10, offset: 29 },
    });
  });

  it('removes control characters and tallies them: the first with its place, count, codes', () => {
    const { tree, stripped } = fromWire('Bell\u0007 here\n\nESC\u001b[2J\u0007');
    expect(stripped.first).toEqual({ code: 7, line: 1, column: 5, offset: 4 });
    expect(stripped.count).toBe(3);
    expect(stripped.codes).toEqual([7, 27]);
    expect(JSON.stringify(tree)).not.toMatch(/\\u0007|\\u001b/);
  });

  it('shifts positions for a story cut from a larger capture', () => {
    const { tree } = fromWire('Text', { start: { line: 10, column: 1, offset: 200 } });
    expect(tree.children[0]?.position?.start).toEqual({ line: 10, column: 1, offset: 200 });
  });
});
