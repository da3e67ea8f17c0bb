#!/usr/bin/env node
// Scores copydesk against a corpus of `<id>.txt` + `<id>.expected.json`
// (format: the corpus README). A development script: `npm test` never needs it.
//
//   npm run eval -- DIR [DIR...] [--misses N] [--json]
//   npm run eval -- --folds K DIR [DIR...]   the unseen-site estimate (see evaluateFolds)
//   npm run eval -- --reflow DIR [DIR...] [--misses N]
//
// --reflow re-feeds every input in three shapes (scripts/lib/reflow.js) and
// reports, per set and shape, the share of items whose headline, byline,
// dateline and credits match what the input itself gives.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { decode, defaultLexicon, formatStory, fromWire, unaccountedWords } from '../dist/index.js';
import { HEADLINE_MISS_KINDS } from './lib/headline-misses.js';
import { REFLOW_SHAPES, reflowFields, reshapeInput } from './lib/reflow.js';
import {
  AUTHOR_MISS_KINDS,
  crossValidate,
  headlineMissOf,
  loadItems,
  scoreItems,
} from './lib/web-model.js';

const schema = JSON.parse(
  readFileSync(new URL('../schema/copydesk-output-1.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const args = process.argv.slice(2);
const dirs = [];
let missLimit = 10;
let asJson = false;
let folds = 0;
let reflow = false;
let help = false;
for (let index = 0; index < args.length; index++) {
  const arg = args[index];
  if (arg === '--misses') missLimit = Number(args[++index]);
  else if (arg === '--folds') folds = Number(args[++index]);
  else if (arg === '--json') asJson = true;
  else if (arg === '--reflow') reflow = true;
  else if (arg === '--help' || arg === '-h') {
    help = true;
    break;
  } else if (arg.startsWith('-')) {
    process.stderr.write(`eval: unknown option ${arg}\n`);
    dirs.length = 0;
    break;
  } else dirs.push(arg);
}
if (dirs.length === 0 || help) {
  // Asked for, the usage is the output; after a mistake, it is the error.
  (help ? process.stdout : process.stderr).write(
    'usage: npm run eval -- [--reflow | --folds K] DIR [DIR...] [--misses N] [--json]\n',
  );
  process.exitCode = help ? 0 : 2;
} else if (folds > 0) {
  await evaluateFolds(dirs, folds);
} else if (reflow) {
  const rows = dirs.map(evaluateReflow);
  process.stdout.write(
    `\n| set | ${REFLOW_SHAPES.join(' | ')} |\n|---|${REFLOW_SHAPES.map(() => '---:').join('|')}|\n`,
  );
  for (const row of rows) {
    const cells = REFLOW_SHAPES.map((shape) => {
      const { same, total } = row.shapes[shape];
      return `${((100 * same) / total).toFixed(1)} % (${same}/${total})`;
    });
    process.stdout.write(`| ${row.dir} | ${cells.join(' | ')} |\n`);
  }
} else {
  for (const dir of dirs) evaluate(dir);
}

/** The fields of every story in an input, as reflow compares them. */
function storyFields(bytes, path) {
  return formatStory(bytes, { format: 'json', path }).map((story) => reflowFields(story.json));
}

/** Re-feeds every input of a set in each shape; counts the items that keep their fields. */
function evaluateReflow(dir) {
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => basename(name, '.txt'))
    .sort();
  const shapes = Object.fromEntries(
    REFLOW_SHAPES.map((shape) => [shape, { same: 0, total: 0, misses: [] }]),
  );
  for (const id of ids) {
    const path = `${id}.txt`;
    const bytes = readFileSync(join(dir, path));
    const results = formatStory(bytes, { format: 'json', path });
    const original = JSON.stringify(results.map((story) => reflowFields(story.json)));
    const stories = results.map((story) => ({
      offset: story.file.data.storyStart?.offset ?? 0,
      text: String(story.file.value),
      iptc: story.json.source.format === 'iptc7901',
    }));
    const input = decode(bytes).text;
    for (const shape of REFLOW_SHAPES) {
      const reshaped = Buffer.from(reshapeInput(input, stories, shape, fromWire), 'utf8');
      const again = JSON.stringify(storyFields(reshaped, path));
      const entry = shapes[shape];
      entry.total++;
      if (again === original) entry.same++;
      else entry.misses.push({ id, original, again });
    }
  }
  const lines = [`\n${dir}: ${ids.length} items`];
  for (const shape of REFLOW_SHAPES) {
    const entry = shapes[shape];
    lines.push(`  ${shape}: ${entry.same}/${entry.total}`);
    for (const miss of entry.misses.slice(0, missLimit)) {
      lines.push(`    ${miss.id}:\n      was ${miss.original}\n      now ${miss.again}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return { dir: basename(dir), shapes };
}

/** Headline comparison as the corpus README says: NFKC, white space collapsed. */
function strict(text) {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The lenient variant: also case-folded, ASCII quotes and dashes, no final full stop. */
function lenient(text) {
  return strict(text)
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\.$/, '');
}

function folded(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A dateline as the scorer compares it: without the separator that ends it. The
 * corpora disagree on whether that dash belongs to the dateline (1987 Reuters
 * gold keeps ` -`, 1989 AP gold drops its ` _`); copydesk keeps it in every set.
 */
function datelineKey(text) {
  return folded(text).replace(/\s*(?:-{1,2}|\u2013|\u2014|_)$/u, '');
}

function bylineKey(text) {
  return folded((text ?? '').replace(/^\s*by\b\s*:?/i, ''));
}

/** Author set of a byline or author list, case-folded. */
function authorSet(names) {
  return new Set(names.map((name) => folded(name)).filter((name) => name !== ''));
}

function sameSet(a, b) {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/** A credit as the scorer compares it: its text, or its role, names and organisation. */
function creditKey(credit) {
  if (typeof credit === 'string') return folded(credit);
  const names = (credit.names ?? []).map(folded).join(', ');
  return `${credit.role}: ${names} (${folded(credit.organization ?? '')})`;
}

/** Two values equal once every string in them is folded. */
function sameFolded(a, b) {
  const fold = (value) =>
    JSON.stringify(value ?? null, (_, item) => (typeof item === 'string' ? folded(item) : item));
  return fold(a) === fold(b);
}

/**
 * The fields a copy editor's gold (the seed story) states beyond the corpora's:
 * dateline (place, date and agency together), kicker, copyright, media, the removed items it names (each must be removed
 * for that reason; copydesk may remove more), and how the body starts and ends.
 */
function scoreStructured(scored, expected, got, score) {
  if (scored.has('dateline')) {
    // A gold dateline of nulls says there is none.
    const pick = (value) =>
      value && (value.location ?? value.date ?? value.agency) != null
        ? { location: value.location, date: value.date, agency: value.agency }
        : null;
    const have = pick(got.dateline);
    score('dateline', sameFolded(pick(expected.dateline), have), expected.dateline, have);
  }
  if (scored.has('kicker'))
    score('kicker', folded(got.kicker) === folded(expected.kicker), expected.kicker, got.kicker);
  if (scored.has('copyright')) {
    const have = got.copyright && { year: got.copyright.year, holder: got.copyright.holder };
    score('copyright', sameFolded(expected.copyright, have), expected.copyright, have);
  }
  if (scored.has('media')) {
    const have = got.media.map((item) => ({ caption: item.caption, credit: item.credit }));
    score('media', sameFolded(expected.media, have), expected.media, have);
  }
  if (scored.has('removed')) {
    const have = new Set(got.removed.map((item) => `${item.reason}: ${folded(item.text)}`));
    const want = (expected.removed ?? []).map((item) => `${item.reason}: ${folded(item.text)}`);
    score(
      'removed',
      want.every((item) => have.has(item)),
      want.join(' | '),
      [...have].join(' | '),
    );
  }
  const body = folded(got.body);
  if (scored.has('body_starts_with'))
    score(
      'body starts with',
      body.startsWith(folded(expected.body_starts_with)),
      expected.body_starts_with,
      body.slice(0, 120),
    );
  if (scored.has('body_ends_with'))
    score(
      'body ends with',
      body.endsWith(folded(expected.body_ends_with)),
      expected.body_ends_with,
      body.slice(-120),
    );
}

/** The metadata a Markdown round trip must keep. */
function metadata(story) {
  return {
    headline: story?.headline ?? null,
    authors: story?.byline?.authors.map((author) => author.name) ?? null,
    dateline: story?.dateline
      ? [story.dateline.text, story.dateline.location, story.dateline.date, story.dateline.agency]
      : null,
    credits: (story?.credits ?? []).map((credit) => [credit.role, credit.names]),
    published: story?.published ? [story.published.text, story.published.isoDate] : null,
  };
}

function evaluate(dir) {
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.expected.json'))
    .map((name) => basename(name, '.expected.json'))
    .sort();
  const fields = new Map();
  const score = (field, ok, id, expected, got, kind = null) => {
    const entry = fields.get(field) ?? { total: 0, correct: 0, misses: [] };
    entry.total++;
    if (ok) entry.correct++;
    else entry.misses.push({ id, expected, got, kind: typeof kind === 'function' ? kind() : kind });
    fields.set(field, entry);
  };
  let invalid = 0;
  let unstable = 0;
  const invalidExamples = [];
  let lostFiles = 0;
  const lostExamples = [];
  let failed = 0;

  for (const id of ids) {
    const expected = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), 'utf8'));
    const path = join(dir, `${id}.txt`);
    const bytes = readFileSync(path);
    let stories;
    try {
      stories = formatStory(bytes, { format: 'json', path: `${id}.txt` });
    } catch (error) {
      failed++;
      lostExamples.push(`${id}: ${error.message}`);
      continue;
    }
    const got = stories[0]?.json;
    if (!got) continue;
    for (const story of stories) {
      if (!validate(story.json)) {
        invalid++;
        if (invalidExamples.length < missLimit)
          invalidExamples.push(`${id}: ${JSON.stringify(validate.errors?.[0])}`);
      }
    }
    // Idempotence: copydesk's own Markdown, read back, gives the same metadata.
    if (stories.length === 1) {
      const markdown =
        formatStory(bytes, { format: 'markdown', path: `${id}.txt` })[0]?.output ?? '';
      const again = formatStory(markdown, { format: 'json', from: 'markdown' })[0]?.json;
      if (JSON.stringify(metadata(again)) !== JSON.stringify(metadata(got))) {
        unstable++;
        if (invalidExamples.length < missLimit)
          invalidExamples.push(
            `${id}: round trip ${JSON.stringify(metadata(got))} -> ${JSON.stringify(metadata(again))}`,
          );
      }
    }
    const lost = unaccountedWords(
      decode(bytes).text,
      stories.map((story) => story.json),
    );
    if (lost.length > 0) {
      lostFiles++;
      if (lostExamples.length < missLimit)
        lostExamples.push(`${id}: ${lost.slice(0, 8).join(' ')}`);
    }

    const scored = new Set([...(expected.ground_truth_fields ?? []), ...(expected.derived ?? [])]);
    if (scored.has('headline')) {
      const inText = expected.input_checks?.headline_in_text !== false;
      if (inText) {
        score(
          'headline',
          strict(got.headline) === strict(expected.headline),
          id,
          expected.headline,
          got.headline,
          () => headlineMissOf({ bytes, expected }, stories[0]),
        );
        score(
          'headline (lenient)',
          lenient(got.headline) === lenient(expected.headline),
          id,
          expected.headline,
          got.headline,
        );
      }
    }
    if (scored.has('authors')) {
      const want = authorSet(expected.authors ?? []);
      // A desk byline names an organisation and no person. Some golds list the
      // organisation as the author, others list no author (`By The Associated
      // Press` in ap89): an organisation alone matches the gold either way.
      const people = (got.byline?.authors ?? []).map((author) => author.name);
      const desk = people.length === 0 ? (got.byline?.organization ?? null) : null;
      const have = authorSet(desk && want.size > 0 ? [desk] : people);
      score('authors (set)', sameSet(want, have), id, [...want].join('; '), [...have].join('; '));
    } else if (scored.has('byline')) {
      score(
        'byline',
        bylineKey(got.byline?.text) === bylineKey(expected.byline),
        id,
        expected.byline,
        got.byline?.text ?? null,
      );
    }
    if (scored.has('dateline_raw')) {
      score(
        'dateline text',
        datelineKey(got.dateline?.text) === datelineKey(expected.dateline_raw),
        id,
        expected.dateline_raw,
        got.dateline?.text ?? null,
      );
    }
    for (const key of ['location', 'date', 'agency']) {
      if (scored.has(`dateline.${key}`) || (scored.has('dateline_raw') && key === 'agency')) {
        const want = expected.dateline?.[key] ?? null;
        const have = got.dateline?.[key] ?? null;
        score(`dateline.${key}`, folded(want) === folded(have), id, want, have);
      }
    }
    if (scored.has('credits')) {
      // Golds list credits as their text, or (the seed) as role, names and organisation.
      const want = new Set((expected.credits ?? []).map(creditKey));
      const have = new Set(
        got.credits.map((credit) =>
          typeof expected.credits?.[0] === 'object' ? creditKey(credit) : folded(credit.text),
        ),
      );
      score('credits', sameSet(want, have), id, [...want].join(' | '), [...have].join(' | '));
    }
    scoreStructured(scored, expected, got, (field, ok, want, have) =>
      score(field, ok, id, want, have),
    );
    // The slug comes from a transmission header, which only framed inputs carry.
    if (scored.has('slugline') && bytes.includes(0x01)) {
      score(
        'transmission.slug',
        got.transmission?.slug === expected.slugline,
        id,
        expected.slugline,
        got.transmission?.slug ?? null,
      );
    }
    if (scored.has('date_published')) {
      const have = got.published?.isoDate ?? null;
      score('date_published', have === expected.date_published, id, expected.date_published, have);
    }
  }

  const headlineMisses = fields.get('headline')?.misses ?? [];
  const headlineKinds = HEADLINE_MISS_KINDS.map((kind) => [
    kind,
    headlineMisses.filter((miss) => miss.kind === kind).length,
  ]).filter(([, count]) => count > 0);
  if (asJson) {
    const table = Object.fromEntries(
      [...fields].map(([field, entry]) => [field, { total: entry.total, correct: entry.correct }]),
    );
    const misses = { headline: Object.fromEntries(headlineKinds) };
    process.stdout.write(
      `${JSON.stringify({ dir, items: ids.length, failed, lostFiles, fields: table, misses })}\n`,
    );
    return;
  }
  const lines = [
    `\n${dir}: ${ids.length} items`,
    '',
    '| field | correct | scored | accuracy |',
    '|---|---:|---:|---:|',
  ];
  for (const [field, entry] of fields) {
    lines.push(
      `| ${field} | ${entry.correct} | ${entry.total} | ${((100 * entry.correct) / entry.total).toFixed(1)} % |`,
    );
  }
  const row = (label, good) =>
    `| ${label} | ${good} | ${ids.length} | ${((100 * good) / ids.length).toFixed(1)} % |`;
  lines.push(
    row('schema valid', ids.length - invalid),
    row('Markdown round trip', ids.length - unstable),
  );
  lines.push(
    `| nothing lost | ${ids.length - lostFiles - failed} | ${ids.length} | ${((100 * (ids.length - lostFiles - failed)) / ids.length).toFixed(1)} % |`,
  );
  lines.push('');
  if (headlineKinds.length > 0) {
    lines.push('| headline misses, by kind | items |', '|---|---:|');
    for (const [kind, count] of headlineKinds) lines.push(`| ${kind} | ${count} |`);
    lines.push('');
  }
  for (const [field, entry] of fields) {
    if (entry.misses.length === 0 || field.includes('lenient')) continue;
    lines.push(`misses: ${field} (${entry.misses.length})`);
    for (const miss of entry.misses.slice(0, missLimit)) {
      lines.push(
        `  ${miss.id}: expected ${JSON.stringify(miss.expected)}, got ${JSON.stringify(miss.got)}${miss.kind ? ` (${miss.kind})` : ''}`,
      );
    }
  }
  if (invalidExamples.length > 0) {
    lines.push(`schema or round-trip failures (${invalid + unstable}):`);
    for (const example of invalidExamples) lines.push(`  ${example}`);
  }
  if (lostExamples.length > 0) {
    lines.push(`lost words or failures (${lostFiles + failed} files):`);
    for (const example of lostExamples) lines.push(`  ${example}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Accuracy as a percentage with one decimal, or a dash when nothing was scored. */
function percent([correct, total]) {
  return total === 0 ? '—' : `${((100 * correct) / total).toFixed(1)} %`;
}

/**
 * `--folds K`: all folders pooled, items grouped by site (MANIFEST.tsv), K
 * folds; weights fitted on K-1 folds score the fold held out. Prints the
 * per-fold table, the mean and the worst fold (the unseen-site estimate),
 * and beside it the shipped weights (fitted on everything) on the same items.
 */
async function evaluateFolds(dirs, k) {
  const items = loadItems(dirs);
  const rows = await crossValidate(items, k, (line) => process.stderr.write(`${line}\n`));
  const everything = scoreItems(items, defaultLexicon);
  const share = ([correct, total]) => (total === 0 ? 1 : correct / total);
  const lines = [
    `\n${items.length} items from ${dirs.length} folders, ${new Set(items.map((item) => item.group)).size} site groups, ${k} folds by site`,
    '',
    '| fold | items | sites | headline | authors |',
    '|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.fold + 1} | ${row.items} | ${row.sites} | ${percent(row.headline)} (${row.headline[0]}/${row.headline[1]}) | ${percent(row.authors)} (${row.authors[0]}/${row.authors[1]}) |`,
    );
  const mean = (field) =>
    (100 * rows.reduce((sum, row) => sum + share(row[field]), 0)) / rows.length;
  const worst = (field) => 100 * Math.min(...rows.map((row) => share(row[field])));
  const pooled = (field) =>
    rows.reduce((sum, row) => [sum[0] + row[field][0], sum[1] + row[field][1]], [0, 0]);
  lines.push(
    `| mean | | | ${mean('headline').toFixed(1)} % | ${mean('authors').toFixed(1)} % |`,
    `| worst | | | ${worst('headline').toFixed(1)} % | ${worst('authors').toFixed(1)} % |`,
    `| held out, pooled | ${items.length} | | ${percent(pooled('headline'))} | ${percent(pooled('authors'))} |`,
    `| fitted on everything (shipped weights) | ${items.length} | | ${percent(everything.headline)} | ${percent(everything.authors)} |`,
    '',
  );
  for (const [field, kinds] of [
    ['headline', HEADLINE_MISS_KINDS],
    ['authors', AUTHOR_MISS_KINDS],
  ]) {
    const heldOut = rows.flatMap((row) => row.misses.filter((miss) => miss.field === field));
    const fitted = everything.misses.filter((miss) => miss.field === field);
    const label = field === 'authors' ? 'author' : field;
    lines.push(`| ${label} misses, by kind | held out | fitted on everything |`, '|---|---:|---:|');
    for (const kind of kinds) {
      const count = (list) => list.filter((miss) => miss.kind === kind).length;
      lines.push(`| ${kind} | ${count(heldOut)} | ${count(fitted)} |`);
    }
    lines.push('');
  }
  const misses = rows.flatMap((row) =>
    row.misses.map(
      (miss) =>
        `${miss.field} ${miss.id} (fold ${row.fold + 1}${miss.kind ? `: ${miss.kind}` : ''})`,
    ),
  );
  if (missLimit > 0 && misses.length > 0) {
    lines.push(`held-out misses (${misses.length}):`);
    for (const miss of misses.slice(0, missLimit)) lines.push(`  ${miss}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
