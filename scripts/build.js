// Builds dist/: the library as unbundled ESM with type declarations (tsc,
// tsconfig.build.json: src/index.ts and what it imports, one .js and one
// .d.ts per module), and the CLI as an esbuild bundle beside it
// (dist/copydesk.js, dist/copydesk-worker.js, dist/chunks/).
// Why the CLI is a bundle: start-up time dominates when CI calls copydesk once
// per story, and one pre-resolved file loads far faster than hundreds of ESM
// modules. Why the library is not: consumers get one copy of unified, vfile and
// mdast types shared with their own pipeline, and readable code to step into.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The library: tsc over tsconfig.build.json, in a child process while esbuild runs. */
function buildLibrary() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.build.json exited with ${code}`)),
    );
  });
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

const library = buildLibrary();
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
try {
  await library;
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
