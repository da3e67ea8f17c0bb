import { dirname, join, resolve } from 'node:path';
import { describeFsError } from '../cli/fs-errors.js';
import { isTrustedPath, type Ownership } from './trust.js';
import { EMPTY_CONFIG, type LoadedConfig } from './types.js';
import { ConfigError, validateConfig } from './validate.js';

/** The file name copydesk looks for in the working directory and its parents. */
export const RC_NAME = '.copydeskrc.json';

/** Reads a text file; resolves to null when it does not exist. */
export type ReadText = (path: string) => Promise<string | null>;

/** What config discovery may ask of the file system, and where it stops. */
export interface ConfigSearch {
  readText: ReadText;
  /** Whether a path exists (to find a repository root's `.git`); without it no root is found. */
  kind?: ((path: string) => Promise<'missing' | string>) | undefined;
  /** Owner and mode bits; without it every folder is trusted (test doubles). */
  owner?: ((path: string) => Promise<Ownership | null>) | undefined;
  /** The home directory: the search stops there. */
  home?: string | undefined;
  /** The user copydesk runs as (default: the process's). */
  uid?: number | undefined;
}

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
 * from `cwd` upwards. The search trusts only what the user put there: it
 * stops after a repository root (a folder holding `.git`) or the home
 * directory, and before any folder or file that others may write (world
 * writable, like `/tmp`, or owned by another user), so a stranger's file in
 * a shared folder never edits the user's stories. A `package.json` that is
 * not JSON is skipped: it belongs to other tools. No file found means the
 * empty configuration.
 *
 * @throws {ConfigFileError} when a file is unreadable, not JSON, or invalid.
 */
export async function loadConfig(
  explicit: string | undefined,
  cwd: string,
  search: ConfigSearch | ReadText,
): Promise<LoadedConfig> {
  const { readText, kind, owner, home, uid } =
    typeof search === 'function' ? ({ readText: search } as ConfigSearch) : search;
  const me = uid ?? process.getuid?.();
  const read = async (path: string, shown: string): Promise<string | null> => {
    try {
      return await readText(path);
    } catch (error) {
      throw new ConfigFileError(shown, `cannot read it: ${describeFsError(error)}`);
    }
  };
  const trusted = async (path: string) =>
    owner === undefined || isTrustedPath(await owner(path), me);
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    const text = await read(path, explicit);
    if (text === null) throw new ConfigFileError(explicit, 'no such file');
    return check(parseJson(text, explicit), explicit, '');
  }
  let dir = resolve(cwd);
  const stopAt = home === undefined || home === '' ? null : resolve(home);
  for (;;) {
    if (!(await trusted(dir))) break;
    const rc = join(dir, RC_NAME);
    const rcText = (await trusted(rc)) ? await read(rc, rc) : null;
    if (rcText !== null) return check(parseJson(rcText, rc), rc, '');
    const pkg = join(dir, 'package.json');
    const pkgText = (await trusted(pkg)) ? await read(pkg, pkg).catch(() => null) : null;
    const manifest = pkgText === null ? null : parseManifest(pkgText);
    if (typeof manifest === 'object' && manifest !== null && 'copydesk' in manifest) {
      return check((manifest as { copydesk: unknown }).copydesk, pkg, 'copydesk.');
    }
    if (dir === stopAt) break;
    if (kind && (await kind(join(dir, '.git'))) !== 'missing') break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { path: null, config: EMPTY_CONFIG };
}

/** A package.json as JSON, or null when it is not JSON (another tool's problem, not ours). */
function parseManifest(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
