import { describe, expect, it } from 'vitest';
import { oneEditApart } from '../../src/text/one-edit-apart.js';

describe('oneEditApart', () => {
  it.each([
    ['Writer', 'Writer'],
    ['Wrtier', 'Writer'],
    ['Writter', 'Writer'],
    ['Witer', 'Writer'],
    ['Wrlter', 'Writer'],
  ])('%s is one slip from %s', (a, b) => {
    expect(oneEditApart(a, b)).toBe(true);
    expect(oneEditApart(b, a)).toBe(true);
  });
  it.each([
    ['Wtirer', 'Writer'],
    ['Edition', 'Editor'],
    ['Writers', 'Writ'],
    ['Rwiter', 'Writre'],
  ])('%s is more than one slip from %s', (a, b) => {
    expect(oneEditApart(a, b)).toBe(false);
    expect(oneEditApart(b, a)).toBe(false);
  });
});
