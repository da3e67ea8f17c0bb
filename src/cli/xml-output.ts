import { renderNewsMessage } from '../render/newsml-g2.js';
import type { CliFormat } from './program.js';

/** True for the formats that print XML documents (NewsML-G2, NITF). */
export function isXmlFormat(format: CliFormat): format is 'newsmlg2' | 'nitf' {
  return format === 'newsmlg2' || format === 'nitf';
}

/**
 * When the XML formats say an item was made: `SOURCE_DATE_EPOCH` (seconds,
 * the reproducible-builds convention) when set, so a conversion can be
 * repeated byte for byte; otherwise the time of the run.
 */
export function versionCreatedFor(
  env: Readonly<Record<string, string | undefined>>,
  now: () => number,
): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const seconds = epoch !== undefined && /^\d{1,12}$/.test(epoch) ? Number(epoch) : null;
  const date = new Date(seconds === null ? now() : seconds * 1000);
  // Whole seconds: the sub-second digits say nothing a desk needs.
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Joins the documents of several stories written to one stream. NewsML-G2
 * has a container for them, a `newsMessage` holding each `newsItem`; one
 * story stays a `newsItem` of its own. NITF has none, so its documents
 * follow one another, each opening with its XML declaration (a reader splits
 * the stream there; `--out-dir` writes one file per story instead).
 */
export function joinXmlDocuments(
  format: 'newsmlg2' | 'nitf',
  documents: string[],
  sent: string,
): string {
  if (format === 'nitf' || documents.length === 1) return documents.join('');
  return renderNewsMessage(documents, sent);
}
