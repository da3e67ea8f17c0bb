import fc from 'fast-check';

/** Story text as wire copy carries it: printable lines, no framing bytes. */
export const storyBody: fc.Arbitrary<string> = fc
  .array(fc.stringMatching(/^[A-Za-z0-9 ,.'"()-]{0,60}$/), { minLength: 1, maxLength: 6 })
  .map((lines) => `${lines.join('\n')}\n`);

/** How a transmission ends: whole, without EOT, cut off before ETX, or a header with no text. */
export type Ending = 'whole' | 'no-eot' | 'truncated' | 'header-only';

/** One generated transmission. */
export interface Transmitted {
  body: string;
  slug: string;
  number: number;
  ending: Ending;
  /** Bytes between this transmission and the next (sync, routing words, blank lines). */
  gap: string;
}

export const transmitted: fc.Arbitrary<Transmitted> = fc.record({
  body: storyBody,
  slug: fc.stringMatching(/^BC-[A-Z][A-Za-z0-9-]{0,18}$/),
  number: fc.integer({ min: 0, max: 9999 }),
  ending: fc.constantFrom<Ending>(
    'whole',
    'whole',
    'whole',
    'whole',
    'no-eot',
    'truncated',
    'header-only',
  ),
  gap: fc.constantFrom('\n', '', '\u0016\u0016', '\nROUTING 12\n', '\r\n\n'),
});

/** An ANPA-1312 transmission as bytes (a JS string of them). */
export function anpaTransmission(entry: Transmitted): string {
  const number = String(entry.number).padStart(4, '0');
  const header = `\u0016\u0016\u0001a${number}\u001fgnrl-\nr a\u0013\u0011 ${entry.slug}  05-14 0100\n`;
  if (entry.ending === 'header-only') return header + entry.gap;
  if (entry.ending === 'truncated') return `${header}\u0002${entry.body}${entry.gap}`;
  const trailer = '\u0003AP-WF-05-14-24 1932GMT<\n';
  if (entry.ending === 'no-eot') return `${header}\u0002${entry.body}${trailer}${entry.gap}`;
  return `${header}\u0002${entry.body}${trailer}\n\u000c\n\u0004${entry.gap}`;
}

/** An IPTC-7901 transmission. */
export function iptcTransmission(entry: Transmitted): string {
  const number = String(entry.number).padStart(3, '0');
  const header = `\u0001dpa${number} 3 pl ${entry.body.length} dpa 0${number}\n${entry.slug.toLowerCase()}/\n`;
  if (entry.ending === 'header-only') return header + entry.gap;
  if (entry.ending === 'truncated') return `${header}\u0002${entry.body}${entry.gap}`;
  if (entry.ending === 'no-eot')
    return `${header}\u0002${entry.body}\u0003141932 MAY 24\n${entry.gap}`;
  return `${header}\u0002${entry.body}\u0003141932 MAY 24\n\u0004${entry.gap}`;
}

/** Cuts a text into chunks at the given points (fractions of its length). */
export function chunked(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => Math.floor(cut * text.length)))].sort(
    (a, b) => a - b,
  );
  const chunks: string[] = [];
  let previous = 0;
  for (const point of points) {
    chunks.push(text.slice(previous, point));
    previous = point;
  }
  chunks.push(text.slice(previous));
  return chunks.filter((chunk) => chunk !== '');
}
