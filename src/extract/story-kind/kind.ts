/** What a story is, which decides which readers the extractors use. */
export type StoryKindName = 'wire' | 'transmission' | 'web' | 'markdown';

/** The story kind and the evidence it was decided on (names of signals, for `--explain` and tests). */
export interface StoryKind {
  kind: StoryKindName;
  evidence: string[];
}

declare module 'vfile' {
  interface DataMap {
    /** What the story is (wire copy, a transmission, a pasted page, copydesk's Markdown), and why. */
    storyKind: StoryKind;
  }
}
