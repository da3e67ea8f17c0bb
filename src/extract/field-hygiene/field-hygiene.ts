import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { codePointLabel, findInvisible, type InvisibleHit } from '../../text/invisible.js';
import type { Article } from '../../types.js';
import { ensureArticle } from '../article.js';
import type { ExtractOptions } from '../options.js';

/** A metadata string, the name used in messages, and the input line it came from. */
interface Field {
  name: string;
  text: string;
  line: number | null;
}

function fieldsOf(article: Article): Field[] {
  const fields: Field[] = [];
  const add = (name: string, text: string | null | undefined, line: number | null): void => {
    if (text) fields.push({ name, text, line });
  };
  add('kicker', article.kicker, article.kickerLine);
  add('headline', article.headline, article.headlineLine);
  add('deck', article.deck, article.deckLine);
  add('byline', article.byline?.text, article.byline?.line ?? null);
  add('dateline', article.dateline?.text, article.dateline?.line ?? null);
  for (const credit of article.credits) add('credit', credit.text, credit.line);
  add('copyright', article.copyright?.text, article.copyright?.line ?? null);
  for (const media of article.media) {
    add('caption', media.caption, media.line);
    add('photo credit', media.credit, media.line);
  }
  for (const note of article.notes) add('note', note.text, note.line);
  return fields;
}

const DESCRIPTION: Record<InvisibleHit['kind'], string> = {
  'bidi-control': 'bidirectional control',
  'zero-width': 'zero-width character',
};

/**
 * Bidirectional controls that reorder a span of text (embeddings, overrides,
 * isolates): in the body they can make a sentence read the other way round.
 * The marks (LRM, RLM, ALM) are left out: right-to-left prose uses them
 * everywhere, and they reorder nothing on their own.
 */
const REORDERING = new Set([
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/** Any {@link REORDERING} control: most texts hold none and need no closer look. */
const ANY_REORDERING = /[\u202a-\u202e\u2066-\u2069]/;

/** The first body text holding reordering controls, with their codes; null when clean. */
function bodyBidi(tree: Root): { codes: number[]; node: Nodes } | null {
  const codes = new Set<number>();
  let first: Nodes | null = null;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if ('value' in node && typeof node.value === 'string' && ANY_REORDERING.test(node.value)) {
      for (const hit of findInvisible(node.value)) {
        if (!REORDERING.has(hit.code)) continue;
        codes.add(hit.code);
        first ??= node;
      }
    }
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return first ? { codes: [...codes], node: first } : null;
}

/**
 * Warns about characters in metadata fields that change what a reader sees
 * without being seen: bidirectional controls (`bidi-control`; the terminal
 * view shows them as `<U+202E>`) and zero-width characters (`zero-width`),
 * which also make a name or a headline fail to match what it looks like.
 * The body is checked for the bidirectional controls that reorder text
 * (`bidi-control`, at the first one). The text is kept as written: nothing
 * lost.
 */
export function fieldHygiene(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    for (const field of fieldsOf(ensureArticle(file))) {
      const hits = findInvisible(field.text);
      for (const kind of ['bidi-control', 'zero-width'] as const) {
        const codes = [...new Set(hits.filter((hit) => hit.kind === kind).map((hit) => hit.code))];
        if (codes.length === 0) continue;
        const labels = codes.map(codePointLabel).join(', ');
        file.message(
          `Unexpected ${DESCRIPTION[kind]}${codes.length === 1 ? '' : 's'} (${labels}) in the ${field.name}`,
          {
            ...(field.line ? { place: { line: field.line, column: 1 } } : {}),
            source: 'copydesk',
            ruleId: kind,
          },
        );
      }
    }
    const body = bodyBidi(tree);
    if (body) {
      const start = body.node.position?.start;
      file.message(
        `Unexpected ${DESCRIPTION['bidi-control']}${body.codes.length === 1 ? '' : 's'} (${body.codes.map(codePointLabel).join(', ')}) in the body: it can reorder what a reader sees`,
        {
          ...(start ? { place: { line: start.line, column: start.column } } : {}),
          source: 'copydesk',
          ruleId: 'bidi-control',
        },
      );
    }
  };
}
