import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type ExtractOptions, lexiconOf } from '../options.js';
import { storyKindOf } from './story-kind-of.js';

/**
 * Decides once what the story is — wire copy, a transmission, a pasted web
 * page or copydesk's own Markdown — and records it with its evidence on
 * `file.data.storyKind`, which every reader after it goes by.
 */
export function storyKind(options?: ExtractOptions) {
  const lexicon = lexiconOf(options);
  return (tree: Root, file: VFile): void => {
    storyKindOf(tree, file, lexicon);
  };
}
