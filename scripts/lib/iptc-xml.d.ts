/** The XML formats copydesk writes. */
export type XmlFormat = 'newsmlg2' | 'nitf';
/** The schema errors of a document (empty when it is valid); throws when it is not well-formed. */
export function schemaErrors(xml: string, format: XmlFormat): string[];
/** The fields read back from a document copydesk wrote. */
export interface ReadBack {
  headline: string | null;
  deck: string | null;
  byline: string | null;
  dateline: string | null;
  location: string | null;
  body: string;
}
/** Reads the headline, byline, dateline and body text back from a document copydesk wrote. */
export function readBack(xml: string, format: XmlFormat): ReadBack;
