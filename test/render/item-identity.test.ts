import { describe, expect, it } from 'vitest';
import type { ArticleJson } from '../../src/render/json.js';
import {
  itemIdentity,
  urgencyFromPriority,
  versionFromTake,
} from '../../src/render/xml/item-identity.js';
import { formatStory } from '../../src/story.js';

const story = (text: string) => formatStory(text, { format: 'json' })[0]?.json as ArticleJson;

function transmitted(slug: string | null, version: string | null, priority = 'r'): ArticleJson {
  const base = story('Ferry Runs Aground\n\nA ferry ran aground on Tuesday.\n');
  return {
    ...base,
    source: { ...base.source, format: 'anpa' },
    transmission: {
      service: 'a',
      storyNumber: '0101',
      selector: 'gnrl-',
      priority,
      category: 'a',
      format: null,
      slug,
      version,
      reference: null,
      wordCount: 120,
      date: '05-14',
      trailer: null,
      codes: {},
    },
  };
}

describe('item identity', () => {
  it('counts a new lead or write-through as the next version of the same item', () => {
    expect(versionFromTake(null)).toBe(1);
    expect(versionFromTake('1stLd-Writethru')).toBe(2);
    expect(versionFromTake('2ND LEAD')).toBe(3);
    expect(versionFromTake('7thWritethru')).toBe(8);
    const original = itemIdentity(transmitted('BC-US--Ferry', null));
    const lead = itemIdentity(transmitted('BC-US--Ferry', '1stLd-Writethru'));
    expect(lead.guid).toBe(original.guid);
    expect(lead.version).toBe(2);
  });

  it('keeps an added take apart from the story it adds to', () => {
    expect(versionFromTake('1stAdd')).toBe(1);
    const original = itemIdentity(transmitted('BC-US--Ferry', null));
    const add = itemIdentity(transmitted('BC-US--Ferry', '1stAdd'));
    expect(add.guid).not.toBe(original.guid);
    expect(add.version).toBe(1);
  });

  it('maps ANPA priority letters and IPTC-7901 digits to urgency', () => {
    expect(urgencyFromPriority('f')).toBe(1);
    expect(urgencyFromPriority('b')).toBe(2);
    expect(urgencyFromPriority('r')).toBe(5);
    expect(urgencyFromPriority('3')).toBe(3);
    expect(urgencyFromPriority('q')).toBeNull();
    expect(urgencyFromPriority(null)).toBeNull();
    expect(itemIdentity(transmitted('BC-US--Ferry', null, 'u')).urgency).toBe(3);
  });

  it('identifies a story without a transmission by its text, the same on every run', () => {
    const a = itemIdentity(story('Ferry Runs Aground\n\nA ferry ran aground on Tuesday.\n'));
    const b = itemIdentity(story('Ferry Runs Aground\n\nA ferry ran aground on Tuesday.\n'));
    const c = itemIdentity(story('Ferry Runs Aground\n\nA ferry ran aground on Monday.\n'));
    expect(a.guid).toMatch(/^urn:copydesk:sha256:[0-9a-f]{32}$/);
    expect(b.guid).toBe(a.guid);
    expect(c.guid).not.toBe(a.guid);
  });
});
