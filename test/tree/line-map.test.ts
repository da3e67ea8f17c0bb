import type { Paragraph, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fromWire } from '../../src/parse/from-wire.js';
import {
  dropTextPrefix,
  dropTextSuffix,
  joinLines,
  lineAt,
  pointInText,
} from '../../src/tree/line-map.js';

/** The offset in `input` of the `nth` occurrence of `needle`. */
function offsetOf(input: string, needle: string): number {
  const at = input.indexOf(needle);
  if (at < 0) throw new Error(`Missing ${needle}`);
  return at;
}

/** The first paragraph fromWire makes of `input`, and its text node. */
function firstParagraph(input: string): { paragraph: Paragraph; text: Text } {
  const paragraph = fromWire(input).tree.children[0] as Paragraph;
  return { paragraph, text: paragraph.children[0] as Text };
}

describe('joinLines', () => {
  it('joins lines with one space and maps each to where it starts', () => {
    const { value, map } = joinLines([
      { text: 'Port workers', start: { line: 3, column: 5, offset: 40 } },
      { text: 'walked out.', start: { line: 4, column: 1, offset: 57 } },
    ]);
    expect(value).toBe('Port workers walked out.');
    expect(map.toArray()).toEqual([
      { index: 0, line: 3, column: 5, offset: 40 },
      { index: 13, line: 4, column: 1, offset: 57 },
    ]);
  });
});

describe('pointInText', () => {
  const input = 'Headline\n\n    HARBOURTON - Port workers\nwalked out on Monday.\n';

  it('points every character of a reflowed paragraph at its place in the input', () => {
    const { text } = firstParagraph(input.slice(10));
    for (const word of ['HARBOURTON', 'workers', 'walked', 'Monday']) {
      const at = pointInText(text, text.value.indexOf(word));
      expect(at?.offset).toBe(offsetOf(input.slice(10), word));
    }
    expect(pointInText(text, text.value.indexOf('walked'))).toMatchObject({ line: 2, column: 1 });
  });

  it('counts columns of an indented line from the indentation', () => {
    const paragraph = fromWire(input).tree.children[1] as Paragraph;
    expect(paragraph.position?.start).toEqual({ line: 3, column: 5, offset: 14 });
  });

  it('shifts every point for a story cut from a larger capture', () => {
    const capture = 'HEADER LINE\nStory text\nruns on.';
    const story = capture.slice(12);
    const { tree } = fromWire(story, { start: { line: 2, column: 1, offset: 12 } });
    const text = (tree.children[0] as Paragraph).children[0] as Text;
    const at = pointInText(text, text.value.indexOf('runs'));
    expect(at).toEqual({ line: 3, column: 1, offset: offsetOf(capture, 'runs') });
  });

  it('keeps columns true across control characters replaced by spaces', () => {
    const { text } = firstParagraph('\u0016\u0016Tabbed headline');
    expect(pointInText(text, 0)).toEqual({ line: 1, column: 3, offset: 2 });
  });

  it('reads lines of a Markdown text node without a map one by one', () => {
    const text: Text = {
      type: 'text',
      value: 'By Jane Doe\nAP Writer',
      position: { start: { line: 5, column: 1, offset: 30 }, end: { line: 6, column: 10 } },
    };
    expect(pointInText(text, 3)).toEqual({ line: 5, column: 4, offset: 33 });
    expect(pointInText(text, 12)?.line).toBe(6);
  });
});

describe('cutting text keeps positions true', () => {
  const input = 'HARBOURTON, Oct 7 (Reuters) - Port workers\nwalked out on Monday. Reuter';

  it('moves the start past a cut prefix, on the line where the rest begins', () => {
    const { paragraph, text } = firstParagraph(input);
    expect(dropTextPrefix(paragraph, 'HARBOURTON, Oct 7 (Reuters) -'.length)).toBe(true);
    expect(text.value.startsWith('Port workers walked')).toBe(true);
    expect(paragraph.position?.start.offset).toBe(offsetOf(input, 'Port'));
    expect(pointInText(text, text.value.indexOf('walked'))?.offset).toBe(offsetOf(input, 'walked'));
  });

  it('moves the end before a cut suffix, and still finds the line of what is left', () => {
    const { paragraph, text } = firstParagraph(input);
    expect(dropTextSuffix(paragraph, text.value.lastIndexOf('Reuter'))).toBe(true);
    expect(text.value.endsWith('on Monday.')).toBe(true);
    expect(paragraph.position?.end.offset).toBe(input.lastIndexOf(' Reuter'));
    expect(lineAt(paragraph, text.value.indexOf('walked'))).toBe(2);
  });

  it('refuses a paragraph with inline markup rather than guess', () => {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: 'a' }, { type: 'break' }, { type: 'text', value: 'b' }],
    };
    expect(dropTextSuffix(paragraph, 1)).toBe(false);
  });
});

describe('a long paragraph keeps every line mapped', () => {
  // Past 256 lines the map's numbers go in a typed array: the same answers either way.
  const lines = Array.from({ length: 300 }, (_, index) => `word${index} and`);
  const input = lines.join('\n');

  it('points each line of a 300-line paragraph at its start in the input', () => {
    const { text } = firstParagraph(input);
    for (const index of [0, 1, 150, 255, 256, 257, 299]) {
      const at = text.value.indexOf(`word${index} `);
      expect(pointInText(text, at + 2)).toEqual({
        line: index + 1,
        column: 3,
        offset: offsetOf(input, `word${index} `) + 2,
      });
    }
  });

  it('lists the same entries as objects, and as JSON', () => {
    const { text } = firstParagraph(input);
    const map = text.data?.lineMap;
    expect(map?.length).toBe(300);
    const entries = map?.toArray() ?? [];
    expect(entries[299]).toEqual({
      index: text.value.indexOf('word299'),
      line: 300,
      column: 1,
      offset: offsetOf(input, 'word299'),
    });
    expect(JSON.parse(JSON.stringify(map))).toEqual(entries);
    expect(map?.at(-1)).toEqual(entries[299]);
    expect(map?.at(300)).toBeUndefined();
  });

  it('cuts a prefix and a suffix off a long paragraph and still maps what is left', () => {
    const { paragraph, text } = firstParagraph(input);
    expect(dropTextPrefix(paragraph, 'word0 and word1 and'.length)).toBe(true);
    expect(dropTextSuffix(paragraph, text.value.indexOf('word299'))).toBe(true);
    expect(text.value.startsWith('word2 and')).toBe(true);
    expect(text.value.endsWith('word298 and')).toBe(true);
    expect(text.data?.lineMap?.length).toBe(297);
    expect(pointInText(text, text.value.indexOf('word298'))).toEqual({
      line: 299,
      column: 1,
      offset: offsetOf(input, 'word298'),
    });
    expect(lineAt(paragraph, 0)).toBe(3);
  });
});
