import type { ArticleJson } from './json.js';
import { bodyBlocks } from './xml/body-blocks.js';
import { el, printDocument, printXml, type XmlElement } from './xml/element.js';
import { copydeskExtension } from './xml/extension.js';
import { itemIdentity } from './xml/item-identity.js';
import { startOfDay, type XmlRenderOptions } from './xml/options.js';
import { xhtmlDocument } from './xml/xhtml-body.js';

/** The NewsML-G2 namespace. */
export const NEWSML_G2_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/';

/** The NewsML-G2 release the output follows (its schema is in schema/iptc/). */
export const NEWSML_G2_VERSION = '2.35';

/** IPTC's catalog of its NewsCodes (`ninat`, `cpnat`, `drol` …), as IPTC's 2.35 example item names it. */
export const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml';

/**
 * copydesk's own schemes, declared in the item: the role of a headline line
 * (`hlrole:sub` the deck, `hlrole:kicker` the section label) and the role of
 * a credit (`crrole:photo`, `crrole:editing` … — the JSON contract's roles).
 */
export const COPYDESK_SCHEMES = [
  { alias: 'hlrole', uri: 'urn:copydesk:cv:headline-role:' },
  { alias: 'crrole', uri: 'urn:copydesk:cv:credit-role:' },
] as const;

const name = (text: string) => el('name', {}, text);

function creators(article: ArticleJson): XmlElement[] {
  const byline = article.byline;
  if (!byline) return [];
  const people = byline.authors.map((author) =>
    el(
      'creator',
      { type: 'cpnat:person' },
      name(author.name),
      author.affiliation &&
        el('personDetails', {}, el('affiliation', {}, name(author.affiliation))),
    ),
  );
  const organization =
    byline.organization && el('creator', { type: 'cpnat:organisation' }, name(byline.organization));
  return organization ? [...people, organization] : people;
}

function contributors(article: ArticleJson): XmlElement[] {
  return article.credits.flatMap((credit) => {
    const role = `crrole:${credit.role}`;
    if (credit.names.length === 0)
      return credit.organization
        ? [el('contributor', { role, type: 'cpnat:organisation' }, name(credit.organization))]
        : [];
    return credit.names.map((person) =>
      el(
        'contributor',
        { role, type: 'cpnat:person' },
        name(person),
        credit.organization &&
          el('personDetails', {}, el('affiliation', {}, name(credit.organization))),
      ),
    );
  });
}

/**
 * The `newsItem` element of one story (without the XML declaration). Where
 * each field goes is listed in docs/design.md ("NewsML-G2 and NITF").
 */
export function newsItemElement(article: ArticleJson, options: XmlRenderOptions): XmlElement {
  const identity = itemIdentity(article);
  const agency = article.dateline?.agency ?? null;
  const copyright = article.copyright;
  return el(
    'newsItem',
    {
      xmlns: NEWSML_G2_NAMESPACE,
      guid: identity.guid,
      version: identity.version,
      standard: 'NewsML-G2',
      standardversion: NEWSML_G2_VERSION,
      conformance: 'power',
    },
    el('catalogRef', { href: IPTC_CATALOG }),
    el(
      'catalog',
      {},
      COPYDESK_SCHEMES.map((scheme) => el('scheme', { alias: scheme.alias, uri: scheme.uri })),
    ),
    copyright &&
      el(
        'rightsInfo',
        {},
        copyright.holder && el('copyrightHolder', {}, name(copyright.holder)),
        el('copyrightNotice', {}, copyright.text),
      ),
    el(
      'itemMeta',
      {},
      el('itemClass', { qcode: 'ninat:text' }),
      agency ? el('provider', {}, name(agency)) : el('provider', { literal: 'unknown' }),
      el('versionCreated', {}, options.versionCreated),
      identity.date && el('firstCreated', {}, startOfDay(identity.date)),
      el('generator', { versioninfo: options.generatorVersion }, 'copydesk'),
      article.notes.map((note) => el('edNote', {}, note)),
    ),
    el(
      'contentMeta',
      {},
      identity.urgency !== null && el('urgency', {}, String(identity.urgency)),
      identity.date && el('contentCreated', {}, identity.date),
      article.dateline?.location && el('located', {}, name(article.dateline.location)),
      agency && el('infoSource', {}, name(agency)),
      creators(article),
      contributors(article),
      article.transmission?.slug && el('slugline', {}, article.transmission.slug),
      article.headline !== null && el('headline', {}, article.headline),
      article.deck !== null && el('headline', { role: 'hlrole:sub' }, article.deck),
      article.kicker !== null && el('headline', { role: 'hlrole:kicker' }, article.kicker),
      article.dateline && el('dateline', {}, article.dateline.text),
      article.byline && el('by', {}, article.byline.text),
      article.credits.map((credit) => el('creditline', {}, credit.text)),
      copydeskExtension(article),
    ),
    article.media.map((media, index) =>
      el(
        'partMeta',
        { partid: `media-${index + 1}`, seq: index + 1 },
        el('description', { role: 'drol:caption' }, media.caption),
        media.credit !== null && el('creditline', {}, media.credit),
      ),
    ),
    el(
      'contentSet',
      {},
      el(
        'inlineXML',
        { contenttype: 'application/xhtml+xml' },
        xhtmlDocument(article.headline, bodyBlocks(article.body)),
      ),
    ),
  );
}

/** One story as a NewsML-G2 2.35 `newsItem` document. Pure: same story and options, same text. */
export function renderNewsmlG2(article: ArticleJson, options: XmlRenderOptions): string {
  return printDocument(newsItemElement(article, options));
}

/** The XML declaration every document opens with. */
const DECLARATION = /^<\?xml[^>]*\?>\n?/;

/**
 * Several stories in one document: a NewsML-G2 `newsMessage` whose `itemSet`
 * holds the `newsItem` of each document given (as {@link renderNewsmlG2}
 * prints them), sent at `sent` (an ISO 8601 date and time).
 */
export function renderNewsMessage(itemDocuments: string[], sent: string): string {
  const header = el('header', {}, el('sent', {}, sent));
  // The items go in as printed: re-indenting them would change the text of
  // elements whose content keeps its line ends.
  const items = itemDocuments.map((document) => document.replace(DECLARATION, '').trimEnd());
  return `<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="${NEWSML_G2_NAMESPACE}">\n  ${printXml(header, 1)}\n  <itemSet>\n${items.join('\n')}\n  </itemSet>\n</newsMessage>\n`;
}
