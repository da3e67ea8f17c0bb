import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { countWords } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { dropTextPrefix } from '../../tree/line-map.js';
import { paragraphLines } from '../../tree/paragraph-lines.js';
import type { Byline } from '../../types.js';
import { ensureArticle } from '../article.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { isTitle, isTitleOrOrganization, parseByline } from './parse-byline.js';

/** Most words of a block the wire reader reads as a byline, title lines included. */
export const MAX_WIRE_BYLINE_WORDS = 20;

/** How many blocks after the headline a byline may stand. */
const SEARCH_BLOCKS = 6;

/**
 * Finds a wire byline in the first blocks of the story (before the
 * dateline): `By NAME`, with a title or affiliation line right after it
 * (`Associated Press`, `AP Business Writer`). Sets `article.byline`, takes
 * the lines out of the tree and returns true when it found one.
 */
export function findWireByline(tree: Root, file: VFile, lexicon: Lexicon): boolean {
  const article = ensureArticle(file);
  const blocks = tree.children.slice(0, SEARCH_BLOCKS + 1);
  for (const [index, node] of blocks.entries()) {
    if (!isTextBlock(node)) continue;
    const text = blockText(node);
    if (matchDateline(text, lexicon)) break;
    const glued = node.type === 'paragraph' ? bylineBeforeDateline(text, lexicon) : null;
    if (glued && dropTextPrefix(node, glued.length)) {
      article.byline = {
        text: glued.text,
        authors: glued.parsed.authors,
        title: glued.parsed.title,
        organization: glued.parsed.organization ?? null,
        line: lineOf(node),
      };
      return true;
    }
    if (countWords(text) > MAX_WIRE_BYLINE_WORDS) continue;
    // `By NAME` on its first line, title or organisation lines under it.
    const [firstLine = '', ...restLines] = paragraphLines(node).filter(
      (line) => line.trim() !== '',
    );
    const splitLines =
      restLines.length > 0 && restLines.every((line) => isTitleOrOrganization(line, lexicon));
    const parsed = parseByline(splitLines ? firstLine : text, lexicon);
    if (!parsed) continue;
    const shown = splitLines ? [squash(firstLine), ...restLines.map(squash)] : [squash(text)];
    let title = parsed.title;
    let authors = parsed.authors;
    const extraLines = splitLines ? restLines.map(squash) : [];
    const next = blocks[index + 1];
    if (next && isTextBlock(next) && extraLines.length === 0) {
      const nextText = squash(blockText(next));
      if (isTitleOrOrganization(nextText, lexicon)) {
        extraLines.push(nextText);
        shown.push(nextText);
        tree.children.splice(tree.children.indexOf(next), 1);
      }
    }
    for (const line of extraLines) {
      if (isTitle(line) && title === null) title = line;
      else if (authors.every((author) => author.affiliation === null)) {
        authors = authors.map((author) => ({ ...author, affiliation: line }));
      }
    }
    const fullText = shown.join('\n');
    const result: Byline = {
      text: fullText,
      authors,
      title,
      organization: parsed.organization ?? null,
      line: lineOf(node),
    };
    article.byline = result;
    tree.children.splice(tree.children.indexOf(node), 1);
    return true;
  }
  return false;
}

/** Most words a byline run into the lead may have (`By A and B`). */
const MAX_GLUED_BYLINE_WORDS = 12;

/**
 * A byline run into the dateline at the head of the lead (`By Jane Doe
 * WASHINGTON (Reuters) - …`): the shortest `By …` prefix after which an
 * agency dateline reads whose place opens in capitals (or that has no
 * place) and a lead after it. The names are in mixed case and the place in
 * capitals, which is where one ends and the other starts.
 */
export function bylineBeforeDateline(
  text: string,
  lexicon: Lexicon,
): { length: number; text: string; parsed: NonNullable<ReturnType<typeof parseByline>> } | null {
  const head = text.slice(0, 300);
  if (!/^\S+\s/u.test(head)) return null;
  const spaces = [...head.matchAll(/\s+/gu)].slice(1, MAX_GLUED_BYLINE_WORDS + 1);
  for (const space of spaces) {
    const end = space.index;
    const prefix = head.slice(0, end);
    const parsed = parseByline(prefix, lexicon);
    if (!parsed) continue;
    const rest = text.slice(end + space[0].length);
    const dateline = matchDateline(rest, lexicon);
    if (!dateline?.agency || dateline.unknownAgency) continue;
    // A byline run into the lead needs a lead: a dateline that is all there is
    // (`… NEW YORK (Reuters)` at the end of the story) tells no place from names.
    if (squash(rest).length <= squash(dateline.text).length) continue;
    const place = dateline.location?.split(/[\s,/]/)[0] ?? '';
    if (dateline.location !== null && /\p{Ll}/u.test(place)) continue;
    return { length: end, text: squash(prefix), parsed };
  }
  return null;
}
