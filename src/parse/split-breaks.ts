import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/**
 * Splits top-level paragraphs at hard line breaks. copydesk's Markdown writes
 * a byline and its title line (`By Jane Doe` / `Associated Press`) as one
 * paragraph with a break, where the wire text had two lines; reading it back
 * as two paragraphs gives the extractors the shape they saw the first time,
 * so the byline survives the round trip. The parts after a break are marked
 * (`data.afterBreak`): in Markdown only those continue a byline.
 */
export function splitAtBreaks(tree: Root): void {
  const children: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !node.children.some((child) => child.type === 'break')) {
      children.push(node);
      continue;
    }
    let run: PhrasingContent[] = [];
    let afterBreak = false;
    const flush = (): void => {
      if (run.length > 0) {
        const paragraph = paragraphOf(run);
        if (afterBreak) paragraph.data = { afterBreak: true };
        children.push(paragraph);
        afterBreak = true;
      }
      run = [];
    };
    for (const child of node.children) {
      if (child.type === 'break') flush();
      else run.push(child);
    }
    flush();
  }
  tree.children = children;
}

function paragraphOf(children: PhrasingContent[]): Paragraph {
  const first = children[0]?.position;
  const last = children.at(-1)?.position;
  const paragraph: Paragraph = { type: 'paragraph', children };
  if (first && last) paragraph.position = { start: first.start, end: last.end };
  return paragraph;
}

declare module 'mdast' {
  interface ParagraphData {
    /** Markdown input: this paragraph followed a hard break in the one before it. */
    afterBreak?: boolean;
  }
}
