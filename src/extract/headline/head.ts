import type { RootContent } from 'mdast';

/**
 * What a headline reader found at the top of a story: the headline block,
 * the section label above it (kicker), the standfirst under it (deck), and
 * page furniture above it to take out.
 */
export interface Head {
  head: RootContent;
  kicker: RootContent | null;
  deck: RootContent | null;
  /** Blocks above the headline that are page furniture (`removed` as `page-header`). */
  furniture: RootContent[];
}
