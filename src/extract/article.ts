import type { VFile } from 'vfile';
import { type Article, emptyArticle } from '../types.js';

/**
 * The article on a file, set up empty when no copydesk parser ran before
 * (a tree from remark-parse, say): every plugin can then run on any mdast
 * tree. Such a tree was read from Markdown, so its source format says so.
 */
export function ensureArticle(file: VFile): Article {
  file.data.article ??= emptyArticle({ path: file.path || null, format: 'markdown', index: 0 });
  return file.data.article;
}
