import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Keeps dist/ built from the sources the tests see, so no spawn test runs a
 * stale bundle (`npx vitest run` after an edit, without `npm run build`).
 * Modification times are no guide (a checkout sets them all), so it compares
 * content: a hash of what the build reads (src/, the build script, the
 * package and TypeScript configs) and a hash of dist/ as that build left it.
 * Either differing means a rebuild. `npm test` leaves the build to this
 * setup, so a fresh clone builds once.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STAMP = join(ROOT, 'node_modules/.cache/copydesk/build-stamp.json');

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

function hash(paths: string[]): string {
  const digest = createHash('sha256');
  for (const path of paths) {
    digest.update(relative(ROOT, path));
    digest.update('\0');
    digest.update(readFileSync(path));
    digest.update('\0');
  }
  return digest.digest('hex');
}

/** What the build reads besides src/. */
const BUILD_INPUTS = [
  'scripts/build.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
];

function sourceHash(): string {
  return hash(
    [...files(join(ROOT, 'src')), ...BUILD_INPUTS.map((name) => join(ROOT, name))].filter((path) =>
      existsSync(path),
    ),
  );
}

function distHash(): string {
  return hash(files(join(ROOT, 'dist')));
}

function readStamp(): { source: string; dist: string } | null {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return null;
  }
}

/** True when dist/ is the build of the current sources. */
export function buildIsFresh(): boolean {
  const stamp = readStamp();
  return stamp !== null && stamp.source === sourceHash() && stamp.dist === distHash();
}

/**
 * Every file the hashes read, with its size and modification time: cheap to
 * take (no file is read), and any write changes it.
 */
function listing(): string {
  const rows: string[] = [];
  const add = (path: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isFile()) rows.push(`${path}\0${stat.size}\0${stat.mtimeMs}`);
    return stat;
  };
  for (const name of ['src', 'dist', ...BUILD_INPUTS]) {
    const path = join(ROOT, name);
    if (add(path)?.isDirectory())
      for (const entry of readdirSync(path, { recursive: true, encoding: 'utf8' }))
        add(join(path, entry));
  }
  return rows.join('\n');
}

/**
 * The listing when the hashes last matched. A spawn test asks before every
 * spawn; hashing src/ and dist/ each time was a second of CPU over the suite.
 * While the listing is unchanged no file was written, so what was fresh is.
 */
let verified: string | undefined;

/** Throws when dist/ is not the build of the current sources (the global setup rebuilds it). */
export function assertFreshBuild(): void {
  const now = listing();
  if (now === verified) return;
  if (!existsSync(join(ROOT, 'dist/copydesk.js')) || !buildIsFresh())
    throw new Error('dist/ is not the build of src/: run `npm run build` (vitest does it first)');
  verified = now;
}

/** Vitest global setup: rebuilds dist/ unless it is the build of the current sources. */
export default function setup(): void {
  if (existsSync(join(ROOT, 'dist/copydesk.js')) && buildIsFresh()) return;
  const source = sourceHash();
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.js')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stderr}`);
  mkdirSync(join(STAMP, '..'), { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ source, dist: distHash() }));
}
