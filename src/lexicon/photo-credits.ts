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
  /**
   * Text every match of the pattern holds (one of these, as written): a
   * paragraph holding none is not tried against the pattern, which would
   * otherwise be tried from every space of every paragraph.
   */
  needs: readonly string[];
  organization?: string;
}

/** The built-in photo-credit forms, most specific first. */
export const PHOTO_CREDIT_FORMS: PhotoCreditForm[] = [
  {
    name: 'photographer',
    needs: ['Photographer:'],
    // The organisation is a name of a few words (`Bloomberg`, `Getty Images`), not the run of
    // text after it (`…/Bloomberg --With assistance from …` printed on one line).
    pattern:
      'Photographer:\\s*(?<credit>(?<names>[^/()\\n]{2,80}?)/(?<org>[^/()\\s]{2,40}(?:[^\\S\\n][^/()\\s]{1,40}){0,3}))',
  },
  {
    name: 'ap-photo',
    needs: ['AP Photo/'],
    pattern: '\\((?<credit>(?<org>AP) Photo/(?<names>[^()\\n]{2,80}?))\\)',
  },
  {
    name: 'reuters',
    needs: ['REUTERS/'],
    pattern: '(?<credit>(?<org>REUTERS)/(?<names>[^/()\\n]{2,80}?))',
  },
  {
    name: 'credit-label',
    needs: ['Credit'],
    pattern:
      '/?\\s*Credits?:\\s*(?<credit>(?<names>[^/()\\n]{2,80}?)(?:/(?<org>[^()\\n]{2,60}?))?)',
  },
  {
    name: 'photo-by',
    needs: ['Photo', 'Picture', 'Image'],
    pattern:
      '\\(?(?:Photo|Photograph|Picture|Image)s?(?: by|:)\\s*(?<credit>(?<names>[^/()\\n]{2,80}?)(?:/(?<org>[^()\\n]{2,60}?))?)\\)?',
  },
  {
    name: 'getty',
    needs: ['/'],
    pattern:
      '(?<credit>(?<names>[A-Z][^/()\\n]{1,60}?)/(?<org>(?:AFP|AP|EPA|Xinhua|Anadolu|NurPhoto|SOPA Images|Bloomberg|AAP)(?: via Getty Images)?|Getty Images|Shutterstock|EPA-EFE))',
  },
];
