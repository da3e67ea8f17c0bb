import type { Lexicon } from '../../lexicon/index.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organizations.js';
import { countWords } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';

const orgWords = new RegExp(`\\b(?:${ORGANIZATION_WORDS.join('|')})\\b`, 'i');

/** A lexicon's organisation names, worked out once: bylines look them up on every candidate line. */
interface OrganizationNames {
  /** Every agency name and tag, case-folded. */
  all: Set<string>;
  /** Agency names longer than two letters, longest first, for a name closing a byline. */
  trailing: string[];
}

const organizationCache = new WeakMap<Lexicon, OrganizationNames>();

function organizationNames(lexicon: Lexicon): OrganizationNames {
  let names = organizationCache.get(lexicon);
  if (!names) {
    names = {
      all: new Set(
        lexicon.agencies
          .flatMap((agency) => [...agency.names, ...agency.tags])
          .map((name) => name.toLowerCase()),
      ),
      trailing: lexicon.agencies
        .flatMap((agency) => agency.names)
        .filter((name) => name.length > 2)
        .sort((a, b) => b.length - a.length),
    };
    organizationCache.set(lexicon, names);
  }
  return names;
}

/** Every word capitalised but the small ones (`University of Tokyo`): a name, not a sentence. */
export function isTitled(text: string): boolean {
  return text
    .split(/\s+/)
    .every(
      (word) => /^[^\p{Ll}]/u.test(word) || /^(?:of|the|and|for|de|du|la|von|der)$/u.test(word),
    );
}

/** Most words in a desk's name written partly in lower case (`Chicago Tribune staff`). */
const MAX_UNTITLED_NAME_WORDS = 4;

/**
 * True for text short or titled enough to be a desk's or an agency's name on
 * its own after a byline word. A longer run in lower case that merely mentions
 * an organisation is a sentence (`By A view of the harbour at dawn.
 * Photographer: …/Bloomberg`: a bare `By` over a caption).
 */
export function isNameSized(text: string): boolean {
  return isTitled(text) || countWords(text) <= MAX_UNTITLED_NAME_WORDS;
}

/** True when a byline part names an organisation rather than a person. */
export function isOrganization(text: string, lexicon: Lexicon): boolean {
  const key = squash(text).toLowerCase();
  if (key === '') return false;
  return organizationNames(lexicon).all.has(key) || orgWords.test(text);
}

/**
 * Longest agency or organisation name closing a string (`JANE DOE Associated Press`),
 * as written there.
 */
export function trailingOrganization(text: string, lexicon: Lexicon): string | null {
  for (const name of organizationNames(lexicon).trailing) {
    const tail = text.slice(text.length - name.length);
    if (
      /\s/.test(text[text.length - name.length - 1] ?? '') &&
      tail.toLowerCase() === name.toLowerCase()
    ) {
      return tail;
    }
  }
  return null;
}
