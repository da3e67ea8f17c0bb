/**
 * Evidence for the mojibake rules (src/decode/mojibake-rules.ts): correct
 * German, French, Spanish, Portuguese and Italian text is never "repaired",
 * and the same words read through Windows-1252 are repaired back.
 *
 * The word lists are written for this test: every letter of each alphabet
 * (lower and upper case), and words that put the accented letters where
 * they stand in real text, at the start, inside and at the end of a word.
 * Each is tried in lower, title and upper case, before and after every
 * mark that may follow a word (quotation marks, guillemets, dashes,
 * ellipsis, no-break space, symbols), alone and in pairs.
 */
import { describe, expect, it } from 'vitest';
import { decodeCp1252 } from '../../src/decode/cp1252.js';
import { repairMojibake } from '../../src/decode/mojibake.js';
import { CLOSING_MARKS } from '../../src/decode/mojibake-rules.js';

const ALPHABETS: Record<string, string> = {
  de: 'abcdefghijklmnopqrstuvwxyzäöüß',
  fr: 'abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ',
  es: 'abcdefghijklmnopqrstuvwxyzáéíñóúü',
  pt: 'abcdefghijklmnopqrstuvwxyzáâãàçéêíóôõú',
  it: 'abcdefghijklmnopqrstuvwxyzàèéìíîòóùú',
};

const WORDS: Record<string, string[]> = {
  de: [
    'Spaß',
    'Fuß',
    'groß',
    'daß',
    'Gruß',
    'Straße',
    'Öl',
    'Ärger',
    'über',
    'Müll',
    'Bäckerei',
    'schön',
    'Übung',
    'Maß',
    'weiß',
    'Österreich',
    'Tür',
    'Größe',
    'Äußerung',
    'Fähre',
    'Hafenbrücke',
  ],
  fr: [
    'café',
    'été',
    'société',
    'liberté',
    'où',
    'déjà',
    'Noël',
    'naïf',
    'maïs',
    'à',
    'À',
    'côté',
    'forêt',
    'œuvre',
    'cœur',
    'Ève',
    'élève',
    'garçon',
    'août',
    'Éric',
    'égalité',
    'ça',
    'voilà',
    'là',
    'près',
    'très',
    'succès',
    'Île',
    'hôtel',
    'aîné',
  ],
  es: [
    'aquí',
    'así',
    'está',
    'Perú',
    'sofá',
    'año',
    'España',
    'niño',
    'llegó',
    'habló',
    'anunció',
    'canción',
    'Ángel',
    'Él',
    'también',
    'más',
    'país',
    'rubí',
    'tabú',
    'pingüino',
    'Óscar',
    'Bogotá',
    'mamá',
    'jamás',
    'según',
  ],
  pt: [
    'irmã',
    'amanhã',
    'avô',
    'avó',
    'você',
    'só',
    'já',
    'há',
    'não',
    'são',
    'maçã',
    'lã',
    'alemã',
    'cristã',
    'capitã',
    'É',
    'é',
    'três',
    'português',
    'órgão',
    'ação',
    'põe',
    'Brasília',
    'Amapá',
    'até',
    'pé',
    'café',
    'Ó',
    'Ô',
    'vovô',
  ],
  it: [
    'città',
    'perché',
    'così',
    'più',
    'però',
    'caffè',
    'è',
    'È',
    'lunedì',
    'sì',
    'giù',
    'virtù',
    'tribù',
    'perciò',
    'farò',
    'ciò',
    'già',
    'può',
    'Forlì',
    'Cantù',
    'Papà',
    'novità',
    'libertà',
    'ventitré',
  ],
};

/** Marks that may follow a word in correct text (and so follow one another). */
const MARKS = [...CLOSING_MARKS, '.', ',', '!', '?', ')'];
/** Marks that open a word: before its first letter. */
const OPENING = ['„', '‚', '«', '»', '‹', '›', '“', '‘', '¡', '¿', '—', '–', '(', '\u00a0'];

const forms = (word: string): string[] => [
  word.toLowerCase(),
  word.charAt(0).toUpperCase() + word.slice(1),
  word.toUpperCase(),
];

