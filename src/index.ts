/** copydesk's public API: re-exports only (./story.js loads every output format up front). */

export { keptStrings, unaccountedWords } from './account/account.js';
export { BinaryInputError, type Decoded, decode } from './decode/decode.js';
export { InputTooLargeError } from './decode/limits.js';
export { repairMojibake } from './decode/mojibake.js';
export { boilerplate } from './extract/boilerplate.js';
export { byline, parseByline } from './extract/byline.js';
export { captions, matchPhotoCredit } from './extract/captions.js';
export { copyright, parseCopyright } from './extract/copyright.js';
export { credits, parseCredits } from './extract/credits.js';
export { dateline, matchDateline } from './extract/dateline.js';
export { headline } from './extract/headline.js';
export { notes } from './extract/notes.js';
export { recaseName } from './extract/recase-name.js';
export { defaultLexicon, extendLexicon, type Lexicon } from './lexicon/index.js';
export { type FromWireOptions, type FromWireResult, fromWire } from './parse/from-wire.js';
export { parseWire } from './parse/index.js';
export { MarkdownTooDeepError } from './parse/markdown-limits.js';
export { createProcessor, type OutputFormat, type ProcessorOptions } from './processor.js';
export { type ArticleJson, SCHEMA_VERSION, toArticleJson } from './render/json.js';
export { sanitizeForTerminal } from './render/sanitize.js';
export { renderTerminal } from './render/terminal.js';
export { formatStory, type StoryOptions } from './story.js';
export type * from './types.js';
