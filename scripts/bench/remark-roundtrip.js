// The baseline copydesk is measured against: a bare unified round trip
// (remark-parse + remark-stringify) of the same files, in one process, each
// result written to standard output as copydesk writes its own.
// The bench bundles this file with esbuild first, as copydesk itself is bundled.
//
//   node remark-roundtrip.mjs DIR|FILE...
import { readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkStringify).freeze();

function* files(args) {
  for (const arg of args) {
    if (statSync(arg).isDirectory()) {
      for (const name of readdirSync(arg).sort()) yield join(arg, name);
    } else yield arg;
  }
}

for (const file of files(process.argv.slice(2))) {
  const output = String(processor.processSync(readFileSync(file, 'utf8')));
  writeSync(1, output);
}
