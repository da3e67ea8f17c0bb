/**
 * Words of a page's share and follow buttons. A line (or a list) made only
 * of these — `Share on Facebook Share on Twitter`, `facebookxredditlink`,
 * `Tweet Share Share Comment` — is a button bar, not story. Lower case.
 */
export const SHARE_WORDS: readonly string[] = [
  'share',
  'shares',
  'sharing',
  'options',
  'all',
  'for',
  'tweet',
  'post',
  'comment',
  'comments',
  'email',
  'e-mail',
  'mail',
  'print',
  'save',
  'saved',
  'bookmark',
  'copy',
  'copied',
  'link',
  'url',
  'gift',
  'article',
  'story',
  'this',
  'on',
  'to',
  'via',
  'icon',
  'button',
  'follow',
  'us',
  'facebook',
  'twitter',
  'x',
  'reddit',
  'linkedin',
  'pinterest',
  'flipboard',
  'whatsapp',
  'telegram',
  'messenger',
  'pocket',
  'threads',
  'bluesky',
  'mastodon',
  'instagram',
  'tiktok',
  'youtube',
  'sms',
  'text',
];

/** Reading-time and listening-time labels (`5 min read`, `2 minutes read`), as patterns. */
export const READING_TIME: RegExp =
  /^(?:[•·]\s*)?\d+\s*(?:min|mins|minute|minutes)\.?\s*(?:read|listen)$/i;

/** Comment counters (`Comments (84)`, `59 comments`, `27 comments`). */
export const COMMENT_COUNT: RegExp = /^(?:\d[\d,.]*k?\s*comments?|comments?\s*\(\d[\d,.]*k?\))$/i;

/**
 * Image placeholders and form fields a text rendering leaves (`[copp]`,
 * `[ ]`, `[]`). A bracket that holds a comma lists things (`[Name，Site]`,
 * the byline of a Japanese page): no placeholder.
 */
export const PLACEHOLDER: RegExp = /^(?:\[(?:[^\]\s，、]{0,80}|\s*)\]\s*)+$/;

/** A photo gallery's counter (`2 of 9 |`, `3 / 12`). */
export const GALLERY_COUNTER: RegExp = /^\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*\|?$/i;

/** A rule drawn with box or dash characters. */
export const RULE_LINE: RegExp = /^[━─—–_=*~-]{3,}$/u;
