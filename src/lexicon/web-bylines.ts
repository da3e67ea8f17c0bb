/**
 * Knowledge for bylines on news web pages. Matching is case-insensitive;
 * `--config` can extend the lexicon's tables built from these.
 */

/** Words that open a byline and are followed by the author names. Longest first. */
export const BYLINE_PREFIXES: readonly string[] = [
  'Written by',
  'Words by',
  'Story by',
  'Text by',
  'Posted by',
  'As told to',
  'Authors:',
  'Author:',
  'By:',
  'By',
];

/** Lines that stand alone above the author names (`By`, `Author`, `Authors:`). */
export const BARE_BYLINE_LABELS: readonly string[] = [
  'By',
  'BY',
  'Author',
  'Authors',
  'Written by',
  'Words by',
];

/**
 * Words that make a byline part an organisation, a desk or a site rather
 * than a person (`Forbes Staff`, `Medical Xpress`, `NBA.com`).
 */
export const SITE_WORDS: readonly string[] = [
  'Staff',
  'Desk',
  'Team',
  'Editors',
  'Editorial',
  'Board',
  'Newsroom',
  'News',
  'Press',
  'Xpress',
  'Magazine',
  'Daily',
  'Weekly',
  'Times',
  'Post',
  'Journal',
  'Tribune',
  'Herald',
  'Gazette',
  'Telegraph',
  'Sentinel',
  'Courier',
  'Inquirer',
  'Insider',
  'Media',
  'Network',
  'Digital',
  'Online',
  'Labs',
  'University',
  'Institute',
  'Sponsored',
  'Partner',
  'Contributors',
  'Report',
];

/** Job titles and roles printed beside an author's name (`Wellness Writer`, `Senior Contributor`). */
export const AUTHOR_ROLE_WORDS: readonly string[] = [
  'Writer',
  'Reporter',
  'Correspondent',
  'Editor',
  'Columnist',
  'Contributor',
  'Analyst',
  'Producer',
  'Photographer',
  'Illustrator',
  'Critic',
  'Author',
  'Host',
  'Anchor',
  'Journalist',
  'Intern',
  'Fellow',
  'Manufacturer',
  'Officer',
  'Chief',
  'Director',
  'President',
  'Founder',
  'Manager',
  'Head',
  'Senior',
  'Staff',
];

/**
 * Words that make a mid-line `by` a credit for something else than the
 * story (`Illustration by X`, `Reviewed by X`), so the name is not an author.
 */
export const NON_AUTHOR_CREDITS: readonly string[] = [
  'Illustration',
  'Illustrations',
  'Illustrated',
  'Photo',
  'Photos',
  'Photograph',
  'Photographs',
  'Photography',
  'Image',
  'Images',
  'Video',
  'Styled',
  'Produced',
  'Edited',
  'Reviewed',
  'checked',
  'Designed',
  'Animation',
  'Graphic',
  'Graphics',
  'Translated',
];

/** Words after an author's name that are page furniture, not part of the name. */
export const PAGE_BYLINE_TRAILERS: readonly string[] = [
  'Follow',
  'Follow author',
  'and others',
  'See full bio',
  'View Author Archive',
  'Share',
  'Comment Now!',
  'Comments',
  'Tags',
];
