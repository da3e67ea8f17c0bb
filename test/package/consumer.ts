/**
 * A throwaway project that depends on a packed copydesk tarball, installed
 * offline. `npm install <tarball>` would resolve every dependency range
 * against the registry's metadata; instead the consumer gets a lockfile cut
 * from the repository's own: the tarball plus the runtime dependencies'
 * entries, at the versions the tests ran with. `npm ci --offline` then takes
 * every package from npm's cache, which the repository's `npm ci` filled.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

interface Lockfile {
  packages: Record<string, LockEntry>;
}

interface Manifest {
  name: string;
  version: string;
  license?: string;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
}

/** The lock entry a package name resolves to from `from`, as Node.js looks it up. */
function resolveEntry(lock: Lockfile, from: string, name: string): string {
  let dir = from;
  for (;;) {
    const key = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (dir === '')
      throw new Error(`Missing ${name} (needed by ${from || 'copydesk'}) in package-lock.json`);
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

/** The lock entries of `manifest`'s runtime dependencies and theirs, from the repository's lock. */
export function runtimeEntries(lock: Lockfile, manifest: Manifest): Record<string, LockEntry> {
  const entries: Record<string, LockEntry> = {};
  const pending: Array<[string, string]> = Object.keys(manifest.dependencies ?? {}).map((name) => [
    '',
    name,
  ]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [from, name] = next;
    const key = resolveEntry(lock, from, name);
    if (entries[key]) continue;
    const { dev: _dev, devOptional: _devOptional, ...entry } = lock.packages[key] as LockEntry;
    entries[key] = entry;
    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies }))
      pending.push([key, dependency]);
  }
  return entries;
}

/** The environment for npm in a test: no settings inherited from an `npm test` around it. */
export function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_/i.test(key) || /^npm_config_(cache|userconfig|registry)$/i.test(key))
      env[key] = value;
  return { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false' };
}

/** Runs npm, and throws with its output when it fails. */
export function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, env: npmEnv(), encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `npm ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`,
    );
  return result.stdout;
}

/**
 * Writes package.json and package-lock.json of a consumer of `tarball` (a
 * file name inside `dir`) and installs it offline without dev dependencies.
 */
export function installConsumer(root: string, dir: string, tarball: string): void {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile;
  const spec = `file:${tarball}`;
  const consumer = {
    name: 'copydesk-consumer',
    version: '1.0.0',
    private: true,
    type: 'module',
    dependencies: { copydesk: spec },
  };
  const copydesk: LockEntry = {
    version: manifest.version,
    resolved: spec,
    ...(manifest.license ? { license: manifest.license } : {}),
    ...(manifest.dependencies ? { dependencies: manifest.dependencies } : {}),
    ...(manifest.bin ? { bin: manifest.bin } : {}),
    ...(manifest.engines ? { engines: manifest.engines } : {}),
  };
  const consumerLock = {
    name: consumer.name,
    version: consumer.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: consumer.name, version: consumer.version, dependencies: consumer.dependencies },
      'node_modules/copydesk': copydesk,
      ...runtimeEntries(lock, manifest),
    },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(consumer, null, 2)}\n`);
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(consumerLock, null, 2)}\n`);
  try {
    npm(['ci', '--offline', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], dir);
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\nThe install is offline, from npm's cache: run \`npm ci\` in the repository first.`,
    );
  }
}
