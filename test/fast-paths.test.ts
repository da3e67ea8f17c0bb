import fc from 'fast-check';
import type { Paragraph, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { bodyMarkdown } from '../src/render/json.js';
import { JsonListWriter } from '../src/render/json-list.js';
import { MARKDOWN_OPTIONS } from '../src/render/markdown-options.js';
import { countWords } from '../src/text/count-words.js';
import { squash } from '../src/text/squash.js';

// The hot paths below replace a straightforward expression with a faster one;
// each must give exactly the same answer as the expression it replaced.

/** Characters that matter to the code under test, plus arbitrary Unicode. */
const tricky = fc.oneof(
  fc.constantFrom(
    ..."aZ09 \t\n\r\u00a0\u2003'’.-_*`[]\\<>&!#+=~|()1.2)ÉßДж中文²½𝐀😀".split(''),
    '\ud835\udc00',
    '\ud800',
    '\udc00',
  ),
  fc.string({ unit: 'binary', maxLength: 2 }),
);
const text = fc.array(tricky, { maxLength: 40 }).map((parts) => parts.join(''));

describe('countWords', () => {
  it('counts as the letters-and-digits regular expression does', () => {
    fc.assert(
      fc.property(text, (value) => {
        const expected = value.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
        expect(countWords(value)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a hyphenated name, an apostrophe and a figure as one word each', () => {
    expect(countWords("O’Brien's well-known 3.5 U.S. -- deal")).toBe(5);
  });
});

describe('squash', () => {
  it('collapses white space exactly as replace(/\\s+/g) then trim does', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(squash(value)).toBe(value.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bodyMarkdown', () => {
  const paragraph = text.map(
    (value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }),
  );
  const block = fc.oneof(
    { weight: 6, arbitrary: paragraph },
    {
      weight: 1,
      arbitrary: text.map(
        (value): RootContent => ({
          type: 'list',
          ordered: false,
          spread: false,
          children: [
            {
              type: 'listItem',
              spread: false,
              children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
            },
          ],
        }),
      ),
    },
    { weight: 1, arbitrary: text.map((value): RootContent => ({ type: 'code', value })) },
  );

  it('prints the same Markdown as mdast-util-to-markdown', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (children) => {
        const tree: Root = { type: 'root', children };
        const expected = children.length === 0 ? '' : toMarkdown(tree, MARKDOWN_OPTIONS).trimEnd();
        expect(bodyMarkdown(tree)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('JsonListWriter', () => {
  it('prints what JSON.stringify prints for the whole array at once', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.boolean(), (values, newline) => {
        const writer = new JsonListWriter();
        let streamed = '';
        for (const value of values)
          streamed += writer.push(`${JSON.stringify(value, null, 2)}${newline ? '\n' : ''}`);
        streamed += writer.end();
        expect(streamed).toBe(`${JSON.stringify(values, null, 2)}\n`);
      }),
      { numRuns: 1000 },
    );
  });
});
