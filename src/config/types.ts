import type { CliFormat } from '../cli/formats.js';
import type { Agency, CreditPhrase, NoisePhrase } from '../lexicon/index.js';

/** Option defaults a config file may set; the command line overrides each one. */
export interface ConfigOptions {
  format?: CliFormat;
  from?: 'auto' | 'text' | 'anpa' | 'iptc7901' | 'markdown';
  frontMatter?: boolean;
  strict?: boolean;
  color?: 'always' | 'never' | 'auto';
  width?: number;
  quiet?: boolean;
  silent?: boolean;
  verbose?: boolean;
  jobs?: number;
  ext?: string[];
}

/** A validated copydesk configuration: lexicon extensions and option defaults. */
export interface CopydeskConfig {
  agencies: Agency[];
  noisePhrases: NoisePhrase[];
  creditPhrases: CreditPhrase[];
  options: ConfigOptions;
}

/** A configuration as found on disk, with where it came from. */
export interface LoadedConfig {
  /** The file it was read from (a `.copydeskrc.json` or a `package.json`), or null for none. */
  path: string | null;
  config: CopydeskConfig;
}

/** The configuration used when no file is found. */
export const EMPTY_CONFIG: CopydeskConfig = {
  agencies: [],
  noisePhrases: [],
  creditPhrases: [],
  options: {},
};
