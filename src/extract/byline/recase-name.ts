import { MAC_NAMES, NAME_PARTICLES, NAME_SUFFIXES } from '../../lexicon/names.js';

const particles = new Set(NAME_PARTICLES);
const macNames = new Map(MAC_NAMES.map((name) => [name.toUpperCase(), name]));

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
      // One letter before an apostrophe (O'BRIEN, D'ANGELO) keeps its capital.
      return capitalise(piece);
    })
    .join('');
}

/**
 * Re-cases a name written in capitals (`SEAN MCDONALD` → `Sean McDonald`,
 * `PIETER VAN DER BERG` → `Pieter van der Berg`, `O'BRIEN` → `O'Brien`).
 * Names with any lower-case letter are returned as written.
 */
export function recaseName(name: string): string {
  // `McDONALD` is still a name in capitals: AP wrote the Mc prefix in lower case.
  const letters = name.replace(/\bMa?c(?=\p{Lu}{2})/gu, '');
  if (/\p{Ll}/u.test(letters) || !/\p{Lu}/u.test(letters)) return name;
  const words = name.split(/\s+/).filter((word) => word !== '');
  return words
    .map((word, index) =>
      recaseWord(word, index === 0 ? 'first' : index === words.length - 1 ? 'last' : 'inner'),
    )
    .join(' ');
}
