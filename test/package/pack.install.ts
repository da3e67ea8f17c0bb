/**
 * The package as a user gets it: `npm pack`, installed into a fresh project
 * without dev dependencies, then used from there as a CLI, as an ES module
 * (the README's library example), as CommonJS, and from TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installConsumer, npm } from './consumer.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STORY = readFileSync(join(ROOT, 'fixtures/bloomberg-web-paste-kicker-caption/input.txt'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => consumer,
  getNewLine: () => '\n',
};

let work = '';
let consumer = '';
let packed: { filename: string; files: Array<{ path: string }> };

/** Runs node (or a script) in the consumer project with the story on stdin. */
function inConsumer(args: string[], input: Uint8Array | string = STORY) {
  const result = spawnSync(process.execPath, args, {
    cwd: consumer,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let cliStory: unknown;

/** The installed CLI's JSON for the story (run once). */
function cliJson(): unknown {
  if (cliStory !== undefined) return cliStory;
  const cli = inConsumer([
    join(consumer, 'node_modules/.bin/copydesk'),
    '-f',
    'ndjson',
    '--no-config',
  ]);
  expect(cli.status, cli.stderr).toBe(0);
  const lines = cli.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  cliStory = JSON.parse(lines[0] as string);
  return cliStory;
}

/** The README's "Use as a library" example, as written. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Use as a library$/m)[1]?.split(/^## /m)[0] ?? '';
  const example = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (!example) throw new Error('Missing the js example under "## Use as a library" in README.md');
  return example;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/copydesk.js')))
    throw new Error('Missing dist/: run `npm run build` before `npm run check:install`');
  work = mkdtempSync(join(tmpdir(), 'copydesk-pack-'));
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  // `npm run check:install` runs after the build; packing must not build again.
  const out = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', consumer], ROOT);
  const [result] = JSON.parse(out) as Array<typeof packed>;
  if (!result) throw new Error(`npm pack printed no package: ${out}`);
  packed = result;
  installConsumer(ROOT, consumer, packed.filename);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', { timeout: 120_000 }, () => {
  it('holds the built CLI and library, types, schema, licence and changelog, and no sources', () => {
    const files = packed.files.map((file) => file.path);
    for (const wanted of [
      'bin/copydesk.js',
      'dist/copydesk.js',
      'dist/copydesk-worker.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/preset.d.ts',
      'schema/copydesk-output-1.json',
      'LICENSE',
      'CHANGELOG.md',
      'README.md',
      'package.json',
    ])
      expect(files).toContain(wanted);
    expect(files.filter((file) => /^(src|test|scripts|fixtures)\/|\.map$/.test(file))).toEqual([]);
    // IPTC's own schemas (480 KB) are for the repository's tests, not for users.
    expect(files.filter((file) => file.startsWith('schema/iptc/'))).toEqual([]);
  });

  it('installs its runtime dependencies and none of the dev dependencies', () => {
    const installed = (name: string) =>
      existsSync(join(consumer, 'node_modules', name, 'package.json'));
    expect(Object.keys(manifest.dependencies).filter((name) => !installed(name))).toEqual([]);
    expect(Object.keys(manifest.devDependencies).filter(installed)).toEqual([]);
  });

  it('runs the installed CLI, which prints the version in package.json', () => {
    const result = inConsumer([join(consumer, 'node_modules/.bin/copydesk'), '--version'], '');
    expect(result.stdout.trim()).toBe(manifest.version);
    expect(result.status).toBe(0);
  });

  it("gives an ES module consumer (the README's example) the CLI's JSON", () => {
    writeFileSync(join(consumer, 'story.js'), readmeExample());
    const result = inConsumer(['story.js']);
    expect(result.status, result.stderr).toBe(0);
    const story = JSON.parse(result.stdout);
    expect(story.headline).toBe('Copper Climbs as Smelters Cut Output in Chile');
    expect(story).toEqual(cliJson());
  });

  it("gives a CommonJS consumer the CLI's JSON through require('copydesk')", () => {
    writeFileSync(
      join(consumer, 'story.cjs'),
      `const { readFileSync } = require('node:fs');
const { unified } = require('unified');
const { compileJson, copydesk, parseWire } = require('copydesk');
const file = unified().use(parseWire).use(copydesk).use(compileJson).processSync(readFileSync(0, 'utf8'));
process.stdout.write(String(file));
`,
    );
    const result = inConsumer(['story.cjs']);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(cliJson());
  });

  it('type-checks a TypeScript consumer against the shipped declarations', () => {
    const file = join(consumer, 'consumer.ts');
    writeFileSync(
      file,
      `import {
  type ArticleJson,
  type CreditRole,
  compileJson,
  copydesk,
  createProcessor,
  formatStory,
  parseWire,
} from 'copydesk';
import { unified } from 'unified';

const file = unified().use(parseWire).use(copydesk).use(compileJson).processSync('Headline\\n\\nBody.');
const story = file.result as ArticleJson;
const headline: string | null = story.headline;
const roles: CreditRole[] = story.credits.map((credit) => credit.role);
const authors: string[] = story.byline?.authors.map((author) => author.name) ?? [];
// file.data is typed by copydesk's vfile DataMap augmentation.
const kicker: string | null | undefined = file.data.article?.kicker;
const [first] = formatStory(new Uint8Array([72, 105]), { format: 'json', from: 'text' });
const json: ArticleJson | null = first?.json ?? null;
const markdown: string = String(createProcessor({ format: 'markdown' }).processSync('Hi'));
// @ts-expect-error: a key the contract does not have
story.headlineText;
// @ts-expect-error: not an output format
createProcessor({ format: 'xml' });
export { authors, headline, json, kicker, markdown, roles };
`,
    );
    // What \`tsc --noEmit\` reports for the consumer and for copydesk's declarations
    // (the dependencies' own declarations are theirs to check).
    const program = ts.createProgram([file], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts'],
      // copydesk's declarations must not need Node.js types to be installed.
      types: [],
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
    });
    const ours = program
      .getSourceFiles()
      .filter(
        (source) => source.fileName === file || source.fileName.includes('/node_modules/copydesk/'),
      );
    expect(
      ours.filter((source) => source.fileName.endsWith('/copydesk/dist/index.d.ts')),
    ).toHaveLength(1);
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...ours.flatMap((source) => [
        ...program.getSyntacticDiagnostics(source),
        ...program.getSemanticDiagnostics(source),
      ]),
    ];
    expect(ts.formatDiagnostics(diagnostics, formatHost)).toBe('');
  });
});
