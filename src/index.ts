/** copydesk's public API: re-exports only (./story.js makes every output format ready up front). */

export { keptStrings, unaccountedWords } from './account/account.js';
export { BinaryInputError, type Decoded, decode } from './decode/decode.js';
export { InputTooLargeError } from './decode/limits.js';
export { repairMojibake } from './decode/mojibake.js';
export { byline } from './extract/byline/byline.js';
export { parseByline } from './extract/byline/parse-byline.js';
export { recaseName } from './extract/byline/recase-name.js';
export { captions } from './extract/captions/captions.js';
export { matchPhotoCredit } from './extract/captions/photo-credit.js';
export { copyright } from './extract/copyright/copyright.js';
export { parseCopyright } from './extract/copyright/parse-copyright.js';
export { credits } from './extract/credits/credits.js';
export { parseCredits } from './extract/credits/parse-credits.js';
export { dateline } from './extract/dateline/dateline.js';
export { matchDateline } from './extract/dateline/match-dateline.js';
export { boilerplate } from './extract/furniture/boilerplate.js';
export { headline } from './extract/headline/headline.js';
export { extractPreset } from './extract/index.js';
export { notes } from './extract/notes/notes.js';
export type { ExtractOptions } from './extract/options.js';
export { defaultLexicon, extendLexicon, type Lexicon } from './lexicon/index.js';
export { type FromWireOptions, type FromWireResult, fromWire } from './parse/from-wire.js';
export { type ParseOptions, parseWire } from './parse/index.js';
export { MarkdownTooDeepError } from './parse/markdown-limits.js';
export { copydesk } from './preset.js';
export { createProcessor, type OutputFormat, type ProcessorOptions } from './processor.js';
export {
  type ArticleJson,
  compileJson,
  type JsonMessage,
  SCHEMA_VERSION,
  toArticleJson,
} from './render/json.js';
export { renderNewsMessage, renderNewsmlG2 } from './render/newsml-g2.js';
export { renderNitf } from './render/nitf.js';
export { sanitizeForTerminal } from './render/sanitize.js';
export { renderTerminal } from './render/terminal.js';
export type { XmlRenderOptions } from './render/xml/options.js';
export { formatStory, type StoryOptions, type StoryResult } from './story.js';
export type * from './types.js';
