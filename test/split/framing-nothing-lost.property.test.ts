import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unaccountedWords } from '../../src/account/account.js';
import type { ArticleJson } from '../../src/render/json.js';
import { formatStory } from '../../src/story.js';

/** Pieces of broken captures: framing bytes, header-like tokens, words and line ends. */
const piece = fc.constantFrom(
  '\u0001',
  '\u0002',
  '\u0003',
  '\u0004',
  '\u0005',
  '\u0016',
  '\u001f',
  '\u007f',
  '\u0008',
  '\u0013\u0011',
  '\n',
  '\t',
  ' ',
  '^',
  '<',
  ' =',
  '___',
  'a0001',
  'a12345',
  'r aBC-X 01-01 0001',
  'BC-102-26 0100',
  'r a BC-Harbor-Fire 05-14 0412',
  'xyz017 3 pl 245',
  'Slug/',
  '\r',
  'dpa017 3 pl 245 vvvvb dpa 017',
  'Norland-Weather/',
  '^END<',
  'HL:',
  '@<',
  'HARBOURTON (Reuters) - ',
  'By Jane Doe',
  'harbor',
  'Fire',
  '0412',
  'dpa ab',
  ' EFE',
  '. EFE',
  'burs-ab/cd',
  'The following information is not for publication',
  '- Reporting by: Jane Doe, +49 40 1234',
  'AP Photo XY1',
  'Eds: Updates.',
  '1ST LEAD',
  'ryryryry',
  'Kessel (dpa) - ',
  '(Reporting by Jane Doe; Editing by Max Moe)',
  'Associated Press',
);

describe('formatStory on broken framing', () => {
  it('never throws and accounts for every word, whatever the framing', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const input = pieces.join('');
        const bytes = new TextEncoder().encode(input);
        const results = formatStory(bytes, { format: 'json' });
        const json = results.map((result) => result.json as ArticleJson);
        expect(unaccountedWords(input, json)).toEqual([]);
      }),
      { numRuns: 300, seed: 1127 },
    );
  });
});
