import type { Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fromWire } from '../../src/parse/from-wire.js';
import { opensHeadLine } from '../../src/parse/head-stack.js';

/** The blocks fromWire makes of a text: a paragraph's text, or the node type. */
const blocks = (text: string, options = {}) =>
  fromWire(text, options).tree.children.map((node) =>
    node.type === 'paragraph' ? (node.children[0] as Text).value : node.type,
  );

/** A paragraph of prose wrapped greedily at `width` columns, opening with `indent`. */
function wrapped(words: number, width: number, indent = ''): string {
  const vocabulary =
    'the ferry company said crossings would resume once the storm had passed'.split(' ');
  const lines: string[] = [];
  let line = indent;
  for (let index = 0; index < words; index++) {
    const word = vocabulary[index % vocabulary.length] as string;
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
  }
  lines.push(`${line}.`);
  return lines.join('\n');
}

describe('head stacks', () => {
  const stack = [
    'Ferry Service Resumes After Storm Closes Harbour for Three Days',
    'Eds: Updates with ferry company comment; picks up 4th graf pvs, `The',
    "company...'",
    'By MARA HOLM',
    'Associated Press Writer',
    '',
    wrapped(40, 64, '   '),
    wrapped(30, 64, '   '),
  ].join('\n');

  it('gives each line above the lead a block of its own', () => {
    expect(blocks(stack).slice(0, 4)).toEqual([
      'Ferry Service Resumes After Storm Closes Harbour for Three Days',
      "Eds: Updates with ferry company comment; picks up 4th graf pvs, `The company...'",
      'By MARA HOLM',
      'Associated Press Writer',
    ]);
  });

  it('keeps a headline the wrap carried over two lines whole', () => {
    const head = [
      'After Three Days the Harbour Reopens and the First Ferries Leave for',
      'Gullhaven',
      'By MARA HOLM',
      '',
      wrapped(40, 68, '   '),
      wrapped(40, 68, '   '),
    ].join('\n');
    expect(blocks(head).slice(0, 2)).toEqual([
      'After Three Days the Harbour Reopens and the First Ferries Leave for Gullhaven',
      'By MARA HOLM',
    ]);
  });

  it('opens a head line at a byline, a note, a picture reference, a take word or a keyword', () => {
    for (const line of ['By JANE DOE', 'Eds: note', 'LaserPhoto NY1', 'URGENT', 'AM-Ferry-Strike'])
      expect(opensHeadLine(line)).toBe(true);
    expect(opensHeadLine('Byzantine Walls Restored')).toBe(false);
  });
});

describe('one line per paragraph', () => {
  const lead =
    'PORTWELL (Reuters) - The harbour authority said on Friday that ferries would sail again from Monday, three days after the storm closed the port.';
  const second =
    'Officials said the breakwater held through the night, though two pontoons broke loose and drifted into the channel before tugs caught them.';

  it('reads every line of an unwrapped paste as a paragraph, with no blank line between', () => {
    expect(blocks(`Ferries to sail again\nBy Jane Doe\n${lead}\n${second}`)).toEqual([
      'Ferries to sail again',
      'By Jane Doe',
      lead,
      second,
    ]);
  });

  it('reads a short text with no blank line, indent or wrap width one line a paragraph', () => {
    expect(
      blocks(
        'Pier reopens\nA view of the pier. Photo: Jane Doe/AFP\nPORTWELL (AFP) - The pier reopened on Friday.\nTraders were glad.',
      ),
    ).toHaveLength(4);
  });

  it('keeps a sentence that runs on over a line break in one paragraph', () => {
    expect(blocks('Pier reopens\nThe pier reopened after the\nrepairs, officials said.')).toEqual([
      'Pier reopens',
      'The pier reopened after the repairs, officials said.',
    ]);
  });

  it('splits a headline in capitals from the mixed-case line under it', () => {
    expect(
      blocks('HARBOUR AUTHORITY SETS QUARTERLY DIVIDEND\nPORTWELL, March 2 - Qtly div 10 cts'),
    ).toEqual(['HARBOUR AUTHORITY SETS QUARTERLY DIVIDEND', 'PORTWELL, March 2 - Qtly div 10 cts']);
  });
});

describe('hard-wrapped text', () => {
  it('joins lines wrapped at any width', () => {
    for (const width of [40, 64, 100]) {
      const text = `${wrapped(60, width)}\n\n${wrapped(40, width)}`;
      expect(blocks(text)).toHaveLength(2);
    }
  });

  it('keeps the lines of a blank-line block together when no wrap width stands out', () => {
    expect(
      blocks('Caption of the pier.\nPhotographer: Jane Doe/Bloomberg\n\nThe pier closed.'),
    ).toEqual(['Caption of the pier. Photographer: Jane Doe/Bloomberg', 'The pier closed.']);
  });

  it('takes the wrap width from prose, not from a table of equal lines', () => {
    const table = ['Club     P   W   Pts', 'Portside 10  8   25', 'Hill     10  7   22'];
    const text = `${table.join('\n')}\n\n${wrapped(60, 50)}\n\n${wrapped(60, 50)}`;
    expect(blocks(text)).toEqual(['code', expect.any(String), expect.any(String)]);
  });
});

describe('Chinese and Japanese text', () => {
  it('joins a wrapped line with no space, and measures lines in display columns', () => {
    const line = '港の古い桟橋は金曜日に修理のため閉鎖された。';
    const text = [
      `${line}${line}`,
      `${line}${line}`,
      `${line}${line}`,
      `${line}${line}`,
      line,
      '',
      line,
    ].join('\n');
    const [first] = blocks(text);
    expect(first).toBe(`${line.repeat(8)}${line}`);
  });
});

describe('lines that stand alone', () => {
  it('keeps rules, block ends and ANPA header lines apart from their neighbours', () => {
    expect(blocks('^Harbour fire<\n^By Jane Doe<\nText goes on\n___\nMore text\n^END<')).toEqual([
      '^Harbour fire<',
      '^By Jane Doe<',
      'Text goes on',
      '___',
      'More text',
      '^END<',
    ]);
  });

  it('keeps an IPTC-7901 header apart up to its closing line, only in IPTC stories', () => {
    const text =
      'dpa-AFX Hafen Nord meldet\nHafen schliesst am Montag =\nDer Hafen schliesst am Montag.\n\nMehr.';
    expect(blocks(text, { iptcHeader: true })).toEqual([
      'dpa-AFX Hafen Nord meldet',
      'Hafen schliesst am Montag =',
      'Der Hafen schliesst am Montag.',
      'Mehr.',
    ]);
    expect(blocks(text)).toHaveLength(2);
  });
});
