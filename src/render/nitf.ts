import type { PhrasingContent, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { ArticleJson } from './json.js';
import { bodyBlocks } from './xml/body-blocks.js';
import { compact, el, printDocument, type XmlChild, type XmlElement } from './xml/element.js';
import { copydeskExtension } from './xml/extension.js';
import { itemIdentity } from './xml/item-identity.js';
import { markSpans } from './xml/mark-spans.js';
import type { XmlRenderOptions } from './xml/options.js';
import { SAFE_HREF } from './xml/xhtml-body.js';

/** The NITF namespace (NITF 3.x). */
export const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';

/** The fixed attributes of the NITF 3.6 root, as its schema declares them. */
const NITF_ROOT = {
  version: '-//IPTC//DTD NITF 3.6//EN',
  'change.date': 'September 11, 2009',
  'change.time': '12:26',
} as const;

/** `YYYY-MM-DD` → NITF's ISO 8601 basic form with no time (`20241001T000000`). */
function normDate(date: string): string {
  return `${date.replace(/-/g, '')}T000000`;
}

function phrasing(nodes: PhrasingContent[]): XmlChild[] {
  return nodes.map((node): XmlChild => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'emphasis':
        return el('em', {}, phrasing(node.children));
      case 'strong':
        // NITF has one emphasis element; a class keeps strong apart.
        return el('em', { class: 'strong' }, phrasing(node.children));
      case 'break':
        return el('br');
      case 'link':
        return SAFE_HREF.test(node.url)
          ? el('a', { href: node.url }, phrasing(node.children))
          : phrasing(node.children);
      default:
        return mdastToString(node);
    }
  });
}

/** One body block as NITF block content; text a block holds is never dropped. */
function nitfBlock(node: RootContent): XmlElement {
  switch (node.type) {
    case 'paragraph':
      return compact('p', {}, phrasing(node.children));
    case 'heading':
      return compact('hl2', {}, phrasing(node.children));
    case 'code':
      return compact('pre', {}, node.value);
    case 'thematicBreak':
      return el('hr');
    case 'blockquote':
      return compact('bq', {}, el('block', {}, node.children.map(nitfBlock)));
    case 'list':
      return compact(
        node.ordered ? 'ol' : 'ul',
        {},
        node.children.map((item) => el('li', {}, item.children.map(nitfBlock))),
      );
    default:
      return compact('p', {}, mdastToString(node));
  }
}

function byline(article: ArticleJson): XmlElement | null {
  const line = article.byline;
  if (!line) return null;
  return compact(
    'byline',
    {},
    markSpans(line.text, [
      ...line.authors.map((author) => ({
        text: author.name,
        wrap: (found: string) => el('person', {}, found),
      })),
      { text: line.title, wrap: (found: string) => el('byttl', {}, found) },
    ]),
  );
}

function dateline(article: ArticleJson): XmlElement | null {
  const line = article.dateline;
  if (!line) return null;
  return compact(
    'dateline',
    {},
    markSpans(line.text, [
      { text: line.location, wrap: (found) => el('location', {}, found) },
      {
        text: line.date,
        wrap: (found) =>
          el('story.date', { norm: line.isoDate ? normDate(line.isoDate) : null }, found),
      },
    ]),
  );
}

/** Credits and the copyright line, one per line, in the tagline at the end of the story. */
function tagline(article: ArticleJson): XmlElement | null {
  const lines: XmlChild[] = article.credits.map((credit) => credit.text);
  if (article.copyright) lines.push(el('copyrite', {}, article.copyright.text));
  if (lines.length === 0) return null;
  return compact(
    'tagline',
    {},
    lines.flatMap((line, index) => (index === 0 ? [line] : [el('br'), line])),
  );
}

/**
 * The `nitf` element of one story (without the XML declaration). Where each
 * field goes is listed in docs/design.md ("NewsML-G2 and NITF").
 */
export function nitfElement(article: ArticleJson, _options: XmlRenderOptions): XmlElement {
  const identity = itemIdentity(article);
  const copyright = article.copyright;
  const transmission = article.transmission;
  return el(
    'nitf',
    { xmlns: NITF_NAMESPACE, ...NITF_ROOT },
    el(
      'head',
      {},
      article.headline !== null && el('title', {}, article.headline),
      el(
        'docdata',
        {},
        el('doc-id', { 'id-string': identity.guid }),
        identity.urgency !== null && el('urgency', { 'ed-urg': identity.urgency }),
        identity.date && el('date.issue', { norm: normDate(identity.date) }),
        article.notes.map((note) => el('ed-msg', { info: note })),
        transmission?.slug && el('du-key', { key: transmission.slug, version: identity.version }),
        copyright && el('doc.copyright', { year: copyright.year, holder: copyright.holder }),
        copydeskExtension(article),
      ),
      article.kicker !== null && el('pubdata', { 'position.section': article.kicker }),
    ),
    el(
      'body',
      {},
      el(
        'body.head',
        {},
        // hl1 is required: a deck under no headline keeps an empty one.
        (article.headline !== null || article.deck !== null) &&
          el(
            'hedline',
            {},
            compact('hl1', {}, article.headline ?? ''),
            article.deck !== null && compact('hl2', {}, article.deck),
          ),
        byline(article),
        article.dateline?.agency && el('distributor', {}, article.dateline.agency),
        dateline(article),
      ),
      el(
        'body.content',
        {},
        bodyBlocks(article.body).map(nitfBlock),
        article.media.map((media) =>
          el(
            'media',
            { 'media-type': 'image' },
            // The picture is not in hand: a reference with no source.
            el('media-reference'),
            compact('media-caption', {}, media.caption),
            media.credit !== null && compact('media-producer', {}, media.credit),
          ),
        ),
      ),
      el('body.end', {}, tagline(article)),
    ),
  );
}

/** One story as a NITF 3.6 document. Pure: same story and options, same text. */
export function renderNitf(article: ArticleJson, options: XmlRenderOptions): string {
  return printDocument(nitfElement(article, options));
}
