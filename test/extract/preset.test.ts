import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, it } from 'vitest';
import { extractPreset } from '../../src/extract/index.js';

it('runs every extractor on a tree from remark-parse, setting up the article itself', () => {
  const processor = unified().use(remarkParse).use(extractPreset());
  const file = new VFile(
    '# Ferry service resumes after storm\n\nBy Jane Doe\n\nHARBOURTON (Reuters) - Ferries sailed again on Monday.\n',
  );
  processor.runSync(processor.parse(file), file);
  const article = file.data.article;
  expect(article?.headline).toBe('Ferry service resumes after storm');
  expect(article?.byline?.authors.map((author) => author.name)).toEqual(['Jane Doe']);
  expect(article?.dateline?.location).toBe('HARBOURTON');
});
