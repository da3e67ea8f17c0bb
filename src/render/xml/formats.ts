/**
 * The XML output formats in one module (NewsML-G2, NITF and their compiler
 * plugin), so that a run that prints neither does not load them: src/optional.ts
 * imports this on demand (it pulls in node:crypto for item identities).
 */
export { renderNewsMessage, renderNewsmlG2 } from '../newsml-g2.js';
export { renderNitf } from '../nitf.js';
export { compileXml } from './compile.js';
