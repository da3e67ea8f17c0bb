import { type CopydeskConfig, loadConfig } from '../config/index.js';
import type { CliFs } from './fs.js';

/** What config discovery needs of the command's surroundings. */
export interface ConfigIo {
  cwd: string;
  fs: Pick<CliFs, 'readText' | 'kind' | 'owner'>;
  env: { HOME?: string | undefined };
}

/**
 * The configuration a command runs with: `--config PATH`, else trusted
 * discovery from the working folder up (never a folder others may write
 * to; src/config/trust.ts). Throws ConfigFileError for a broken file.
 */
export async function loadCliConfig(
  explicit: string | undefined,
  io: ConfigIo,
): Promise<CopydeskConfig> {
  const loaded = await loadConfig(explicit, io.cwd, {
    readText: io.fs.readText,
    kind: io.fs.kind,
    ...(io.fs.owner ? { owner: io.fs.owner } : {}),
    home: io.env.HOME,
  });
  return loaded.config;
}
