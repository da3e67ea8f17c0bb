/**
 * Knowledge for re-casing ALL-CAPS names (`By JOSH BOAK`): particles that
 * stay lower case inside a name, Mac names that keep their inner capital,
 * and suffixes written in a fixed form.
 */
export const NAME_PARTICLES: readonly string[] = [
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'ten',
  'ter',
  'dos',
  'das',
  'y',
];

/** Mac- names that take an inner capital; other Mac- names (Mack, Machado) do not. */
export const MAC_NAMES: readonly string[] = [
  'MacArthur',
  'MacAskill',
  'MacBride',
  'MacDonald',
  'MacDougall',
  'MacFarlane',
  'MacGregor',
  'MacIntyre',
  'MacKay',
  'MacKenzie',
  'MacKinnon',
  'MacLean',
  'MacLeod',
  'MacMillan',
  'MacNeil',
  'MacPherson',
  'MacQuarrie',
];

/** Name suffixes and how they are written. */
export const NAME_SUFFIXES: Readonly<Record<string, string>> = {
  JR: 'Jr',
  'JR.': 'Jr.',
  SR: 'Sr',
  'SR.': 'Sr.',
  II: 'II',
  III: 'III',
  IV: 'IV',
};

/**
 * Words that never stand in a person's name, though a page may capitalise
 * them in a title or an organisation's name (`The Washington Times`, `Of
 * Note`): articles, prepositions and conjunctions. Lower case.
 */
export const NON_NAME_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'in',
  'on',
  'at',
  'to',
  'with',
  'from',
  'this',
  'that',
  'our',
  'your',
  'my',
  'how',
  'why',
  'what',
  'who',
  'photo',
  'image',
  'picture',
  'video',
  'audio',
];
