/**
 * `dependencies` must be exactly what the installed package loads: the
 * packages the library's modules import and the ones its declarations name.
 * The CLI bundle inlines its own, so it may import nothing but Node.js
 * built-ins and its own chunks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TS from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// Required, not imported: an ESM import of this CommonJS package scans all of
// its 9 MB for export names first, most of a second of CPU.
const ts: typeof TS = createRequire(import.meta.url)('typescript');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
/** Files of the CLI bundle, which the library never imports. */
const BUNDLE = /^(copydesk\.js|copydesk-worker\.js|chunks\/)/;

/** Every file below `dir`, relative to dist/. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : [relative(DIST, join(dir, entry.name)).split('\\').join('/')],
  );
}

/** The packages (not paths, not built-ins) the given dist files import. */
function packagesImported(names: string[]): string[] {
  const found = new Set<string>();
  for (const name of names) {
    // TypeScript's import scanner: static and dynamic imports, re-exports, require().
    const scanned = ts.preProcessFile(readFileSync(join(DIST, name), 'utf8'), true, true);
    for (const { fileName: specifier } of scanned.importedFiles) {
      if (specifier.startsWith('.') || isBuiltin(specifier)) continue;
      const parts = specifier.split('/');
      found.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
    }
  }
  return [...found].sort();
}

/** The package that provides a module's types: `mdast` comes from `@types/mdast`. */
function typesPackage(name: string, dependencies: Record<string, string>): string {
  return name in dependencies || !(`@types/${name}` in dependencies) ? name : `@types/${name}`;
}

describe('the runtime dependencies', () => {
  let all: string[] = [];
  const dependencies = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    }
  ).dependencies;

  beforeAll(() => {
    if (!existsSync(join(DIST, 'index.d.ts')) || !existsSync(join(DIST, 'copydesk.js')))
      throw new Error('Missing dist/: run `npm run build` before the package tests');
    all = files(DIST);
  });

  it('are the packages the library and its declarations import, no more, no fewer', () => {
    const library = all.filter((name) => !BUNDLE.test(name) && /\.(js|d\.ts)$/.test(name));
    const loaded = packagesImported(library).map((name) => typesPackage(name, dependencies));
    expect([...new Set(loaded)].sort()).toEqual(Object.keys(dependencies).sort());
  });

  it('are not needed by the CLI bundle, which imports only Node.js built-ins', () => {
    const bundle = all.filter((name) => BUNDLE.test(name) && name.endsWith('.js'));
    expect(bundle).toContain('copydesk.js');
    expect(packagesImported(bundle)).toEqual([]);
  });
});
