import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { ArticleJson } from '../../src/render/json.js';
import { formatStory } from '../../src/story.js';

const HEADLINE = 'Harbour authority to close old ferry pier for six months of repairs';
const LEAD = [
  'The harbour authority in Portwell said on Friday it would close the old ferry pier for six months',
  'while engineers replace the timber piles that hold up the deck, a job that has been delayed twice',
  'since the spring.',
].join('\n');
const SECOND = [
  'Officials said the work would begin in January and that the morning ferry to Gullhaven would leave',
  'from the cargo quay in the meantime, adding about ten minutes to the crossing for most passengers.',
].join('\n');

/** A pasted page: headline, the lines under it, then the story. */
function paste(...top: string[]): string {
  return [HEADLINE, '', ...top, '', LEAD, '', SECOND, ''].join('\n');
}

function markdownOf(input: string): string {
  return formatStory(input, { format: 'markdown' })[0]?.output ?? '';
}

function jsonOf(input: string, from?: 'markdown'): ArticleJson {
  const [story] = formatStory(input, { format: 'json', ...(from ? { from } : {}) });
  return story?.json as ArticleJson;
}

/** Authors and time stamp: what the byline paragraph must carry through a round trip. */
function bylineFacts(story: ArticleJson) {
  return {
    authors: story.byline?.authors.map((author) => author.name) ?? null,
    published: story.published,
  };
}

describe('the byline paragraph of the Markdown output', () => {
  it('prints the page time stamp on the line under the byline', () => {
    const markdown = markdownOf(paste('By Jonas Ekdahl', '', 'December 22, 2023 at 7:35 PM'));
    expect(markdown).toContain(
      `# ${HEADLINE}\n\nBy Jonas Ekdahl\\\nDecember 22, 2023 at 7:35 PM\n\n`,
    );
  });

  it('does not print the time stamp twice when the byline line holds it', () => {
    const markdown = markdownOf(paste('By Jonas Ekdahl | December 22, 2023'));
    expect(markdown.match(/December 22, 2023/g)).toHaveLength(1);
  });

  it('prints the time stamp alone under the headline when no author is named', () => {
    const markdown = markdownOf(paste('December 22, 2023 at 7:35 PM'));
    expect(markdown).toContain(`# ${HEADLINE}\n\nDecember 22, 2023 at 7:35 PM\n\n`);
  });
});

describe('reading the byline paragraph back', () => {
  it.each([
    [
      'a By line with a role, a site and a trailing bar',
      ['By Mara Holm, Contributor, Coastal Daily |'],
    ],
    ['a staff byline over a time stamp', ['Coastal Daily Staff', 'Dec 21st 2023 at 10:00AM']],
    ['a By line over a time stamp', ['By Coastal Daily Staff', '', 'December 22, 2023 at 7:35 PM']],
    ['a name with a site beside it', ['Jonas Ekdahl   Coastal Daily']],
    ['a time stamp and no byline', ['December 22, 2023 at 7:35 PM']],
  ])('yields the same authors and time stamp for %s', (_kind, top) => {
    const input = paste(...top);
    const again = jsonOf(markdownOf(input), 'markdown');
    expect(bylineFacts(again)).toEqual(bylineFacts(jsonOf(input)));
  });

  it('keeps a time stamp under the byline out of the body', () => {
    const again = jsonOf(markdownOf(paste('By Jonas Ekdahl', '', 'December 22, 2023')), 'markdown');
    expect(again.published?.isoDate).toBe('2023-12-22');
    expect(again.body).not.toContain('December 22');
  });

  it('reads the one-line byline set in emphasis under the headline as the byline, never as a deck', () => {
    const story = jsonOf(
      `# ${HEADLINE}\n\n_Jonas Ekdahl   Coastal Daily_\n\nPORTWELL - ${LEAD}\n`,
      'markdown',
    );
    expect(story.deck).toBeNull();
    expect(story.byline?.text).toBe('Jonas Ekdahl   Coastal Daily');
    expect(story.byline?.authors.map((author) => author.name)).toEqual(['Jonas Ekdahl']);
  });

  it('writes a one-line byline without a byline word in emphasis, and reads it back', () => {
    const markdown = formatStory(paste('Jonas Ekdahl   Coastal Daily'), { format: 'markdown' })[0]
      ?.output;
    expect(markdown).toContain('_Jonas Ekdahl   Coastal Daily_');
    expect(jsonOf(markdown ?? '', 'markdown').byline?.text).toBe('Jonas Ekdahl   Coastal Daily');
  });

  it('leaves a lone name under the headline in the story when nothing marks it a byline', () => {
    const story = jsonOf(`# ${HEADLINE}\n\nJonas Ekdahl\n\n${LEAD}\n`, 'markdown');
    expect(story.byline).toBeNull();
    expect(story.body.startsWith('Jonas Ekdahl')).toBe(true);
  });
});

describe('the terminal view', () => {
  const view = (input: string) =>
    formatStory(input, { format: 'terminal', chalk: new Chalk({ level: 0 }), width: 80 })[0]
      ?.output ?? '';

  it('shows the page time stamp under the byline', () => {
    expect(view(paste('By Jonas Ekdahl', '', 'December 22, 2023 at 7:35 PM'))).toContain(
      'By Jonas Ekdahl\nDecember 22, 2023 at 7:35 PM\n\n',
    );
  });

  it('shows the time stamp once when the byline line holds it', () => {
    expect(
      view(paste('By Jonas Ekdahl | December 22, 2023')).match(/December 22, 2023/g),
    ).toHaveLength(1);
  });
});
