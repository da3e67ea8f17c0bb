import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_CASES } from '../scripts/lib/adversarial-inputs.js';
import { unaccountedWords } from '../src/account/account.js';
import { decode } from '../src/decode/decode.js';
import { fromWire } from '../src/parse/from-wire.js';
import type { ArticleJson } from '../src/render/json.js';
import { formatStory } from '../src/story.js';
import { countWordsUpTo } from '../src/text/count-words.js';
import { squash, squashWithin } from '../src/text/squash.js';
import { charsIn, trimEndWhere, trimStartWhere } from '../src/text/trim.js';

// The 1 MB and 10 MB timings against a normal story live in scripts/adversarial.js
// (`npm run adversarial`), which is what guards against quadratic time. Here the
// inputs are 50 KB, enough for every shape to repeat thousands of times, and the
// test is that each finishes and loses nothing; the timeout only catches a hang.
const SIZE = 50_000;
const chalk = new Chalk({ level: 1 });

describe('adversarial 50 KB inputs finish and lose nothing', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL_CASES)) {
    it(`formats ${name} as JSON and for the terminal`, { timeout: 30_000 }, () => {
      const input = make(SIZE);
      const bytes = new TextEncoder().encode(input);
      const results = formatStory(bytes, { format: 'json' });
      const jsons = results.map((result) => result.json as ArticleJson);
      // Accounted against the decoded text: mojibake repair changes the words on purpose.
      expect(unaccountedWords(decode(bytes).text, jsons)).toEqual([]);
      const [terminal] = formatStory(bytes, { format: 'terminal', chalk, width: 80 });
      expect(terminal?.output.length).toBeGreaterThan(0);
    });
  }

  it('parses 300,000 one-word lines (no Math.min spread overflow)', { timeout: 30_000 }, () => {
    const { tree } = fromWire('a\n'.repeat(300_000));
    expect(tree.children).toHaveLength(1);
  });

  it('parses 200,000 paragraphs made by indentation in one run', { timeout: 30_000 }, () => {
    const { tree } = fromWire('a\n b\n'.repeat(100_000));
    expect(tree.children.length).toBeGreaterThan(100_000);
  });
});

describe('linear helpers', () => {
  it('trims by scanning, like the regexes they replace', () => {
    const isBlank = charsIn(' \t');
    expect(trimEndWhere('a  b \t ', isBlank)).toBe('a  b');
    expect(trimStartWhere(' \t a b', isBlank)).toBe('a b');
    expect(trimEndWhere('   ', isBlank)).toBe('');
    expect(trimEndWhere('ab', isBlank)).toBe('ab');
  });

  it('squashWithin equals squash when short, null when longer than the bound', () => {
    const text = '  a \n\t b\u00a0\u2003c  ';
    expect(squashWithin(text, 100)).toBe(squash(text));
    expect(squashWithin('abc def', 6)).toBeNull();
    expect(squashWithin('abc def', 7)).toBe('abc def');
  });

  it('countWordsUpTo stops one past the limit', () => {
    expect(countWordsUpTo('one two three four', 2)).toBe(3);
    expect(countWordsUpTo('one two', 10)).toBe(2);
    // One word of millions of joined pieces: the regular expression it replaced overflowed the stack.
    expect(countWordsUpTo('a.'.repeat(5_000_000), 25)).toBe(1);
    expect(countWordsUpTo("O'Brien, U.S. -- well-known", 25)).toBe(3);
  });
});
