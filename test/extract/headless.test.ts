import { describe, expect, it } from 'vitest';
import { isProseSentence } from '../../src/extract/headline/shapes.js';
import { formatStory } from '../../src/story.js';

describe('a story that is one sentence of prose', () => {
  it('has no headline; the sentence is its body, and the warning says why', () => {
    const [story] = formatStory(
      'the harbour authority said the old pier would close on monday.\n',
      {
        format: 'json',
      },
    );
    expect(story?.json?.headline).toBeNull();
    expect(story?.json?.body).toBe(
      'the harbour authority said the old pier would close on monday.',
    );
    expect(story?.json?.messages.map((message) => message.reason)).toEqual([
      'Missing headline: the story is one sentence of prose (lower case, a full stop), kept as its body',
    ]);
  });

  it('reads a sentence in sentence case as prose too, a title or a story of several blocks not', () => {
    expect(isProseSentence('The harbour authority said the pier would close on Monday.')).toBe(
      true,
    );
    expect(isProseSentence('Harbour Authority Closes Old Ferry Pier.')).toBe(false);
    expect(isProseSentence('Harbour authority closes old ferry pier')).toBe(false);
    expect(isProseSentence('The pier closed. Traders were angry.')).toBe(false);
    const [story] = formatStory('Pier to close\n\nThe authority said the pier would close.\n', {
      format: 'json',
    });
    expect(story?.json?.headline).toBe('Pier to close');
  });
});
