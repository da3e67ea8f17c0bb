import type { Options } from 'mdast-util-to-markdown';
import { text } from './escape-text.js';

/**
 * Settings for Markdown output, shared by the Markdown renderer and the
 * `body` field of JSON so both print the same text.
 */
export const MARKDOWN_OPTIONS: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  // Text is escaped by a linear port of the printer's own escape (escape-text.ts).
  handlers: { text },
};
