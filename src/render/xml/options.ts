/** Options for the XML renderers (NewsML-G2 and NITF). */
export interface XmlRenderOptions {
  /**
   * When this version of the item was made, as an ISO 8601 date and time
   * (`2024-10-01T14:05:00Z`): NewsML-G2 requires it. The command line passes
   * the time of the run, or `SOURCE_DATE_EPOCH` when set, for reproducible output.
   */
  versionCreated: string;
  /** copydesk's version, named as the item's generator; left out when absent. */
  generatorVersion?: string;
}

/** The namespace of copydesk's extension elements (what the standards have no place for). */
export const COPYDESK_XML_NAMESPACE = 'urn:copydesk:xml:1';

/** `YYYY-MM-DD` → the start of that day as an XML Schema dateTime with no time zone. */
export function startOfDay(date: string): string {
  return `${date}T00:00:00`;
}
