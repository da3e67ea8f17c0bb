import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { ExtractOptions } from '../../src/extract/options.js';
import { fromWire } from '../../src/parse/from-wire.js';
import { type Article, emptyArticle } from '../../src/types.js';

type Extractor = (options?: ExtractOptions) => (tree: Root, file: VFile) => void;

/** Runs extractors, in order, over wire text; returns the tree, the article and the file. */
export function runExtractors(
  text: string,
  ...extractors: Extractor[]
): { tree: Root; article: Article; file: VFile } {
  const file = new VFile({ value: text });
  const article = emptyArticle({ path: null, format: 'text', index: 0 });
  file.data.article = article;
  file.data.referenceYear = null;
  const { tree } = fromWire(text);
  for (const extractor of extractors) extractor()(tree, file);
  return { tree, article, file };
}
