import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import type { Paragraph, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString as mdastToString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { repeatKey } from '../src/extract/byline/byline-slots.js';
import { cleanLine } from '../src/extract/byline/byline-words.js';
import { mayBeCredits, readCredits } from '../src/extract/credits/parse-credits.js';
import { looseKey, matchNoise } from '../src/extract/furniture/noise-lookup.js';
import { isShareBar } from '../src/extract/furniture/page-noise.js';
import { findTimestamp, STAMP_PATTERNS } from '../src/extract/published/timestamp.js';
import { CREDIT_PHRASES } from '../src/lexicon/credit-roles.js';
import { defaultLexicon, type Lexicon } from '../src/lexicon/index.js';
import { MONTHS } from '../src/lexicon/months.js';
import { SHARE_WORDS } from '../src/lexicon/page-noise.js';
import { PHOTO_CREDIT_FORMS } from '../src/lexicon/photo-credits.js';
import { fromWire } from '../src/parse/from-wire.js';
import { isBlockEnd, isMarkedLine, isRuleLine } from '../src/parse/line-shapes.js';
import { mayStandAlone } from '../src/parse/segment.js';
import { blankControls } from '../src/parse/strip-controls.js';
import { bodyMarkdown, plainTexts } from '../src/render/json.js';
import { JsonListWriter } from '../src/render/json-list.js';
import { MARKDOWN_OPTIONS } from '../src/render/markdown-options.js';
import { countWords, countWordsAcross } from '../src/text/count-words.js';
import { BIDI_CONTROLS, findInvisible, ZERO_WIDTH } from '../src/text/invisible.js';
import { letterKey } from '../src/text/letter-key.js';
import { lowerCaseWords, printsInLowerCase } from '../src/text/lower-case-words.js';
import { measureWords } from '../src/text/measure-words.js';
import { memoByText } from '../src/text/memo-by-text.js';
import { squash, squashWithin } from '../src/text/squash.js';
import { isLetterOrDigit } from '../src/text/word-character.js';
import { dropTextPrefix, dropTextSuffix, pointInText } from '../src/tree/line-map.js';

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

describe('isLetterOrDigit', () => {
  it('answers as [\\p{L}\\p{N}] for every code point of the BMP, asked twice, and astral ones', () => {
    const pattern = /^[\p{L}\p{N}]$/u;
    for (let pass = 0; pass < 2; pass++)
      for (let point = 0; point <= 0xffff; point++)
        if (isLetterOrDigit(point) !== pattern.test(String.fromCharCode(point)))
          throw new Error(`U+${point.toString(16)} on pass ${pass}`);
    for (const point of [0x1d400, 0x1f600, 0x20000, 0x10ffff, 0x1d7ce])
      expect(isLetterOrDigit(point)).toBe(pattern.test(String.fromCodePoint(point)));
  });
});

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

describe('letterKey', () => {
  it('keeps the letters and digits in lower case, as the Unicode replace does', () => {
    const long = fc
      .array(tricky, { minLength: 1000, maxLength: 1100 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, long), (value) => {
        expect(letterKey(value)).toBe(value.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('folds an ASCII line and a line with accents alike', () => {
    expect(letterKey('Storm hits   "Harbourton", 3 dead!')).toBe('stormhitsharbourton3dead');
    expect(letterKey('Élan: Ça va – 2ème')).toBe('élançava2ème');
    expect(letterKey('“Harbour’s – quay…”')).toBe('harboursquay');
  });
});

describe('measureWords', () => {
  it('counts as the Han, kana and Hangul replace then countWords did', () => {
    const unspaced = fc.constantFrom(...'中文字のカナ한국어ᄀ'.split(''));
    const mixed = fc
      .array(fc.oneof(tricky, unspaced), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, mixed), (value) => {
        let count = 0;
        const spaced = value.replace(
          /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu,
          () => {
            count++;
            return ' ';
          },
        );
        expect(measureWords(value)).toBe(countWords(spaced) + Math.ceil(count / 2));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts every BMP character between two words as the replace did', () => {
    const pattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
    for (let point = 0; point <= 0xffff; point++) {
      const value = `ab${String.fromCharCode(point)}cd ${String.fromCharCode(point)}`;
      let count = 0;
      const spaced = value.replace(pattern, () => {
        count++;
        return ' ';
      });
      if (measureWords(value) !== countWords(spaced) + Math.ceil(count / 2))
        throw new Error(`U+${point.toString(16)}`);
    }
  });
});

describe('matchNoise', () => {
  /** The scan the keyed lookup replaced: the first phrase of the table, in order, that matches. */
  function scanNoise(table: readonly { phrase: string }[], text: string) {
    if (text.length > 200) return undefined;
    const fold = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();
    const exact = fold(text);
    const loose = looseKey(text);
    return table.find((entry) => {
      if (entry.phrase.endsWith('*')) {
        const opening = fold(entry.phrase.slice(0, -1));
        return opening.length >= 3 && exact.startsWith(opening) && exact.length > opening.length;
      }
      if (text.length > 120) return false;
      if (fold(entry.phrase) === exact) return true;
      const phraseLoose = looseKey(entry.phrase);
      return phraseLoose.length >= 3 && phraseLoose === loose;
    });
  }

  it('finds the phrase a scan of the table in order finds', () => {
    const table = defaultLexicon.noisePhrases;
    const phrase = fc.constantFrom(...table.map((entry) => entry.phrase.replace(/\*$/, '')));
    const line = fc
      .tuple(
        fc.constantFrom('', ' ', '» ', '• '),
        phrase,
        fc.oneof(fc.constantFrom('', ':', ' ›', '  x', 'X'), text),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(line, text), (value) => {
        expect(matchNoise(table, value)).toBe(scanNoise(table, value));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('repeatKey', () => {
  it('folds as NFKC, straight quotes, squashed white space and lower case do', () => {
    const fold = (value: string) =>
      value
        .normalize('NFKC')
        .replace(/[‘’]/gu, "'")
        .replace(/[“”]/gu, '"')
        .replace(/\s+/gu, ' ')
        .trim()
        .toLowerCase();
    const ascii = fc.string({ unit: 'grapheme-ascii', maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(text, ascii), (value) => {
        expect(repeatKey(value)).toBe(fold(value));
      }),
      { numRuns: 2000 },
    );
    expect(repeatKey('  Share\tTHIS\n story ')).toBe('share this story');
  });
});

describe('lowerCaseWords', () => {
  it('finds the words the token-by-token reading finds', () => {
    const slow = (value: string) => {
      const words = new Set<string>();
      for (const token of value.split(/\s+/u)) {
        if (/[@_/\\]|\p{L}\.\p{L}/u.test(token)) continue;
        for (const match of token.matchAll(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’-]*/gu))
          words.add(match[0].replace(/['’-]+$/u, ''));
      }
      return [...words];
    };
    const prose = fc
      .array(
        fc.constantFrom('said', 'the', 'Jane', 'roe.', '@jroe', 'a.b', "o'neil-", 'x_y', 'été'),
        {
          maxLength: 12,
        },
      )
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.oneof(text, prose), (value) => {
        expect([...lowerCaseWords(value)]).toEqual(slow(value));
      }),
      { numRuns: 2000 },
    );
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
      // Tight and loose lists of one to three items: tight lists of plain items take a fast path.
      weight: 2,
      arbitrary: fc
        .tuple(fc.array(text, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean())
        .map(
          ([values, spread, itemSpread]): RootContent => ({
            type: 'list',
            ordered: false,
            spread,
            children: values.map((value) => ({
              type: 'listItem',
              spread: itemSpread,
              children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
            })),
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

describe('findInvisible', () => {
  it('finds what a scan of every character finds', () => {
    const invisibleText = fc
      .array(
        fc.oneof(
          tricky,
          fc.constantFrom(
            ...[...BIDI_CONTROLS, ...ZERO_WIDTH].map((code) => String.fromCharCode(code)),
          ),
          fc.constant('👩\u200d💻'),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(invisibleText, (value) => {
        // The character-by-character scan it replaced.
        const picture = (code: number | undefined) =>
          /\p{Extended_Pictographic}/u.test(String.fromCodePoint(code ?? 0));
        const expected = [];
        for (let index = 0; index < value.length; index++) {
          const code = value.charCodeAt(index);
          const before = value.codePointAt(index - 1);
          const beforePair = index >= 2 ? (value.codePointAt(index - 2) ?? 0) : 0;
          const emoji =
            (picture(before) || (beforePair > 0xffff && picture(beforePair))) &&
            picture(value.codePointAt(index + 1));
          if (BIDI_CONTROLS.has(code)) expected.push({ kind: 'bidi-control', code, index });
          else if (ZERO_WIDTH.has(code) && !(code === 0x200d && emoji))
            expected.push({ kind: 'zero-width', code, index });
        }
        expect(findInvisible(value)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('memoByText', () => {
  it('answers as the question does, asking it once per line and lexicon, within its bound', () => {
    const asked: string[] = [];
    const question = (line: string, lexicon: Lexicon) => {
      asked.push(line);
      return `${line.length}:${lexicon.agencies.length}`;
    };
    const remembered = memoByText(question, 3);
    const other = { ...defaultLexicon, agencies: [] };
    expect(remembered('ab', defaultLexicon)).toBe(question('ab', defaultLexicon));
    expect(remembered('ab', defaultLexicon)).toBe(question('ab', defaultLexicon));
    expect(remembered('ab', other)).toBe('2:0');
    expect(asked).toEqual(['ab', 'ab', 'ab', 'ab']);
    for (const line of ['c', 'd', 'e']) remembered(line, defaultLexicon);
    asked.length = 0;
    remembered('ab', defaultLexicon);
    // Past the bound, everything was forgotten at once.
    expect(asked).toEqual(['ab']);
  });
});

describe('memoByText and memory', () => {
  it('keeps no story alive through a remembered line sliced from it', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const remembered = memoByText((line: string) => line.trim(), 100);
    const STORY = 1_000_000;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let index = 0; index < 40; index++) {
      // A flat string of its own per story; the line is a slice of it.
      const story = `${index} the line that a question asks about\n`.padEnd(STORY, 'x');
      remembered(story.slice(0, 40), defaultLexicon);
    }
    gc();
    // Forty stories held would be 40 MB (one byte a character); the lines are 40 bytes each.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10 * STORY);
  });
});

describe('squashWithin', () => {
  it('gives squash, or null when the squashed text is longer than the bound', () => {
    fc.assert(
      fc.property(text, fc.nat(30), (value, max) => {
        const flat = squash(value);
        expect(squashWithin(value, max)).toBe(flat.length > max ? null : flat);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('countWordsAcross', () => {
  it('counts the words of the texts joined', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        expect(countWordsAcross(texts)).toBe(countWords(texts.join('')));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a word on across two texts as one word', () => {
    expect(countWordsAcross(['It ended.', 'Start here'])).toBe(3);
  });
});

describe('plainTexts', () => {
  const leaf = fc.oneof(
    text.map((value) => ({ type: 'text', value })),
    text.map((value) => ({ type: 'inlineCode', value })),
    text.map((value) => ({ type: 'html', value })),
    text.map((alt) => ({ type: 'image', url: 'x', alt })),
    fc.constant({ type: 'break' }),
  );
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc
        .tuple(
          fc.constantFrom('paragraph', 'emphasis', 'list', 'root'),
          fc.array(tie('tree'), { maxLength: 4 }),
        )
        .map(([type, children]) => ({ type, children })),
    ),
  }));

  it('joins to what mdast-util-to-string gives', () => {
    fc.assert(
      fc.property(tree, (node) => {
        const root = { type: 'root', children: [node] } as Root;
        expect(plainTexts(root).join('')).toBe(mdastToString(root));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('credit paragraph pre-test', () => {
  const pieces = fc.oneof(
    tricky,
    fc.constantFrom(...CREDIT_PHRASES.map((entry) => entry.phrase)),
    fc.constantFrom(
      'reporting by',
      'EDITING BY',
      ' contributed to this report',
      ';',
      ') (',
      ', ',
      '/',
      '--',
      '—',
      ':',
      'Jane Doe',
      ' and ',
    ),
  );
  const paragraph = fc.array(pieces, { maxLength: 12 }).map((parts) => squash(parts.join('')));

  it('refuses only paragraphs the full reader refuses', () => {
    let read = 0;
    fc.assert(
      fc.property(paragraph, (flat) => {
        const credits = readCredits(flat, defaultLexicon);
        if (credits) read++;
        if (!mayBeCredits(flat, defaultLexicon)) expect(credits).toBeNull();
      }),
      {
        numRuns: 3000,
        examples: [
          ['(Reporting by Jane Doe; Editing by John Roe)'],
          ['Jane Doe contributed to this report.'],
        ],
      },
    );
    // The examples and the generator reach credit paragraphs: the property is tested on both sides.
    expect(read).toBeGreaterThan(1);
  });

  it('lets through a credit paragraph after its brackets and dashes', () => {
    for (const flat of [
      '(Reporting by Jane Doe; Editing by John Roe)',
      '-- With assistance from Jane Doe.',
    ])
      expect(mayBeCredits(flat, defaultLexicon) && readCredits(flat, defaultLexicon)).toBeTruthy();
  });
});

describe('time stamp pre-test', () => {
  const pieces = fc.oneof(
    tricky,
    fc.constantFrom(
      ...Object.keys(MONTHS),
      'hours ago',
      'min ago',
      'st',
      'th',
      ':',
      '-',
      '/',
      '年',
      '月',
      '日',
      ' at ',
      'PM',
      '2023',
      '7',
      '12',
    ),
  );
  const line = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

  it('holds: no stamp pattern matches a line without a figure', () => {
    fc.assert(
      fc.property(line, (value) => {
        if (/\d/.test(value)) return;
        for (const pattern of STAMP_PATTERNS) expect(pattern.test(value)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for dated stamps: no full date is read from a line without a year', () => {
    const dated = fc
      .array(
        fc.oneof(
          { weight: 1, arbitrary: pieces },
          {
            weight: 3,
            arbitrary: fc.constantFrom(
              'December 22, ',
              '22 March ',
              '2023-05-',
              '05/12/',
              '2023',
              '1987',
              '19',
              '12',
              ' ',
            ),
          },
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join(''));
    let isoDates = 0;
    fc.assert(
      fc.property(dated, (value) => {
        const isoDate = findTimestamp(value)?.isoDate ?? null;
        if (isoDate !== null) isoDates++;
        if (!/(?:19|20)\d\d/.test(value)) expect(isoDate).toBeNull();
      }),
      {
        numRuns: 3000,
        examples: [['December 22, 2023'], ['2023-05-12'], ['05/12/ December 22, ']],
      },
    );
    expect(isoDates).toBeGreaterThan(1);
  });

  it('holds for bylines: cleaning a line adds no figure and no year to it', () => {
    const withFigures = fc
      .array(fc.oneof(pieces, fc.constantFrom('2023', '19', '20', '5', 'By ', '[x1]', '• ')), {
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withFigures, (value) => {
        const cleaned = cleanLine(value);
        if (/\d/.test(cleaned)) expect(value).toMatch(/\d/);
        if (/(?:19|20)\d\d/.test(cleaned)) expect(value).toMatch(/(?:19|20)\d\d/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('looseKey', () => {
  it('drops punctuation, symbols and white space at either end as the anchored pattern does', () => {
    const line = fc
      .array(fc.oneof(tricky, fc.constantFrom('!', '…', '»', '$', '😀', '\ud83d', '—', '*')), {
        maxLength: 20,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, (value) => {
        const exact = value.toLowerCase().replace(/\s+/g, ' ').trim();
        expect(looseKey(value)).toBe(exact.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('photo credit forms', () => {
  const pieces = fc.oneof(
    tricky,
    fc.constantFrom(
      'Photo by ',
      'Photos: ',
      'Picture by ',
      'Image: ',
      'Credit: ',
      'Credits:',
      'Photographer: ',
      '(AP Photo/',
      'REUTERS/',
      '/AFP',
      '/Getty Images',
      'Jane Doe',
      ' ',
      '/',
      '(',
      ')',
      '.',
    ),
  );
  const paragraph = fc.array(pieces, { maxLength: 10 }).map((parts) => parts.join(''));

  it('each holds one of the texts it needs wherever its pattern matches', () => {
    const matched = new Map(PHOTO_CREDIT_FORMS.map((form) => [form.name, 0]));
    fc.assert(
      fc.property(paragraph, (value) => {
        for (const form of PHOTO_CREDIT_FORMS) {
          if (!new RegExp(`(?:^|\\s)${form.pattern}\\.?$`, 'u').test(value)) continue;
          matched.set(form.name, (matched.get(form.name) ?? 0) + 1);
          expect(form.needs.some((needed) => value.includes(needed))).toBe(true);
        }
      }),
      {
        numRuns: 3000,
        // One credit of each form always runs, so every form's claim is put to the test.
        examples: [
          ['A caption. Photographer: Jane Doe/Bloomberg'],
          ['A caption. (AP Photo/Jane Doe)'],
          ['A caption. REUTERS/Jane Doe'],
          ['A caption. Credit: Jane Doe'],
          ['A caption. Photo by Jane Doe'],
          ['A caption. Jane Doe/AFP'],
        ],
      },
    );
    for (const count of matched.values()) expect(count).toBeGreaterThan(0);
  });
});

describe('blankControls', () => {
  const control = fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f', '\r');
  const withControls = fc
    .array(fc.oneof(tricky, control), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('puts a space for each control as the regular expression replace does, lone surrogates kept', () => {
    const every = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
    fc.assert(
      fc.property(withControls, fc.integer({ min: 0, max: 3 }), (value, copies) => {
        // Repeated past the size of a chunk copied at a time (8,192 code units).
        const long = value.repeat(copies === 0 ? 1 : Math.ceil(9000 / Math.max(value.length, 1)));
        for (const input of [value, long]) {
          const { text, stripped } = blankControls(input);
          expect(text).toBe(input.replace(every, ' '));
          expect(stripped.count).toBe(input.match(every)?.length ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('mayStandAlone', () => {
  const shapes = fc
    .array(
      fc.oneof(
        tricky,
        fc.constantFrom('_', '___', '<', '^', '@<', 'END', 'BC', '\u3000', '\u2003'),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

  it('is true for every line a line-shape reader would make stand alone', () => {
    fc.assert(
      fc.property(shapes, (value) => {
        if (isRuleLine(value) || isBlockEnd(value) || isMarkedLine(value))
          expect(mayStandAlone(value)).toBe(true);
      }),
      { numRuns: 5000, examples: [['___'], ['^END<'], ['\u3000^END<'], ['x @<'], ['^BC-Slug']] },
    );
  });
});

describe('cutting a one-line paragraph', () => {
  // A one-line map is moved (a prefix) or kept (a suffix) without the general
  // rebuild of its entries: every character left must still point where it did.
  const story = fc
    .tuple(
      fc.array(fc.constantFrom('  ', '\t', 'x ', ''), { maxLength: 2 }),
      fc.array(fc.oneof(tricky, fc.constantFrom(' ', '^', '<')), { minLength: 1, maxLength: 20 }),
      fc.array(fc.constantFrom('\n', 'More text', '\n', 'next line'), { maxLength: 4 }),
    )
    .map(([lead, body, after]) => `${lead.join('')}${body.join('')}${after.join('')}`);

  it('keeps every point of the text left', () => {
    fc.assert(
      fc.property(story, fc.nat(30), fc.boolean(), (input, at, prefix) => {
        const paragraph = fromWire(input).tree.children[0];
        const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
        if (paragraph?.type !== 'paragraph' || text?.type !== 'text') return;
        const before = text.value;
        const points = Array.from({ length: before.length }, (_, index) =>
          pointInText(text, index),
        );
        const cut = Math.min(at, before.length);
        if (prefix) dropTextPrefix(paragraph, cut);
        else dropTextSuffix(paragraph, cut);
        const shift = prefix ? before.length - text.value.length : 0;
        for (let index = 0; index < text.value.length; index++)
          expect(pointInText(text, index)).toEqual(points[index + shift]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('printsInLowerCase', () => {
  it('answers as the set of the whole text does', () => {
    const words = fc.constantFrom('said', 'the', 'roe', 'o', "o'neil", 'été', 'x', 'jroe', 'b', '');
    const prose = fc
      .array(
        fc.constantFrom(
          'said',
          'the',
          'Jane',
          'roe.',
          '@jroe',
          'a.b',
          "o'neil-",
          'x_y',
          'été',
          'theroe',
        ),
        { maxLength: 12 },
      )
      .map((tokens) => tokens.join(' '));
    fc.assert(
      fc.property(fc.oneof(text, prose), fc.oneof(words, text), (value, word) => {
        expect(printsInLowerCase(value, word)).toBe(lowerCaseWords(value).has(word));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isShareBar', () => {
  it('answers as splitting and lower-casing the whole line first did', () => {
    const shareWords = new Set(SHARE_WORDS);
    const glued = (token: string): string[] | null => {
      const pieces: string[] = [];
      let rest = token;
      while (rest !== '') {
        let found = '';
        for (const word of shareWords)
          if (word.length > found.length && rest.startsWith(word)) found = word;
        if (found === '') return null;
        pieces.push(found);
        rest = rest.slice(found.length);
      }
      return pieces;
    };
    const slow = (line: string): boolean => {
      const spaced = line.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ').toLowerCase();
      const words: string[] = [];
      for (const [token] of spaced.matchAll(/[\p{L}\d-]+/gu)) {
        if (shareWords.has(token)) words.push(token);
        else {
          const pieces = glued(token);
          if (!pieces) return false;
          words.push(...pieces);
        }
      }
      return (
        words.length > 0 &&
        words.some((word) => word !== 'x' && word !== 'on' && word !== 'to') &&
        words.every((word) => shareWords.has(word))
      );
    };
    const buttons = fc
      .array(
        fc.constantFrom(
          'Share',
          'share',
          'ShareShare',
          'facebookx',
          'Facebook',
          'on',
          'X',
          'İ',
          'İShare',
          'ǅ',
          'Print',
          'said',
          '·',
          ' ',
          '|',
          '-',
          'Ⓐ',
          'Ⅰ',
        ),
        { maxLength: 10 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, buttons), (line) => {
        expect(isShareBar(line)).toBe(slow(line));
      }),
      { numRuns: 3000 },
    );
  });
});
