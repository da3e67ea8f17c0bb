import { describe, expect, it } from 'vitest';
import { displayWidth, isUnspaced } from '../../src/text/display-width.js';

describe('displayWidth', () => {
  it('counts one column a Latin letter, two a Chinese or Japanese character, none a combining mark', () => {
    expect(displayWidth('Pier')).toBe(4);
    expect(displayWidth('桟橋')).toBe(4);
    expect(displayWidth('ＮＵＣ')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});

describe('isUnspaced', () => {
  it('tells writing without spaces between words', () => {
    expect(isUnspaced('港')).toBe(true);
    expect(isUnspaced('か')).toBe(true);
    expect(isUnspaced('한')).toBe(false);
    expect(isUnspaced('a')).toBe(false);
  });
});
