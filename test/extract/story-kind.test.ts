import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { decideStoryKind } from '../../src/extract/story-kind/decide-story-kind.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { fromWire } from '../../src/parse/from-wire.js';
import { formatStory } from '../../src/story.js';
import { emptyArticle, type SourceInfo } from '../../src/types.js';

/** The kind decided for a text read in a format. */
function kindOf(text: string, format: SourceInfo['format'] = 'text') {
  const file = new VFile({ value: text });
  file.data.article = emptyArticle({ path: null, format, index: 0 });
  return decideStoryKind(fromWire(text).tree, file, defaultLexicon);
}

const lead =
  'PORTWELL (Reuters) - The harbour authority said on Friday that ferries would sail again from Monday.';

describe('decideStoryKind', () => {
  it('reads a headline over a byline and a dated lead as wire copy', () => {
    expect(kindOf(`Ferries to sail again\n\nBy Jane Doe\n\n${lead}\n`)).toEqual({
      kind: 'wire',
      evidence: ['wire-opening', 'agency-dateline'],
    });
  });

  it("reads a page's time stamp near the top as a pasted page, even over a wire opening", () => {
    const kind = kindOf(`Ferries to sail again\n\nDecember 22, 2023 at 7:35 PM\n\n${lead}\n`);
    expect(kind.kind).toBe('web');
    expect(kind.evidence).toContain('page-time-stamp');
  });

  it('reads a navigation menu at the top as a pasted page', () => {
    const kind = kindOf(`• Home\n• Markets\n• Harbours\n\nFerries to sail again\n\n${lead}\n`);
    expect(kind).toEqual({ kind: 'web', evidence: ['navigation-menu'] });
  });

  it('reads a story with no wire opening and no wire sign as a page', () => {
    const text = `${'Some long opening paragraph that reads as the story and not as a title. '.repeat(3)}\n\nMore text.`;
    expect(kindOf(text)).toEqual({ kind: 'web', evidence: ['no-wire-opening'] });
  });

  it('takes copydesk Markdown and transmissions from the input format', () => {
    expect(kindOf('# Ferries', 'markdown').kind).toBe('markdown');
    expect(kindOf('Ferries', 'anpa').kind).toBe('transmission');
  });

  it('is decided once and recorded on the file with its evidence', () => {
    const [story] = formatStory(`Ferries to sail again\n\nBy Jane Doe\n\n${lead}\n`, {
      format: 'json',
    });
    expect(story?.file.data.storyKind?.kind).toBe('wire');
  });
});
