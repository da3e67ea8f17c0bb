/**
 * Words that make a byline part an organisation or a title rather than a
 * person: `Jane Roe, Reuters`, `JANE DOE Associated Press Writer`.
 */
export const ORGANIZATION_WORDS: readonly string[] = [
  'News',
  'Newswires',
  'Press',
  'Agency',
  'Staff',
  'Desk',
  'Newsroom',
  'Bureau',
  'Times',
  'Post',
  'Journal',
  'Tribune',
  'Herald',
  'Wire',
  'Media',
  'Radio',
  'Television',
  'Reuters',
  'Bloomberg',
];

/** Job titles that follow a byline name (`AP Business Writer`). */
export const BYLINE_TITLE_WORDS: readonly string[] = [
  'Writer',
  'Correspondent',
  'Reporter',
  'Editor',
  'Columnist',
  'Photographer',
  'Analyst',
];

/**
 * Page or wire text that trails a byline's names and is never part of a
 * name (`By Jane Doe Email the author`); cut off before the names are read.
 */
export const BYLINE_TRAILERS: readonly string[] = [
  'Email the author',
  'Email the authors',
  'Email',
  'Follow',
  'Contact',
  'Updated',
  'Published',
  'Posted',
];
