// Builds dist/: the library as unbundled ESM with type declarations (tsc,
// tsconfig.build.json: src/index.ts and what it imports, one .js and one
// .d.ts per module), and the CLI as an esbuild bundle beside it
// (dist/copydesk.js, dist/copydesk-worker.js, dist/chunks/).
// Why the CLI is a bundle: start-up time dominates when CI calls copydesk once
// per story, and one pre-resolved file loads far faster than hundreds of ESM
// modules. Why the library is not: consumers get one copy of unified, vfile and
// mdast types shared with their own pipeline, and readable code to step into.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Required, not imported: an ESM import of this CommonJS package scans all of
// its 9 MB for export names first, most of a second of CPU.
const ts = createRequire(import.meta.url)('typescript');

const root = fileURLToPath(new URL('..', import.meta.url));

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * The library: each module reachable from tsconfig.build.json's entry files
 * (static, type-only and dynamic imports alike) is emitted as it stands, its
 * JavaScript and its declarations, by one TypeScript program over exactly
 * those modules with no type check (`noCheck`), no module resolution and no
 * lib files (`noResolve`, `noLib`): each module is parsed once. Why not
 * `tsc -p`: that type-checks every module again, which `npm run typecheck`
 * already does (over src, test and scripts), and was the slowest step of a
 * fresh `npm test` (the tests wait for the build). Per-file output is what
 * tsc would write because the project compiles under `isolatedModules` and
 * `isolatedDeclarations` (tsconfig.json), which tsc enforces in the type
 * check and this emit reports too (a declaration it cannot write alone).
 */
function buildLibrary() {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.build.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  const modules = new Set();
  const queue = [...config.fileNames];
  while (queue.length > 0) {
    const file = queue.pop();
    if (modules.has(file)) continue;
    modules.add(file);
    const text = readFileSync(file, 'utf8');
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles)
      if (fileName.startsWith('.'))
        queue.push(resolve(dirname(file), fileName).replace(/\.js$/, '.ts'));
  }
  const program = ts.createProgram({
    rootNames: [...modules],
    options: {
      ...config.options,
      // NodeNext decides a file's module format from package.json ("type":
      // "module"), which resolution-free emit does not read: say ESM outright.
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noCheck: true,
      noResolve: true,
      noLib: true,
      lib: undefined,
      types: [],
    },
  });
  const emitted = program.emit();
  const problems = [
    ...program.getOptionsDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...emitted.diagnostics,
  ].map((diagnostic) => {
    const where = diagnostic.file ? `${relative(root, diagnostic.file.fileName)}: ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
  if (problems.length > 0)
    throw new Error(`The library does not transpile:\n${problems.slice(0, 20).join('\n')}`);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  logLevel: 'warning',
  // COPYDESK_NO_MINIFY=1 keeps names readable in CPU profiles.
  minify: !process.env.COPYDESK_NO_MINIFY,
  define: { __COPYDESK_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies may call require(); give them one.
  banner: {
    js: "import { createRequire as __cdCreateRequire } from 'node:module'; const require = __cdCreateRequire(import.meta.url);",
  },
};

// Chunk names carry a content hash; clear old ones so dist/ holds one build.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * commander requires node:child_process at load, only to spawn executable
 * subcommands, which copydesk has none of; loading that built-in costs several
 * milliseconds of every start. Hand commander a stand-in that loads the real
 * module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'lazy-child-process', namespace: 'copydesk-lazy' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'copydesk-lazy' }, () => ({
      contents:
        "let real; const load = () => (real ??= require('node:child_process'));\n" +
        'module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });\n',
      loader: 'js',
    }));
  },
};

/**
 * chalk detects colour support when it loads (its vendored supports-color),
 * which loads node:tty and with it node:net, several milliseconds of every
 * start. The CLI never reads that guess: it decides the level itself
 * (src/cli/color.ts) and passes it to every `new Chalk({ level })`. Give
 * chalk a stand-in that detects nothing; the library build keeps the real one.
 */
const noColorDetection = {
  name: 'no-color-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]chalk[\\/]/.test(args.importer)
        ? { path: 'supports-color', namespace: 'copydesk-no-detection' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'copydesk-no-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
  },
};

try {
  buildLibrary();
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
await build({
  ...common,
  plugins: [lazyChildProcess, noColorDetection],
  // The worker is its own entry so the CLI can start it by URL next to copydesk.js.
  entryPoints: {
    copydesk: 'src/cli/index.ts',
    'copydesk-worker': 'src/cli/worker.ts',
  },
  absWorkingDir: root,
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
