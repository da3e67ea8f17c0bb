// The same story in other shapes: one line per paragraph with no blank lines,
// CRLF line ends, and rewrapped at 60 columns with indented paragraphs. The
// paragraphs are those copydesk's parser finds in the original, so a shape
// keeps the structure and changes only how it is laid out; formatting it must
// give the same headline, byline, dateline and credits. Shared by
// `npm run eval -- --reflow` and the fixture test, each passing its own fromWire.

/** The shapes a story is re-fed in. */
export const REFLOW_SHAPES = ['one-line', 'crlf', 'indented-60'];

/** Width of the rewrapped shape. */
const WIDTH = 60;
/** Indentation that opens a paragraph in the rewrapped shape (as AP and Reuters indent). */
const INDENT = '   ';

/** Chinese and Japanese characters: a wrap may break between any two of them, with no space. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** Columns a text takes: East Asian wide characters two (as src/text/display-width.ts counts). */
function columns(text) {
  let width = 0;
  for (const char of text) width += UNSPACED.test(char) || /[\uac00-\ud7a3]/u.test(char) ? 2 : 1;
  return width;
}

/**
 * What a wrap may break a text into: words at single spaces (so a wider gap,
 * `Jane Doe   Site`, which a reader may go by, stays after its word), and
 * each Chinese or Japanese character on its own. `space` says whether a
 * space stood before the piece.
 */
function pieces(text) {
  const found = [];
  for (const [index, word] of text.split(/ (?! )/).entries()) {
    if (word === '') continue;
    const parts = word.match(
      new RegExp(`${UNSPACED.source}|(?:(?!${UNSPACED.source}).)+`, 'gu'),
    ) ?? [word];
    for (const [at, part] of parts.entries())
      found.push({ text: part, space: at === 0 && index > 0 });
  }
  return found;
}

/** Wraps a text greedily at `WIDTH` columns; the first line starts with `first`, the others with `rest`. */
function wrap(text, first, rest) {
  const lines = [];
  let line = first;
  let empty = true;
  for (const piece of pieces(text)) {
    const gap = !empty && piece.space ? ' ' : '';
    if (!empty && columns(line) + gap.length + columns(piece.text.trimEnd()) > WIDTH) {
      lines.push(line.trimEnd());
      line = rest + piece.text;
    } else line += gap + piece.text;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** The text of a paragraph node as fromWire joined it. */
function paragraphText(node) {
  return node.children.map((child) => child.value ?? '').join('');
}

/** One block of the tree in a shape, as lines. */
function blockLines(node, shape) {
  if (node.type === 'code') return node.value.split('\n');
  if (node.type === 'list') {
    return node.children.flatMap((item) => {
      const marker = `${item.data?.marker ?? '-'} `;
      const text = item.children.map(paragraphText).join(' ');
      return shape === 'one-line' ? [marker + text] : wrap(text, INDENT + marker, `${INDENT}  `);
    });
  }
  const text = paragraphText(node);
  return shape === 'one-line' ? [text] : wrap(text, INDENT, '');
}

/**
 * One story's text in a shape (`one-line` or `indented-60`), from the blocks
 * `fromWire` finds in it (`options` are fromWire's: `iptcHeader`).
 */
export function reshapeStory(text, shape, fromWire, options = {}) {
  const { tree } = fromWire(text, options);
  return tree.children.flatMap((node) => blockLines(node, shape)).join('\n');
}

/**
 * A whole input in a shape. `stories` are the stories copydesk found in it:
 * where each one's text starts in the input, the text, and whether it is an
 * IPTC-7901 story; framing around them stays as it is.
 */
export function reshapeInput(input, stories, shape, fromWire) {
  if (shape === 'crlf') return input.replace(/\r?\n/g, '\r\n');
  let output = input;
  // Last story first, so the offsets of the others stay true.
  for (const story of [...stories].sort((a, b) => b.offset - a.offset)) {
    // The line end that parted the story from what follows it (a feed's `NNNN`) stays.
    const parting = /\s*$/.exec(story.text)?.[0] ?? '';
    const reshaped =
      reshapeStory(story.text, shape, fromWire, { iptcHeader: story.iptc }).replace(/\s*$/, '') +
      parting;
    output =
      output.slice(0, story.offset) + reshaped + output.slice(story.offset + story.text.length);
  }
  return output;
}

/** The fields a reshaped story must keep: headline, byline, dateline and credits, white space aside. */
export function reflowFields(story) {
  const flat = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  return {
    headline: flat(story.headline),
    byline: story.byline
      ? {
          text: flat(story.byline.text),
          authors: story.byline.authors.map((author) => author.name),
          organization: story.byline.organization,
        }
      : null,
    dateline: story.dateline
      ? {
          text: flat(story.dateline.text),
          location: story.dateline.location,
          date: story.dateline.date,
          agency: story.dateline.agency,
        }
      : null,
    credits: story.credits.map((credit) => [credit.role, credit.names, flat(credit.text)]),
  };
}
