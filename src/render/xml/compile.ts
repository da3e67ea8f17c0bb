import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { type ArticleJson, toArticleJson } from '../json.js';
import type { XmlRenderOptions } from './options.js';

/** Options of the XML compiler plugins. */
export interface CompileXmlOptions {
  render: (article: ArticleJson, options: XmlRenderOptions) => string;
  generatorVersion?: string;
}

/**
 * Compiler plugin over an XML renderer: the story's JSON object goes in
 * `file.result` (as the JSON compiler does), the document is the text.
 * Reads `file.data.versionCreated` (the time of the run; formatStory sets
 * it), so one frozen processor serves a feed that runs for days.
 */
export function compileXml(this: Processor, options: CompileXmlOptions): void {
  this.compiler = (tree, file) => {
    const value = toArticleJson(tree as Root, file);
    file.result = value;
    return options.render(value, {
      versionCreated: file.data.versionCreated ?? new Date().toISOString(),
      ...(options.generatorVersion ? { generatorVersion: options.generatorVersion } : {}),
    });
  };
}
