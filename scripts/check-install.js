#!/usr/bin/env node
// `npm run check:install`: the package as a user without the dev tools gets it.
//   1. `npm pack` of the built dist/ (run `npm run build` first): the tarball's size;
//   2. `npm install --global` of the tarball into a temporary prefix: how many
//      packages it pulls and how long it takes; then `copydesk --version` must
//      print package.json's version and a story must convert to JSON;
//   3. `npm ci --omit=dev` in a copy of the clone must succeed and install no
//      build tools (nothing builds on install: `npm pack` builds, in `prepack`).
//   4. then (package.json) the consumer checks in test/package/pack.install.ts:
//      the tarball installed offline from the lockfile into a fresh project,
//      used as a CLI, an ES module, CommonJS and from TypeScript.
// Installing takes a third of the test suite's CPU time, so these run in CI
// (.ci/run) and by hand, not in npm test.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'copydesk-install-'));
const results = [];

/** The environment for npm: no settings inherited from an npm script around this one. */
function npmEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_/i.test(key) || /^npm_config_(cache|userconfig|registry)$/i.test(key))
      env[key] = value;
  return { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false' };
}

function run(command, args, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env: npmEnv(), ...options });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

function check(name, ok, detail) {
  results.push(ok);
  process.stdout.write(`${ok ? 'ok' : 'FAILED'}  ${name}${detail ? `: ${detail}` : ''}\n`);
}

/** Package folders below node_modules (scoped ones included), nested too. */
function countPackages(dir) {
  let count = 0;
  if (!existsSync(dir)) return 0;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (name.startsWith('@')) count += countPackages(path);
    else if (existsSync(join(path, 'package.json'))) {
      count += 1;
      count += countPackages(join(path, 'node_modules'));
    }
  }
  return count;
}

try {
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'copydesk.js')))
    throw new Error('Missing dist/: run `npm run build` first');

  // 1. The tarball.
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: root,
  });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout);
  const tarball = join(work, packed.filename);
  check(
    'npm pack',
    true,
    `${packed.filename}, ${(statSync(tarball).size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.entryCount} files`,
  );

  // 2. A global install into a prefix of its own.
  const prefix = join(work, 'prefix');
  const install = run('npm', [
    'install',
    '--global',
    '--prefix',
    prefix,
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    tarball,
  ]);
  const packages = countPackages(join(prefix, 'lib', 'node_modules'));
  check(
    'npm install --global',
    install.status === 0,
    install.status === 0
      ? `${packages} packages (copydesk included) in ${install.seconds.toFixed(1)} s`
      : install.stderr.trim(),
  );
  const bin = join(prefix, 'bin', 'copydesk');
  const printed = run(bin, ['--version']);
  check(
    'copydesk --version',
    printed.status === 0 && printed.stdout.trim() === version,
    `printed ${JSON.stringify(printed.stdout.trim())}, package.json says ${version}`,
  );
  const story = readFileSync(join(root, 'fixtures/bloomberg-web-paste-kicker-caption/input.txt'));
  const converted = run(bin, ['-f', 'ndjson', '--no-config'], { input: story, cwd: work });
  let headline = null;
  try {
    headline = JSON.parse(converted.stdout).headline;
  } catch {}
  check(
    'copydesk -f ndjson < story',
    converted.status === 0 && typeof headline === 'string',
    `exit ${converted.status}, headline ${JSON.stringify(headline)}`,
  );

  // 3. `npm ci --omit=dev` in a copy of the clone (tracked and new files, as git lists them).
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
  });
  if (listed.status === 0) {
    const clone = join(work, 'clone');
    for (const file of listed.stdout.split('\0').filter(Boolean)) {
      if (!existsSync(join(root, file))) continue;
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      copyFileSync(join(root, file), join(clone, file));
    }
    const ci = run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: clone,
    });
    check(
      'npm ci --omit=dev in a clone',
      ci.status === 0 && !existsSync(join(clone, 'node_modules', 'esbuild')),
      ci.status === 0
        ? `${countPackages(join(clone, 'node_modules'))} packages in ${ci.seconds.toFixed(1)} s`
        : ci.stderr.trim(),
    );
  } else {
    process.stdout.write('skipped npm ci --omit=dev: not a git clone\n');
  }
} catch (error) {
  check('check-install', false, error.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((ok) => !ok).length;
process.stdout.write(`check-install: ${results.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
