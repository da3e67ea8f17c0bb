import { expect, it } from 'vitest';
import * as copydesk from '../src/index.js';

it('exposes exactly the documented public API', () => {
  expect(Object.keys(copydesk).sort()).toMatchInlineSnapshot(`
    [
      "BinaryInputError",
      "InputTooLargeError",
      "MarkdownTooDeepError",
      "SCHEMA_VERSION",
      "boilerplate",
      "byline",
      "captions",
      "copyright",
      "createProcessor",
      "credits",
      "dateline",
      "decode",
      "defaultLexicon",
      "extendLexicon",
      "formatStory",
      "fromWire",
      "headline",
      "keptStrings",
      "matchDateline",
      "matchPhotoCredit",
      "notes",
      "parseByline",
      "parseCopyright",
      "parseCredits",
      "parseWire",
      "recaseName",
      "renderTerminal",
      "repairMojibake",
      "sanitizeForTerminal",
      "toArticleJson",
      "unaccountedWords",
    ]
  `);
});
