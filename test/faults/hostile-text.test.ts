import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMarkdownLimits, MarkdownTooDeepError } from '../../src/parse/markdown-limits.js';
import { formatStory } from '../../src/story.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('Markdown input is bounded in nesting depth', () => {
  it.each([
    ['2,000 ">" (overflowed the stack, exit 70)', '>'.repeat(2000)],
    ['nested emphasis (4 KB took 56 s)', `${'*a _'.repeat(500)}x${'_ a*'.repeat(500)}`],
    ['100,000 "["', '['.repeat(100_000)],
    ['link destinations in one word (quadratic: 200 KB took 72 s)', '[a]('.repeat(25_000)],
    [
      'lists nested by indentation',
      Array.from({ length: 200 }, (_, level) => `${' '.repeat(2 * level)}- a`).join('\n'),
    ],
  ])('refuses %s with a clear error', { timeout: 30_000 }, (_name, text) => {
    expect(() => formatStory(encode(text), { format: 'json', from: 'markdown' })).toThrow(
      MarkdownTooDeepError,
    );
    expect(() => checkMarkdownLimits(text)).toThrow(
      /more than copydesk reads safely \(read it as text with --from text\)/,
    );
  });

  it("accepts copydesk's own Markdown of every fixture", () => {
    const fixtures = join(import.meta.dirname, '../../fixtures');
    for (const name of readdirSync(fixtures)) {
      let markdown: string;
      try {
        markdown = readFileSync(join(fixtures, name, 'expected.md'), 'utf8');
      } catch {
        continue;
      }
      expect(() => checkMarkdownLimits(markdown), name).not.toThrow();
    }
  });

  it('reads back its own Markdown of a paragraph with many brackets, stars and snake_case words', () => {
    const words = Array.from({ length: 500 }, (_, index) => `a_b${index} x*y ( ] [ ! <`).join(' ');
    const [markdown] = formatStory(encode(`Headline Here\n\nThe files ${words}\n`), {
      format: 'markdown',
    });
    const [reread] = formatStory(markdown?.output ?? '', { format: 'json', from: 'markdown' });
    expect(reread?.json?.body).toContain('a_b499');
  });

  it('ignores a thematic break and fenced code', () => {
    expect(() =>
      checkMarkdownLimits(`${'- '.repeat(40)}\n\n\`\`\`\n${'>'.repeat(100)}\n\`\`\`\n`),
    ).not.toThrow();
  });
});

describe('extractor patterns are linear on runs of one character class', () => {
  // No timing assertion: the guard is the timeout. The relative time-stamp pattern read
  // to the end of a digit run from every digit (3.4 s at 32k digits, minutes at 300k).
  it('formats a paragraph holding 300,000 digits', { timeout: 30_000 }, () => {
    const [result] = formatStory(
      encode(`Headline Here\n\nThe figure was ${'7'.repeat(300_000)} in all.\n`),
      {
        format: 'json',
      },
    );
    expect(result?.json?.body).toContain('7777777');
  });
});

describe('bidirectional controls in the body', () => {
  it('warn like those in fields (U+202E reached Markdown output unnoticed)', () => {
    const [result] = formatStory(
      encode(
        'Harbour Council Votes to Rebuild Old Pier\n\nThe council said the \u202evote\u202c was final.\n',
      ),
      { format: 'json' },
    );
    expect(result?.json?.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'bidi-control', line: 3, severity: 'warning' }),
    );
    expect(
      result?.json?.messages.find((message) => message.ruleId === 'bidi-control')?.reason,
    ).toMatch(/U\+202E, U\+202C\) in the body/);
  });

  it('do not warn for the marks right-to-left prose uses', () => {
    const [result] = formatStory(
      encode(
        'Harbour Council Votes to Rebuild Old Pier\n\nThe council said \u200fوافق\u200f today.\n',
      ),
      { format: 'json' },
    );
    expect(result?.json?.messages.filter((message) => message.ruleId === 'bidi-control')).toEqual(
      [],
    );
  });
});
