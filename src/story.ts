/**
 * formatStory with every output format ready: the optional modules (terminal
 * renderer, YAML, micromark) are loaded before this module's importers run.
 * The CLI imports src/format-story.ts instead and loads only what a run needs.
 */
import { loadOptional } from './optional.js';

await loadOptional();

export { formatStory, type StoryOptions, type StoryResult } from './format-story.js';
