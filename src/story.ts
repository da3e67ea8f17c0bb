/**
 * formatStory with every output format ready. The optional modules (terminal
 * renderer, YAML, micromark) are imported statically and registered here, so
 * the package entry has no top-level `await` and `require('copydesk')` works.
 * The CLI imports src/format-story.ts instead and loads only what a run needs.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { provideOptional } from './optional.js';
import { compileTerminal } from './render/terminal.js';
import { stringify } from './render/yaml.js';

provideOptional({ terminal: compileTerminal, yaml: stringify, fromMarkdown });

export { formatStory, type StoryOptions, type StoryResult } from './format-story.js';
