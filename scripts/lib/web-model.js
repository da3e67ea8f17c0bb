// What `npm run fit` and `npm run eval -- --folds K` share: reading the web
// corpora with their site groups, labelling the candidates copydesk recorded
// for each page against the answers, and fitting the weights of the scored
// decisions. A development module: `npm test` never needs it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decode, defaultLexicon, extendLexicon, formatStory } from '../../dist/index.js';
import { headlineMissKind } from './headline-misses.js';

/**
 * Fit settings; a change here changes the shipped weights, so re-fit and
 * review the table. `headlineL2` is the headline decision's own penalty: it
 * has about ten candidates per page to learn from, and a lighter penalty
 * scores better on the unseen-site estimate (`--folds 5`). The byline
 * decision (`l2`) has a few candidates per page, most pages one or none
 * that is right: a penalty of 1 keeps each fold's weights closer to the
 * others' and scores better held out than 0.3 or 2.
 */
export const FIT_SETTINGS = { l2: 1, headlineL2: 0.1, maxSteps: 100, decimals: 2 };

/** Headline comparison as the corpus README says: NFKC, white space collapsed. */
export function strict(text) {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function folded(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The author set a byline gives, as the eval scores it: people, else the organisation. */
export function bylineAuthorKey(authors, organization) {
  const names = authors.length === 0 && organization ? [organization] : authors;
  return [...new Set(names.map(folded).filter((name) => name !== ''))].sort().join('\n');
}

/** The site group of every item of a corpus folder, from its MANIFEST.tsv (`site_group`, else `site`). */
function siteGroups(dir) {
  const path = join(dir, 'MANIFEST.tsv');
  const groups = new Map();
  if (!existsSync(path)) return groups;
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const columns = header.split('\t');
  const at = (name) => columns.indexOf(name);
  for (const row of rows) {
    const cells = row.split('\t');
    const site = cells[at('site_group')] || cells[at('site')] || cells[at('id')];
    groups.set(cells[at('id')], brandOf(site));
  }
  return groups;
}

/**
 * A site's brand: its registrable name without the public suffix, so that
 * `espn.com` and `espn.co.uk` (one newsroom) fall in the same fold.
 */
export function brandOf(site) {
  const labels = site.toLowerCase().split('.');
  const secondLevel = ['co', 'com', 'org', 'net', 'ac', 'ne', 'or', 'gov'];
  const country = labels.length > 2 && labels.at(-1).length === 2;
  const suffix = country && secondLevel.includes(labels.at(-2)) ? 2 : 1;
  return labels.at(-1 - suffix) ?? site;
}

/** Every item of the corpus folders: id, bytes, answers and site group. */
export function loadItems(dirs) {
  const items = [];
  for (const dir of dirs) {
    const groups = siteGroups(dir);
    const ids = readdirSync(dir)
      .filter((name) => name.endsWith('.expected.json'))
      .map((name) => basename(name, '.expected.json'))
      .sort();
    for (const id of ids) {
      const expected = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), 'utf8'));
      const bytes = readFileSync(join(dir, `${id}.txt`));
      items.push({ id, dir, bytes, expected, group: groups.get(id) ?? id });
    }
  }
  return items;
}

