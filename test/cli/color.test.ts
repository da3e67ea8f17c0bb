import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

type Row = [string, boolean | undefined, Record<string, string>, boolean, number];

// flag, env and isTTY in; the level out. Precedence: flag > COPYDESK_NO_COLOR >
// NO_COLOR (non-empty) > FORCE_COLOR > TERM=dumb > TTY.
const ROWS: Row[] = [
  ['a TTY gets colour', undefined, { TERM: 'xterm' }, true, 1],
  ['a 256-colour TTY gets level 2', undefined, { TERM: 'xterm-256color' }, true, 2],
  ['COLORTERM=truecolor gets level 3', undefined, { COLORTERM: 'truecolor' }, true, 3],
  ['a pipe gets none', undefined, {}, false, 0],
  ['--color forces colour on a pipe', true, {}, false, 1],
  ['--no-color beats FORCE_COLOR', false, { FORCE_COLOR: '3' }, true, 0],
  ['--color beats NO_COLOR', true, { NO_COLOR: '1' }, false, 1],
  ['NO_COLOR=1 turns a TTY off', undefined, { NO_COLOR: '1' }, true, 0],
  ['NO_COLOR=0 (non-empty) turns a TTY off', undefined, { NO_COLOR: '0' }, true, 0],
  ['NO_COLOR="" changes nothing', undefined, { NO_COLOR: '' }, true, 1],
  ['NO_COLOR beats FORCE_COLOR', undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true, 0],
  ['COPYDESK_NO_COLOR turns colour off', undefined, { COPYDESK_NO_COLOR: '1' }, true, 0],
  ['FORCE_COLOR=1 colours a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
  ['FORCE_COLOR=3 colours a pipe at level 3', undefined, { FORCE_COLOR: '3' }, false, 3],
  ['FORCE_COLOR=0 turns a TTY off', undefined, { FORCE_COLOR: '0' }, true, 0],
  ['FORCE_COLOR=false turns a TTY off', undefined, { FORCE_COLOR: 'false' }, true, 0],
  ['FORCE_COLOR="" colours at level 1', undefined, { FORCE_COLOR: '' }, false, 1],
  ['FORCE_COLOR beats TERM=dumb', undefined, { FORCE_COLOR: '1', TERM: 'dumb' }, true, 1],
  ['TERM=dumb turns a TTY off', undefined, { TERM: 'dumb' }, true, 0],
];

describe('colorLevel', () => {
  it.each(ROWS)('%s', (_name, flag, env, isTTY, level) => {
    expect(colorLevel({ flag, env, isTTY })).toBe(level);
  });

  it('decides each stream on its own: piped stdout plain, TTY stderr coloured', () => {
    const env = { TERM: 'xterm' };
    expect(colorLevel({ flag: undefined, env, isTTY: false })).toBe(0);
    expect(colorLevel({ flag: undefined, env, isTTY: true })).toBe(1);
  });
});
