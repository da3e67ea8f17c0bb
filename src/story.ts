/**
 * formatStory with every output format ready. The optional modules (terminal
 * renderer, YAML, micromark, the XML formats) are imported statically and registered here, so
 * the package entry has no top-level `await` and `require('copydesk')` works.
 * The CLI imports src/format-story.ts instead and loads only what a run needs.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { provideOptional } from './optional.js';
import { compileTerminal } from './render/terminal.js';
import * as xml from './render/xml/formats.js';
import { provideXmlFormats } from './render/xml/on-demand.js';
import { stringify } from './render/yaml.js';

provideOptional({ terminal: compileTerminal, yaml: stringify, fromMarkdown });
provideXmlFormats(xml);

export { formatStory, type StoryOptions, type StoryResult } from './format-story.js';
