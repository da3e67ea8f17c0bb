import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { charsIn, trimEndWhere, trimStartWhere } from '../text/trim.js';
import type { Copyright } from '../types.js';
import {
  articleOf,
  blockText,
  countWordsUpTo,
  dropBlocks,
  isTextBlock,
  lineOf,
  squash,
} from './blocks.js';
import type { ExtractOptions } from './options.js';

const isLeadingPunctuation = charsIn(' ,.;:-');
const isTrailingPunctuation = charsIn(' ,;:-');

const OPENING = /^(?:©|\(c\)|copyright\b)/i;
const RIGHTS = /\ball rights reserved\b/i;

/**
 * Reads a copyright notice (`©2024 Bloomberg L.P.`, `Copyright 2023 The
 * Associated Press. All rights reserved.`), or returns null.
 */
export function parseCopyright(text: string): Omit<Copyright, 'line'> | null {
  if (countWordsUpTo(text, 40) > 40) return null;
  const flat = squash(text);
  if (!(OPENING.test(flat) || RIGHTS.test(flat))) return null;
  if (!/©|\(c\)|copyright/i.test(flat)) return null;
  const year = /\b(1[89]\d{2}|2\d{3})\b/.exec(flat);
  const bare = flat
    .replace(/\s*Click For Restrictions.*$/i, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(RIGHTS, '')
    .replace(/©|\(c\)|\bcopyright\b/gi, ' ')
    .replace(/\b(1[89]\d{2}|2\d{3})(?:\s*[-–]\s*\d{2,4})?\b/g, ' ')
    .replace(/\s+/g, ' ');
  // Scanned, not `/[…]+$/`: a long run of dashes inside the line made that quadratic.
  const holder = trimEndWhere(trimStartWhere(bare, isLeadingPunctuation), isTrailingPunctuation)
    .replace(/\.$/, (dot, offset, whole: string) =>
      /\b(?:L\.P|Inc|Ltd|Co|S\.A)\.$/.test(whole) ? dot : '',
    )
    .trim();
  return { text: flat, year: year ? Number(year[1]) : null, holder: holder === '' ? null : holder };
}

/** Takes the copyright notice out of the story (the last one wins). */
export function copyright(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = articleOf(file);
    const dropped = new Set<RootContent>();
    for (const node of tree.children) {
      if (!isTextBlock(node)) continue;
      const parsed = parseCopyright(blockText(node));
      if (!parsed) continue;
      if (article.copyright) {
        article.removed.push({
          text: article.copyright.text,
          reason: 'duplicate-copyright',
          line: article.copyright.line,
        });
      }
      article.copyright = { ...parsed, line: lineOf(node) };
      file.data.referenceYear ??= parsed.year;
      dropped.add(node);
    }
    dropBlocks(tree, dropped);
  };
}
