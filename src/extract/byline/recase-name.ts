import { MAC_NAMES, NAME_PARTICLES, NAME_SUFFIXES } from '../../lexicon/names.js';

const particles = new Set(NAME_PARTICLES);
const macNames = new Map(MAC_NAMES.map((name) => [name.toUpperCase(), name]));

/** A name's prefix written in lower case before capitals (`Mc`, `Mac`, `La`, `De`, `Di`, `Van`). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{1,2}(?=\p{Lu}{2})/u;
const INNER_CAPITAL_PREFIXES = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{1,2}(?=\p{Lu}{2})/gu;

function capitalise(part: string): string {
  if (part === '') return part;
  const lower = part.toLocaleLowerCase('en');
  return lower[0]?.toLocaleUpperCase('en') + lower.slice(1);
}

function recaseWord(word: string, position: 'first' | 'inner' | 'last'): string {
  const suffix = NAME_SUFFIXES[word];
  if (suffix && position !== 'first') return suffix;
  const lower = word.toLocaleLowerCase('en');
  if (position === 'inner' && particles.has(lower)) return lower;
  return word
    .split(/([-'’])/)
    .map((piece) => {
      if (/^[-'’]$/.test(piece)) return piece;
      const mac = macNames.get(piece.toUpperCase());
      if (mac) return mac;
      if (/^M[Cc][A-Z]{2,}/.test(piece)) return `Mc${capitalise(piece.slice(2))}`;
      // AP kept a name's inner capital by writing its prefix in lower case (`LaBELLE`, `DeVRIES`).
      const prefix = INNER_CAPITAL.exec(piece)?.[0];
      if (prefix) return prefix + capitalise(piece.slice(prefix.length));
      // Initials (`G.H.`) are capitals already.
      if (/^(?:\p{Lu}\.)+$/u.test(piece)) return piece;
      // One letter before an apostrophe (O'BRIEN, D'ANGELO) keeps its capital.
      return capitalise(piece);
    })
    .join('');
}

/**
 * Re-cases a name written in capitals (`SEAN MCDONALD` → `Sean McDonald`,
 * `PIETER VAN DER BERG` → `Pieter van der Berg`, `O'BRIEN` → `O'Brien`).
 * `G.G. LaBELLE` → `G.G. LaBelle`: a prefix in lower case before capitals
 * (AP's way of keeping an inner capital) is kept. Names with any other
 * lower-case letter are returned as written.
 */
export function recaseName(name: string): string {
  // `McDONALD`, `LaBELLE` are still names in capitals: AP wrote the prefix in lower case.
  const letters = name.replace(INNER_CAPITAL_PREFIXES, '');
  if (/\p{Ll}/u.test(letters) || !/\p{Lu}/u.test(letters)) return name;
  const words = name.split(/\s+/).filter((word) => word !== '');
  return words
    .map((word, index) =>
      recaseWord(word, index === 0 ? 'first' : index === words.length - 1 ? 'last' : 'inner'),
    )
    .join(' ');
}
