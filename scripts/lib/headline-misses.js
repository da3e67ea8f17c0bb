// Why a headline miss happened, by what was chosen instead: for the
// breakdown `npm run eval` prints per set and under `--folds`. Pure: it reads
// the input text, the gold headline, the headline copydesk gave and the input
// line it stood on. A development module: `npm test` only tests it.

/** Kinds of headline misses, in the order the breakdown lists them. */
export const HEADLINE_MISS_KINDS = [
  'no headline',
  'right line read wrong',
  'a reprint of the headline chosen',
  'a standfirst chosen',
  'a lead sentence chosen',
  'page furniture above the headline chosen',
  'a line below the headline chosen',
  'headline not printed as one line',
];

/** Most lines a headline is wrapped over in the input. */
const WRAPPED_LINES = 3;
/** Fewest characters of a chosen line read as a sentence of the story rather than a title. */
const SENTENCE_CHARS = 40;
/** The same for a line in a script written without spaces (closed by `。`), whose characters say more. */
const IDEOGRAPHIC_SENTENCE_CHARS = 20;

/** A text's letters and digits alone, lower case, NFKC: what stays when a line is re-typed. */
export function letters(text) {
  return (text ?? '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

/** True for a sentence of the story: long enough and closed by a full stop (`.`, `。`). */
export function isSentence(text) {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (/。[」』)）]?$/u.test(flat)) return flat.length >= IDEOGRAPHIC_SENTENCE_CHARS;
  return flat.length >= SENTENCE_CHARS && /\.["”’)]?$/u.test(flat);
}

/**
 * The 1-based input lines where the gold headline is printed, alone or
 * wrapped over up to {@link WRAPPED_LINES} lines (where it starts), top first.
 */
export function goldLinesOf(lines, gold) {
  const want = letters(gold);
  const found = [];
  if (want === '') return found;
  for (let index = 0; index < lines.length; index++) {
    let key = '';
    for (let span = 0; span < WRAPPED_LINES && index + span < lines.length; span++) {
      key += letters(lines[index + span]);
      if (key === want) {
        found.push(index + 1);
        break;
      }
      if (!want.startsWith(key) || key === '') break;
    }
  }
  return found;
}

/** The first input line where the gold headline is printed (see {@link goldLinesOf}), or 0. */
export function goldLineOf(lines, gold) {
  return goldLinesOf(lines, gold)[0] ?? 0;
}

/**
 * The kind of a headline miss: none given; the headline's line chosen but
 * read otherwise (a label kept or cut, trimmed, other letters); another line
 * that prints the headline too, with more or less (a title bar with the site
 * name, a crumb trail); else by where
 * the chosen line stands against the gold headline's line — right under it
 * (no more than one other line between: a standfirst), a sentence of the
 * story, furniture above it (navigation, a section label, a teaser, a site
 * name), another line below it (a caption, a related story); or the gold
 * headline is not printed as a line of its own, so no place tells.
 */
export function headlineMissKind({ text, gold, got, gotLine }) {
  const [none, readWrong, reprint, standfirst, lead, above, below, notALine] = HEADLINE_MISS_KINDS;
  if (got === null || got === undefined || got === '') return none;
  const want = letters(gold);
  const have = letters(got);
  const lines = text.split(/\r?\n/);
  const goldLines = goldLinesOf(lines, gold);
  if (want !== '' && have !== '' && (want.includes(have) || have.includes(want)))
    return goldLines.length === 0 || goldLines.includes(gotLine) ? readWrong : reprint;
  const goldLine = goldLines[0] ?? 0;
  if (goldLine > 0 && gotLine > goldLine) {
    const between = lines
      .slice(goldLine, gotLine - 1)
      .filter((line) => line.trim() !== '' && !want.includes(letters(line)));
    if (between.length <= 1) return standfirst;
    return isSentence(got) ? lead : below;
  }
  if (isSentence(got)) return lead;
  return goldLine > 0 ? above : notALine;
}
