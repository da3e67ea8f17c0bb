import { unified } from 'unified';
import { expect, it } from 'vitest';
import * as copydesk from '../src/index.js';
import { EXTRACTORS } from '../src/processor.js';

const STORY = `Markets

Copper Rises as Smelters Cut Output

By Ana Ruiz and Tomas Berg

SANTIAGO, March 3 (Reuters) - Copper rose on Tuesday after two smelters said
they would cut output.

Reporting by Ana Ruiz; Editing by Lena Ortiz
`;

it('exposes exactly the documented public API', () => {
  expect(Object.keys(copydesk).sort()).toMatchInlineSnapshot(`
    [
      "BinaryInputError",
      "InputTooLargeError",
      "SCHEMA_VERSION",
      "boilerplate",
      "byline",
      "captions",
      "compileJson",
      "copydesk",
      "copyright",
      "createProcessor",
      "credits",
      "dateline",
      "decode",
      "defaultLexicon",
      "extendLexicon",
      "formatStory",
      "fromWire",
      "headline",
      "keptStrings",
      "matchDateline",
      "matchPhotoCredit",
      "notes",
      "parseByline",
      "parseCopyright",
      "parseCredits",
      "parseWire",
      "recaseName",
      "renderTerminal",
      "repairMojibake",
      "sanitizeForTerminal",
      "toArticleJson",
      "unaccountedWords",
    ]
  `);
});

it('offers the extractors as a unified preset, in the order the processor runs them', () => {
  expect(copydesk.copydesk.plugins).toEqual([...EXTRACTORS]);
});

it('gives parser + preset + JSON compiler the JSON of createProcessor', () => {
  const file = unified()
    .use(copydesk.parseWire)
    .use(copydesk.copydesk)
    .use(copydesk.compileJson)
    .processSync(STORY);
  const story = file.result as copydesk.ArticleJson;
  expect(story.headline).toBe('Copper Rises as Smelters Cut Output');
  expect(story.kicker).toBe('Markets');
  expect(story.byline?.authors.map((author) => author.name)).toEqual(['Ana Ruiz', 'Tomas Berg']);
  expect(story.dateline?.location).toBe('SANTIAGO');
  expect(story.credits.map((credit) => credit.role)).toEqual(['reporting', 'editing']);
  expect(String(file)).toBe(
    String(copydesk.createProcessor({ format: 'json' }).processSync(STORY)),
  );
});

it('makes every output format ready on import, with no await', () => {
  const [story] = copydesk.formatStory(STORY, { format: 'markdown', frontMatter: true });
  expect(story?.output).toMatch(/^---\n[\s\S]*\n---\n/);
  const [fromMarkdown] = copydesk.formatStory(story?.output ?? '', {
    format: 'json',
    from: 'markdown',
  });
  expect(fromMarkdown?.json?.headline).toBe('Copper Rises as Smelters Cut Output');
});
