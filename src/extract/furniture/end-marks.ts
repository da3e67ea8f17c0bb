import type { Root, RootContent } from 'mdast';
import type { NoisePhrase } from '../../lexicon/noise.js';
import { blockText, isTextBlock } from '../../tree/block-text.js';
import { removeBlock } from '../../tree/edit-blocks.js';
import { dropTextSuffix, lineAt } from '../../tree/line-map.js';
import type { Article } from '../../types.js';
import { matchNoise } from './noise-lookup.js';

/**
 * Takes end marks and sign-offs off the end of the story (`MORE`, then
 * `Reuter`), including one on the last line of the last paragraph.
 */
export function stripEndMarks(tree: Root, endMarks: NoisePhrase[], article: Article): void {
  // Several marks may close a story (`MORE`, then `Reuter`); walk back over them.
  for (let guard = 0; guard < 5; guard++) {
    const last: RootContent | undefined = tree.children.at(-1);
    if (!last) return;
    if (isTextBlock(last)) {
      const text = blockText(last);
      const whole = matchNoise(endMarks, text);
      if (whole) {
        removeBlock(tree, last, article, whole.reason);
        continue;
      }
      // A sign-off glued to the last paragraph (its own line in the input).
      const tail = /\s(\S+)$/.exec(text);
      const mark = tail ? matchNoise(endMarks, tail[1] ?? '') : undefined;
      if (
        tail &&
        mark &&
        last.type === 'paragraph' &&
        lineAt(last, tail.index + 1) !== lineAt(last, tail.index - 1)
      ) {
        const line = lineAt(last, tail.index + 1);
        dropTextSuffix(last, tail.index);
        article.removed.push({ text: tail[1] ?? '', reason: mark.reason, line });
        continue;
      }
      return;
    }
    if (last.type === 'code') {
      const lines = last.value.split('\n');
      const lastLine = lines.at(-1) ?? '';
      const mark = matchNoise(endMarks, lastLine);
      if (!mark) return;
      article.removed.push({
        text: lastLine.trim(),
        reason: mark.reason,
        line: last.position?.end.line ?? 0,
      });
      lines.pop();
      if (lines.length === 0) tree.children.pop();
      else last.value = lines.join('\n').replace(/\s+$/, '');
      continue;
    }
    return;
  }
}