/** Every correct phrase a word of a language is tried in. */
function* phrases(word: string): Generator<string> {
  for (const form of forms(word)) {
    yield form;
    yield `« ${form}\u00a0»`;
    yield `„${form}“`;
    yield `»${form}«`;
    for (const mark of OPENING) yield `${mark}${form} ${mark}${form}`;
    for (const mark of MARKS) {
      yield `${form}${mark}`;
      yield `${form}${mark} und`;
      yield `Le ${form}${mark}.`;
      for (const second of MARKS) yield `${form}${mark}${second}`;
    }
  }
}

const LANGUAGES = Object.keys(ALPHABETS);

describe('mojibake repair leaves correct text alone', () => {
  it.each(LANGUAGES)('in every letter of the %s alphabet before and after every mark', (code) => {
    const wrong: string[] = [];
    const letters = [...(ALPHABETS[code] as string)];
    for (const letter of [...letters, ...letters.map((letter) => letter.toUpperCase())]) {
      for (const before of ['', ' ', 'X', '„', '«', '¿']) {
        for (const mark of MARKS) {
          for (const second of ['', ' ', ...MARKS]) {
            const text = `${before}${letter}${mark}${second}`;
            if (repairMojibake(text).repaired > 0) wrong.push(text);
          }
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it.each(LANGUAGES)('in %s words, in every case, before every mark and pair of marks', (code) => {
    const wrong: string[] = [];
    for (const word of WORDS[code] ?? [])
      for (const text of phrases(word)) if (repairMojibake(text).repaired > 0) wrong.push(text);
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

/** A text's UTF-8 bytes read as Windows-1252: what mojibake is. */
const garble = (text: string): string => decodeCp1252(new TextEncoder().encode(text));

describe('mojibake repair still repairs', () => {
  it.each(LANGUAGES)('%s words read through Windows-1252, in every case', (code) => {
    const missed: string[] = [];
    for (const word of WORDS[code] ?? []) {
      for (const form of forms(word)) {
        // Beside other text read so (the dash's bytes), as a garbled story has it.
        for (const text of [`${form} — `, `— ${form}, `, `Le ${form} — « ${form}\u00a0»`]) {
          if (repairMojibake(garble(text)).text !== text) missed.push(garble(text));
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it.each(LANGUAGES)('%s lower-case words alone', (code) => {
    const missed: string[] = [];
    // A one-letter word before a closing mark needs other mojibake beside it (above).
    for (const word of (WORDS[code] ?? []).filter((word) => word.length > 1)) {
      const text = `${word.toLowerCase()}, ${word.toLowerCase()}.`;
      if (repairMojibake(garble(text)).text !== text) missed.push(garble(text));
    }
    expect(missed).toEqual([]);
  });

  it('leaves a capital word before a closing mark when nothing else shows mojibake', () => {
    // `IRMÃ”` is the word IRMÃ and a quotation mark, or IRMÔ read through Windows-1252.
    expect(repairMojibake('IRMÃ”').repaired).toBe(0);
  });

  it('repairs a capital before a closing mark once the text shows mojibake elsewhere', () => {
    expect(repairMojibake(garble('LLEGÓ el éxito')).text).toBe('LLEGÓ el éxito');
    expect(repairMojibake(garble('Ferry “Ô sails')).text).toBe('Ferry “Ô sails');
  });

  it('repairs other scripts in runs, and their one-letter words with them', () => {
    expect(repairMojibake(garble('Порт в огне')).text).toBe('Порт в огне');
    expect(repairMojibake(garble('مرفأ بيروت')).text).toBe('مرفأ بيروت');
    expect(repairMojibake(garble('北京共同')).text).toBe('北京共同');
  });

  it('repairs Vietnamese letters inside a word', () => {
    expect(repairMojibake(garble('Việt Nam')).text).toBe('Việt Nam');
  });

  it('leaves ß before a closing quotation mark, as German writes it', () => {
    expect(repairMojibake('„Das macht Spaß“, sagte sie. »Fuß«').repaired).toBe(0);
    expect(repairMojibake('Straße»').text).toBe('Straße»');
  });
});
