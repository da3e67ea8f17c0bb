import { xmlFormats } from '../render/xml/on-demand.js';
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
 * Joins the documents of a run's stories written to one stream. NewsML-G2
 * has a container for them, a `newsMessage` holding each `newsItem`, and
 * the stream is always one, for one story too: the shape of the output is
 * set by the command line, never by how many stories an input held (as
 * `-f json` is always an array). NITF has none, so its documents follow one
 * another, each opening with its XML declaration (a reader splits the stream
 * there). `--out-dir` writes one document per story in either format.
 */
export function joinXmlDocuments(
  format: 'newsmlg2' | 'nitf',
  documents: string[],
  sent: string,
): string {
  if (format === 'nitf') return documents.join('');
  return xmlFormats().renderNewsMessage(documents, sent);
}
