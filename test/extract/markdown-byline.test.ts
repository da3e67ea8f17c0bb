import { describe, expect, it } from 'vitest';
import type { ArticleJson } from '../../src/render/json.js';
import { formatStory } from '../../src/story.js';

/** A story formatted, then its Markdown read back: both JSON objects. */
function roundTrip(text: string): { before: ArticleJson; after: ArticleJson } {
  const [before] = formatStory(text, { format: 'json' });
  const [markdown] = formatStory(text, { format: 'markdown' });
  const [after] = formatStory(markdown?.output ?? '', { format: 'json', from: 'markdown' });
  return { before: before?.json as ArticleJson, after: after?.json as ArticleJson };
}

const lead = 'PORTWELL (Reuters) - The harbour authority said on Friday it would close the pier.';

describe('reading back the byline paragraph of copydesk Markdown', () => {
  it('keeps a bare `By` over the names on two lines, as written', () => {
    const page = [
      'Harbour authority closes the old pier for repairs this winter',
      'By',
      'Mara Holm',
      'December 22, 2023 at 7:35 PM',
      '',
      `${'The harbour authority said on Friday it would close the old ferry pier for six months. '.repeat(3)}`,
    ].join('\n');
    const { before, after } = roundTrip(page);
    expect(before.byline?.text).toBe('By\nMara Holm');
    expect(after.byline).toEqual(before.byline);
    expect(after.published).toEqual(before.published);
  });

  it('keeps a doubled `By` line whole', () => {
    const { before, after } = roundTrip(`Pier to close\n\nBy Mara Holm By Mara Holm\n\n${lead}\n`);
    expect(after.byline?.text).toBe(before.byline?.text);
  });

  it('never reads a cut-off dateline under the headline as a byline', () => {
    const { before, after } = roundTrip(
      'Pier to close\n\nNEW YORK, Ju\n\nThe harbour authority said on Friday it would close the pier.\n',
    );
    expect(before.byline).toBeNull();
    expect(after.byline).toBeNull();
  });

  it('never reads the lead with its dateline as a byline', () => {
    const { after } = roundTrip(`PIER TO CLOSE\n\n${lead}\n`);
    expect(after.byline).toBeNull();
    expect(after.dateline?.location).toBe('PORTWELL');
  });

  it('reads a wire byline in capitals with the wire reader, title line and all', () => {
    const { before, after } = roundTrip(
      'Pier to close\n\nBY MARA HOLM\nAssociated Press Writer\n\nPORTWELL (AP) _ The harbour authority said on Friday it would close the pier.\n',
    );
    expect(after.byline).toEqual(before.byline);
    expect(after.byline?.authors.map((author) => author.name)).toEqual(['Mara Holm']);
  });

  it('leaves a role line that names nobody in the body, though the wire reader would take it', () => {
    const { before, after } = roundTrip(
      'Pier to close\n\nAP Business Writer\n\nPORTWELL (AP) — The harbour authority said on Friday it would close the pier.\n',
    );
    expect(after.byline).toEqual(before.byline);
    expect(after.body).toBe(before.body);
  });

  it('leaves a paragraph with a byline word inside it, not at its start, in the body', () => {
    const { before, after } = roundTrip('Pier to close\n\nAssociated Press\nBy');
    expect(before.byline).toBeNull();
    expect(after.byline).toBeNull();
    expect(after.body).toBe(before.body);
  });

  it('marks a story without a byline whose first paragraph reads like one, and reads it back as body', () => {
    // A `By` paragraph the story's reading did not take for the byline (a fuzz find: it stood
    // above the line taken for the headline). Under the headline in the Markdown it would read
    // as one: the mark keeps it body, and the Markdown written again keeps the mark.
    const source =
      '# Rubber Market Closes Higher\n\n<!-- -->\n\nBy Ahmad bin Salleh, José Ñúñez and Anne-Marie Dupont\n\nThe authorities gave no further details on the rubber market.\n';
    const [read] = formatStory(source, { format: 'json', from: 'markdown' });
    const json = read?.json as ArticleJson;
    expect(json.byline).toBeNull();
    expect(json.body.startsWith('By Ahmad bin Salleh')).toBe(true);
    const [again] = formatStory(source, { format: 'markdown', from: 'markdown' });
    expect(again?.output).toContain('\n\n<!-- -->\n\nBy Ahmad bin Salleh');
  });

  it('reads a byline set apart by hard breaks even when no reader makes out its names', () => {
    const [read] = formatStory(
      '# Pier to close\n\nHarbour Desk Writer\\\n14 March 2024 09:30\n\nThe pier stays shut.\n',
      { format: 'json', from: 'markdown' },
    );
    expect((read?.json as ArticleJson | undefined)?.byline?.text).toBe('Harbour Desk Writer');
  });

  it('leaves a short first paragraph of the story in the body', () => {
    const { before, after } = roundTrip(`Pier to close\n\nHarbour Notes\n\n${lead}\n`);
    expect(before.byline).toBeNull();
    expect(after.byline).toBeNull();
    expect(after.body.startsWith('Harbour Notes')).toBe(true);
  });
});
