// Generates the benchmark corpus: synthetic wire stories in the shapes the
// fixtures cover (1987 Reuters hard-wrapped copy, AP and AFP datelines, a web
// page paste with furniture, captions and credits, lists and aligned tables),
// with seeded, varied prose. Deterministic: the same seed gives the same bytes.
// The prose is made up from the word bank below; nothing is copied from a corpus.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `the a of to in and for on with by at from as that said would could
officials company market shares prices bank government minister council board
plan deal talks report quarter year week month results growth demand supply
rate rates policy budget trade exports imports oil gas grain wheat copper
steel power plant workers union strike court ruling appeal law bill vote
parliament election campaign party leader mayor state city region port
airport rail road bridge project contract tender bid offer merger stake
investors analysts economists traders lenders banks funds insurers
rose fell climbed dropped slipped gained eased jumped steadied recovered
expects expected forecast estimates announced confirmed denied declined
agreed approved rejected delayed extended raised cut lowered held kept
higher lower stronger weaker slower faster larger smaller early late
first second third last next previous annual monthly weekly daily
percent million billion points dollars tonnes barrels cents marks yen
new old major minor key central national local foreign domestic regional
after before during while since until despite amid over under about
spokesman spokeswoman director chairman president chief executive
statement interview briefing conference meeting session hearing
inflation unemployment output production sales earnings profit loss
revenue costs spending investment capacity inventory shipments orders`
  .split(/\s+/)
  .filter(Boolean);

const FIRST = `Anna Boris Carla Dmitri Elena Farid Greta Hiro Ines Jonas Kofi Lena Marco
Nadia Oskar Priya Quentin Rosa Sven Tomas Uma Viktor Wen Ximena Yusuf Zofia`.split(/\s+/);
const LAST = `Abbott Brandt Castillo Dubois Eriksen Fontaine Gallo Hartmann Ivanova
Jansen Kowalski Lindqvist Moreau Novak Okafor Petrov Quinn Romero Sato Tanaka
Ueda Varga Weber Xu Yilmaz Zeller McAllister O'Rourke`.split(/\s+/);
const CITIES =
  `NEW YORK|LONDON|TOKYO|FRANKFURT|PARIS|SYDNEY|CHICAGO|WASHINGTON|HOUSTON|MADRID|ROME|OSLO|NAIROBI|LIMA|SEOUL|TORONTO|ZURICH|VIENNA`.split(
    '|',
  );
const MONTHS = `Jan Feb March April May June July Aug Sept Oct Nov Dec`.split(' ');
const SECTIONS = `Markets|Politics|Company News|Energy|Technology|World|Economy`.split('|');

function pick(rng, list) {
  return list[Math.floor(rng() * list.length)];
}

function int(rng, low, high) {
  return low + Math.floor(rng() * (high - low + 1));
}

