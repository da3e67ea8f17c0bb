import { describe, expect, it } from 'vitest';
import { detectWrapWidth, isGreedyWrap, isRealBreak, runsOn } from '../../src/parse/line-breaks.js';

const prose = (width: number): string => {
  const words = 'the harbour authority said it would close the old ferry pier for six months'.split(
    ' ',
  );
  const lines: string[] = [];
  let line = '';
  for (let index = 0; index < 120; index++) {
    const word = words[index % words.length] as string;
    if (line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
};

describe('detectWrapWidth', () => {
  it('finds the width several lines reach', () => {
    expect(detectWrapWidth(prose(100))).toBeGreaterThanOrEqual(96);
    expect(detectWrapWidth(prose(100))).toBeLessThanOrEqual(100);
  });

  it('gives null for text of a few short lines', () => {
    expect(detectWrapWidth('Headline\n\nBy Jane Doe\n\nOne line.')).toBeNull();
  });
});

describe('isRealBreak', () => {
  it('sees a break where the next word would have fitted', () => {
    expect(isRealBreak('CBS News', 8, 'Pamela Falk', 100)).toBe(true);
  });

  it('sees no break where the next word would not fit', () => {
    expect(isRealBreak('x'.repeat(95), 95, 'harbour authority', 100)).toBe(false);
  });

  it('keeps a short line running on into a lower-case word', () => {
    expect(isRealBreak('annual', 6, 'rate, slowing to 2.1 pct', 64)).toBe(false);
  });

  it('needs a clearly short line unless the wrapping was greedy', () => {
    const line = 'A'.repeat(70);
    expect(isRealBreak(line, 70, 'By Jane Doe', 100)).toBe(false);
    expect(isRealBreak(line, 70, 'By Jane Doe', 100, true)).toBe(true);
  });
});

describe('isGreedyWrap', () => {
  it('reads a browser-width greedy wrap as greedy', () => {
    const text = `${prose(100)}\n\nCBS News\nPamela Falk\nDecember 22, 2023\nShare\nEmail`;
    expect(isGreedyWrap(text, 100)).toBe(true);
  });

  it('never reads wire-width text as greedy', () => {
    expect(isGreedyWrap(prose(64), 64)).toBe(false);
  });
});

describe('runsOn', () => {
  it('runs a sentence on over a line that ends in a word in lower case, one letter long too', () => {
    expect(runsOn('The pier reopened after the', 'repairs, officials said.')).toBe(true);
    expect(runsOn('The pier reopened after a', 'long repair.')).toBe(true);
    expect(runsOn('a', 'a')).toBe(true);
  });

  it('ends the paragraph after a full stop, or before a capital', () => {
    expect(runsOn('The pier reopened.', 'traders were glad.')).toBe(false);
    expect(runsOn('The pier reopened after a', 'Monday repair.')).toBe(false);
  });
});
