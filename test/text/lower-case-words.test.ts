import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from '../../src/text/lower-case-words.js';

describe('lowerCaseWords', () => {
  it('keeps the words printed in lower case, not those capitalised', () => {
    const words = lowerCaseWords('Exclusive details: Jane Doe said the pier’s piles were rotten.');
    expect(words.has('details')).toBe(true);
    expect(words.has('pier’s')).toBe(true);
    expect(words.has('exclusive')).toBe(false);
    expect(words.has('jane')).toBe(false);
  });

  it('reads no word out of the middle of a capitalised one', () => {
    expect([...lowerCaseWords('McDonald O’Neil')]).toEqual([]);
  });
});

describe('lowerCaseWords and addresses', () => {
  it('reads no word out of a handle, an e-mail address or a web address', () => {
    const words = lowerCaseWords(
      'Follow Jane Roe @ jane_roe, write to jroe@example.org or see roe.example/about',
    );
    expect([...words].sort()).toEqual(['or', 'see', 'to', 'write']);
  });
});
