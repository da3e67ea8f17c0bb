#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm run build` (and by `npm pack`); a
// clone that was installed but not built gets one clear line.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/copydesk.js', import.meta.url);
if (existsSync(cli)) {
  try {
    await import(cli.href);
  } catch (error) {
    // Loading the bundle's chunks opens files: under a low `ulimit -n` the OS
    // refuses, which is the environment's fault, not a bug, and is one line.
    const code = error?.code;
    if (code === 'EMFILE' || code === 'ENFILE') {
      process.stderr.write(
        'copydesk: error: cannot load copydesk: Too many open files (raise the limit with ulimit -n)\n',
      );
      process.exitCode = 1;
    } else throw error;
  }
} else {
  process.stderr.write('copydesk: dist/copydesk.js is missing: run `npm run build` first\n');
  process.exitCode = 70;
}
