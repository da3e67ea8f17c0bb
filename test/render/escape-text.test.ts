import fc from 'fast-check';
import type { PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_OPTIONS } from '../../src/render/markdown-options.js';

/** The printer's own settings without our text handler: the reference escape. */
const { handlers: _ours, ...REFERENCE } = MARKDOWN_OPTIONS;

const print = (tree: Root) => toMarkdown(tree, MARKDOWN_OPTIONS);
const reference = (tree: Root) => toMarkdown(tree, REFERENCE);

/** Characters the escape cares about, and some it must leave alone. */
const ALPHABET = [
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  'a',
  'B',
  'é',
  '1',
  '9',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '—',
  '中',
];
const textValue = fc
  .array(fc.constantFrom(...ALPHABET), { maxLength: 24 })
  .map((chars) => chars.join(''));

/** Phrasing content: text beside the nodes whose neighbours change what a text must escape. */
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 4, arbitrary: textValue.map((value) => ({ type: 'text' as const, value })) },
  textValue.map((value) => ({
    type: 'emphasis' as const,
    children: [{ type: 'text' as const, value: value || 'x' }],
  })),
  textValue.map((value) => ({
    type: 'strong' as const,
    children: [{ type: 'text' as const, value: value || 'x' }],
  })),
  textValue.map((value) => ({
    type: 'link' as const,
    url: 'https://example.com/a_b',
    children: [{ type: 'text' as const, value: value || 'x' }],
  })),
  textValue.map((value) => ({ type: 'inlineCode' as const, value: value || 'x' })),
  // A link whose text is its address prints as an autolink, where text is percent-encoded.
  textValue.map((value) => {
    const url = `https://example.com/${value.replace(/\s/g, '')}`;
    return { type: 'link' as const, url, children: [{ type: 'text' as const, value: url }] };
  }),
  fc.constant({ type: 'break' as const }),
);

/** Blocks that hold phrasing in the constructs with their own unsafe patterns. */
const tree = fc
  .array(
    fc.oneof(
      fc
        .array(phrasing, { minLength: 1, maxLength: 4 })
        .map((children) => ({ type: 'paragraph' as const, children })),
      fc
        .tuple(fc.integer({ min: 1, max: 6 }), fc.array(phrasing, { minLength: 1, maxLength: 3 }))
        .map(([depth, children]) => ({
          type: 'heading' as const,
          depth: depth as 1 | 2 | 3 | 4 | 5 | 6,
          children,
        })),
      fc.array(phrasing, { minLength: 1, maxLength: 3 }).map((children) => ({
        type: 'blockquote' as const,
        children: [{ type: 'paragraph' as const, children }],
      })),
      fc.array(phrasing, { minLength: 1, maxLength: 3 }).map((children) => ({
        type: 'list' as const,
        ordered: false,
        spread: false,
        children: [
          {
            type: 'listItem' as const,
            spread: false,
            children: [{ type: 'paragraph' as const, children }],
          },
        ],
      })),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((children): Root => ({ type: 'root', children }));

describe('the linear text escape', () => {
  it('prints every tree exactly as the printer’s own escape does', () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(print(root)).toBe(reference(root));
      }),
      { numRuns: 1000, seed: 20261130 },
    );
  });

  it('escapes what would otherwise be read as Markdown', () => {
    const root: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '# not a heading *or* [link]' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'snake_case stays, a \\* stays' }] },
      ],
    };
    expect(print(root)).toBe(
      '\\# not a heading \\*or\\* \\[link]\n\nsnake_case stays, a \\\\\\* stays\n',
    );
  });

  it('keeps a text of many thousand markup characters the same as the reference', () => {
    const value = '*_`[]<>#\\'.repeat(5_000);
    const root: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
    };
    expect(print(root)).toBe(reference(root));
  });
});
