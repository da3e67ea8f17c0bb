import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { NoisePhrase } from '../lexicon/index.js';
import {
  articleOf,
  blockText,
  dropTextSuffix,
  isTextBlock,
  lineAt,
  recordRemoved,
  removeBlock,
  sweepBlocks,
} from './blocks.js';
import { splitHardBreaks } from './hard-breaks.js';
import { type ExtractOptions, lexiconOf } from './options.js';
import { removePageNoise } from './page-noise.js';

/** Normalises a line for phrase lookup: case-folded, white space collapsed. */
function exactKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The same, with punctuation and symbols at either end dropped. */
function looseKey(text: string): string {
  return exactKey(text).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** Longest line a phrase ending in `*` (a line opening) may remove. */
const MAX_PREFIXED_CHARS = 200;

/** A noise phrase with its lookup keys worked out once. */
interface PhraseKeys {
  entry: NoisePhrase;
  /** For a phrase ending in `*`: the line opening it stands for. */
  opening: string | null;
  exact: string;
  loose: string;
}

// Keys per table, computed on first use: every block of every story is looked up.
const keyCache = new WeakMap<NoisePhrase[], PhraseKeys[]>();

function keysOf(table: NoisePhrase[]): PhraseKeys[] {
  let keys = keyCache.get(table);
  if (!keys) {
    keys = table.map((entry) => ({
      entry,
      opening: entry.phrase.endsWith('*') ? exactKey(entry.phrase.slice(0, -1)) : null,
      exact: exactKey(entry.phrase),
      loose: looseKey(entry.phrase),
    }));
    keyCache.set(table, keys);
  }
  return keys;
}

function lookup(table: NoisePhrase[], text: string): NoisePhrase | undefined {
  if (text.length > MAX_PREFIXED_CHARS) return undefined;
  const exact = exactKey(text);
  const loose = looseKey(text);
  const found = keysOf(table).find((keys) => {
    // `Read more: *` stands for any line that opens with `Read more:`.
    if (keys.opening !== null) {
      return (
        keys.opening.length >= 3 &&
        exact.startsWith(keys.opening) &&
        exact.length > keys.opening.length
      );
    }
    if (text.length > 120) return false;
    if (keys.exact === exact) return true;
    return keys.loose.length >= 3 && keys.loose === loose;
  });
  return found?.entry;
}

/** Finds the noise phrase a whole line matches, if any. */
export function matchNoise(table: NoisePhrase[], text: string): NoisePhrase | undefined {
  return lookup(table, text);
}

/**
 * Removes page and wire furniture: whole blocks that match the noise table
 * anywhere, and end marks or sign-offs at the end of the story, including a
 * sign-off on the last line of the last block.
 */
export function boilerplate(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    const article = articleOf(file);
    // A greedily wrapped text is a rendered page: later extractors read it so.
    if (splitHardBreaks(tree, String(file.value ?? ''))) file.data.webPaste = true;
    sweepBlocks(tree, (node) => {
      if (!isTextBlock(node)) return false;
      const hit = lookup(lexicon.noisePhrases, blockText(node));
      if (hit) recordRemoved(article, node, hit.reason);
      return hit !== undefined;
    });
    removePageNoise(tree, article, lexicon.noisePhrases, lookup);
    stripEndMarks(tree, lexicon.endMarks, file);
  };
}

function stripEndMarks(tree: Root, endMarks: NoisePhrase[], file: VFile): void {
  const article = articleOf(file);
  // Several marks may close a story (`MORE`, then `Reuter`); walk back over them.
  for (let guard = 0; guard < 5; guard++) {
    const last: RootContent | undefined = tree.children.at(-1);
    if (!last) return;
    if (isTextBlock(last)) {
      const text = blockText(last);
      const whole = lookup(endMarks, text);
      if (whole) {
        removeBlock(tree, last, article, whole.reason);
        continue;
      }
      // A sign-off glued to the last paragraph (its own line in the input).
      const tail = /\s(\S+)$/.exec(text);
      const mark = tail ? lookup(endMarks, tail[1] ?? '') : undefined;
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
      const mark = lookup(endMarks, lastLine);
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
