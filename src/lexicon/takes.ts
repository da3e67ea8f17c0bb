/**
 * Take words that announce a new version replacing the story so far (a new
 * lead, a write-through, a substitute or a correction), as opposed to words
 * that add a part to it (`Add`, `Insert`, `Take`): a replacing take keeps
 * the story's item id and raises its version; an added part is an item of
 * its own. Matched case-insensitively after the ordinal (`1stLd-Writethru`,
 * `2ND LEAD`, `7thWritethru`).
 */
export const REPLACING_TAKE_WORDS: readonly string[] = [
  'ld',
  'lead',
  'writethru',
  'write-thru',
  'writethrough',
  'sub',
  'correction',
  'corrective',
];
