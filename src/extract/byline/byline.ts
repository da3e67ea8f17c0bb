import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { storyKindOf } from '../story-kind/story-kind-of.js';
import { readMarkdownByline } from './markdown-byline.js';
import { findWebByline } from './web-byline.js';
import { findWireByline } from './wire-byline.js';

/**
 * Finds the byline near the top of the story, with the reader its kind
 * asks for. copydesk's own Markdown is read by its layout (markdown-byline.ts).
 * Pasted web pages write bylines in many more shapes than wire
 * copy (see web-byline.ts), so a page goes to the web reader first; wire
 * copy and transmissions go to the wire reader (wire-byline.ts), with the
 * web reader for what it does not read.
 */
export function byline(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    // A field-tagged header named the byline (wireHeader wrote it).
    if (file.data.article?.byline) return;
    const { kind } = storyKindOf(tree, file, lexicon);
    if (kind === 'markdown') {
      readMarkdownByline(tree, file, lexicon);
      return;
    }
    if (kind === 'web') {
      if (!findWebByline(tree, file, lexicon, false)) findWireByline(tree, file, lexicon);
      return;
    }
    if (!findWireByline(tree, file, lexicon)) findWebByline(tree, file, lexicon, true);
  };
}