function name(rng) {
  return `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
}

function capitalise(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function sentence(rng) {
  const length = int(rng, 9, 28);
  const words = [];
  for (let index = 0; index < length; index++) {
    const roll = rng();
    if (roll < 0.05) words.push(String(int(rng, 2, 990)));
    else if (roll < 0.08) words.push(pick(rng, LAST));
    else words.push(pick(rng, WORDS));
  }
  words[0] = capitalise(words[0]);
  if (rng() < 0.2) words.splice(int(rng, 2, length - 1), 0, 'said', `${name(rng)},`);
  if (rng() < 0.1) return `"${words.join(' ')}," ${pick(rng, LAST)} said.`;
  return `${words.join(' ')}.`;
}

function paragraph(rng) {
  const count = int(rng, 1, 4);
  const sentences = [];
  for (let index = 0; index < count; index++) sentences.push(sentence(rng));
  return sentences.join(' ');
}

function headline(rng, upper) {
  const words = [];
  const length = int(rng, 5, 10);
  for (let index = 0; index < length; index++) words.push(capitalise(pick(rng, WORDS)));
  const text = words.join(' ');
  return upper ? text.toUpperCase() : text;
}

/** Hard-wraps a paragraph at about 69 columns, as 1980s wire copy is. */
function wrap(text, width, indent) {
  const lines = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = '';
    }
    line += line === '' || line === indent ? word : ` ${word}`;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

function body(rng, paragraphs) {
  const list = [];
  for (let index = 0; index < paragraphs; index++) list.push(paragraph(rng));
  return list;
}

function table(rng) {
  const rows = [`${'Item'.padEnd(16)}${'Latest'.padStart(10)}${'Prior'.padStart(10)}`];
  for (let index = 0; index < int(rng, 3, 7); index++) {
    rows.push(
      `${capitalise(pick(rng, WORDS)).padEnd(16)}${String(int(rng, 10, 9999)).padStart(10)}${String(int(rng, 10, 9999)).padStart(10)}`,
    );
  }
  return rows.join('\n');
}

/** 1987 Reuters: capitals headline, indented hard-wrapped paragraphs, "Reuter" sign-off. */
function reuters(rng, paragraphs) {
  const city = pick(rng, CITIES);
  const lines = [headline(rng, true), ''];
  if (rng() < 0.35) lines.push(`    By ${name(rng)}, Reuters`);
  const paras = body(rng, paragraphs);
  paras[0] = `${city}, ${pick(rng, MONTHS)} ${int(rng, 1, 28)} - ${paras[0]}`;
  for (const text of paras) lines.push(wrap(text, 69, '    '));
  lines.push(' Reuter');
  return `${lines.join('\n')}\n`;
}

/** AP: title-case headline, byline over an agency line, dateline with (AP) and a dash. */
function ap(rng, paragraphs) {
  const paras = body(rng, paragraphs);
  paras[0] = `${pick(rng, CITIES)} (AP) — ${paras[0]}`;
  const parts = [headline(rng, false), `By ${name(rng).toUpperCase()}`, 'Associated Press'];
  parts.push(...paras);
  if (rng() < 0.5) parts.push(`Associated Press writer ${name(rng)} contributed to this report.`);
  return `${parts.join('\n\n')}\n`;
}

/** AFP: dateline with a full date and the agency, bullet lists now and then. */
function afp(rng, paragraphs) {
  const paras = body(rng, paragraphs);
  const city = capitalise(pick(rng, CITIES).toLowerCase());
  paras[0] = `${city} (AFP) - ${paras[0]}`;
  const parts = [headline(rng, false), ...paras.slice(0, 3)];
  if (rng() < 0.5) {
    const items = [];
    for (let index = 0; index < int(rng, 2, 5); index++) items.push(`• ${sentence(rng)}`);
    parts.push(items.join('\n'));
  }
  if (rng() < 0.4) parts.push(table(rng));
  parts.push(
    ...paras.slice(3),
    `${name(rng).split(' ')[0].toLowerCase()}/${pick(rng, ['jm', 'dl', 'st'])}`,
  );
  return `${parts.join('\n\n')}\n`;
}

/** A pasted web page: furniture, kicker, caption with photo credit, (Agency) --, assistance credit. */
function webPaste(rng, paragraphs) {
  const photographer = name(rng);
  const parts = [
    'ADVERTISEMENT',
    pick(rng, SECTIONS),
    headline(rng, false),
    `${sentence(rng)} Photographer: ${photographer}/Bloomberg`,
  ];
  const paras = body(rng, paragraphs);
  paras[0] = `(Bloomberg) -- ${paras[0]}`;
  for (let index = 0; index < paras.length; index++) {
    parts.push(paras[index]);
    if (index === 4 && rng() < 0.6) parts.push(`Read more: ${headline(rng, false)}`);
  }
  parts.push(`--With assistance from ${name(rng)}.`);
  if (rng() < 0.5) parts.push(`©${int(rng, 2015, 2025)} Bloomberg L.P.`);
  return `${parts.join('\n\n')}\n`;
}

const STYLES = [reuters, ap, afp, webPaste];

/** Inputs of the repo's golden fixtures, when there are any: kept as they are, for realism. */
function fixtureInputs(root) {
  const dir = join(root, 'fixtures');
  if (!existsSync(dir)) return [];
  const inputs = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'input.txt');
    // Only plain UTF-8 stories read with default options: the bench measures
    // conversion, not the refusal of binary input or an options.json setting.
    if (!existsSync(file) || existsSync(join(dir, name, 'options.json'))) continue;
    const bytes = readFileSync(file);
    if (bytes.includes(0)) continue;
    try {
      inputs.push(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      // Not UTF-8 (a Windows-1252 or UTF-16 fixture): left out.
    }
  }
  return inputs;
}

/**
 * One story of about `targetBytes` (paragraph count chosen to land near it).
 * Every tenth story is a fixture input when the repo has fixtures.
 */
export function story(rng, targetBytes, fixtures = []) {
  if (fixtures.length > 0 && rng() < 0.1) return pick(rng, fixtures);
  const style = pick(rng, STYLES);
  // A paragraph averages about 350 bytes; vary story length 0.5× to 1.5×.
  const paragraphs = Math.max(4, Math.round(((0.5 + rng()) * targetBytes) / 350));
  return style(rng, paragraphs);
}

/**
 * Writes `count` stories of about `averageBytes` each into `dir` as
 * 00000.txt, 00001.txt, … and returns their total size in bytes.
 */
export function writeStories(root, dir, count, averageBytes, seed = 1) {
  mkdirSync(dir, { recursive: true });
  const rng = prng(seed);
  const fixtures = fixtureInputs(root);
  let total = 0;
  for (let index = 0; index < count; index++) {
    const text = story(rng, averageBytes, fixtures);
    total += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(index).padStart(5, '0')}.txt`), text);
  }
  return total;
}

/**
 * Writes one story of at least `bytes` bytes: a headline and dateline, then
 * body paragraphs in all the shapes above (blank-line paragraphs, long runs
 * of indented hard-wrapped lines with no blank line, lists, tables).
 */
export function writeBigStory(file, bytes, seed = 7) {
  const rng = prng(seed);
  const chunks = [`${headline(rng, true)}\n\n`, `    By ${name(rng)}, Reuters\n`];
  let size = chunks[0].length + chunks[1].length;
  let first = true;
  while (size < bytes) {
    const roll = rng();
    let chunk;
    if (roll < 0.45) {
      // Indented, hard-wrapped paragraphs with no blank line between them.
      const paras = body(rng, int(rng, 5, 40));
      if (first) paras[0] = `${pick(rng, CITIES)}, ${pick(rng, MONTHS)} 3 - ${paras[0]}`;
      chunk = `${paras.map((text) => wrap(text, 69, '    ')).join('\n')}\n`;
    } else if (roll < 0.9) {
      chunk = `\n${body(rng, int(rng, 3, 20)).join('\n\n')}\n\n`;
    } else if (roll < 0.95) {
      const items = [];
      for (let index = 0; index < int(rng, 2, 6); index++) items.push(`- ${sentence(rng)}`);
      chunk = `\n${items.join('\n')}\n\n`;
    } else {
      chunk = `\n${table(rng)}\n\n`;
    }
    first = false;
    chunks.push(chunk);
    size += chunk.length;
  }
  chunks.push(' Reuter\n');
  writeFileSync(file, chunks.join(''));
}
