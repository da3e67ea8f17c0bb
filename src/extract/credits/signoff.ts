import { SIGNOFF_FORMS } from '../../lexicon/signoffs.js';
import { squash } from '../../text/squash.js';
import type { ParsedCredit } from './parse-credits.js';

const signoffForms = SIGNOFF_FORMS.map((form) => ({
  form,
  pattern: new RegExp(`^(?:${form.pattern})$`, 'u'),
}));

/** Reads a desk sign-off line (`dpa abc def`, `abc/def/gh`, `burs-abc/def`), or null. */
export function parseSignoff(text: string): ParsedCredit | null {
  if (text.length > 200) return null;
  const flat = squash(text);
  if (flat.length > 60) return null;
  for (const { form, pattern } of signoffForms) {
    const groups = pattern.exec(flat)?.groups;
    if (!groups) continue;
    const names = (groups.names ?? '').split(/[\s/]+/).filter((name) => name !== '');
    return {
      role: 'signoff',
      names,
      organization: groups.org ?? form.organization ?? null,
      text: flat,
    };
  }
  return null;
}

/** The forms also read glued to the end of a paragraph, after a sentence's end. */
const gluedForms = signoffForms
  .filter(({ form }) => form.glued)
  .map(({ form }) => new RegExp(`[.!?"”’)]\\s+(${form.pattern})$`, 'u'));

/** A sign-off at the very end of a paragraph (`… dijo. EFE`): where it starts, and the credit. */
export function gluedSignoff(text: string): { index: number; credit: ParsedCredit } | null {
  // Only the end of the paragraph can hold it; looking there keeps the match short.
  const start = Math.max(0, text.length - 40);
  const end = text.slice(start);
  for (const pattern of gluedForms) {
    const match = pattern.exec(end);
    const mark = match?.[1];
    const credit = mark ? parseSignoff(mark) : null;
    if (match && mark && credit) {
      return { index: start + match.index + match[0].length - mark.length, credit };
    }
  }
  return null;
}
