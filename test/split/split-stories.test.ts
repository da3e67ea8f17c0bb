import { describe, expect, it } from 'vitest';
import { detectFraming, splitStories } from '../../src/split/split-stories.js';

const anpa = (number: string, slug: string, body: string): string =>
  `\u0016\u0016\u0001a${number}\u001fgnrl-\nr a\u0013\u0011 ${slug} 1stLd-Writethru TB06 05-14 0412\n\u0002${body}\u0003AP-WF-05-14-24 1932GMT<\n\n\u000c\n\u0004`;

const iptc =
  '\u0001xyz017 3 pl 245 vvvvb XYZ 017\n\nRuritania-Election/\n\u0002Voters go to the polls =\n\n   Strelsau (xyz) - Voters went to the polls.\n\nxyz abc\n\n\u0003141530 GMT May 24\n\u007f\n\u007f\u0004';

describe('detectFraming', () => {
  it('tells ANPA by the unit separator after the story number', () => {
    expect(detectFraming(anpa('1234', 'BC-US--Fire', 'Text\n'))).toBe('anpa');
  });
  it('tells IPTC 7901 by its header line', () => {
    expect(detectFraming(iptc)).toBe('iptc7901');
  });
  it('allows a line end between SOH and the IPTC header', () => {
    expect(detectFraming(iptc.replace('\u0001', '\u0001\r\n'))).toBe('iptc7901');
  });
  it('calls text without SOH plain text', () => {
    expect(detectFraming('HEADLINE\n\nBody text.\n')).toBe('text');
  });
});

