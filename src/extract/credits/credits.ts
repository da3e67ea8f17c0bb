import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { dropTextSuffix, lineAt } from '../../tree/text-position.js';
import type { Credit } from '../../types.js';
import { ensureArticle } from '../article.js';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { parseCredits } from './parse-credits.js';
import { gluedSignoff, parseSignoff } from './signoff.js';

/**
 * Takes the sign-offs off the end of the story, last first: whole closing
 * paragraphs (`dpa abc`, `abc/def`) and a glued agency sign-off. Returns them
 * in reading order.
 */
function takeSignoffs(tree: Root): Credit[] {
  const taken: Credit[] = [];
  for (let guard = 0; guard < 3; guard++) {
    const last = tree.children.at(-1);
    if (!last || !isTextBlock(last)) break;
    const text = blockText(last);
    const whole = parseSignoff(text);
    if (whole) {
      taken.unshift({ ...whole, line: lineOf(last) });
      tree.children.pop();
      continue;
    }
    const glued = gluedSignoff(text);
    if (glued && last.type === 'paragraph' && dropTextSuffix(last, glued.index)) {
      taken.unshift({ ...glued.credit, line: lineAt(last, glued.index) });
    }
    break;
  }
  return taken;
}

/** How many blocks from the end credit lines may stand. */
const TAIL_BLOCKS = 8;

/** Takes credit paragraphs out of the tail of the story. */
export function credits(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = ensureArticle(file);
    const signoffs = takeSignoffs(tree);
    const tail = tree.children.slice(-TAIL_BLOCKS);
    for (const node of tail) {
      if (!isTextBlock(node)) continue;
      const parsed = parseCredits(blockText(node), lexicon);
      if (!parsed) continue;
      const line = lineOf(node);
      article.credits.push(...parsed.map((credit) => ({ ...credit, line })));
      tree.children.splice(tree.children.indexOf(node), 1);
    }
    // Sign-offs close the story; they are listed after the credits above them.
    article.credits.push(...signoffs);
  };
}
