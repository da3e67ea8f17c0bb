// Bundles the CLI and the library into dist/ with esbuild.
// Why a bundle: start-up time dominates when CI calls copydesk once per story,
// and one pre-resolved file loads far faster than hundreds of ESM modules.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

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

await build({
  ...common,
  plugins: [lazyChildProcess],
  // The worker is its own entry so the CLI can start it by URL next to copydesk.js.
  entryPoints: {
    copydesk: 'src/cli/index.ts',
    'copydesk-worker': 'src/cli/worker.ts',
    index: 'src/index.ts',
    // For `npm run fit` and `npm run eval -- --folds`: the model fitting, not part of the API.
    'fit-ranking': 'src/score/fit-ranking.ts',
  },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