describe('splitStories', () => {
  it('keeps plain text as one story starting at line 1', () => {
    const [story, ...rest] = splitStories('Headline\n\nBody.\n');
    expect(rest).toHaveLength(0);
    expect(story?.format).toBe('text');
    expect(story?.transmission).toBeNull();
    expect(story?.start).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('reads every ANPA header field and the trailer', () => {
    const [story] = splitStories(anpa('1234', 'BC-US--Harbor-Fire', '^Harbor fire<\n'));
    expect(story?.format).toBe('anpa');
    expect(story?.transmission).toEqual({
      service: 'a',
      storyNumber: '1234',
      selector: 'gnrl-',
      priority: 'r',
      category: 'a',
      format: 'body-text',
      slug: 'BC-US--Harbor-Fire',
      version: '1stLd-Writethru',
      reference: 'TB06',
      wordCount: 412,
      date: '05-14',
      trailer: 'AP-WF-05-14-24 1932GMT',
      codes: {},
    });
    expect(story?.year).toBe(2024);
    expect(story?.text).toBe('^Harbor fire<\n');
  });

  it('reads the Reuters header with an empty version as three spaces', () => {
    const input =
      '\u0005\u0005\u0005F\n\u0016\u0016\u0001f0725\u001freute\nu f BC-TALKING-POINT/BANKAME   02-26 0105\n\u0002HEADLINE\n    Body.\n Reuter\n\u0003';
    const [story] = splitStories(input);
    expect(story?.transmission?.slug).toBe('BC-TALKING-POINT/BANKAME');
    expect(story?.transmission?.version).toBeNull();
    expect(story?.transmission?.wordCount).toBe(105);
    expect(story?.removed).toEqual([{ text: 'F', reason: 'transmission-routing', line: 1 }]);
    expect(story?.start).toEqual({ line: 4, column: 2, offset: input.indexOf('\u0002') + 1 });
  });

  it('splits a capture into its stories in order, with start lines of the input', () => {
    const input = [
      anpa('0001', 'BC-One', 'First\n'),
      anpa('0002', 'BC-Two', 'Second\n'),
      anpa('0003', 'BC-Three', 'Third\n'),
    ].join('\n');
    const stories = splitStories(input);
    expect(stories.map((story) => story.transmission?.slug)).toEqual([
      'BC-One',
      'BC-Two',
      'BC-Three',
    ]);
    expect(stories.map((story) => story.text)).toEqual(['First\n', 'Second\n', 'Third\n']);
    expect(stories.map((story) => story.start.line)).toEqual([3, 10, 17]);
  });

  it('reads the IPTC 7901 header, slug line and time trailer', () => {
    const [story] = splitStories(iptc);
    expect(story?.format).toBe('iptc7901');
    expect(story?.transmission).toMatchObject({
      service: 'xyz',
      storyNumber: '017',
      priority: '3',
      category: 'pl',
      wordCount: 245,
      selector: 'vvvvb',
      reference: 'XYZ 017',
      slug: 'Ruritania-Election',
      trailer: '141530 GMT May 24',
    });
    expect(story?.year).toBe(2024);
    expect(story?.text.startsWith('Voters go to the polls =')).toBe(true);
  });

  it('turns tabular gap bytes into spaces of the same width', () => {
    const [story] = splitStories(anpa('0009', 'BC-Scores', 'Team\u0008\u00083\n'));
    expect(story?.text).toBe('Team  3\n');
  });

  it('reports a story whose ETX is missing', () => {
    const [story] = splitStories(
      '\u0016\u0016\u0001a0001\u001fx\nr a BC-X 01-01 0001\n\u0002Body\n',
    );
    expect(story?.text).toBe('Body\n');
    expect(story?.messages.map((message) => message.ruleId)).toEqual(['transmission-framing']);
  });

  it('keeps words found after the last transmission as removed', () => {
    const [story] = splitStories(`${anpa('0001', 'BC-One', 'First\n')}\nstray words`);
    expect(story?.removed.at(-1)).toMatchObject({
      text: 'stray words',
      reason: 'after-transmission',
    });
  });

  it('splits an IPTC 7901 capture into its messages in order', () => {
    const stories = splitStories(`${iptc}\r\n${iptc.replace('xyz017', 'xyz018')}`);
    expect(stories.map((story) => story.transmission?.storyNumber)).toEqual(['017', '018']);
    expect(stories.map((story) => story.format)).toEqual(['iptc7901', 'iptc7901']);
    expect(stories[1]?.start.line).toBe(16);
  });

  it('turns the bells of an IPTC advisory into spaces of the same width', () => {
    const input = '\u0001xyz061 3 pl 40\n\nSlug/\n\u0002HOLD HOLD HOLD\u0007\u0007 =\n\u0003';
    expect(splitStories(input)[0]?.text).toBe('HOLD HOLD HOLD   =\n');
  });

  it('reads a story as the format it is told to, header words left over going to removed', () => {
    const [story] = splitStories(iptc, 'anpa');
    expect(story?.format).toBe('anpa');
    expect(story?.transmission?.slug).toBeNull();
    expect(story?.removed[0]).toMatchObject({ reason: 'transmission-header', line: 1 });
  });

  it('keeps a second keyword token that is no version word in the slug', () => {
    const header = (region: string) =>
      `\u0016\u0016\u0001f0001\u001freute\nr f ${region}  03-04 0117\n\u0002Text\n\u0003`;
    const [coast] = splitStories(header('AM-COFFEE-IVORY COAST'));
    expect(coast?.transmission).toMatchObject({ slug: 'AM-COFFEE-IVORY COAST', version: null });
    const [lead] = splitStories(header('BC-CRAZY-1STLD WRITETHROUGH'));
    expect(lead?.transmission).toMatchObject({ slug: 'BC-CRAZY-1STLD', version: 'WRITETHROUGH' });
  });

  it('keeps a capture without any story text as one story, with a message', () => {
    const input = '\u0016\u0016\u0001a0001\u001fx\nr a BC-X 01-01 0001\nno text marker here\n';
    const stories = splitStories(input);
    expect(stories).toHaveLength(1);
    expect(stories[0]?.text).toBe(input);
    expect(stories[0]?.messages.map((message) => message.ruleId)).toEqual(['transmission-framing']);
  });
});
