import { describe, expect, it } from 'vitest';
import { splitStories } from '../../src/split/split-stories.js';
import { cutTaggedFeed, isTaggedFeed } from '../../src/split/tagged.js';

const zczc = (...lines: string[]) => lines.join('\n');

describe('field-tagged feeds', () => {
  it('reads a ZCZC message: each tag to its field, codes kept, text after the header', () => {
    const input = zczc(
      'ZCZC AAP',
      '%U',
      '@A',
      '#Port-Fire',
      '$Fire closes the port',
      '&By Jane Doe',
      ':(HOBART)',
      '*X',
      'The port was closed on Monday.',
      'NNNN',
    );
    const [story] = splitStories(input);
    expect(story?.format).toBe('tagged');
    expect(story?.transmission).toMatchObject({
      priority: 'U',
      category: 'A',
      slug: 'Port-Fire',
      reference: 'AAP',
      codes: { '*': 'X' },
    });
    expect(story?.head).toEqual({
      headline: { text: 'Fire closes the port', line: 5 },
      byline: { text: 'By Jane Doe', line: 6 },
      dateline: { text: '(HOBART)', line: 7 },
    });
    expect(story?.text).toBe('The port was closed on Monday.\n');
    expect(story?.start.line).toBe(9);
    expect(story?.removed.map((item) => item.text)).toEqual(['ZCZC', 'NNNN']);
  });

  it('cuts a feed of several ZCZC messages into stories', () => {
    const input = zczc(
      'ZCZC',
      '$One',
      'First text.',
      'NNNN',
      '',
      'ZCZC',
      '$Two',
      'Second text.',
      'NNNN',
    );
    const stories = splitStories(input);
    expect(stories.map((story) => story.head?.headline?.text)).toEqual(['One', 'Two']);
    expect(stories.map((story) => story.text.trim())).toEqual(['First text.', 'Second text.']);
  });

  it('reads a two-letter tagged feed: the body tag blanked where it stands', () => {
    const input = zczc(
      'zczc',
      'AN#7',
      'TI#Output rises',
      'BY#Sam Writer',
      'CO#XMPL',
      'TX#Output rose.',
      'More.',
    );
    const [story] = splitStories(input);
    expect(story?.head?.headline?.text).toBe('Output rises');
    expect(story?.head?.byline?.text).toBe('Sam Writer');
    expect(story?.transmission).toMatchObject({ storyNumber: '7', codes: { CO: 'XMPL' } });
    expect(story?.text).toBe('   Output rose.\nMore.');
    expect(story?.removed.at(-1)).toMatchObject({
      text: 'AN# TI# BY# CO# TX#',
      reason: 'field-tags',
    });
  });

  it('leaves text that only mentions a tag as plain text', () => {
    expect(isTaggedFeed('Headline\n\nThe $5 fee and #hashtag and TI#1 appear.')).toBe(false);
    expect(splitStories('Headline\n\n$5 off today.\n')[0]?.format).toBe('text');
  });
});

/** The text of each message cut from a feed. */
const texts = (feed: string) =>
  cutTaggedFeed(feed).map((story) => feed.slice(story.start, story.end).trim());

describe('cutTaggedFeed: nothing after a message is dropped', () => {
  it('reads on after a message that no ZCZC line opened but an NNNN line closed', () => {
    const feed = 'TI#Pier closes\nTX#\nThe pier closed on Friday.\nNNNN\nBy Jane Roe\n';
    const found = texts(feed);
    expect(found.at(-1)).toBe('By Jane Roe');
  });

  it('reads on after a message that no ZCZC line opened, at the next ZCZC line', () => {
    const feed =
      'x KN#Harbour Wire\nAN#123\nzczc\nTI#Pier closes\nTX#\nThe pier closed on Friday.\n';
    const found = texts(feed);
    expect(found).toHaveLength(2);
    expect(found[1]).toContain('The pier closed on Friday.');
  });
});
