import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { findWebByline, prefersWebByline } from './web-byline.js';
import { findWireByline } from './wire-byline.js';

/**
 * Finds the byline near the top of the story. Pasted web pages write
 * bylines in many more shapes than wire copy (see web-byline.ts); the wire
 * reader (wire-byline.ts) goes first unless the story reads as a page.
 */
export function byline(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    if (prefersWebByline(tree, file) && findWebByline(tree, file, lexicon)) return;
    if (findWireByline(tree, file, lexicon)) return;
    if (!file.data.webPaste) findWebByline(tree, file, lexicon);
  };
}
