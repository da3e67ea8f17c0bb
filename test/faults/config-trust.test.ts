import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../src/cli/fs.js';
import { loadConfig, RC_NAME } from '../../src/config/load.js';
import { isTrustedPath } from '../../src/config/trust.js';
import { tempDir } from './real-io.js';

let cleanup = () => {};
afterEach(() => cleanup());

function root(): string {
  const temp = tempDir();
  cleanup = temp.cleanup;
  return temp.dir;
}

const search = (home?: string) => ({
  readText: nodeFs.readText,
  kind: nodeFs.kind,
  owner: nodeFs.owner,
  home,
});

const HOSTILE = JSON.stringify({ noisePhrases: ['The*'] });

describe('config discovery trusts only what the user put there', () => {
  it('never reads a config from a world-writable folder above the working directory', async () => {
    const base = root();
    const shared = join(base, 'shared');
    const mine = join(shared, 'mine');
    mkdirSync(mine, { recursive: true });
    writeFileSync(join(shared, RC_NAME), HOSTILE);
    chmodSync(shared, 0o1777); // like /tmp: anyone may drop a file here
    const loaded = await loadConfig(undefined, mine, search());
    expect(loaded.path).toBeNull();
    expect(loaded.config.noisePhrases).toEqual([]);
  });

  it('stops at the repository root and at the home directory', async () => {
    const base = root();
    const repo = join(base, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'wires'));
    writeFileSync(join(base, RC_NAME), HOSTILE);
    expect((await loadConfig(undefined, join(repo, 'wires'), search())).path).toBeNull();
    const home = join(base, 'home');
    mkdirSync(join(home, 'desk'), { recursive: true });
    expect((await loadConfig(undefined, join(home, 'desk'), search(home))).path).toBeNull();
    writeFileSync(join(repo, RC_NAME), '{}');
    expect((await loadConfig(undefined, join(repo, 'wires'), search())).path).toBe(
      join(repo, RC_NAME),
    );
  });

  it('skips a parent package.json that is not JSON instead of refusing every run', async () => {
    const base = root();
    mkdirSync(join(base, 'project'));
    writeFileSync(join(base, 'package.json'), '{ "name": "broken", ');
    const loaded = await loadConfig(undefined, join(base, 'project'), search());
    expect(loaded.path).toBeNull();
  });

  it('trusts what the user or root owns and nobody else may write', () => {
    expect(isTrustedPath({ uid: 1000, mode: 0o40755 }, 1000)).toBe(true);
    expect(isTrustedPath({ uid: 0, mode: 0o40755 }, 1000)).toBe(true);
    expect(isTrustedPath({ uid: 1001, mode: 0o40755 }, 1000)).toBe(false);
    expect(isTrustedPath({ uid: 1000, mode: 0o41777 }, 1000)).toBe(false);
    expect(isTrustedPath({ uid: 0, mode: 0o100666 }, 1000)).toBe(false);
    expect(isTrustedPath(null, 1000)).toBe(true);
  });
});