/** Splits items into `k` folds by site group: groups by size, largest first, each to the smallest fold. */
export function assignFolds(items, k) {
  const sizes = new Map();
  for (const item of items) sizes.set(item.group, (sizes.get(item.group) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const load = new Array(k).fill(0);
  const foldOf = new Map();
  for (const [group, size] of order) {
    const fold = load.indexOf(Math.min(...load));
    foldOf.set(group, fold);
    load[fold] += size;
  }
  return items.map((item) => foldOf.get(item.group));
}

function scoredKeys(expected) {
  return new Set([...(expected.ground_truth_fields ?? []), ...(expected.derived ?? [])]);
}

/** The decisions copydesk recorded for one item under a lexicon. */
export function decisionsOf(item, lexicon) {
  const stories = formatStory(item.bytes, { format: 'json', path: `${item.id}.txt`, lexicon });
  return stories[0]?.file.data.decisions ?? {};
}

/** A headline decision as an example to learn from: the right candidates are those equal to the answer. */
export function headlineExample(item, decision) {
  const keys = scoredKeys(item.expected);
  if (!decision || !keys.has('headline') || item.expected.input_checks?.headline_in_text === false)
    return null;
  const want = strict(item.expected.headline);
  const positives = decision.candidates.flatMap((candidate, index) =>
    strict(candidate.text) === want ? [index] : [],
  );
  return { candidates: decision.candidates.map((candidate) => candidate.values), positives };
}

/**
 * A byline decision as an example: the right candidates are those the scorer
 * ({@link scoreItem}) accepts. A candidate naming only an organisation gives
 * `authors: []`, so one that a byline word opens (`By Coastal Daily Staff`,
 * or a bare `By` over it) is right where the gold lists no author, as well
 * as where the gold lists that organisation. An organisation's name alone on
 * a line (a photo credit, a masthead) is no byline.
 */
export function bylineExample(item, decision) {
  const keys = scoredKeys(item.expected);
  if (!decision || !keys.has('authors')) return null;
  const want = bylineAuthorKey(item.expected.authors ?? [], null);
  const value = (candidate, name) => candidate.values[decision.features.indexOf(name)] ?? 0;
  const positives = decision.candidates.flatMap((candidate, index) => {
    const same = bylineAuthorKey(candidate.answer.split('; '), null) === want;
    const opened = value(candidate, 'explicit') === 1 || value(candidate, 'bareBy') === 1;
    const organizationForNone = want === '' && opened && value(candidate, 'organizationOnly') === 1;
    return same || organizationForNone ? [index] : [];
  });
  return { candidates: decision.candidates.map((candidate) => candidate.values), positives };
}

/** Weights as the table ships them: rounded, zeros left out, in feature order. */
function tableOf(names, weights) {
  const scale = 10 ** FIT_SETTINGS.decimals;
  const table = {};
  names.forEach((name, index) => {
    const value = Math.round(weights[index] * scale) / scale;
    if (value !== 0) table[name] = value;
  });
  return table;
}

async function fitter() {
  return (await import('../../dist/score/fit-ranking.js')).fitRanking;
}

/** Fits one decision's weights from the examples of the given items, with L2 penalty `l2`. */
async function fitDecision(examples, names, l2 = FIT_SETTINGS.l2) {
  const fitRanking = await fitter();
  const usable = examples.filter((example) => example !== null);
  return tableOf(names, fitRanking(usable, names.length, { ...FIT_SETTINGS, l2 }));
}

/**
 * Fits the headline weights, then (with those in place, since the byline is
 * read once the headline is gone) the byline weights, on the given items.
 * `headlineCache` may hold each item's headline decision already: it does
 * not depend on the weights.
 */
export async function fitWeights(items, headlineCache = new Map()) {
  const base = extendLexicon({ weights: { headline: {}, byline: {} } });
  let names = [];
  const headlineExamples = items.map((item) => {
    let decision = headlineCache.get(item.id);
    if (decision === undefined) {
      decision = decisionsOf(item, base).headline ?? null;
      headlineCache.set(item.id, decision);
    }
    if (decision) names = decision.features;
    return headlineExample(item, decision);
  });
  const headline = await fitDecision(headlineExamples, names, FIT_SETTINGS.headlineL2);
  const withHeadline = extendLexicon({ weights: { headline, byline: {} } });
  let bylineNames = [];
  const bylineExamples = items.map((item) => {
    const decision = decisionsOf(item, withHeadline).byline ?? null;
    if (decision) bylineNames = decision.features;
    return bylineExample(item, decision);
  });
  const byline = bylineNames.length > 0 ? await fitDecision(bylineExamples, bylineNames) : {};
  return { headline, byline };
}

export { defaultLexicon, extendLexicon };

/** Whether copydesk's answer for one item is right, on the fields the folds report (null: not scored). */
export function scoreItem(item, json) {
  const keys = scoredKeys(item.expected);
  const result = { headline: null, authors: null };
  if (keys.has('headline') && item.expected.input_checks?.headline_in_text !== false)
    result.headline = strict(json?.headline) === strict(item.expected.headline);
  if (keys.has('authors')) {
    // As the per-set eval scores it (scripts/eval.js): a byline naming only an
    // organisation gives `authors: []`, which matches a gold that lists no
    // author, and matches a gold that lists the organisation as the author.
    const people = (json?.byline?.authors ?? []).map((author) => author.name);
    const organization = people.length === 0 ? (json?.byline?.organization ?? null) : null;
    const want = bylineAuthorKey(item.expected.authors ?? [], null);
    result.authors =
      bylineAuthorKey(people, null) === want ||
      (organization !== null && bylineAuthorKey([], organization) === want);
  }
  return result;
}

/** Kinds of author misses, in the order the breakdown lists them. */
export const AUTHOR_MISS_KINDS = [
  'wrong line chosen',
  'right line read wrong',
  'no byline found',
  'byline where the gold lists none',
  'gold names not printed as such',
];

/** Text folded for finding a name in a page: case, white space. */
function findable(text) {
  return folded(text).normalize('NFC');
}

/**
 * Why an author miss happened: a candidate line gave the answer but lost
 * (wrong line chosen); a candidate line holds every gold name but reads
 * them otherwise (right line read wrong); the gold names are printed but no
 * candidate holds them (no byline found); the gold lists no author and
 * people were read (an organisation alone is no miss there, see
 * {@link scoreItem}); a gold name is not printed in the input as the gold
 * spells it (a quirk of the gold's format).
 */
export function authorMissKind(item, decision) {
  const gold = item.expected.authors ?? [];
  if (gold.length === 0) return AUTHOR_MISS_KINDS[3];
  const want = bylineAuthorKey(gold, null);
  const candidates = (decision?.candidates ?? []).slice(1);
  if (candidates.some((candidate) => bylineAuthorKey(candidate.answer.split('; '), null) === want))
    return AUTHOR_MISS_KINDS[0];
  const page = findable(new TextDecoder().decode(item.bytes));
  if (!gold.every((name) => page.includes(findable(name)))) return AUTHOR_MISS_KINDS[4];
  const holdsAll = (text) => gold.every((name) => findable(text).includes(findable(name)));
  if (candidates.some((candidate) => holdsAll(candidate.text))) return AUTHOR_MISS_KINDS[1];
  return AUTHOR_MISS_KINDS[2];
}

/** The kind of one item's headline miss (see `headline-misses.js`). */
export function headlineMissOf(item, story) {
  return headlineMissKind({
    text: decode(item.bytes).text,
    gold: item.expected.headline,
    got: story?.json?.headline ?? null,
    gotLine: story?.file.data.article?.headlineLine ?? 0,
  });
}

/** Counts right answers per field over items under a lexicon; every miss carries its kind. */
export function scoreItems(items, lexicon) {
  const tally = { headline: [0, 0], authors: [0, 0], misses: [] };
  for (const item of items) {
    const stories = formatStory(item.bytes, { format: 'json', path: `${item.id}.txt`, lexicon });
    const json = stories[0]?.json;
    const result = scoreItem(item, json);
    for (const field of ['headline', 'authors']) {
      if (result[field] === null) continue;
      tally[field][1]++;
      if (result[field]) tally[field][0]++;
      else {
        const kind =
          field === 'authors'
            ? authorMissKind(item, stories[0]?.file.data.decisions?.byline)
            : headlineMissOf(item, stories[0]);
        tally.misses.push({ id: item.id, field, kind });
      }
    }
  }
  return tally;
}

/**
 * Grouped cross-validation: the items split into `k` folds by site group;
 * for each fold, weights fitted on the other folds score the fold held out.
 * This is the unseen-site estimate.
 */
export async function crossValidate(items, k, log = () => {}) {
  const folds = assignFolds(items, k);
  const headlineCache = new Map();
  const rows = [];
  for (let fold = 0; fold < k; fold++) {
    const train = items.filter((_, index) => folds[index] !== fold);
    const test = items.filter((_, index) => folds[index] === fold);
    const weights = await fitWeights(train, headlineCache);
    const tally = scoreItems(test, extendLexicon({ weights }));
    const sites = new Set(test.map((item) => item.group)).size;
    rows.push({ fold, items: test.length, sites, ...tally });
    log(`fold ${fold + 1}/${k} done`);
  }
  return rows;
}
