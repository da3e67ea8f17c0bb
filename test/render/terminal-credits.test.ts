import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatStory } from '../../src/story.js';

const chalk = new Chalk({ level: 0 });

function view(credits: string): string {
  const story = `Harbour Council Votes to Rebuild Old Pier\n\nOSLO, March 3 (Reuters) - The harbour council voted on Tuesday to rebuild the old wooden pier.\n\n${credits}\n`;
  const [result] = formatStory(story, { format: 'terminal', chalk, width: 100 });
  return result?.output ?? '';
}

describe('terminal view credits', () => {
  it('keeps the place a credit gives, as written', () => {
    const output = view('(Reporting by Ilona Varga in Budapest; Editing by Tom Reyes)');
    expect(output).toMatch(/^Reporting by Ilona Varga in Budapest$/m);
    expect(output).toMatch(/^Editing: Tom Reyes$/m);
  });

  it('keeps the short form when the names are all the credit says', () => {
    const output = view('Reporting by Ilona Varga and Ben Cho; Editing by Tom Reyes');
    expect(output).toMatch(/^Reporting: Ilona Varga, Ben Cho$/m);
  });
});
