/** A plausible wire story of about `size` characters. */
export function normalStory(size: number): string;
/** Adversarial inputs by name, each a function of the target size in characters. */
export const ADVERSARIAL_CASES: Record<string, (size: number) => string>;
/** Deeply nested Markdown input by name (read with `from: 'markdown'`). */
export const MARKDOWN_CASES: Record<string, (size: number) => string>;
