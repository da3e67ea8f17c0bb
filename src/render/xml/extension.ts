import type { ArticleJson } from '../json.js';
import { el, type XmlElement } from './element.js';
import { COPYDESK_XML_NAMESPACE } from './options.js';

/**
 * copydesk's extension element for what neither standard has a place for:
 * the transmission header as transmitted and a pasted page's time stamp as
 * written. Both formats admit elements of another namespace where it stands,
 * and validate them laxly. Null when there is nothing to say.
 */
export function copydeskExtension(article: ArticleJson): XmlElement | null {
  const transmission = article.transmission;
  if (!transmission && !article.published) return null;
  return el(
    'cd:story',
    { 'xmlns:cd': COPYDESK_XML_NAMESPACE },
    transmission &&
      el('cd:transmission', {
        format: article.source.format,
        service: transmission.service,
        storyNumber: transmission.storyNumber,
        selector: transmission.selector,
        priority: transmission.priority,
        category: transmission.category,
        bodyFormat: transmission.format,
        slug: transmission.slug,
        version: transmission.version,
        reference: transmission.reference,
        wordCount: transmission.wordCount,
        date: transmission.date,
        trailer: transmission.trailer,
      }),
    article.published &&
      el('cd:published', { isoDate: article.published.isoDate }, article.published.text),
  );
}
