#!/usr/bin/env node
// NewsML-G2 and NITF over corpus stories: every document must validate against
// IPTC's schemas and read back the JSON's headline, deck, byline, dateline and
// body. A development script (the corpus is not in the repository):
//
//   node scripts/xml-corpus.js [--count 200] DIR [DIR...]
//
// Stories are taken evenly from every set under the DIRs, in name order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdastToString } from 'mdast-util-to-string';
import { formatStory } from '../dist/index.js';
import { readBack, schemaErrors } from './lib/iptc-xml.js';

const args = process.argv.slice(2);
let count = 200;
const roots = [];
for (let index = 0; index < args.length; index++) {
  if (args[index] === '--count') count = Number(args[++index]);
  else roots.push(args[index]);
}
if (roots.length === 0) {
  process.stderr.write('usage: node scripts/xml-corpus.js [--count N] DIR [DIR...]\n');
  process.exit(2);
}

/** Folders holding `<id>.txt` inputs, found under each root. */
function sets(dir) {
  const entries = readdirSync(dir).sort();
  const inputs = entries.filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'));
  const below = entries
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap(sets);
  return inputs.length > 0 ? [{ dir, inputs }, ...below] : below;
}

const all = roots.flatMap(sets);
// Round robin over the sets, each read in a spread-out order, until `count`.
const orders = all.map(({ dir, inputs }) => {
  const step = Math.max(1, Math.floor(inputs.length / Math.ceil(count / all.length)));
  const spread = inputs.filter((_, index) => index % step === 0);
  const rest = inputs.filter((_, index) => index % step !== 0);
  return [...spread, ...rest].map((name) => join(dir, name));
});
const picked = [];
for (let round = 0; picked.length < count && orders.some((order) => round < order.length); round++)
  for (const order of orders)
    if (round < order.length && picked.length < count) picked.push(order[round]);

const bodyText = (body) =>
  fromMarkdown(body)
    .children.map((node) => mdastToString(node))
    .join('\n\n');

const failures = [];
let stories = 0;
let documents = 0;
for (const path of picked) {
  const bytes = readFileSync(path);
  const json = formatStory(bytes, { format: 'json', path }).map((result) => result.json);
  for (const format of ['newsmlg2', 'nitf']) {
    const outputs = formatStory(bytes, { format, path, versionCreated: '2024-10-01T12:00:00Z' });
    outputs.forEach((result, index) => {
      documents++;
      const story = json[index];
      const errors = schemaErrors(result.output, format);
      const back = readBack(result.output, format);
      const expected = {
        headline: story.headline,
        deck: story.deck,
        byline: story.byline?.text ?? null,
        dateline: story.dateline?.text ?? null,
        location: story.dateline?.location ?? null,
        body: bodyText(story.body),
      };
      const wrong = Object.keys(expected).filter((key) => back[key] !== expected[key]);
      if (errors.length > 0 || wrong.length > 0)
        failures.push({ path, format, index, errors: errors.slice(0, 3), wrong });
    });
  }
  stories += json.length;
}

process.stdout.write(
  `${picked.length} inputs (${all.length} sets), ${stories} stories, ${documents} documents: ` +
    `${documents - failures.length} valid and faithful, ${failures.length} not\n`,
);
for (const failure of failures.slice(0, 20)) process.stdout.write(`${JSON.stringify(failure)}\n`);
process.exitCode = failures.length === 0 ? 0 : 1;
