/** copydesk configuration: discovery, validation and the lexicon it extends. */

export { ConfigFileError, loadConfig, RC_NAME, type ReadText } from './load.js';
export {
  type ConfigOptions,
  type CopydeskConfig,
  EMPTY_CONFIG,
  type LoadedConfig,
} from './types.js';
export { ConfigError, validateConfig } from './validate.js';
