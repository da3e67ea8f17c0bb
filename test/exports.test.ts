import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, it } from 'vitest';
import { EXTRACTORS } from '../src/extract/index.js';
import * as copydesk from '../src/index.js';

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
      "MarkdownTooDeepError",
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
      "extractPreset",
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
      "renderNewsMessage",
      "renderNewsmlG2",
      "renderNitf",
      "renderTerminal",
      "repairMojibake",
      "sanitizeForTerminal",
      "toArticleJson",
      "unaccountedWords",
    ]
  `);
});

it('offers the extractors as a unified preset, in the order the processor runs them', () => {
  const plugins = (copydesk.copydesk.plugins ?? []).map((entry) =>
    Array.isArray(entry) ? entry[0] : entry,
  );
  expect(plugins).toEqual([...EXTRACTORS]);
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

it('compiles JSON from a remark-parse tree through the preset', () => {
  const file = unified()
    .use(remarkParse)
    .use(copydesk.copydesk)
    .use(copydesk.compileJson)
    .processSync(
      '# Copper Rises as Smelters Cut Output\n\nBy Ana Ruiz\n\nSANTIAGO (Reuters) - Copper rose.\n',
    );
  const story = file.result as copydesk.ArticleJson;
  expect(story.headline).toBe('Copper Rises as Smelters Cut Output');
  expect(story.byline?.authors.map((author) => author.name)).toEqual(['Ana Ruiz']);
  expect(story.dateline?.location).toBe('SANTIAGO');
});

it('takes other tables through extractPreset', () => {
  const lexicon = copydesk.extendLexicon({
    agencies: [{ name: 'Nordwire', tags: ['NW'], names: [] }],
  });
  const text = 'Copper Rises Again\n\nOSLO (NW) - Copper rose on Tuesday in Oslo trading.\n';
  const run = (preset: ReturnType<typeof copydesk.extractPreset>) =>
    unified().use(copydesk.parseWire).use(preset).use(copydesk.compileJson).processSync(text)
      .result as copydesk.ArticleJson;
  expect(run(copydesk.extractPreset()).dateline?.agency ?? null).not.toBe('Nordwire');
  expect(run(copydesk.extractPreset({ lexicon })).dateline?.agency).toBe('Nordwire');
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
