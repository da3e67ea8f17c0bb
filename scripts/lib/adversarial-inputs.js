// Adversarial inputs for the linear-time checks, shared by scripts/adversarial.js
// (1 MB timings) and test/adversarial.test.ts (100 KB, generous guard only).
// Every text is synthetic; none is modelled on one corpus item.

/** Repeats `unit` until the text is at least `size` characters, then cuts it to `size`. */
function fill(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const PROSE = [
  'The council voted on Tuesday to extend the harbour curfew by another month, officials said.',
  'Traders in the port district reported thin volumes as the holiday approached.',
  '"We expect the figures to settle by the end of the quarter," a ministry spokeswoman told reporters.',
  'The agency revised its forecast for grain shipments, citing dry weather across the plains.',
  'Analysts said the decision had been widely anticipated after weeks of talks.',
];

/** A plausible wire story of about `size` characters: headline, byline, dateline, paragraphs. */
export function normalStory(size) {
  const head =
    'Harbour Council Extends Curfew as Talks Drag On\n\nBy Alex Example and Sam Sample\n\n' +
    'PORTVILLE, March 3 (Reuters) - ';
  let text = head;
  let index = 0;
  while (text.length < size) {
    const sentence = PROSE[index % PROSE.length];
    text += index % 3 === 2 ? `${sentence}\n\n    ` : `${sentence}\n`;
    index++;
  }
  return `${text.slice(0, size)}\n`;
}

/**
 * The adversarial cases, each a function of the target size in characters.
 * Names say what the input is; `scripts/adversarial.js` and the tests use them as labels.
 */
export const ADVERSARIAL_CASES = {
  'one long line': (size) => fill('word ', size).trimEnd(),
  'repeated "By "': (size) => fill('By ', size),
  'run of dashes': (size) => `Headline\n\n${fill('-', size)}\n`,
  'dashes between words': (size) => `© 2024 Example ${fill('-', size)} x\n`,
  'trailing dashes': (size) => `© 2024 Example ${fill('-', size)}\n`,
  'line of capitals': (size) => fill('ABCDEFGHIJKLMNOPQRSTUVWXYZ', size),
  'capital words': (size) => fill('LONDON PARIS ROME ', size),
  'blank lines': (size) => `Headline\n${fill('\n', size)}Body text.\n`,
  'nested brackets': (size) => {
    const half = Math.floor(size / 4);
    return `Headline\n\n${'('.repeat(half)}${'['.repeat(half)}x${']'.repeat(half)}${')'.repeat(half)}\n`;
  },
  'nested quotes': (size) => fill('"\'“‘«', size),
  'run of spaces': (size) => fill(' ', size),
  'spaces between words': (size) => `Headline\n\nx${fill(' ', size)}y\n`,
  'one-character lines': (size) => fill('a\n', size),
  'alternating indents': (size) => fill('a\n b\n', size),
  'bullet lines': (size) => fill('- item\n', size),
  'tab-aligned columns': (size) => fill('Name   Score   Team\n', size),
  'repeated boilerplate': (size) => fill('ADVERTISEMENT\n\n', size),
  'repeated notes': (size) => fill('(Updates with details)\n\n', size),
  'repeated copyright': (size) => fill('© 2024 Example News\n\n', size),
  // Blocks each extractor takes out one by one: removing them block by block (indexOf
  // and splice) was quadratic in their number.
  'repeated header lines': (size) => `${fill('^BC-Slug-Keyword<\n', size)}Headline\n\nText.\n`,
  'repeated test patterns': (size) => `${fill('ryryryryry\n\n', size)}Headline\n\nText.\n`,
  'repeated captions': (size) =>
    fill('A view of the harbour. Photographer: Alex Example/Example\n\n', size),
  // Dense enough to test the sanitiser, sparse enough (under 10 % control bytes) not to be refused as binary.
  'escape sequences': (size) =>
    fill('\u001b[2J\u001b]8;;http://x.example\u0007link text here and more words ', size),
  'mojibake runs': (size) => fill('â€™', size),
  'markdown punctuation': (size) => fill('*_`[]<>#\\', size),
  'long dateline lookalike': (size) => `${fill('A, ', size)}(Reuters) - text\n`,
  // ANPA-1312 framing (SOH header STX text ETX trailer EOT): many tiny stories, and one
  // story whose header and trailer lines hold long runs of spaces.
  'many tiny transmissions': (size) =>
    fill('\u0001a1234\u001fr a BC-Slug 03-03 0012\n\u0002Text of it.\n\u0003 0312GMT\u0004', size),
  'headers without text': (size) =>
    `${fill('\u0001x\n', size)}\u0001a1234\u001fr a BC-Slug 03-03 0012\n\u0002Headline\n\nText.\n\u0003\u0004`,
  // Runs of one character class, each audited against every extractor regex:
  // a pattern that can start at each character of a run and read to its end
  // is quadratic (the relative time-stamp pattern was, on digits).
  'run of digits': (size) => `Headline\n\nThe figure was ${fill('7', size)} in total.\n`,
  'digits and spaces': (size) => fill('12 ', size),
  'digit runs between words': (size) =>
    fill('Reported 2024 figures 31 days 12 hours 1234567890 ', size),
  'run of one punctuation mark': (size) => `Headline\n\n${fill('.', size)}\n`,
  'run of punctuation': (size) => `Headline\n\n${fill('.,;:!?()"\'/&%', size)}\n`,
  'run of letters': (size) => `Headline\n\n${fill('abcdefghijklmnopqrstuvwxyz', size)}\n`,
  'long dotted word': (size) => fill('a.', size),
  'long framing lines': (size) =>
    `\u0001a1234\u001fr a BC-Slug ${fill(' ', size / 2)}x 03-03 0012${fill(' ', 10)}\n\u0002Headline\n\nText.\n\u0003 ${fill(' ', size / 2)}x\u0004`,
};

/**
 * Markdown input (`--from markdown`) that nests deeply: micromark is not
 * linear on these, so copydesk refuses them past its bounds
 * (src/parse/markdown-limits.ts) in a linear pass.
 */
export const MARKDOWN_CASES = {
  'nested emphasis': (size) => {
    const half = Math.floor(size / 8);
    return `${fill('*a _', half * 4)}x${fill('_ a*', half * 4)}\n`;
  },
  'emphasis delimiters': (size) => fill('*_', size),
  'nested block quotes': (size) => fill('>', size),
  'nested lists': (size) => {
    let text = '';
    for (let level = 0; text.length < size; level++) text += `${' '.repeat(2 * level)}- a\n`;
    return text.slice(0, size);
  },
  'nested brackets': (size) => fill('[', size),
  'nested links': (size) => fill('[a](', size),
  'reference links': (size) => fill('[a]', size),
  'links with open titles': (size) => fill('[a](b "', size),
};

/**
 * Blocks each extractor takes out of the body, one case per extractor: a story
 * with `count` of them (`npm run adversarial` times 10,000 and 100,000, where
 * removing them one at a time, with indexOf and splice, is quadratic). `block`
 * gives block `index`; two that alternate are not dropped as a block printed
 * twice. `at` says where they stand: after the lead (the default), above the
 * headline (`top`) or at the story's end (`end`); `before` opens their run.
 */
export const EXTRACTOR_BLOCKS = {
  'wire-header: header lines': { at: 'top', block: () => '^BC-Slug-Keyword<' },
  'rules: ___ lines': { block: () => '___' },
  'boilerplate: advertisements': { block: () => 'ADVERTISEMENT' },
  'test-pattern: ryry lines': { block: () => 'ryryryryry' },
  'page-noise: share prompts': { block: () => 'Share this article' },
  'page-noise: drawn rules': { block: () => '━━━━━━━━━━' },
  'captions: photo captions': {
    block: (index) =>
      index % 2 === 0
        ? 'A view of the harbour at dawn. Photographer: Alex Example/Example'
        : 'Boats at the quay. Photographer: Sam Sample/Example',
  },
  'copyright: notices': { block: () => '© 2024 Example News' },
  'notes: correction notes': { block: () => '(Updates with details)' },
  'credits: credit lines': {
    block: (index) => (index % 2 === 0 ? 'Reporting by Alex Example' : 'Editing by Sam Sample'),
  },
  'published: time stamps': { block: () => 'Updated 3 hours ago' },
  'end-marks: end marks': { at: 'end', block: () => 'MORE' },
  'unpublished: contact lines': {
    before: 'The following information is not for publication',
    block: () => 'desk@example.com',
  },
};

/** A story holding `count` of an {@link EXTRACTOR_BLOCKS} case's blocks. */
export function extractorStory({ at, before, block }, count) {
  const head =
    'Harbour Council Extends Curfew\n\nBy Alex Example\n\n' +
    'PORTVILLE, March 3 (Reuters) - The council voted on Tuesday to extend the harbour curfew.\n\n';
  const blocks = [];
  if (before) blocks.push(before);
  for (let index = 0; index < count; index++) blocks.push(block(index));
  const run = `${blocks.join('\n\n')}\n\n`;
  if (at === 'top') return `${run}${head}Traders reported thin volumes.\n`;
  if (at === 'end') return `${head}Traders reported thin volumes.\n\n${run}`;
  return `${head}${run}Traders reported thin volumes.\n`;
}
