import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { decideStoryKind } from './decide-story-kind.js';
import type { StoryKind } from './kind.js';

/**
 * The story kind on the file: decided once (by the `storyKind` plugin at
 * the head of the preset, or here by the first reader when a plugin runs on
 * its own) and from then on only read.
 */
export function storyKindOf(tree: Root, file: VFile, lexicon: Lexicon): StoryKind {
  file.data.storyKind ??= decideStoryKind(tree, file, lexicon);
  return file.data.storyKind;
}
