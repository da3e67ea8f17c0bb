import { dirname, join, resolve } from 'node:path';
import { EMPTY_CONFIG, type LoadedConfig } from './types.js';
import { ConfigError, validateConfig } from './validate.js';

/** The file name copydesk looks for in the working directory and its parents. */
export const RC_NAME = '.copydeskrc.json';

/** Reads a text file; resolves to null when it does not exist. */
export type ReadText = (path: string) => Promise<string | null>;

/** A config file that cannot be read as JSON or does not validate. */
export class ConfigFileError extends Error {
  /** The file at fault. */
  readonly path: string;

  constructor(path: string, reason: string) {
    super(reason);
    this.name = 'ConfigFileError';
    this.path = path;
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError(path, `expected JSON: ${(error as Error).message}`);
  }
}

function check(value: unknown, path: string, prefix: string): LoadedConfig {
  try {
    return { path, config: validateConfig(value) };
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigFileError(path, `${prefix}${error.message}`);
    throw error;
  }
}

/**
 * Loads the configuration: `explicit` when given (it must exist), otherwise
 * the first `.copydeskrc.json`, or `copydesk` key in a `package.json`, found
 * from `cwd` up to the root. No file found means the empty configuration.
 *
 * @throws {ConfigFileError} when a file is unreadable, not JSON, or invalid.
 */
export async function loadConfig(
  explicit: string | undefined,
  cwd: string,
  readText: ReadText,
): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    const text = await readText(path);
    if (text === null) throw new ConfigFileError(explicit, 'no such file');
    return check(parseJson(text, explicit), explicit, '');
  }
  let dir = resolve(cwd);
  for (;;) {
    const rc = join(dir, RC_NAME);
    const rcText = await readText(rc);
    if (rcText !== null) return check(parseJson(rcText, rc), rc, '');
    const pkg = join(dir, 'package.json');
    const pkgText = await readText(pkg);
    if (pkgText !== null) {
      const manifest = parseJson(pkgText, pkg);
      if (typeof manifest === 'object' && manifest !== null && 'copydesk' in manifest) {
        return check((manifest as { copydesk: unknown }).copydesk, pkg, 'copydesk.');
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return { path: null, config: EMPTY_CONFIG };
    dir = parent;
  }
}
