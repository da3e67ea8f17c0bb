/**
 * Knowledge for bylines on news web pages. Matching is case-insensitive.
 * These tables are built in (`--config` does not reach them).
 */

/**
 * What pages write before the author names besides a language's byline word
 * (`By`, `Von`, `Par`: `bylineWords` in `languages/`): `Written by`,
 * `Author:`, `Texte :`. A line holding nothing but one of these, a byline
 * word or a label below stands over the names.
 */
export const PAGE_BYLINE_OPENERS: readonly string[] = [
  'Written by',
  'Words by',
  'Story by',
  'Text by',
  'Posted by',
  'Reported by',
  'Reporting by',
  'As told to',
  'Author:',
  'Authors:',
  'Text:',
  'Autor:',
  'Autorin:',
  'Texte :',
  'Auteur :',
  'Escrito por',
  'Scritto da',
];

/** Lines that stand alone above the author names, besides a byline word alone (`By`, `Par`). */
export const BARE_BYLINE_LABELS: readonly string[] = ['Author', 'Authors', 'Autor', 'Auteur'];

/**
 * Labels of a page's author widgets that stand before the author's name
 * (`Social Links for Jane Roe`, `More from Jane Roe`, `View all posts by
 * Jane Roe`): the name after them is the author's, the label is furniture.
 */
export const AUTHOR_WIDGET_LABELS: readonly string[] = [
  'Social Links for',
  'Social links for',
  'More from',
  'More by',
  'More stories by',
  'More articles by',
  'Read more from',
  'Read more by',
  'View all posts by',
  'All posts by',
  'Posts by',
  'Articles by',
  'Stories by',
  'Follow',
  'Contact',
  'Email',
];

/**
 * Words that tie a byline's names to the publication they wrote for
 * (`By Jane Roe for Coastal Daily`, `Jane Roe of the Coastal Daily`,
 * `Published in Harbour Notes`): what follows is the affiliation, never a name.
 */
export const PUBLICATION_CONNECTORS: readonly string[] = [
  'for',
  'of',
  'at',
  'Published in',
  'für',
  'pour',
  'para',
  'per',
];

/**
 * Words that put the section or the place a story was filed under after a
 * byline's names (`Written by Jane Roe in Harbour News on …`, `Par Jane Roe
 * dans Économie`): what follows names no author. Read only after a byline
 * word, since `Jane Roe in Portwell said …` is a sentence.
 */
export const SECTION_CONNECTORS: readonly string[] = ['in', 'im', 'dans', 'en', 'nel', 'em'];

/**
 * Words that make a byline part an organisation, a desk or a site rather
 * than a person (`Coastal Daily Staff`, `Harbour Xpress`, `Portwell.com`).
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
  'Images',
  'Photos',
  'Pictures',
  'Studios',
  'Productions',
  'Bros',
];

/**
 * Articles that open the name of a newspaper or an organisation, never a
 * person's name: after a byline word, `By The Harbour Citizen` names the
 * publication (`byline.organization`), not an author.
 */
export const ORGANIZATION_ARTICLES: readonly string[] = [
  'The',
  'Die',
  'Der',
  'Das',
  'Les',
  'Los',
  'Las',
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
  'CEO',
  'Data',
  'Graphics',
  'Visuals',
  'Deputy',
  'Contributing',
  'Freelance',
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
  'Provided',
  'Sponsored',
  'Presented',
  'Powered',
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

/** Endings of a site's domain name in a byline (`Portwell.org`, `Harbourball.com`): a site, not a person. */
export const DOMAIN_ENDINGS: readonly string[] = ['com', 'org', 'net', 'co', 'io', 'news'];

/**
 * Verbs that open an author's biography after the name (`Jessica Rendall is
 * a writer …`, `… covers energy`): a paragraph about the writer, not the story.
 */
export const BIOGRAPHY_VERBS: readonly string[] = [
  'is',
  'was',
  'has',
  'covers',
  'writes',
  'reports',
  'joined',
  'leads',
  'edits',
];

/**
 * What stands alone on a line between the names of a byline whose names are
 * links, one per block (`By` / `Jane Roe` / `,` / `John Doe`): a comma or a
 * conjunction, in the byline languages.
 */
export const NAME_LINK_SEPARATORS: readonly string[] = [
  ',',
  'and',
  ', and',
  '&',
  'und',
  'y',
  'et',
  'e',
];
