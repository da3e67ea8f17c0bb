/**
 * How photo credits close a caption. Each form is matched at the end of a
 * paragraph (a duplicated credit in parentheses may follow); `names` and
 * `organization` are the groups of the match, or a fixed organisation.
 *
 * Patterns only use bounded, negated character classes so that matching
 * stays linear on long lines.
 */
export interface PhotoCreditForm {
  name: string;
  /** Source of a RegExp with named groups `credit`, `names` and optionally `org`. */
  pattern: string;
  organization?: string;
}

/** The built-in photo-credit forms, most specific first. */
export const PHOTO_CREDIT_FORMS: PhotoCreditForm[] = [
  {
    name: 'photographer',
    pattern: 'Photographer:\\s*(?<credit>(?<names>[^/()\\n]{2,80}?)/(?<org>[^/()\\n]{2,60}?))',
  },
  {
    name: 'ap-photo',
    pattern: '\\((?<credit>(?<org>AP) Photo/(?<names>[^()\\n]{2,80}?))\\)',
  },
  {
    name: 'reuters',
    pattern: '(?<credit>(?<org>REUTERS)/(?<names>[^/()\\n]{2,80}?))',
  },
  {
    name: 'credit-label',
    pattern:
      '/?\\s*Credits?:\\s*(?<credit>(?<names>[^/()\\n]{2,80}?)(?:/(?<org>[^()\\n]{2,60}?))?)',
  },
  {
    name: 'photo-by',
    pattern:
      '\\(?(?:Photo|Photograph|Picture|Image)s?(?: by|:)\\s*(?<credit>(?<names>[^/()\\n]{2,80}?)(?:/(?<org>[^()\\n]{2,60}?))?)\\)?',
  },
  {
    name: 'getty',
    pattern:
      '(?<credit>(?<names>[A-Z][^/()\\n]{1,60}?)/(?<org>(?:AFP|AP|EPA|Xinhua|Anadolu|NurPhoto|SOPA Images|Bloomberg|AAP)(?: via Getty Images)?|Getty Images|Shutterstock|EPA-EFE))',
  },
];
