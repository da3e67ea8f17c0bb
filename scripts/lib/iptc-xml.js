// Validation and read-back of copydesk's NewsML-G2 and NITF output against
// IPTC's schemas in schema/iptc/, with libxml2 compiled to WebAssembly (no
// system package needed). Shared by the tests (test/xml-*.test.ts) and
// scripts/xml-corpus.js. A development aid: copydesk itself does not load it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

const SCHEMAS = new URL('../../schema/iptc/', import.meta.url);
const FILES = {
  newsmlg2: 'NewsML-G2_2.35-spec-All-Power.xsd',
  nitf: 'nitf-3-6.xsd',
};

/** The namespaces the read-back XPaths use. */
const NS = {
  g2: 'http://iptc.org/std/nar/2006-10-01/',
  x: 'http://www.w3.org/1999/xhtml',
  n: 'http://iptc.org/std/NITF/2006-10-18/',
};

let registered = false;
const validators = new Map();

function validatorFor(format) {
  let validator = validators.get(format);
  if (validator) return validator;
  // The schemas import xml.xsd and include their parts by relative path.
  if (!registered) registered = xmlRegisterFsInputProviders();
  const path = fileURLToPath(new URL(FILES[format], SCHEMAS));
  const schema = XmlDocument.fromBuffer(readFileSync(path), { url: path });
  validator = XsdValidator.fromDoc(schema);
  schema.dispose();
  validators.set(format, validator);
  return validator;
}

/** Parses `xml` and calls `use(doc)`, always freeing the document. */
function withDocument(xml, use) {
  const doc = XmlDocument.fromString(xml);
  try {
    return use(doc);
  } finally {
    doc.dispose();
  }
}

/** The schema errors of a document (empty when it is valid); throws when it is not well-formed. */
export function schemaErrors(xml, format) {
  const validator = validatorFor(format);
  return withDocument(xml, (doc) => {
    try {
      validator.validate(doc);
      return [];
    } catch (error) {
      const details = error.details ?? [];
      return details.length > 0
        ? details.map((detail) => `${detail.line}: ${detail.message.trim()}`)
        : [String(error.message)];
    }
  });
}

function text(doc, xpath) {
  const node = doc.get(xpath, NS);
  return node ? node.content : null;
}

/** The text of each block under `xpath`, joined by a blank line as the JSON body joins them. */
function blocks(doc, xpath) {
  return doc
    .find(xpath, NS)
    .map((node) => node.content)
    .join('\n\n');
}

/**
 * Reads the headline, byline, dateline and body text back from a document
 * copydesk wrote (a NewsML-G2 `newsItem` or a NITF document).
 */
export function readBack(xml, format) {
  return withDocument(xml, (doc) =>
    format === 'nitf'
      ? {
          headline: text(doc, '/n:nitf/n:head/n:title'),
          deck: text(doc, '//n:body.head/n:hedline/n:hl2'),
          byline: text(doc, '//n:body.head/n:byline'),
          dateline: text(doc, '//n:body.head/n:dateline'),
          location: text(doc, '//n:body.head/n:dateline/n:location'),
          body: blocks(doc, '//n:body.content/*[not(self::n:media)]'),
        }
      : {
          headline: text(doc, '//g2:contentMeta/g2:headline[not(@role)]'),
          deck: text(doc, "//g2:contentMeta/g2:headline[@role='hlrole:sub']"),
          byline: text(doc, '//g2:contentMeta/g2:by'),
          dateline: text(doc, '//g2:contentMeta/g2:dateline'),
          location: text(doc, '//g2:contentMeta/g2:located/g2:name'),
          body: blocks(doc, '//g2:inlineXML/x:html/x:body/*'),
        },
  );
}
