#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm run build` (and by `npm pack`); a
// clone that was installed but not built gets one clear line.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/copydesk.js', import.meta.url);
if (existsSync(cli)) await import(cli.href);
else {
  process.stderr.write('copydesk: dist/copydesk.js is missing: run `npm run build` first\n');
  process.exitCode = 70;
}
