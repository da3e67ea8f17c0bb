import { Chalk } from 'chalk';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { unaccountedWords } from '../src/account/account.js';
import { formatReport } from '../src/cli/report.js';
import { BinaryInputError } from '../src/decode/decode.js';
import type { ArticleJson } from '../src/render/json.js';
import { formatStory } from '../src/story.js';
import { PAYLOADS } from './support/mutations.js';

/** copydesk's own styling: SGR sequences only. */
const OWN_SGR = /\u001b\[[0-9;]*m/g;
const TERMINAL_ACTIVE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const MARKDOWN_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const chalk = new Chalk({ level: 1 });

/** A story with the payload in the headline, the byline and the lead. */
function storyWith(payload: string): string {
  return `Council ${payload} Votes on Curfew

By Jane ${payload} Doe

PORTVILLE, March 3 (Reuters) - The council voted ${payload} on Tuesday, officials said.

(Reporting by Jane Doe; Editing by Sam Roe)
`;
}

function ruleIds(output: { file: VFile }[]): string[] {
  return output.flatMap((result) => result.file.messages.map((message) => message.ruleId ?? ''));
}

const encoder = new TextEncoder();

describe('hostile payloads in every part of a story', () => {
  it('refuses a story with a NUL byte as binary input', () => {
    const bytes = encoder.encode(storyWith(PAYLOADS.NUL ?? ''));
    expect(() => formatStory(bytes, { format: 'terminal', chalk })).toThrow(BinaryInputError);
  });

  for (const [name, payload] of Object.entries(PAYLOADS)) {
    if (payload.includes('\u0000')) continue;
    const bytes = encoder.encode(storyWith(payload));

    it(`terminal view: ${name} — no escape but our SGR, no control character`, () => {
      for (const width of [undefined, 60]) {
        const [result] = formatStory(bytes, {
          format: 'terminal',
          chalk,
          ...(width ? { width } : {}),
        });
        const bare = (result?.output ?? '').replace(OWN_SGR, '');
        expect(bare).not.toMatch(TERMINAL_ACTIVE);
        expect(bare).toContain('Council');
      }
    });

    it(`Markdown: ${name} — no control character`, () => {
      const [result] = formatStory(bytes, { format: 'markdown' });
      expect(result?.output).not.toMatch(MARKDOWN_CONTROL);
    });

    it(`JSON: ${name} — parses, no raw control character, the words all kept`, () => {
      const [result] = formatStory(bytes, { format: 'json' });
      const output = result?.output ?? '';
      expect(output).not.toMatch(MARKDOWN_CONTROL);
      const json = JSON.parse(output) as ArticleJson;
      expect(unaccountedWords(storyWith(payload), [json])).toEqual([]);
    });
  }

  it('reports control characters it removed (control-chars-stripped)', () => {
    const results = formatStory(
      encoder.encode(storyWith(PAYLOADS['OSC 52 clipboard write'] ?? '')),
      {
        format: 'json',
      },
    );
    expect(ruleIds(results)).toContain('control-chars-stripped');
  });

  it('shows a right-to-left override in the byline escaped and warns (bidi-control)', () => {
    const bytes = encoder.encode(storyWith('\u202e'));
    const [terminal] = formatStory(bytes, { format: 'terminal', chalk: new Chalk({ level: 0 }) });
    expect(terminal?.output).toContain('By Jane <U+202E> Doe');
    const messages = terminal?.file.messages ?? [];
    const bidi = messages.filter((message) => message.ruleId === 'bidi-control');
    expect(bidi.map((message) => message.reason)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('in the headline'),
        expect.stringContaining('in the byline'),
      ]),
    );
    expect(bidi.every((message) => message.fatal === false)).toBe(true);
  });

  it('keeps the bidi control in the JSON data (nothing lost) while warning', () => {
    const [json] = formatStory(encoder.encode(storyWith('\u2067')), { format: 'json' });
    expect(json?.json?.byline?.text).toContain('\u2067');
    expect(json?.json?.messages.map((message) => message.ruleId)).toContain('bidi-control');
  });

  it('flags a zero-width space hidden in a byline name (zero-width)', () => {
    const [result] = formatStory(encoder.encode(storyWith('Mc\u200bKay')), { format: 'json' });
    const reasons = result?.json?.messages
      .filter((message) => message.ruleId === 'zero-width')
      .map((message) => message.reason);
    expect(reasons).toContainEqual(expect.stringContaining('U+200B'));
  });

  it('does not flag the zero-width joiner inside an emoji sequence', () => {
    const [result] = formatStory(encoder.encode(storyWith('👩\u200d💻')), { format: 'json' });
    expect(result?.json?.messages.map((message) => message.ruleId)).not.toContain('zero-width');
  });
});

describe('JSON keeps data and escapes controls (R-JSON-7)', () => {
  it('writes a control character in a file name as a \\u escape, never raw', () => {
    const [result] = formatStory(encoder.encode('Headline\n\nText.\n'), {
      format: 'json',
      path: 'wires/a\u001b[2J\u0007.txt',
    });
    expect(result?.output).toContain('"path": "wires/a\\u001b[2J\\u0007.txt"');
    expect(result?.output).not.toMatch(MARKDOWN_CONTROL);
  });
});

describe('Markdown input (--from markdown)', () => {
  it('removes and reports control characters before micromark sees them', () => {
    const doc = '# Council \u001b]0;x\u0007 Votes\n\nBy Jane Doe\n\nText \u009b31m here.\n';
    const [result] = formatStory(doc, { format: 'markdown', from: 'markdown' });
    expect(result?.output).not.toMatch(MARKDOWN_CONTROL);
    expect(ruleIds([result as { file: VFile }])).toContain('control-chars-stripped');
    const [terminal] = formatStory(doc, { format: 'terminal', from: 'markdown', chalk });
    expect((terminal?.output ?? '').replace(OWN_SGR, '')).not.toMatch(TERMINAL_ACTIVE);
  });

  it('reads a byline written with its title line (a hard break) back as the same byline', () => {
    const wire =
      'Storm Closes Passes\n\nBy JANE DOE\n\nAssociated Press\n\nDENVER (AP) — Snow fell.\n';
    const [first] = formatStory(wire, { format: 'json' });
    const [markdown] = formatStory(wire, { format: 'markdown' });
    const [again] = formatStory(markdown?.output ?? '', { format: 'json', from: 'markdown' });
    expect(first?.json?.byline?.text).toBe('By JANE DOE\nAssociated Press');
    expect(again?.json?.byline?.text).toBe(first?.json?.byline?.text);
  });
});

describe('diagnostics quote hostile names and reasons safely', () => {
  it('shows escape sequences in a file name and a reason in caret notation', () => {
    const report = formatReport(
      [
        {
          name: 'evil\u001b]0;pwned\u0007.txt',
          messages: [
            {
              line: 1,
              column: 1,
              endLine: null,
              endColumn: null,
              severity: 'warning',
              ruleId: 'test',
              reason: 'Unexpected \u009b2J in \u001b[3J text',
            },
          ],
        },
      ],
      { chalk: new Chalk({ level: 0 }) },
    );
    expect(report).not.toMatch(TERMINAL_ACTIVE);
    expect(report).toContain('evil^[]0;pwned^G.txt');
    expect(report).toContain('Unexpected <U+009B>2J in ^[[3J text');
  });
});
