import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { NOTE_PREFIXES, NOTE_VERBS } from '../lexicon/index.js';
import {
  articleOf,
  blockText,
  dropBlocks,
  escapeRegExp,
  isTextBlock,
  lineOf,
  squash,
  squashWithin,
} from './blocks.js';
import type { ExtractOptions } from './options.js';

const verbs = NOTE_VERBS.map(escapeRegExp).join('|');
const PARENTHESISED = new RegExp(
  `^\\((?:${verbs})(?:\\s|$)[^()]*(?:\\([^()]*\\)[^()]*)*\\)\\.?$`,
  'u',
);
const PREFIXED = new RegExp(`^\\(?(?:${NOTE_PREFIXES.map(escapeRegExp).join('|')})\\s`, 'iu');

/** True for an editorial note: `(Updates with …)`, `Eds: …`, `(ATTN: …)`. */
export function isEditorialNote(text: string): boolean {
  const flat = squashWithin(text, 600);
  return flat !== null && (PARENTHESISED.test(flat) || PREFIXED.test(flat));
}

/** Takes editorial notes out of the story, wherever they stand. */
export function notes(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = articleOf(file);
    const dropped = new Set<RootContent>();
    for (const node of tree.children) {
      if (!isTextBlock(node)) continue;
      const text = blockText(node);
      if (!isEditorialNote(text)) continue;
      article.notes.push({ text: squash(text), line: lineOf(node) });
      dropped.add(node);
    }
    dropBlocks(tree, dropped);
  };
}
