import type { Lexicon } from '../../lexicon/index.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organizations.js';
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
